import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedRuns } from '../bench/seed-runs.ts';
import { graphql } from './generated/index.ts';
import type { JobWhere, RunFacetField, RunStatus, RunWhere } from './generated/graphql.ts';
import { errorCode, execute, ok } from './helpers/client.ts';
import { createTestProject } from './helpers/project.ts';
import { FilterPool, rngFor, type Rng } from './helpers/random-filters.ts';
import {
  bruteFacet,
  loadRuns,
  matches,
  matchesSearch,
  percentile,
  withoutField,
  facetValues,
  type RunRow,
} from './helpers/run-reference.ts';
import { startServer, type TestServer } from './helpers/server.ts';

const FacetsPanel = graphql(`
  query FacetsPanel($where: RunWhere, $search: String, $fields: [RunFacetField!]!, $limit: Int) {
    runFacets(where: $where, search: $search, fields: $fields, limit: $limit) {
      total
      facets {
        field
        values {
          value
          label
          count
        }
      }
    }
    runs(where: $where, search: $search, first: 0) {
      totalCount
    }
  }
`);

const FacetsRunCount = graphql(`
  query FacetsRunCount($where: RunWhere) {
    runs(where: $where, first: 0) {
      totalCount
    }
  }
`);

const FacetsFilterOptions = graphql(`
  query FacetsFilterOptions($field: RunFacetField!, $where: RunWhere, $prefix: String, $limit: Int) {
    runFilterOptions(field: $field, where: $where, prefix: $prefix, limit: $limit) {
      value
      label
      count
    }
  }
`);

const FacetsStats = graphql(`
  query FacetsStats($where: RunWhere, $groupBy: [RunFacetField!], $bucket: TimeBucket) {
    runStats(where: $where, groupBy: $groupBy, bucket: $bucket) {
      group
      bucketStart
      count
      avgScore
      passRate
      costUsd
      tokens
      p50DurationMs
      p95DurationMs
    }
  }
`);

const FacetsStatsSelected = graphql(`
  query FacetsStatsSelected($withDuration: Boolean!) {
    runStats(groupBy: [ENVIRONMENT], bucket: WEEK) {
      group
      bucketStart
      count
      ... on RunStatsRow {
        avgScore
        passRate
      }
      spend: costUsd
      p95DurationMs @include(if: $withDuration)
    }
  }
`);

const FacetsJobFacets = graphql(`
  query FacetsJobFacets($where: JobWhere, $fields: [JobFacetField!]!) {
    jobFacets(where: $where, fields: $fields) {
      total
      facets {
        field
        values {
          value
          label
          count
        }
      }
    }
    jobs(where: $where, first: 0) {
      totalCount
    }
  }
`);

const FacetsSetTags = graphql(`
  mutation FacetsSetTags($id: ID!, $tags: [String!]!) {
    setRunTags(id: $id, tags: $tags) {
      run {
        id
        tags
      }
    }
  }
`);

const FacetsSetFeedback = graphql(`
  mutation FacetsSetFeedback($id: ID!, $input: FeedbackInput!) {
    setRunFeedback(id: $id, input: $input) {
      run {
        id
        feedback {
          flags
        }
      }
    }
  }
`);

const ALL_FIELDS: RunFacetField[] = [
  'STATUS',
  'SPEC',
  'BASE_MODEL',
  'MODEL',
  'TAG',
  'ENVIRONMENT',
  'CREATED_BY',
  'FEEDBACK_FLAG',
];
const LIMIT = 500;

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
  // Through the same triggers as any write: search documents and facet counts are kept per statement.
  await seedRuns(db, projectId, { runs: 3000, specs: 40, days: 150, seed: 0.25 });
  runs = await loadRuns(db, projectId);
}, 120_000);

afterAll(async () => {
  await db.end();
  await server.stop();
});

