/**
 * Benchmark 2: SQL statements behind one page of 100 runs with their spec, base model and job.
 *
 * Seeds a throwaway PostgreSQL database, starts the real app (buildApp, DATABASE_URL, PORT 0),
 * sends the query over HTTP with the project's admin key, and counts what the server sends to
 * PostgreSQL while the request is in flight. Counting happens at the lowest level both the app
 * and MikroORM go through, `pg.Client.prototype.query`, so nothing the ORM does can hide.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { loadConfig, type Config } from '../src/config.ts';
import { BehaviorSpecSchema } from '../src/db/entities/behavior-spec.ts';
import { JOB_STATUSES, JobSchema } from '../src/db/entities/job.ts';
import { ModelSchema } from '../src/db/entities/model.ts';
import { RUN_STATUSES, RunSchema } from '../src/db/entities/run.ts';
import { createOrm, migrate } from '../src/db/orm.ts';
import { createLogger, type Logger } from '../src/logger.ts';
import { provisionProject } from '../src/projects/provision.ts';

export const QUERY = '{ runs(first: 100) { edges { node { id spec { name } baseModel { name } job { status } } } } }';
/** Parsed, validated and executed like any operation, but touches no resolver: leaves only auth. */
const AUTH_ONLY_QUERY = '{ __typename }';
/** The baseline: the same page without the nested objects. */
const FLAT_QUERY = '{ runs(first: 100) { edges { node { id } } } }';
const SEED = { specs: 5, runs: 120 };
const TARGET = 4;

// ---------------------------------------------------------------- counting

let recording: string[] | undefined;

/** Wraps pg's Client#query once; statements are kept only while `record` is running. */
function installCounter(): () => void {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const config = args[0];
    recording?.push(typeof config === 'string' ? config : String((config as { text?: string }).text));
    return original.apply(this, args);
  };
  return () => {
    proto.query = original;
  };
}

async function record<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  recording = statements;
  try {
    return { result: await work(), statements };
  } finally {
    recording = undefined;
  }
}

// ---------------------------------------------------------------- seeding

/** A project (with its catalog and admin key), several specs, and runs that each have a job. */
async function seed(config: Config, logger: Logger): Promise<string> {
  const orm = await createOrm(config, logger);
  try {
    await migrate(orm);
    const em = orm.em.fork();
    const { project, secret } = await provisionProject(em, 'bench');
    const models = await em.find(ModelSchema, { projectId: project.id, kind: 'BASE' });
    const specs = Array.from({ length: SEED.specs }, (_, i) =>
      em.create(BehaviorSpecSchema, {
        id: randomUUID(),
        projectId: project.id,
        name: `spec ${i}`,
        examples: [{ input: 'hi', expected: 'hello' }],
        runCounter: Math.ceil(SEED.runs / SEED.specs),
      }),
    );
    const start = Date.now() - SEED.runs * 60_000;
    for (let i = 0; i < SEED.runs; i++) {
      const spec = specs[i % specs.length]!;
      const baseModel = models[i % models.length]!;
      const createdAt = new Date(start + i * 60_000);
      const job = em.create(JobSchema, {
        id: randomUUID(),
        projectId: project.id,
        type: 'FINETUNE',
        status: JOB_STATUSES[i % JOB_STATUSES.length]!,
        idempotencyKey: `bench-${i}`,
        payloadHash: `hash-${i}`,
        baseModelId: baseModel.id,
        hyperparams: {},
        createdAt,
      });
      em.create(RunSchema, {
        projectId: project.id,
        specId: spec.id,
        runNumber: Math.floor(i / specs.length) + 1,
        name: `${spec.name} #${Math.floor(i / specs.length) + 1}`,
        status: RUN_STATUSES[i % RUN_STATUSES.length]!,
        specSnapshot: {
          id: spec.id,
          name: spec.name,
          description: null,
          systemPrompt: null,
          examples: [],
          tags: [],
          updatedAt: createdAt.toISOString(),
        },
        baseModelId: baseModel.id,
        jobId: job.id,
        hyperparameters: { augment: true, nEpochs: 4, learningRate: null, batchSize: 8, loraRank: 8, loraAlpha: 16 },
        createdAt,
      });
    }
    await em.flush();
    return secret;
  } finally {
    await orm.close(true);
  }
}

// ---------------------------------------------------------------- measuring

interface RunsPage {
  data?: {
    runs: {
      edges: { node: { spec: { name: string }; baseModel: { name: string }; job: { status: string } | null } }[];
    };
  };
  errors?: unknown[];
}

function post(url: string, key: string, query: string): Promise<RunsPage> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  }).then((r) => r.json() as Promise<RunsPage>);
}

