import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedRuns } from '../bench/seed-runs.ts';
import { HEAD_ROWS_PER_ROW } from '../resolvers/run-list.ts';
import { graphql } from './generated/index.ts';
import type { OrderDirection, RunOrderField, RunWhere, SearchRunPageQuery } from './generated/graphql.ts';
import { errorCode, execute, ok } from './helpers/client.ts';
import { createTestProject } from './helpers/project.ts';
import { loadRuns, matches, matchesSearch, type RunRow } from './helpers/run-reference.ts';
import { startServer, type TestServer } from './helpers/server.ts';

const SearchRunPage = graphql(`
  query SearchRunPage(
    $where: RunWhere
    $search: String
    $orderBy: RunOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    runs(
      where: $where
      search: $search
      orderBy: $orderBy
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);

const SearchRenameSpec = graphql(`
  mutation SearchRenameSpec($id: ID!, $input: UpdateSpecInput!) {
    updateSpec(id: $id, input: $input) {
      spec {
        id
        name
      }
    }
  }
`);

const SearchSetTags = graphql(`
  mutation SearchSetTags($id: ID!, $tags: [String!]!) {
    setRunTags(id: $id, tags: $tags) {
      run {
        id
      }
    }
  }
`);

let server: TestServer;
let key: string;
let projectId: string;
let db: pg.Client;
let runs: RunRow[];

beforeAll(async () => {
  server = await startServer();
  ({ key, id: projectId } = await createTestProject(server));
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  await seedRuns(db, projectId, { runs: 2000, specs: 30, days: 90, seed: 0.75 });
  // Many equal costs, so ordering by cost leans on the id tie-break.
  await db.query(`update run set cost_usd = round(cost_usd::numeric, 0) where project_id = $1`, [projectId]);
  runs = await loadRuns(db, projectId);
}, 120_000);

afterAll(async () => {
  await db.end();
  await server.stop();
});

const ORDER_KEYS: Record<RunOrderField, (run: RunRow) => number | null> = {
  CREATED_AT: (r) => r.createdAt,
  COMPLETED_AT: (r) => r.completedAt,
  AVG_SCORE: (r) => r.avgScore,
  COST_USD: (r) => r.costUsd,
  DURATION_MS: (r) => r.durationMs,
};

/** The API's order: by the key in `direction`, ties by id the same way, runs without a key last. */
function sorted(list: readonly RunRow[], field: RunOrderField, direction: OrderDirection): RunRow[] {
  const sign = direction === 'ASC' ? 1 : -1;
  return [...list].sort((a, b) => {
    const [x, y] = [ORDER_KEYS[field](a), ORDER_KEYS[field](b)];
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) return sign * (x - y);
    return sign * (a.id < b.id ? -1 : 1);
  });
}

type Page = SearchRunPageQuery['runs'];

/** Follows endCursor with `first: size`, calling `between` after each page; returns the ids in order. */
async function walk(
  variables: { where?: RunWhere; search?: string; orderBy: { field: RunOrderField; direction: OrderDirection } },
  size: number,
  between?: () => Promise<void>,
) {
  const ids: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 500; guard++) {
    const { runs: page }: { runs: Page } = await ok(server.url, key, SearchRunPage, {
      ...variables,
      first: size,
      after,
    });
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    expect(page.edges).toHaveLength(size);
    after = page.pageInfo.endCursor ?? null;
    if (between) await between();
  }
  throw new Error('walk did not end');
}

const FIELDS: RunOrderField[] = ['CREATED_AT', 'COMPLETED_AT', 'AVG_SCORE', 'COST_USD', 'DURATION_MS'];
let inserted = 0;

async function runIds(): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>('select id from run where project_id = $1', [projectId]);
  return rows.map((row) => row.id);
}

describe('runs(orderBy) keyset pagination', () => {
  for (const field of FIELDS) {
    for (const direction of ['DESC', 'ASC'] as const) {
      it(`visits every run once by ${field} ${direction}, NULLs last, while runs are inserted`, async () => {
        const where: RunWhere = { environment: ['dev'] };
        const existing = sorted(
          runs.filter((r) => matches(r, where)),
          field,
          direction,
        );
        expect(existing.some((r) => ORDER_KEYS[field](r) === null)).toBe(field !== 'CREATED_AT');
        const added: string[] = [];
        const visited = await walk({ where, orderBy: { field, direction } }, 23, async () => {
          inserted += 1;
          const known = await runIds();
          await seedRuns(db, projectId, { runs: 4, specs: 1, days: 90, seed: inserted / 1000 });
          const fresh = (await runIds()).filter((id) => !known.includes(id));
          await db.query(`update run set environment = 'dev' where id = any($1::uuid[])`, [fresh]);
          added.push(...fresh);
        });
        expect(added.length).toBeGreaterThan(0);
        // Every run that existed is visited once, in order; runs inserted meanwhile at most once.
        expect(new Set(visited).size).toBe(visited.length);
        expect(visited.filter((id) => !added.includes(id))).toEqual(existing.map((r) => r.id));
        runs = await loadRuns(db, projectId);
      });
    }
  }

  it('pages backwards with last/before over the same order, for a nullable key', async () => {
    const orderBy = { field: 'AVG_SCORE' as const, direction: 'DESC' as const };
    const where: RunWhere = { specId: [runs[0]!.specId] };
    const forward = await walk({ where, orderBy }, 17);
    const backward: string[] = [];
    let before: string | null = null;
    for (let guard = 0; guard < 200; guard++) {
      const { runs: page }: { runs: Page } = await ok(server.url, key, SearchRunPage, {
        where,
        orderBy,
        last: 17,
        before,
      });
      backward.unshift(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor ?? null;
    }
    expect(backward).toEqual(forward);
    expect(forward).toEqual(
      sorted(
        runs.filter((r) => matches(r, where)),
        'AVG_SCORE',
        'DESC',
      ).map((r) => r.id),
    );
  });

  it("rejects another order's cursor, a key of the wrong type and a date PostgreSQL cannot read, naming after", async () => {
    const newest = (field: RunOrderField) =>
      ok(server.url, key, SearchRunPage, { first: 1, orderBy: { field, direction: 'DESC' } }).then(
        ({ runs: page }) => page.edges[0]!.cursor,
      );
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const id = runs[0]!.id;
    const order = (field: RunOrderField, direction: OrderDirection = 'DESC') => ({ field, direction });
    const cases = [
      // Each of these holds a value the other order's column could compare with.
      { orderBy: order('COMPLETED_AT'), after: await newest('CREATED_AT') },
      { orderBy: order('COST_USD'), after: await newest('AVG_SCORE') },
      { orderBy: order('AVG_SCORE'), after: await newest('CREATED_AT') },
      { orderBy: order('CREATED_AT'), after: encode(['createdAt', null, id]) },
      // durationMs is a 32-bit int: a larger or fractional number can only be forged.
      { orderBy: order('DURATION_MS', 'ASC'), after: encode(['durationMs', 1e300, id]) },
      { orderBy: order('DURATION_MS', 'ASC'), after: encode(['durationMs', 1.5, id]) },
      // Dates JavaScript reads and PostgreSQL does not.
      { orderBy: order('CREATED_AT'), after: encode(['createdAt', '+275760-09-13T00:00:00.000Z', id]) },
      { orderBy: order('COMPLETED_AT'), after: encode(['completedAt', '-000001-01-01T00:00:00.000Z', id]) },
    ];
    for (const variables of cases) {
      const result = await execute(server.url, key, SearchRunPage, { ...variables, first: 5 });
      expect(errorCode(result), JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(['after']);
    }
  });
});

describe('runs(search:)', () => {
  async function searchIds(search: string, where?: RunWhere): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const { runs: page }: { runs: Page } = await ok(server.url, key, SearchRunPage, {
        search,
        where,
        first: 100,
        after,
      });
      ids.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) return ids.sort();
      after = page.pageInfo.endCursor ?? null;
    }
    throw new Error('search did not end');
  }
  const expected = (search: string, where?: RunWhere) =>
    runs
      .filter((r) => matches(r, where) && matchesSearch(r, search))
      .map((r) => r.id)
      .sort();

  it('finds runs by a word of their spec name, a tag, or their error, every word a prefix', async () => {
    const cases = [
      'triage',
      'Billing summ',
      'lr-sweep',
      'sweep',
      'customer-acme',
      'memory',
      'CUDA',
      'nan loss',
      'lease expired',
      'tokeniz',
    ];
    for (const search of cases) {
      const want = expected(search);
      expect(want.length, search).toBeGreaterThan(0);
      expect(await searchIds(search), search).toEqual(want);
    }
    expect(await searchIds('memory', { status: ['FAILED'] })).toEqual(expected('memory', { status: ['FAILED'] }));
    expect(await searchIds('zzzunknownword')).toEqual([]);
  });

  it('follows a spec rename: the new name finds its runs, and the old name only runs still named after it', async () => {
    const legal = runs.filter((r) => r.specName === 'Legal ticket triage');
    const specId = legal[0]!.specId;
    const custom = legal.filter((r) => !r.name.startsWith('Legal'));
    expect(custom.length).toBeGreaterThan(0);
    expect(await searchIds('legal ticket triage')).toEqual(expected('legal ticket triage'));
    expect(expected('legal ticket triage')).toEqual(expect.arrayContaining(custom.map((r) => r.id)));

    await ok(server.url, key, SearchRenameSpec, { id: specId, input: { name: 'Quokka compliance auditor' } });
    runs = await loadRuns(db, projectId);
    const renamed = runs
      .filter((r) => r.specId === specId)
      .map((r) => r.id)
      .sort();
    expect(await searchIds('quokka')).toEqual(renamed);
    expect(await searchIds('quokka auditor', { specId: [specId] })).toEqual(renamed);
    // Runs named "Legal ticket triage #n" still match by their own name; custom-named ones no longer do.
    const after = await searchIds('legal ticket triage');
    expect(after).toEqual(expected('legal ticket triage'));
    for (const run of custom) expect(after).not.toContain(run.id);
  });

  it('pages a search of several words in the order asked, whether the head of the list fills its page or not', async () => {
    const size = 5;
    // A page asks for size + 1 rows (the extra one tells hasNextPage); run-list.ts reads the head first.
    const head = HEAD_ROWS_PER_ROW * (size + 1);
    const headFilled = new Set<boolean>();
    for (const search of ['nan loss', 'lease expired', 'Billing summ', 'legal ticket triage', 'quokka auditor']) {
      for (const orderBy of [
        { field: 'CREATED_AT', direction: 'DESC' },
        { field: 'AVG_SCORE', direction: 'ASC' },
      ] as const) {
        const list = sorted(runs, orderBy.field, orderBy.direction);
        const want = list.filter((r) => matchesSearch(r, search)).map((r) => r.id);
        expect(want.length, search).toBeGreaterThan(size);
        headFilled.add(list.slice(0, head).filter((r) => matchesSearch(r, search)).length > size);
        expect(await walk({ search, orderBy }, size), `${search} by ${orderBy.field}`).toEqual(want);
      }
    }
    // Both ways to a first page were taken: from the head, and past it to the full plan.
    expect([...headFilled].sort()).toEqual([false, true]);
  });

  it("reads each word of a search as PostgreSQL's ts_debug does for the 'simple' configuration, and one it splits also whole", async () => {
    const tricky = [
      "o'brien \\ back\\slash",
      'Ünïcode Straße ÉCOLE',
      'customer-acme über-cool a-1 1-a CamelCase ABC-def-12',
      'foo@bar.com http://x.example/z?q=1 example.org/path /usr/bin/x C:\\dir\\file.txt',
      '3.14 -5 +3 1e10 v1.2.3 2024-01-02 0x1F',
      '<b>bold</b> &amp; &#169; x_y --- !!!',
      'gpt-4 (GPT-4)! 1.2e llama-3.1-8b',
      '',
    ];
    const { rows: material } = await db.query<{ text: string }>(
      `select unnest(array[name, error, array_to_string(tags, ' ')]) as text from run where project_id = $1 limit 600`,
      [projectId],
    );
    const searches = [...tricky, ...material.map((row) => row.text).filter(Boolean)];
    const words = [...new Set(searches.flatMap((search) => search.split(/\s+/)))];
    const { rows: parsed } = await db.query<{ word: string; lexemes: string[] }>(
      `select word, array(select lexeme from ts_debug('simple', word) token cross join unnest(token.lexemes) lexeme
                          where token.alias not like 'hword\\_%') as lexemes
       from unnest($1::text[]) word`,
      [words],
    );
    const lexemesOf = new Map(parsed.map((row) => [row.word, row.lexemes]));
    const prefix = (lexeme: string) => `'${lexeme.replaceAll('\\', '\\\\').replaceAll("'", "''")}':*`;
    const reference = (search: string) =>
      search
        .split(/\s+/)
        .flatMap((word) => {
          const lexemes = lexemesOf.get(word) ?? [];
          if (lexemes.length < 2) return lexemes.map(prefix);
          const whole = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
          return [`(${lexemes.map(prefix).join(' & ')} | ${prefix(whole)})`];
        })
        .join(' & ') || null;
    const { rows } = await db.query<{ search: string; ours: string | null; reference: string | null }>(
      `select search, run_search_query(search)::text as ours, reference::tsquery::text as reference
       from unnest($1::text[], $2::text[]) as t(search, reference)`,
      [searches, searches.map(reference)],
    );
    expect(rows.filter((row) => row.ours !== row.reference)).toEqual([]);
    expect(rows.filter((row) => row.ours !== null).length).toBeGreaterThan(searches.length - tricky.length);
    expect(rows.find((row) => row.search.startsWith('gpt-4'))?.ours).toContain("| 'gpt-4':*");
  });

  it('finds a word the parser splits, "gpt-4", also as one prefix: "gpt-4o-mini" is one word of its document', async () => {
    const [mini, turbo, plain] = runs.slice(0, 3);
    for (const [run, tag] of [
      [mini!, 'gpt-4o-mini'],
      [turbo!, 'gpt-4-turbo'],
      [plain!, 'GPT-4'],
    ] as const) {
      await ok(server.url, key, SearchSetTags, { id: run.id, tags: [...run.tags, tag] });
    }
    runs = await loadRuns(db, projectId);
    const all = [mini!, turbo!, plain!].map((run) => run.id).sort();
    for (const search of ['gpt-4', '(GPT-4)!', 'gpt-']) expect(await searchIds(search), search).toEqual(all);
    expect(await searchIds('gpt-4o')).toEqual([mini!.id]);
    // Several words read the spelt-out query once the head of the list has too few matches.
    const word = mini!.specName.split(' ')[0]!;
    expect(await searchIds(`gpt-4 ${word}`)).toEqual(expected(`gpt-4 ${word}`));
    expect(expected(`gpt-4 ${word}`)).toContain(mini!.id);
    expect(expected('gpt-4')).toEqual(all);
  });

  it('spells a search out as the words its words start in the project, matching the same runs as the prefixes', async () => {
    const tagged = runs[0]!;
    await ok(server.url, key, SearchSetTags, { id: tagged.id, tags: [...tagged.tags, 'memorykeeper'] });
    const { rows: words } = await db.query<{ word: string }>(
      `select distinct word from run cross join unnest(tsvector_to_array(search_doc)) word
       where project_id = $1 order by word`,
      [projectId],
    );
    const sample = words.map((row) => row.word).filter((_, i) => i % Math.ceil(words.length / 150) === 0);
    const searches = [
      ...sample.flatMap((word) => [1, 2, 3, 5].map((n) => word.slice(0, n))),
      ...sample.map((word, i) => `${word} ${sample[(i * 7) % sample.length]!.slice(0, 3)}`),
      'memory',
      'quokka auditor',
      'zzzunknownword q',
      'gpt-4',
      '(GPT-4) turb',
    ];
    const { rows } = await db.query<{ search: string; spelt: string | null; same: boolean }>(
      `with query as materialized (
         select search, run_search_words_query($1, search) as spelt, run_search_query(search) as prefixes
         from unnest($2::text[]) search
       )
       select search, spelt::text as spelt,
              array(select id from run where project_id = $1 and search_doc @@ spelt order by id) =
              array(select id from run where project_id = $1 and search_doc @@ prefixes order by id) as same
       from query`,
      [projectId, searches],
    );
    expect(rows.filter((row) => !row.same)).toEqual([]);
    // Words the project gained by an update (the tag above) and by a spec rename (the "Quokka
    // compliance auditor" of the rename test before this one) are spelt out too.
    const memory = rows.find((row) => row.search === 'memory')?.spelt;
    expect(memory).toContain("'memorykeeper'");
    expect(memory).not.toContain(':*');
    expect(rows.find((row) => row.search === 'quokka auditor')?.spelt).toBe("'quokka' & 'auditor'");
    // Most words have few enough continuations to be spelt out; a prefix stays where none or many
    // (and "-", the first letter of the tag "GPT-4"'s word `-4`, is no word at all).
    expect(rows.filter((row) => row.spelt?.includes(':*') === false).length).toBeGreaterThan(rows.length / 2);
    expect(rows.find((row) => row.search === 'zzzunknownword q')?.spelt).toMatch(/^'zzzunknownword':\* & /);
    expect(rows.find((row) => row.search === '(GPT-4) turb')?.spelt).toContain("| 'gpt-4o-mini' )");
  });

  it('treats a search without letters or digits as no search', async () => {
    const { runs: all } = await ok(server.url, key, SearchRunPage, { first: 0 });
    const { runs: punctuation } = await ok(server.url, key, SearchRunPage, { first: 0, search: ' #!? ' });
    expect(punctuation.totalCount).toBe(all.totalCount);
  });
});
