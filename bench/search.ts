/**
 * Benchmark: run search, facets, filter options, pages and stats at a million runs.
 *
 * Uses (or seeds, bench/seed-runs.ts) the database trainyard_bench_search, starts the real app
 * on it (buildApp, DATABASE_URL, PORT 0) and, per scenario (bench/search-scenarios.ts), times
 * three things: the GraphQL request over HTTP and the SQL the resolvers sent for it (recorded at
 * pg.Client#query, replayed alone), in interleaved rounds; then the hand-written SQL for the
 * same answer, in rounds of its own. Both answers are compared before anything is timed.
 * EXPLAIN (ANALYZE, BUFFERS) of the resolvers' SQL goes next to the figures.
 *
 * `node --import tsx bench/search.ts` writes bench/SEARCH.md. BENCH_SEARCH_ROUNDS (default 200:
 * the API and its SQL), BENCH_SEARCH_BASELINE_ROUNDS (default 30: the hand-written SQL, some of
 * which reads the whole table for seconds),
 * BENCH_SEARCH_RUNS (default 1,000,000; a database of another size is re-seeded) and
 * BENCH_PG_URL (else postgres://postgres@127.0.0.1:5432/postgres) change the defaults.
 * BENCH_SEARCH_ONLY, a regular expression over "group: name", measures only the scenarios it
 * matches and prints their rows instead of writing SEARCH.md, to iterate on one query.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { issueSecret } from '../src/domain/api-key-secret.ts';
import { createLogger } from '../src/logger.ts';
import { migrationsList } from '../src/db/migrations/index.ts';
import { cpuMeter } from './cpu-usage.ts';
import { graphqlClient, timeRounds, timing, type Timing } from './latency.ts';
import { benchValues, scenarios, type Scenario } from './search-scenarios.ts';
import { createBenchDatabase } from './seed-runs.ts';

const RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 200);
const BASELINE_ROUNDS = Number(process.env.BENCH_SEARCH_BASELINE_ROUNDS ?? 30);
/**
 * Rounds run and thrown away first: V8 compiles the request's code paths, and the statements'
 * pages and catalog entries are cached, on the API's pooled connections as on the replay's.
 */
const WARM_UP_ROUNDS = 20;
const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'trainyard_bench_search';
const ONLY = process.env.BENCH_SEARCH_ONLY ? new RegExp(process.env.BENCH_SEARCH_ONLY) : null;
const TARGETS = { facetsRatio: 1.25, facetsP95: 150, optionsP50: 30, firstPageP95: 10, deepPageRatio: 2, searchP95: 5 };

interface Measured {
  scenario: Scenario;
  api: Timing;
  sql: Timing;
  baseline: Timing;
  statements: string[];
  plans: string[];
  /** Cores the rest of the machine used, and cores its hypervisor stole, while the API and its SQL were timed. */
  otherLoad: number;
  stolen: number;
}