function assertFullPage(page: RunsPage): void {
  const edges = page.data?.runs.edges ?? [];
  const complete = edges.every((e) => e.node.spec.name && e.node.baseModel.name && e.node.job?.status);
  if (page.errors || edges.length !== 100 || !complete) {
    throw new Error(`unexpected runs page: ${JSON.stringify(page).slice(0, 500)}`);
  }
}

const tableOf = (sql: string) => /\b(?:from|update|into)\s+"?(\w+)"?/i.exec(sql)?.[1] ?? '?';
/** One line, literals elided (MikroORM inlines values: they would show key hashes and ids). */
function oneLine(sql: string): string {
  const text = sql.replace(/'[^']*'/g, '?').replace(/\s+/g, ' ');
  return text.length > 160 ? `${text.slice(0, 160)} …` : text;
}

export async function runSqlStatements(): Promise<{ markdown: string; statements: number }> {
  const adminUrl = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const databaseName = `trainyard_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const version = (await admin.query<{ server_version: string }>('show server_version')).rows[0]?.server_version;
  await admin.query(`create database "${databaseName}"`);
  const uninstall = installCounter();
  try {
    const databaseUrl = new URL(adminUrl);
    databaseUrl.pathname = `/${databaseName}`;
    const config = loadConfig({
      DATABASE_URL: databaseUrl.toString(),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    });
    const logger = createLogger(config.logLevel);
    const key = await seed(config, logger);
    const app = await buildApp(config, logger);
    try {
      const { url } = await app.start();
      // Warm-up: opens pool connections and refreshes the key's lastUsedAt (written at most once
      // a minute), so neither lands in the measured requests.
      assertFullPage(await post(url, key, QUERY));
      const auth = await record(() => post(url, key, AUTH_ONLY_QUERY));
      const flat = await record(() => post(url, key, FLAT_QUERY));
      if (flat.result.data?.runs.edges.length !== 100)
        throw new Error(`unexpected flat page: ${JSON.stringify(flat.result)}`);
      const flatCount = flat.statements.length - auth.statements.length;
      const measured = [];
      for (let i = 0; i < 3; i++) {
        const m = await record(() => post(url, key, QUERY));
        assertFullPage(m.result);
        measured.push(m.statements);
      }
      const counts = measured.map((s) => s.length);
      if (new Set(counts).size !== 1) throw new Error(`statement count varies between identical requests: ${counts}`);
      const statements = measured[0]!;
      // The context (and so authentication) is built before execution starts.
      const authStatements = statements.slice(0, auth.statements.length);
      if (authStatements.join('\n') !== auth.statements.join('\n')) {
        throw new Error(`the request does not start with the auth lookups:\n${statements.join('\n')}`);
      }
      const resolverStatements = statements.slice(auth.statements.length);
      const n = resolverStatements.length;
      const markdown = [
        '## 2. SQL statements for one page of runs',
        '',
        `Query (HTTP, admin key, real app from \`buildApp\` on PostgreSQL): \`${QUERY}\``,
        '',
        `PostgreSQL ${version} at ${new URL(adminUrl).host} (\`TEST_PG_URL\`, else the local default). ` +
          `Data: one project, ${SEED.specs} specs, ${SEED.runs} runs (each with a job; base models from the catalog), in a throwaway database. ` +
          'Counted: every statement sent through `pg.Client#query` while the request was in flight; the same request three times gave ' +
          `${counts.join(', ')} statements.`,
        '',
        `**${n} statement(s) besides authentication** (target: at most ${TARGET}; ${n <= TARGET ? 'met' : 'NOT met'}), ` +
          `plus ${auth.statements.length} for authentication (measured alone with \`${AUTH_ONLY_QUERY}\`), ${statements.length} in all. ` +
          `Baseline, same run: the same page without nested objects (\`${FLAT_QUERY}\`) took ${flatCount} statement(s) besides authentication, ` +
          `so the three nested objects on 100 runs added ${n - flatCount} (unbatched they would add 300).`,
        '',
        '| # | part | table | SQL (truncated) |',
        '|---:|---|---|---|',
        ...statements.map(
          (sql, i) =>
            `| ${i + 1} | ${i < auth.statements.length ? 'auth' : 'query'} | ${tableOf(sql)} | \`${oneLine(sql).replace(/\|/g, '\\|')}\` |`,
        ),
        '',
        'Not in these counts: the `update "api_key" set "last_used_at"` that authentication adds at most once a minute per key ' +
          '(it ran in the warm-up request).',
      ].join('\n');
      console.log(`  ${n} statements besides ${auth.statements.length} for auth (flat page: ${flatCount})`);
      return { markdown, statements: n };
    } finally {
      await app.stop();
    }
  } finally {
    uninstall();
    await admin.query(`drop database if exists "${databaseName}" with (force)`);
    await admin.end();
  }
}