/** The filter a facet value stands for, to ask runs(where) for its count. */
function valueFilter(field: RunFacetField, value: string): RunWhere {
  const filters: Record<RunFacetField, RunWhere> = {
    STATUS: { status: [value as never] },
    SPEC: { specId: [value] },
    BASE_MODEL: { baseModelId: [value] },
    MODEL: { modelId: [value] },
    TAG: { tags: { any: [value] } },
    ENVIRONMENT: { environment: [value] },
    CREATED_BY: { createdBy: [value] },
    FEEDBACK_FLAG: { feedbackFlag: [value] },
  };
  return filters[field];
}

/** runFacets and runs(where).totalCount for one filter, against brute force over `runs`. */
async function checkPanel(rng: Rng, where: RunWhere): Promise<void> {
  const result = await ok(server.url, key, FacetsPanel, { where, fields: ALL_FIELDS, limit: LIMIT });
  const label = JSON.stringify(where);
  const expectedTotal = runs.filter((run) => matches(run, where)).length;
  expect(result.runFacets.total, label).toBe(expectedTotal);
  expect(result.runs.totalCount, label).toBe(expectedTotal);
  expect(result.runFacets.facets.map((f) => f.field)).toEqual(ALL_FIELDS);
  for (const facet of result.runFacets.facets) {
    expect(facet.values, `${facet.field} for ${label}`).toEqual(bruteFacet(runs, facet.field, where).slice(0, LIMIT));
  }
  // A facet count is the totalCount of the filter with the field's own condition replaced by the value.
  const nonEmpty = result.runFacets.facets.filter((f) => f.values.length > 0);
  if (nonEmpty.length === 0) return;
  const facet = nonEmpty[Math.floor(rng() * nonEmpty.length)]!;
  const value = facet.values[Math.floor(rng() * facet.values.length)]!;
  const narrowed = { and: [withoutField(where, facet.field), valueFilter(facet.field, value.value)] };
  const { runs: counted } = await ok(server.url, key, FacetsRunCount, { where: narrowed });
  expect(counted.totalCount, `${facet.field}=${value.value} for ${label}`).toBe(value.count);
}