/** The bench database, seeded unless it already holds RUNS runs at the current migration. */
async function benchDatabase(): Promise<string> {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DATABASE}`;
  const client = new pg.Client({ connectionString: url.toString() });
  const ready = await client
    .connect()
    .then(async () => {
      const { rows } = await client.query<{ runs: number; migrations: number }>(
        `select (select count(*)::int from run) as runs, (select count(*)::int from mikro_orm_migrations) as migrations`,
      );
      return rows[0]!.runs === RUNS && rows[0]!.migrations === migrationsList.length;
    })
    .catch(() => false)
    .finally(() => client.end());
  return ready ? url.toString() : createBenchDatabase(RUNS);
}

/** Records the text of every statement sent through pg while `work` runs. */
async function recordStatements(work: () => Promise<unknown>): Promise<string[]> {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const statements: string[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    const config = args[0];
    statements.push(typeof config === 'string' ? config : String((config as { text?: string }).text));
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    proto.query = original;
  }
  return statements;
}

export async function runSearchBench(): Promise<{ measured: Measured[]; run: RunInfo }> {
  const started = new Date();
  const load = loadavg();
  const databaseUrl = await benchDatabase();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('set jit = off');
  const { rows: projects } = await client.query<{ id: string }>(`select id from project where name = 'bench-search'`);
  const projectId = projects[0]!.id;
  const issued = issueSecret();
  await client.query(
    `insert into api_key (id, project_id, label, prefix, secret_hash, scopes, created_at)
     values (gen_random_uuid(), $1, 'bench', $2, $3, '{admin}', now())`,
    [projectId, issued.prefix, issued.hash],
  );
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    // Every request is counted, as in production, but thousands a minute must not be refused.
    TRAINYARD_RATE_LIMIT_PER_MINUTE: '1000000',
  });
  const app = await buildApp(config, createLogger('warn'));
  const { url } = await app.start();
  const send = graphqlClient(url, issued.secret);
  const post = async (scenario: Scenario) => {
    const body = await send({ query: scenario.query, variables: scenario.variables });
    if (body.errors || !body.data) throw new Error(`${scenario.name}: ${JSON.stringify(body.errors)}`);
    return body.data;
  };

  try {
    const values = await benchValues(client, projectId, 0.6);
    // Authentication's statements, counted on a second request: the first also refreshes the
    // key's lastUsedAt, which later requests skip.
    const typename = { query: '{ __typename }', variables: {} } as Scenario;
    await post(typename);
    const auth = (await recordStatements(() => post(typename))).length;
    // The floor under every API figure below: a request that passes authentication and reads nothing.
    const [floor] = (await timeRounds(WARM_UP_ROUNDS, ROUNDS, [() => post(typename)])) as [number[]];
    const measured: Measured[] = [];
    for (const scenario of scenarios(values).filter((s) => !ONLY || ONLY.test(`${s.group}: ${s.name}`))) {
      console.log(`  ${scenario.group}: ${scenario.name}`);
      const answer = scenario.answer(await post(scenario));
      const expected = scenario.expected((await client.query(scenario.baseline)).rows);
      if (!isDeepStrictEqual(answer, expected)) {
        throw new Error(
          `${scenario.name}: the API and the baseline disagree\n${JSON.stringify(answer).slice(0, 2000)}\n${JSON.stringify(expected).slice(0, 2000)}`,
        );
      }
      const statements = (await recordStatements(() => post(scenario))).slice(auth);
      const meter = cpuMeter({ bench: [process.pid] });
      // The API and its SQL alternate which goes first, so each follows the other equally often.
      const [api, sql] = (await timeRounds(WARM_UP_ROUNDS, ROUNDS, [
        () => post(scenario),
        async () => {
          for (const statement of statements) await client.query(statement);
        },
      ])) as [number[], number[]];
      const { rest, stolen } = meter();
      // The baseline in rounds of its own: many read the whole table and evict shared buffers,
      // and interleaved, whatever ran after one paid for it.
      const [baseline] = (await timeRounds(WARM_UP_ROUNDS, BASELINE_ROUNDS, [
        () => client.query(scenario.baseline),
      ])) as [number[]];
      // Replayed in order, so a query is planned under the settings its transaction made.
      const plans: string[] = [];
      for (const statement of statements) {
        if (!isQuery(statement)) {
          await client.query(statement);
          plans.push('');
          continue;
        }
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${statement}`);
        plans.push(rows.map((row) => row['QUERY PLAN']).join('\n'));
      }
      measured.push({
        scenario,
        api: timing(api),
        sql: timing(sql),
        baseline: timing(baseline),
        statements,
        plans,
        otherLoad: rest,
        stolen,
      });
    }
    return { measured, run: { started, load, values, floor: timing(floor) } };
  } finally {
    await app.stop();
    await client.query(`delete from api_key where secret_hash = $1`, [issued.hash]);
    await client.end();
  }
}

/** A statement with a plan, as opposed to transaction control and settings (BEGIN, SET LOCAL). */
const isQuery = (statement: string) => /^\s*(select|with)\b/i.test(statement);

const floorLine = (floor: Timing) =>
  `An authenticated \`{ __typename }\`, which reads nothing, took p50 ${ms(floor.p50)} and p95 ${ms(floor.p95)} ms before the scenarios: the floor under every API figure.`;

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));

const table = (rows: Measured[]) => [
  '| query | API p50 | API p95 | its SQL p50 | its SQL p95 | hand-written SQL p50 | hand-written p95 | API p95 / hand-written p95 | other load (cores) | stolen (cores) |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (m) =>
      `| ${m.scenario.name} | ${ms(m.api.p50)} | **${ms(m.api.p95)}** | ${ms(m.sql.p50)} | ${ms(m.sql.p95)} | ${ms(m.baseline.p50)} | ${ms(m.baseline.p95)} | ${(m.api.p95 / m.baseline.p95).toFixed(2)}x | ${m.otherLoad.toFixed(2)} | ${m.stolen.toFixed(2)} |`,
  ),
];

interface RunInfo {
  started: Date;
  load: number[];
  values: Awaited<ReturnType<typeof benchValues>>;
  /** An authenticated `{ __typename }`, timed like the API rows before them. */
  floor: Timing;
}

