/**
 * What bench/search.ts measures: each GraphQL query, the hand-written SQL it is compared with
 * (the best single statement over `run` that gives the same answer), and how to reduce both
 * answers to the same JSON, so a figure is only reported for a query that answered correctly.
 */
import type pg from 'pg';
import { runCursor } from '../resolvers/run-list.ts';

export interface Scenario {
  group: 'facets' | 'options' | 'page' | 'search' | 'stats';
  name: string;
  query: string;
  variables: Record<string, unknown>;
  baseline: string;
  /** The API's data and the baseline's rows as comparable values. */
  answer: (data: Record<string, unknown>) => unknown;
  expected: (rows: Record<string, unknown>[]) => unknown;
}

/** Values of the bench project that scenarios filter on, picked from its data (the most used ones). */
export interface BenchValues {
  projectId: string;
  topSpec: { id: string; name: string };
  now: Date;
  /** A cursor `depth` rows into the three-filter page, and the OFFSET that reaches the same row. */
  deep: { cursor: string; offset: number };
}

const FIVE_FIELDS = ['STATUS', 'SPEC', 'BASE_MODEL', 'ENVIRONMENT', 'TAG'] as const;
const COLUMNS: Record<(typeof FIVE_FIELDS)[number], string> = {
  STATUS: 'r.status',
  SPEC: 'r.spec_id::text',
  BASE_MODEL: 'r.base_model_id::text',
  ENVIRONMENT: 'r.environment',
  TAG: 'r.tags',
};

const PANEL = `query BenchFacets($where: RunWhere) {
  runFacets(where: $where, fields: [STATUS, SPEC, BASE_MODEL, ENVIRONMENT, TAG], limit: 500) {
    total facets { field values { value count } }
  }
}`;

interface FacetFilter {
  name: string;
  where: Record<string, unknown>;
  /** SQL per facet field it filters on; `time` applies to every field. */
  conditions: Partial<Record<(typeof FIVE_FIELDS)[number] | 'time', string>>;
}

/**
 * The single-statement raw SQL for a disjunctive five-field panel: one GROUPING SETS pass with a
 * FILTER per field (each field drops its own condition), one pass unnesting tags, the total.
 */
function facetBaseline(projectId: string, filter: FacetFilter): string {
  const conditionsWithout = (field: string | null) =>
    Object.entries(filter.conditions)
      .filter(([key]) => key !== field)
      .map(([, sql]) => `(${sql})`)
      .join(' and ') || 'true';
  const scalar = FIVE_FIELDS.filter((f) => f !== 'TAG');
  const scan = [...FIVE_FIELDS, null].map((f) => `(${conditionsWithout(f)})`).join(' or ');
  return `
    select case when grouping(${scalar.map((f) => COLUMNS[f]).join(', ')}) = 15 then '*'
                ${scalar.map((f, i) => `when grouping(${COLUMNS[f]}) = 0 then '${f}' /* ${i} */`).join(' ')} end as field,
           coalesce(${scalar.map((f) => COLUMNS[f]).join(', ')}, '') as value,
           case when grouping(${scalar.map((f) => COLUMNS[f]).join(', ')}) = 15 then count(*) filter (where ${conditionsWithout(null)})
                ${scalar.map((f) => `when grouping(${COLUMNS[f]}) = 0 then count(*) filter (where ${conditionsWithout(f)})`).join(' ')} end as count
    from run r
    where r.project_id = '${projectId}' and (${scan})
    group by grouping sets (${scalar.map((f) => `(${COLUMNS[f]})`).join(', ')}, ())
    union all
    select 'TAG', t, count(*) from run r cross join lateral unnest(r.tags) t
    where r.project_id = '${projectId}' and ${conditionsWithout('TAG')}
    group by t`;
}

const facetAnswer = (data: Record<string, unknown>) => {
  const { runFacets } = data as {
    runFacets: { total: number; facets: { field: string; values: { value: string; count: number }[] }[] };
  };
  return {
    total: runFacets.total,
    facets: Object.fromEntries(
      runFacets.facets.map((f) => [f.field, Object.fromEntries(f.values.map((v) => [v.value, v.count]))]),
    ),
  };
};

const facetExpected = (rows: Record<string, unknown>[]) => {
  const facets: Record<string, Record<string, number>> = Object.fromEntries(FIVE_FIELDS.map((f) => [f, {}]));
  let total = 0;
  for (const row of rows) {
    const count = Number(row.count);
    if (row.field === '*') total = count;
    else if (row.value !== null && row.value !== '' && count > 0) facets[String(row.field)]![String(row.value)] = count;
  }
  return { total, facets };
};