describe('runFacets', () => {
  it('counts every field disjunctively, as brute force and runs(where).totalCount do, for 80 random filters', async () => {
    const rng = rngFor('facets');
    const pool = new FilterPool(runs);
    await checkPanel(rng, {});
    for (let i = 0; i < 80; i++) await checkPanel(rng, pool.random(rng));
  });

  it('labels specs and models with their names', async () => {
    const result = await ok(server.url, key, FacetsPanel, { fields: ['SPEC', 'BASE_MODEL', 'MODEL'], limit: 5 });
    const names = new Map(
      runs
        .flatMap((run) => ['SPEC', 'BASE_MODEL', 'MODEL'].flatMap((f) => facetValues(run, f as RunFacetField)))
        .map((v) => [v.value, v.label]),
    );
    for (const facet of result.runFacets.facets) {
      expect(facet.values).toHaveLength(5);
      for (const value of facet.values) expect(value.label).toBe(names.get(value.value));
    }
  });

  it('applies the search to the total and every field', async () => {
    const rng = rngFor('facets-search');
    const pool = new FilterPool(runs);
    for (const search of ['triage', 'memory', 'baseline', 'nan loss', 'customer-acme', 'customer-ac']) {
      for (const where of [{}, pool.random(rng), pool.random(rng)]) {
        const result = await ok(server.url, key, FacetsPanel, { where, search, fields: ALL_FIELDS, limit: LIMIT });
        const expected = runs.filter((run) => matches(run, where) && matchesSearch(run, search)).length;
        if (Object.keys(where).length === 0) expect(expected).toBeGreaterThan(0);
        expect(result.runFacets.total).toBe(expected);
        expect(result.runs.totalCount).toBe(expected);
        for (const facet of result.runFacets.facets) {
          expect(facet.values).toEqual(bruteFacet(runs, facet.field, where, search).slice(0, LIMIT));
        }
      }
    }
  });

  it('rejects a repeated field, a limit out of range and a malformed id with BAD_USER_INPUT, naming them', async () => {
    const cases = [
      { variables: { fields: ['TAG', 'TAG'] as RunFacetField[] }, path: 'fields' },
      { variables: { fields: ['TAG'] as RunFacetField[], limit: 0 }, path: 'limit' },
      { variables: { fields: ['TAG'] as RunFacetField[], limit: 501 }, path: 'limit' },
      { variables: { fields: ['TAG'] as RunFacetField[], where: { specId: ['nope'] } }, path: 'where.specId.0' },
    ];
    for (const { variables, path } of cases) {
      const result = await execute(server.url, key, FacetsPanel, variables);
      expect(errorCode(result), path).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual([path]);
    }
  });

  it('rejects a NUL, an overlong search and an oversized filter with BAD_USER_INPUT, naming them', async () => {
    const branches = Array.from({ length: 21 }, () => ({ hasParent: false }));
    const cases: { variables: { search?: string; where?: RunWhere }; path: string }[] = [
      { variables: { search: 'x'.repeat(501) }, path: 'search' },
      { variables: { search: 'nan\u0000loss' }, path: 'search' },
      { variables: { where: { environment: ['prod\u0000'] } }, path: 'where.environment.0' },
      { variables: { where: { tags: { all: ['a\u0000'] } } }, path: 'where.tags.all.0' },
      { variables: { where: { or: branches } }, path: 'where.or' },
      {
        variables: { where: { tags: { any: Array.from({ length: 101 }, (_, i) => `t${i}`) } } },
        path: 'where.tags.any',
      },
    ];
    for (const { variables, path } of cases) {
      const result = await execute(server.url, key, FacetsPanel, { fields: ['TAG'], ...variables });
      expect(errorCode(result), path).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual([path]);
    }
    // The longest search and the widest filter allowed are answered.
    const widest = { or: branches.slice(1) };
    const answered = await ok(server.url, key, FacetsPanel, {
      fields: ['TAG'],
      where: widest,
      search: 'x'.repeat(500),
    });
    expect(answered.runFacets.total).toBe(0);
  });

  it('reads upper-case ids as the ids they spell, in counts as in lists', async () => {
    const spec = runs[0]!.specId;
    const base = runs[0]!.baseModelId;
    for (const where of [{ specId: [spec] }, { baseModelId: [base] }, { specId: [spec], baseModelId: [base] }]) {
      const upper = Object.fromEntries(
        Object.entries(where as Record<string, string[]>).map(([k, ids]) => [k, ids.map((id) => id.toUpperCase())]),
      );
      const expected = runs.filter((run) => matches(run, where)).length;
      expect(expected).toBeGreaterThan(0);
      const result = await ok(server.url, key, FacetsPanel, { where: upper, fields: ALL_FIELDS, limit: LIMIT });
      expect(result.runFacets.total).toBe(expected);
      expect(result.runs.totalCount).toBe(expected);
      for (const facet of result.runFacets.facets) {
        expect(facet.values).toEqual(bruteFacet(runs, facet.field, where).slice(0, LIMIT));
      }
    }
  });

  it('answers creation-time bounds from year 0 to year 9999 as the bounds runs can have', async () => {
    const cases = [
      { where: { createdAfter: '9999-12-31T12:00:00Z' }, total: 0 },
      { where: { createdBefore: '0000-06-15T12:00:00Z' }, total: 0 },
      { where: { createdAfter: '0000-06-15T12:00:00Z', createdBefore: '9999-12-31T23:59:59Z' }, total: runs.length },
    ];
    for (const { where, total } of cases) {
      const result = await ok(server.url, key, FacetsPanel, { where, fields: ['STATUS'] });
      expect(result.runFacets.total, JSON.stringify(where)).toBe(total);
      expect(result.runs.totalCount, JSON.stringify(where)).toBe(total);
    }
  });
});