function report(measured: Measured[], run: RunInfo): string {
  const group = (name: Scenario['group']) => measured.filter((m) => m.scenario.group === name);
  const verdict = (met: boolean) => (met ? 'met' : '**NOT met**');
  const facets = group('facets');
  const options = group('options');
  const pages = group('page');
  const searches = group('search');
  const [first, deep] = pages;
  const worst = (rows: Measured[], key: (m: Measured) => number) => rows.reduce((a, b) => (key(b) > key(a) ? b : a));
  const facetP95 = worst(facets, (m) => m.api.p95);
  const facetRatio = worst(facets, (m) => m.api.p95 / m.baseline.p95);
  const optionP50 = worst(options, (m) => m.api.p50);
  const searchP95 = worst(searches, (m) => m.api.p95);
  const plans = measured.flatMap((m) => [
    `### ${m.scenario.group}: ${m.scenario.name}`,
    '',
    ...m.statements.flatMap((statement, i) => [
      '```sql',
      statement.trim().replace(/\n\s*\n/g, '\n'),
      '```',
      ...(m.plans[i] ? ['```', m.plans[i], '```'] : []),
      '',
    ]),
  ]);
  return [
    `Generated by \`node --import tsx bench/search.ts\` (BENCH_SEARCH_ROUNDS=${ROUNDS}, BENCH_SEARCH_BASELINE_ROUNDS=${BASELINE_ROUNDS}) on ${run.started.toISOString()}, ` +
      `${availableParallelism()} cores, load average ${run.load.map((l) => l.toFixed(2)).join(', ')} at the start. ` +
      `${RUNS.toLocaleString('en-US')} runs in one project (bench/seed-runs.ts). All times in ms, each after ${WARM_UP_ROUNDS} warm-up rounds: ` +
      `the API and its SQL over ${ROUNDS} rounds, interleaved, each first in half of them, then the hand-written SQL over ${BASELINE_ROUNDS} rounds of its own. ` +
      '"API": the GraphQL request over HTTP to the real app (auth included), sent with `node:http` on a keep-alive connection; ' +
      '"its SQL": the statements the resolvers sent for it, replayed alone on one connection; "hand-written SQL": the best single ' +
      'statement over `run` for the same answer, checked equal before timing. "other load": CPU the rest of the machine used while ' +
      'the API and its SQL were timed (PostgreSQL included, so some of it is this benchmark); "stolen": CPU time the hypervisor ' +
      "gave to other machines while this one's was ready to run (/proc/stat), which slows every process here alike. " +
      floorLine(run.floor),
    '',
    '### Targets',
    '',
    `- Five-field facet panel, up to two filters: worst p95 ${ms(facetP95.api.p95)} ms (${facetP95.scenario.name}; target < ${TARGETS.facetsP95}): ${verdict(facetP95.api.p95 < TARGETS.facetsP95)}; ` +
      `worst API p95 / hand-written p95 ${(facetRatio.api.p95 / facetRatio.baseline.p95).toFixed(2)}x (${facetRatio.scenario.name}; target ≤ ${TARGETS.facetsRatio}x): ${verdict(facetRatio.api.p95 / facetRatio.baseline.p95 <= TARGETS.facetsRatio)}.`,
    `- Filter options with a prefix: worst p50 ${ms(optionP50.api.p50)} ms (${optionP50.scenario.name}; target ≤ ${TARGETS.optionsP50}): ${verdict(optionP50.api.p50 <= TARGETS.optionsP50)}.`,
    `- First page, three filters: p95 ${ms(first!.api.p95)} ms (target < ${TARGETS.firstPageP95}): ${verdict(first!.api.p95 < TARGETS.firstPageP95)}; ` +
      `a page ${run.values.deep.offset.toLocaleString('en-US')} rows deep: p95 ${ms(deep!.api.p95)} ms, ${(deep!.api.p95 / first!.api.p95).toFixed(2)}x the first (target ≤ ${TARGETS.deepPageRatio}x): ${verdict(deep!.api.p95 <= TARGETS.deepPageRatio * first!.api.p95)} ` +
      `(OFFSET to the same row: p95 ${ms(deep!.baseline.p95)} ms).`,
    `- Full-text top 20: worst p95 ${ms(searchP95.api.p95)} ms (${searchP95.scenario.name}; target < ${TARGETS.searchP95}): ${verdict(searchP95.api.p95 < TARGETS.searchP95)}.`,
    '',
    '### Facet panel: STATUS, SPEC, BASE_MODEL, ENVIRONMENT, TAG',
    '',
    ...table(facets),
    '',
    '### Filter options (limit 20)',
    '',
    ...table(options),
    '',
    '### Pages of runs (first: 20)',
    '',
    ...table(pages),
    '',
    '### Full-text search, newest 20',
    '',
    ...table(searches),
    '',
    '### Stats',
    '',
    ...table(group('stats')),
    '',
    '### Plans of the SQL the resolvers sent',
    '',
    ...plans,
  ].join('\n');
}

/** SEARCH.md keeps its hand-written design notes above this line; everything below is replaced. */
const MARKER = '<!-- Everything below is written by bench/search.ts. -->';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { measured, run } = await runSearchBench();
  if (ONLY) {
    console.log([floorLine(run.floor), ...table(measured)].join('\n'));
  } else {
    const markdown = report(measured, run);
    const file = new URL('./SEARCH.md', import.meta.url);
    const notes = existsSync(file) ? readFileSync(file, 'utf8').split(MARKER)[0]!.trimEnd() : '# Search and facets';
    writeFileSync(file, `${notes}\n\n${MARKER}\n\n## Figures\n\n${markdown}\n`);
    console.log(`wrote ${file.pathname}`);
  }
}