const pageAnswer = (data: Record<string, unknown>) =>
  (data as { runs: { edges: { node: { id: string } }[] } }).runs.edges.map((e) => e.node.id);
const rowIds = (rows: Record<string, unknown>[]) => rows.slice(0, 20).map((row) => row.id);

const optionAnswer = (data: Record<string, unknown>) =>
  (data as { runFilterOptions: { value: string; count: number }[] }).runFilterOptions.map((o) => [o.value, o.count]);
const optionExpected = (rows: Record<string, unknown>[]) => rows.map((row) => [String(row.value), Number(row.count)]);

export function scenarios(values: BenchValues): Scenario[] {
  const p = `'${values.projectId}'`;
  const monthAgo = new Date(values.now.getTime() - 30 * 86_400_000).toISOString();
  const filters: FacetFilter[] = [
    { name: 'no filter', where: {}, conditions: {} },
    { name: 'status FAILED', where: { status: ['FAILED'] }, conditions: { STATUS: `r.status = 'FAILED'` } },
    { name: 'tag lr-sweep', where: { tags: { any: ['lr-sweep'] } }, conditions: { TAG: `r.tags && '{lr-sweep}'` } },
    {
      name: 'status COMPLETED, environment prod',
      where: { status: ['COMPLETED'], environment: ['prod'] },
      conditions: { STATUS: `r.status = 'COMPLETED'`, ENVIRONMENT: `r.environment = 'prod'` },
    },
    {
      name: 'status FAILED, created in the last 30 days',
      where: { status: ['FAILED'], createdAfter: monthAgo },
      conditions: { STATUS: `r.status = 'FAILED'`, time: `r.created_at >= '${monthAgo}'` },
    },
    {
      name: 'top spec, tag baseline',
      where: { specId: [values.topSpec.id], tags: { any: ['baseline'] } },
      conditions: { SPEC: `r.spec_id = '${values.topSpec.id}'`, TAG: `r.tags && '{baseline}'` },
    },
    {
      name: 'environment staging, tag baseline',
      where: { environment: ['staging'], tags: { any: ['baseline'] } },
      conditions: { ENVIRONMENT: `r.environment = 'staging'`, TAG: `r.tags && '{baseline}'` },
    },
  ];

  const threeFilters = { status: ['COMPLETED'], environment: ['prod'], tags: { any: ['baseline'] } };
  const threeFiltersSql = `r.project_id = ${p} and r.status = 'COMPLETED' and r.environment = 'prod' and r.tags && '{baseline}'`;
  const PAGE = `query BenchPage($where: RunWhere, $orderBy: RunOrder, $after: String, $search: String) {
    runs(where: $where, orderBy: $orderBy, after: $after, search: $search, first: 20) { edges { node { id } } }
  }`;
  const OPTIONS = `query BenchOptions($field: RunFacetField!, $where: RunWhere, $prefix: String) {
    runFilterOptions(field: $field, where: $where, prefix: $prefix, limit: 20) { value count }
  }`;
  const search = (term: string, query: string): Scenario => ({
    group: 'search',
    name: `"${term}"`,
    query: PAGE,
    variables: { search: term },
    baseline: `select r.id from run r where r.project_id = ${p} and r.search_doc @@ to_tsquery('simple', '${query.replaceAll("'", "''")}')
               order by r.created_at desc, r.id desc limit 21`,
    answer: pageAnswer,
    expected: rowIds,
  });

  return [
    ...filters.map((filter): Scenario => ({
      group: 'facets',
      name: filter.name,
      query: PANEL,
      variables: { where: filter.where },
      baseline: facetBaseline(values.projectId, filter),
      answer: facetAnswer,
      expected: facetExpected,
    })),
    {
      group: 'options',
      name: 'SPEC names starting "sup"',
      query: OPTIONS,
      variables: { field: 'SPEC', prefix: 'sup' },
      baseline: `select r.spec_id::text as value, count(*) from run r
                 where r.project_id = ${p} and r.spec_id in (select id from behavior_spec where project_id = ${p} and name ilike 'sup%')
                 group by 1 order by 2 desc, 1 limit 20`,
      answer: optionAnswer,
      expected: optionExpected,
    },
    {
      group: 'options',
      name: 'TAG starting "cu"',
      query: OPTIONS,
      variables: { field: 'TAG', prefix: 'cu' },
      baseline: `select t as value, count(*) from run r cross join lateral unnest(r.tags) t
                 where r.project_id = ${p} and t ilike 'cu%' group by 1 order by 2 desc, 1 limit 20`,
      answer: optionAnswer,
      expected: optionExpected,
    },
    {
      group: 'options',
      name: 'CREATED_BY starting "a", status FAILED',
      query: OPTIONS,
      variables: { field: 'CREATED_BY', prefix: 'a', where: { status: ['FAILED'] } },
      baseline: `select r.created_by as value, count(*) from run r
                 where r.project_id = ${p} and r.status = 'FAILED' and r.created_by ilike 'a%' group by 1 order by 2 desc, 1 limit 20`,
      answer: optionAnswer,
      expected: optionExpected,
    },
    {
      group: 'options',
      name: 'ENVIRONMENT starting "s", top spec',
      query: OPTIONS,
      variables: { field: 'ENVIRONMENT', prefix: 's', where: { specId: [values.topSpec.id] } },
      baseline: `select r.environment as value, count(*) from run r
                 where r.project_id = ${p} and r.spec_id = '${values.topSpec.id}' and r.environment ilike 's%'
                 group by 1 order by 2 desc, 1 limit 20`,
      answer: optionAnswer,
      expected: optionExpected,
    },
    {
      group: 'page',
      name: 'first page, three filters, newest first',
      query: PAGE,
      variables: { where: threeFilters },
      baseline: `select r.id from run r where ${threeFiltersSql} order by r.created_at desc, r.id desc limit 21`,
      answer: pageAnswer,
      expected: rowIds,
    },
    {
      group: 'page',
      name: `page ${values.deep.offset.toLocaleString('en-US')} rows deep (cursor), three filters`,
      query: PAGE,
      variables: { where: threeFilters, after: values.deep.cursor },
      baseline: `select r.id from run r where ${threeFiltersSql}
                 order by r.created_at desc, r.id desc offset ${values.deep.offset + 1} limit 21`,
      answer: pageAnswer,
      expected: rowIds,
    },
    {
      group: 'page',
      name: 'first page, three filters, best score first',
      query: PAGE,
      variables: { where: threeFilters, orderBy: { field: 'AVG_SCORE', direction: 'DESC' } },
      baseline: `select r.id from run r where ${threeFiltersSql} and r.avg_score is not null
                 order by r.avg_score desc, r.id desc limit 21`,
      answer: pageAnswer,
      expected: rowIds,
    },
    search('memory', 'memory:*'),
    search('triage', 'triage:*'),
    search('customer-acme', `'customer-acme':*`),
    search('nan loss', 'nan:* & loss:*'),
    search('refund nan', 'refund:* & nan:*'),
    {
      group: 'stats',
      name: 'last 30 days by status, per day',
      query: `query BenchStats($where: RunWhere) {
        runStats(where: $where, groupBy: [STATUS], bucket: DAY) { group bucketStart count p95DurationMs }
      }`,
      variables: { where: { createdAfter: monthAgo } },
      baseline: `select r.status, date_trunc('day', r.created_at at time zone 'UTC') as day, count(*),
                        percentile_cont(0.95) within group (order by r.duration_ms)
                 from run r where r.project_id = ${p} and r.created_at >= '${monthAgo}' group by 1, 2 order by 2, 1`,
      answer: (data) => (data as { runStats: { count: number }[] }).runStats.map((row) => row.count),
      expected: (rows) => rows.map((row) => Number(row.count)),
    },
  ];
}

/** The most used spec, and a cursor `fraction` of the way down the three-filter page. */
export async function benchValues(client: pg.Client, projectId: string, fraction: number): Promise<BenchValues> {
  const { rows: specs } = await client.query<{ id: string; name: string }>(
    `select s.id, s.name from behavior_spec s where s.project_id = $1 order by s.run_counter desc limit 1`,
    [projectId],
  );
  const { rows: counted } = await client.query<{ n: number }>(
    `select count(*)::int as n from run r
     where r.project_id = $1 and r.status = 'COMPLETED' and r.environment = 'prod' and r.tags && '{baseline}'`,
    [projectId],
  );
  const offset = Math.floor(counted[0]!.n * fraction);
  const { rows: deep } = await client.query<{ created_at: Date; id: string }>(
    `select r.created_at, r.id from run r
     where r.project_id = $1 and r.status = 'COMPLETED' and r.environment = 'prod' and r.tags && '{baseline}'
     order by r.created_at desc, r.id desc offset $2 limit 1`,
    [projectId, offset],
  );
  const row = deep[0]!;
  const cursor = runCursor('createdAt', { value: row.created_at, id: row.id });
  return { projectId, topSpec: specs[0]!, now: new Date(), deep: { cursor, offset } };
}