describe('runFilterOptions', () => {
  it('lists the values starting with a prefix (names for specs and models), most frequent first, for 40 random cases', async () => {
    const rng = rngFor('filter-options');
    const pool = new FilterPool(runs);
    for (let i = 0; i < 40; i++) {
      const field = ALL_FIELDS[Math.floor(rng() * ALL_FIELDS.length)]!;
      const where = rng() < 0.4 ? {} : pool.random(rng);
      const limit = 1 + Math.floor(rng() * 30);
      const all = bruteFacet(runs, field, where);
      const sample = all[Math.floor(rng() * all.length)];
      const text = sample ? (sample.label ?? sample.value) : 'x';
      const cut = text.slice(0, 1 + Math.floor(rng() * 3));
      const prefix = rng() < 0.2 ? null : rng() < 0.5 ? cut.toUpperCase() : cut;
      const expected = all
        .filter((v) => !prefix || (v.label ?? v.value).toLowerCase().startsWith(prefix.toLowerCase()))
        .slice(0, limit);
      const { runFilterOptions } = await ok(server.url, key, FacetsFilterOptions, { field, where, prefix, limit });
      expect(runFilterOptions, `${field} ${prefix} ${JSON.stringify(where)}`).toEqual(expected);
    }
  });

  it('caps limit at 100 and prefixes at 200 characters, and rejects a NUL, with BAD_USER_INPUT; a null limit is 20', async () => {
    for (const [variables, path] of [
      [{ field: 'TAG' as const, limit: 101 }, 'limit'],
      [{ field: 'TAG' as const, limit: 0 }, 'limit'],
      [{ field: 'TAG' as const, prefix: 'x'.repeat(201) }, 'prefix'],
      [{ field: 'TAG' as const, prefix: 'x\u0000' }, 'prefix'],
    ] as const) {
      const result = await execute(server.url, key, FacetsFilterOptions, variables);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual([path]);
    }
    // API.md's `limit: Int`: null is the default, 20.
    const { runFilterOptions } = await ok(server.url, key, FacetsFilterOptions, { field: 'TAG', limit: null });
    expect(runFilterOptions).toEqual(bruteFacet(runs, 'TAG', {}).slice(0, 20));
  });
});

type Bucket = 'HOUR' | 'DAY' | 'WEEK';

function bucketStart(t: number, bucket: Bucket | null): string | null {
  if (!bucket) return null;
  const d = new Date(t);
  if (bucket === 'HOUR')
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours())).toISOString();
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  if (bucket === 'DAY') return new Date(day).toISOString();
  return new Date(day - ((d.getUTCDay() + 6) % 7) * 86_400_000).toISOString();
}

function bruteStats(where: RunWhere, groupBy: RunFacetField[], bucket: Bucket | null) {
  const groups = new Map<string, { group: (string | null)[]; bucketStart: string | null; runs: RunRow[] }>();
  for (const run of runs.filter((r) => matches(r, where))) {
    let keys: (string | null)[][] = [[]];
    for (const field of groupBy) {
      const values = facetValues(run, field).map((v) => v.value);
      keys = keys.flatMap((k) => (values.length ? values : [null]).map((v) => [...k, v]));
    }
    const start = bucketStart(run.createdAt, bucket);
    for (const group of keys) {
      const id = JSON.stringify([start, group]);
      const entry = groups.get(id) ?? { group, bucketStart: start, runs: [] };
      entry.runs.push(run);
      groups.set(id, entry);
    }
  }
  const sum = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) : null);
  const of = <T>(list: RunRow[], f: (r: RunRow) => T | null) => list.map(f).filter((v): v is T => v !== null);
  return [...groups.values()].map(({ group, bucketStart, runs: members }) => {
    const scores = of(members, (r) => r.avgScore);
    const durations = of(members, (r) => r.durationMs);
    return {
      group,
      bucketStart,
      count: members.length,
      avgScore: scores.length ? sum(scores)! / scores.length : null,
      passRate: scores.length ? scores.filter((s) => s >= 0.7).length / scores.length : null,
      costUsd: sum(of(members, (r) => r.costUsd)),
      tokens: sum(of(members, (r) => r.tokens)),
      p50DurationMs: percentile(durations, 0.5),
      p95DurationMs: percentile(durations, 0.95),
    };
  });
}

