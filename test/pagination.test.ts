import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.ts';
import type { PageSpecsBackwardQuery, PageSpecsForwardQuery } from './generated/graphql.ts';
import { errorCode, execute, ok } from './helpers/client.ts';
import { createTestProject } from './helpers/project.ts';
import { startServer, type TestServer } from './helpers/server.ts';

const PageCreateSpec = graphql(`
  mutation PageCreateSpec($input: CreateSpecInput!) {
    createSpec(input: $input) {
      spec {
        id
        createdAt
      }
    }
  }
`);

const PageSpecsForward = graphql(`
  query PageSpecsForward($first: Int, $after: String) {
    specs(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          createdAt
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

const PageSpecsBackward = graphql(`
  query PageSpecsBackward($last: Int, $before: String) {
    specs(last: $last, before: $before) {
      edges {
        cursor
        node {
          id
          name
          createdAt
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

let server: TestServer;
let key: string;

beforeAll(async () => {
  server = await startServer();
  key = (await createTestProject(server)).key;
});
afterAll(() => server.stop());

interface SpecNode {
  id: string;
  name: string;
  createdAt: string;
}

let created = 0;
async function createSpec(label: string): Promise<string> {
  created += 1;
  const { createSpec } = await ok(server.url, key, PageCreateSpec, {
    input: { name: `${label} ${created}`, examples: [{ input: 'q', expected: 'a' }] },
  });
  return createSpec.spec.id;
}

/** (createdAt, id) strictly descending: newest first, ties broken by id. */
function expectNewestFirst(nodes: SpecNode[]): void {
  for (let i = 1; i < nodes.length; i++) {
    const prev = nodes[i - 1]!;
    const cur = nodes[i]!;
    const [a, b] = [Date.parse(prev.createdAt), Date.parse(cur.createdAt)];
    expect(
      a > b || (a === b && prev.id > cur.id),
      `${prev.id}@${prev.createdAt} before ${cur.id}@${cur.createdAt}`,
    ).toBe(true);
  }
}

/** Follows endCursor with `first: size` until hasNextPage is false; returns the pages. */
async function walkForward(size: number, between?: () => Promise<void>): Promise<SpecNode[][]> {
  const pages: SpecNode[][] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const { specs }: PageSpecsForwardQuery = await ok(server.url, key, PageSpecsForward, { first: size, after });
    expect(specs.edges.length).toBeLessThanOrEqual(size);
    pages.push(specs.edges.map((e) => e.node));
    if (specs.edges.length > 0) expect(specs.pageInfo.endCursor).toBe(specs.edges.at(-1)!.cursor);
    if (!specs.pageInfo.hasNextPage) return pages;
    expect(specs.edges).toHaveLength(size);
    after = specs.pageInfo.endCursor ?? null;
    if (between) await between();
  }
  throw new Error('forward walk did not end');
}

/** Follows startCursor with `last: size` until hasPreviousPage is false; returns the rows in list order. */
async function walkBackward(size: number): Promise<SpecNode[]> {
  const rows: SpecNode[] = [];
  let before: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const { specs }: PageSpecsBackwardQuery = await ok(server.url, key, PageSpecsBackward, { last: size, before });
    expect(specs.edges.length).toBeLessThanOrEqual(size);
    rows.unshift(...specs.edges.map((e) => e.node));
    if (specs.edges.length > 0) expect(specs.pageInfo.startCursor).toBe(specs.edges[0]!.cursor);
    if (!specs.pageInfo.hasPreviousPage) return rows;
    expect(specs.edges).toHaveLength(size);
    before = specs.pageInfo.startCursor ?? null;
  }
  throw new Error('backward walk did not end');
}

describe('keyset pagination', () => {
  beforeAll(async () => {
    for (let i = 0; i < 45; i++) await createSpec('Seed spec');
  });

  it('visits every existing row exactly once, newest first, while rows are being inserted', async () => {
    const { specs: snapshot } = await ok(server.url, key, PageSpecsForward, { first: 100 });
    const existing = snapshot.edges.map((e) => e.node);
    expect(existing.length).toBeGreaterThanOrEqual(45);
    expect(snapshot.totalCount).toBe(existing.length);

    const inserted: string[] = [];
    const pages = await walkForward(7, async () => {
      inserted.push(await createSpec('Inserted during walk'), await createSpec('Inserted during walk'));
    });
    const visited = pages.flat();
    expect(inserted.length).toBeGreaterThanOrEqual(2 * 6);

    const ids = visited.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of existing)
      expect(
        ids.filter((id) => id === row.id),
        row.id,
      ).toHaveLength(1);
    // Rows inserted mid-walk are newer than the cursor, so a newest-first walk never reaches them.
    expect(ids.filter((id) => inserted.includes(id))).toEqual([]);
    expect(visited).toEqual(existing);
    expectNewestFirst(visited);
    for (const page of pages) expectNewestFirst(page);

    const after = await ok(server.url, key, PageSpecsForward, { first: 0 });
    expect(after.specs.totalCount).toBe(existing.length + inserted.length);
  });

  it('pages backwards with last/before over the same rows in the same order as forwards', async () => {
    const forward = (await walkForward(7)).flat();
    const backward = await walkBackward(7);
    expect(backward.map((n) => n.id)).toEqual(forward.map((n) => n.id));
    expect(backward).toEqual(forward);
    const { specs } = await ok(server.url, key, PageSpecsForward, { first: 0 });
    expect(forward).toHaveLength(specs.totalCount);
  });

  it('pages backwards from a cursor in the middle', async () => {
    const { specs: all } = await ok(server.url, key, PageSpecsForward, { first: 30 });
    const pivot = all.edges[20]!;
    const { specs } = await ok(server.url, key, PageSpecsBackward, { last: 5, before: pivot.cursor });
    expect(specs.edges.map((e) => e.node.id)).toEqual(all.edges.slice(15, 20).map((e) => e.node.id));
    expect(specs.pageInfo.hasPreviousPage).toBe(true);
    expect(specs.pageInfo.hasNextPage).toBe(true);
  });

  it('keeps a cursor valid after the row it points at is followed by new inserts', async () => {
    const { specs: page } = await ok(server.url, key, PageSpecsForward, { first: 5 });
    const { specs: expected } = await ok(server.url, key, PageSpecsForward, {
      first: 5,
      after: page.pageInfo.endCursor,
    });
    await createSpec('Late insert');
    await createSpec('Late insert');
    const { specs: again } = await ok(server.url, key, PageSpecsForward, { first: 5, after: page.pageInfo.endCursor });
    expect(again.edges.map((e) => e.node.id)).toEqual(expected.edges.map((e) => e.node.id));
    expect(again.pageInfo.hasPreviousPage).toBe(true);
  });
});

describe('page arguments', () => {
  it('rejects first over 100 with BAD_USER_INPUT naming first', async () => {
    const result = await execute(server.url, key, PageSpecsForward, { first: 101 });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(['first']);
  });

  it('rejects last over 100 with BAD_USER_INPUT naming last', async () => {
    const result = await execute(server.url, key, PageSpecsBackward, { last: 101 });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(['last']);
  });

  it('accepts first: 100', async () => {
    const { specs } = await ok(server.url, key, PageSpecsForward, { first: 100 });
    expect(specs.edges.length).toBe(Math.min(100, specs.totalCount));
  });

  it('returns no edges for first: 0, but still counts', async () => {
    await createSpec('Counted');
    const { specs } = await ok(server.url, key, PageSpecsForward, { first: 0 });
    expect(specs.edges).toEqual([]);
    expect(specs.totalCount).toBeGreaterThan(0);
  });

  it('rejects a garbage after cursor with BAD_USER_INPUT naming after', async () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const after of ['garbage', encode('not a cursor'), encode({ a: 1 }), encode([1, 2, 3])]) {
      const result = await execute(server.url, key, PageSpecsForward, { first: 5, after });
      expect(errorCode(result), after).toBe('BAD_USER_INPUT');
      expect(
        result.errors?.[0]?.extensions?.fields?.map((f) => f.path),
        after,
      ).toEqual(['after']);
    }
  });

  it('rejects a well-formed cursor holding a key this API could not have issued, naming after', async () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const id = '00000000-0000-4000-8000-000000000000';
    const now = new Date().toISOString();
    const cursors = [
      encode(['createdAt', 'not-a-date', id]),
      encode(['createdAt', now, 'not-a-uuid']),
      // The old two-part form, and another list's order (dataset records go by position).
      encode([now, id]),
      encode(['position', 3, id]),
      // Dates JavaScript reads and PostgreSQL does not.
      encode(['createdAt', '+275760-09-13T00:00:00.000Z', id]),
      encode(['createdAt', '-000001-01-01T00:00:00.000Z', id]),
    ];
    const answers = [];
    for (const after of cursors) {
      const result = await execute(server.url, key, PageSpecsForward, { first: 5, after });
      answers.push({
        after,
        code: errorCode(result),
        paths: result.errors?.[0]?.extensions?.fields?.map((f) => f.path),
      });
    }
    expect(answers).toEqual(cursors.map((after) => ({ after, code: 'BAD_USER_INPUT', paths: ['after'] })));
  });

  it('rejects a garbage before cursor with BAD_USER_INPUT naming before', async () => {
    const result = await execute(server.url, key, PageSpecsBackward, { last: 5, before: 'garbage' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(['before']);
  });
});