/** Bucket, then each group value, NULLs last, values in byte order: the API's order. */
function statsOrder(a: { bucketStart?: string | null; group: (string | null)[] }, b: typeof a): number {
  const keys = (r: typeof a) => [r.bucketStart, ...r.group];
  const [ka, kb] = [keys(a), keys(b)];
  for (let i = 0; i < ka.length; i++) {
    const [x, y] = [ka[i] ?? null, kb[i] ?? null];
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}

describe('runStats', () => {
  it('aggregates per group and bucket as brute force does, for 25 random cases', async () => {
    const rng = rngFor('stats');
    const pool = new FilterPool(runs);
    const fields: RunFacetField[] = [
      'STATUS',
      'SPEC',
      'BASE_MODEL',
      'TAG',
      'ENVIRONMENT',
      'CREATED_BY',
      'FEEDBACK_FLAG',
    ];
    for (let i = 0; i < 25; i++) {
      const bucket = ([null, 'DAY', 'WEEK', 'HOUR'] as const)[Math.floor(rng() * 4)]!;
      let where: RunWhere = rng() < 0.3 ? {} : pool.random(rng);
      if (bucket === 'HOUR') {
        const after = pool.time(rng);
        where = {
          and: [where],
          createdAfter: after,
          createdBefore: new Date(Date.parse(after) + 20 * 86_400_000).toISOString(),
        };
      }
      const groupBy = [
        ...new Set(Array.from({ length: Math.floor(rng() * 3) }, () => fields[Math.floor(rng() * fields.length)]!)),
      ];
      const { runStats } = await ok(server.url, key, FacetsStats, { where, groupBy, bucket });
      const expected = bruteStats(where, groupBy, bucket).sort(statsOrder);
      const label = JSON.stringify({ where, groupBy, bucket });
      expect([...runStats].sort(statsOrder), label).toEqual(runStats);
      expect(
        runStats.map((r) => [r.bucketStart, r.group, r.count]),
        label,
      ).toEqual(expected.map((r) => [r.bucketStart, r.group, r.count]));
      runStats.forEach((row, j) => {
        const want = expected[j]!;
        for (const metric of ['avgScore', 'passRate', 'costUsd', 'tokens', 'p50DurationMs', 'p95DurationMs'] as const) {
          if (want[metric] === null) expect(row[metric], `${metric} ${label}`).toBeNull();
          else expect(row[metric], `${metric} ${label}`).toBeCloseTo(want[metric], 6);
        }
      });
    }
  });

  it('computes the aggregates a query selects, through fragments, aliases and @include', async () => {
    const expected = bruteStats({}, ['ENVIRONMENT'], 'WEEK').sort(statsOrder);
    const close = (value: number | null | undefined, want: number | null, label: string) => {
      if (want === null) expect(value, label).toBeNull();
      else expect(value, label).toBeCloseTo(want, 6);
    };
    for (const withDuration of [true, false]) {
      const { runStats } = await ok(server.url, key, FacetsStatsSelected, { withDuration });
      expect(runStats.map((r) => [r.bucketStart, r.group, r.count])).toEqual(
        expected.map((r) => [r.bucketStart, r.group, r.count]),
      );
      runStats.forEach((row, j) => {
        const want = expected[j]!;
        close(row.avgScore, want.avgScore, 'avgScore');
        close(row.passRate, want.passRate, 'passRate');
        close(row.spend, want.costUsd, 'spend');
        if (withDuration) close(row.p95DurationMs, want.p95DurationMs, 'p95DurationMs');
        else expect(row).not.toHaveProperty('p95DurationMs');
      });
    }
  });

  it('takes the range of HOUR buckets from `and` too, but not from `or`', async () => {
    const newest = Math.max(...runs.map((r) => r.createdAt));
    const after = new Date(newest - 10 * 86_400_000).toISOString();
    const before = new Date(newest + 1).toISOString();
    const nested: RunWhere = { and: [{ createdAfter: after }, { and: [{ createdBefore: before }] }] };
    const { runStats } = await ok(server.url, key, FacetsStats, { where: nested, groupBy: [], bucket: 'HOUR' });
    const expected = bruteStats(nested, [], 'HOUR').sort(statsOrder);
    expect(expected.length).toBeGreaterThan(0);
    expect(runStats.map((r) => [r.bucketStart, r.count])).toEqual(expected.map((r) => [r.bucketStart, r.count]));

    // Inside `or`, a range bounds nothing: the other branch matches runs of any time.
    const either = { or: [{ createdAfter: after, createdBefore: before }, { status: ['FAILED'] as RunStatus[] }] };
    const result = await execute(server.url, key, FacetsStats, { where: either, bucket: 'HOUR' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(['bucket']);
  });

  it('rejects HOUR buckets without a range of at most 31 days, and a repeated or fourth groupBy field', async () => {
    const cases = [
      { variables: { bucket: 'HOUR' as const }, path: 'bucket' },
      {
        variables: {
          bucket: 'HOUR' as const,
          where: { createdAfter: '2020-01-01T00:00:00Z', createdBefore: '2020-03-01T00:00:00Z' },
        },
        path: 'bucket',
      },
      { variables: { groupBy: ['TAG', 'TAG'] as RunFacetField[] }, path: 'groupBy' },
      { variables: { groupBy: ['TAG', 'SPEC', 'STATUS', 'MODEL'] as RunFacetField[] }, path: 'groupBy' },
    ];
    for (const { variables, path } of cases) {
      const result = await execute(server.url, key, FacetsStats, variables);
      expect(errorCode(result), path).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual([path]);
    }
  });
});

describe('jobFacets', () => {
  it('counts jobs by type, status, environment and base model disjunctively, agreeing with jobs(where)', async () => {
    await db.query(
      `insert into job (id, project_id, type, status, idempotency_key, payload_hash, hyperparams, environment, base_model_id, created_at)
       select gen_random_uuid(), $1, (array['TRAIN','FINETUNE','CONTRACT'])[1 + i % 3],
              (array['QUEUED','RUNNING','COMPLETED','FAILED','CANCELLED'])[1 + (i * 7) % 5], 'facets-' || i, '-', '{}',
              case when i % 4 = 0 then null else (array['prod','dev','gpu'])[1 + (i * 5) % 3] end,
              (select id from model where project_id = $1 and kind = 'BASE' order by name offset (i % 3) limit 1),
              now() - i * interval '1 minute'
       from generate_series(1, 240) i`,
      [projectId],
    );
    const { rows: jobs } = await db.query<{
      type: string;
      status: string;
      environment: string | null;
      base: string;
      name: string;
    }>(
      `select j.type, j.status, j.environment, j.base_model_id as base, m.name from job j join model m on m.id = j.base_model_id where j.project_id = $1`,
      [projectId],
    );
    const rng = rngFor('jobs');
    const fieldOf = { TYPE: 'type', STATUS: 'status', ENVIRONMENT: 'environment', BASE_MODEL: 'base' } as const;
    const keyOf = { TYPE: 'type', STATUS: 'status', ENVIRONMENT: 'environment', BASE_MODEL: 'baseModelId' } as const;
    type Filters = Record<(typeof keyOf)[keyof typeof keyOf], string[] | undefined>;
    const distinct = (f: keyof typeof fieldOf) =>
      [...new Set(jobs.map((j) => j[fieldOf[f]]).filter((v) => v !== null))] as string[];
    for (let i = 0; i < 20; i++) {
      const where: Partial<Filters> = {};
      for (const f of Object.keys(fieldOf) as (keyof typeof fieldOf)[]) {
        if (rng() < 0.4)
          where[keyOf[f]] = distinct(f)
            .filter(() => rng() < 0.5)
            .slice(0, 2);
      }
      const match = (job: (typeof jobs)[number], except?: keyof typeof fieldOf) =>
        (Object.keys(fieldOf) as (keyof typeof fieldOf)[]).every((f) => {
          const values = where[keyOf[f]];
          return f === except || !values?.length || values.includes(job[fieldOf[f]] as string);
        });
      const result = await ok(server.url, key, FacetsJobFacets, {
        where: where as JobWhere,
        fields: ['TYPE', 'STATUS', 'ENVIRONMENT', 'BASE_MODEL'],
      });
      const total = jobs.filter((j) => match(j)).length;
      expect(result.jobFacets.total).toBe(total);
      expect(result.jobs.totalCount).toBe(total);
      for (const facet of result.jobFacets.facets) {
        const counts = new Map<string, { value: string; label: string | null; count: number }>();
        for (const job of jobs.filter((j) => match(j, facet.field))) {
          const value = job[fieldOf[facet.field]];
          if (value === null) continue;
          const entry = counts.get(value) ?? { value, label: facet.field === 'BASE_MODEL' ? job.name : null, count: 0 };
          entry.count += 1;
          counts.set(value, entry);
        }
        const expected = [...counts.values()].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
        expect(facet.values, `${facet.field} ${JSON.stringify(where)}`).toEqual(expected);
      }
    }
  });
});

describe('facet counts under writes', () => {
  it('stay exact after tags, feedback, status, time, parent and environment changes, deletes and inserts', async () => {
    const rng = rngFor('writes');
    const ids = runs.map((r) => r.id);
    const sample = (n: number) => Array.from({ length: n }, () => ids[Math.floor(rng() * ids.length)]!);
    for (const id of new Set(sample(15))) {
      await ok(server.url, key, FacetsSetTags, { id, tags: ['written-tag', ...(rng() < 0.5 ? ['baseline'] : [])] });
    }
    for (const id of new Set(sample(15))) {
      await ok(server.url, key, FacetsSetFeedback, { id, input: { score: 1, flags: ['written-flag', 'thumbs-up'] } });
    }
    await db.query(`update run set status = 'FAILED' where id = any($1)`, [sample(40)]);
    await db.query(`update run set created_at = created_at - interval '37 days 5 hours' where id = any($1)`, [
      sample(40),
    ]);
    await db.query(`update run set parent_id = null, environment = null where id = any($1)`, [sample(40)]);
    await db.query(`delete from run where id = any($1)`, [sample(30)]);
    await seedRuns(db, projectId, { runs: 200, specs: 5, days: 20, seed: -0.5 });
    runs = await loadRuns(db, projectId);

    const pool = new FilterPool(runs);
    await checkPanel(rng, {});
    for (let i = 0; i < 25; i++) await checkPanel(rng, pool.random(rng));

    // What the triggers kept is what a recount from scratch gives.
    await db.query(`create temp table kept as select * from run_facet_count where project_id = $1`, [projectId]);
    await db.query(`select run_facet_count_rebuild($1)`, [projectId]);
    const { rows } = await db.query<{ differing: number }>(
      `select count(*)::int as differing from (
         (select * from kept except select * from run_facet_count where project_id = $1)
         union all (select * from run_facet_count where project_id = $1 except select * from kept)) d`,
      [projectId],
    );
    expect(rows[0]!.differing).toBe(0);
  }, 120_000);
});
