/**
 * Benchmark 3: metric-point ingestion by one worker. JobIngest (lease-fenced batches with per-job
 * seq, then a Redis publish) against two raw baselines writing the same rows into the same
 * table in the same run: PostgreSQL COPY FROM STDIN, and multi-row INSERT of 500 rows.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { loadConfig } from '../src/config.ts';
import { JobSchema } from '../src/db/entities/job.ts';
import { createOrm, migrate, type Orm } from '../src/db/orm.ts';
import { createLogger } from '../src/logger.ts';
import { provisionProject } from '../src/projects/provision.ts';
import { claimJob } from '../src/queue/lease.ts';
import { createRedisPubSub } from '../src/realtime/pubsub.ts';
import { JobIngest } from '../workers/ingest.ts';
import { INGEST_OPTIONS } from '../workers/runtime.ts';
import { registerWorker } from '../workers/registry.ts';

const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const POINTS = Number(process.env.BENCH_INGEST_POINTS ?? 50_000);
const TARGET = 0.7;

const point = (step: number) => ({
  type: 'metric' as const,
  step,
  phase: 'train',
  cycle: 0,
  loss: 2 + Math.sin(step / 50),
  lr: 1e-3,
  throughput: 2000,
  vramGb: 0.4,
  gradNorm: 1.1,
});

/** A queued job of the project, claimed by a bench worker: JobIngest writes under its lease. */
async function leasedJob(orm: Orm, projectId: string) {
  const em = orm.em.fork();
  await em.insert(JobSchema, {
    id: randomUUID(),
    projectId,
    type: 'FINETUNE',
    status: 'QUEUED',
    idempotencyKey: randomUUID(),
    payloadHash: '-',
    hyperparams: {},
    createdAt: new Date(),
  });
  const workerId = randomUUID();
  await registerWorker(em, { id: workerId, environment: 'default', projectId, trainers: ['bench'], gpu: null });
  const claimed = await claimJob(em, { workerId, environment: 'default', projectId, leaseMs: 600_000 });
  if (!claimed) throw new Error('could not claim the bench job');
  return claimed;
}

const COLUMNS = 'job_id, seq, project_id, attempt, ts, step, cycle, phase, loss, lr, throughput, vram_gb, grad_norm';
const rowValues = (jobId: string, projectId: string, step: number) => {
  const p = point(step);
  return [
    jobId,
    step,
    projectId,
    1,
    new Date().toISOString(),
    step,
    p.cycle,
    p.phase,
    p.loss,
    p.lr,
    p.throughput,
    p.vramGb,
    p.gradNorm,
  ];
};

async function copyBaseline(client: pg.Client, jobId: string, projectId: string): Promise<number> {
  const started = performance.now();
  const lines = (function* () {
    for (let step = 1; step <= POINTS; step += 1) yield `${rowValues(jobId, projectId, step).join('\t')}\n`;
  })();
  await pipeline(Readable.from(lines), client.query(copyFrom(`copy metric_point (${COLUMNS}) from stdin`)));
  return POINTS / ((performance.now() - started) / 1000);
}

async function insertBaseline(client: pg.Client, jobId: string, projectId: string): Promise<number> {
  const started = performance.now();
  const batch = 500;
  for (let first = 1; first <= POINTS; first += batch) {
    const rows = Array.from({ length: Math.min(batch, POINTS - first + 1) }, (_, i) =>
      rowValues(jobId, projectId, first + i),
    );
    const placeholders = rows.map((row, r) => `(${row.map((_, c) => `$${r * row.length + c + 1}`).join(',')})`);
    await client.query(`insert into metric_point (${COLUMNS}) values ${placeholders.join(',')}`, rows.flat());
  }
  return POINTS / ((performance.now() - started) / 1000);
}

export async function runIngestion(): Promise<{ ratio: number; markdown: string }> {
  const databaseName = `trainyard_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database "${databaseName}"`);
  const databaseUrl = new URL(ADMIN_URL);
  databaseUrl.pathname = `/${databaseName}`;
  const logger = createLogger('warn');
  const orm = await createOrm(loadConfig({ DATABASE_URL: databaseUrl.toString() }), logger);
  const pubsub = createRedisPubSub(REDIS_URL, `trainyard-bench-${databaseName}:`, logger);
  const raw = new pg.Client({ connectionString: databaseUrl.toString() });
  try {
    await migrate(orm);
    await raw.connect();
    const { project } = await provisionProject(orm.em.fork(), 'bench');
    const [copyJob, insertJob, ingestJob] = [
      await leasedJob(orm, project.id),
      await leasedJob(orm, project.id),
      await leasedJob(orm, project.id),
    ];
    const copy = await copyBaseline(raw, copyJob.job.id, project.id);
    const insert = await insertBaseline(raw, insertJob.job.id, project.id);

    // The worker's path: push every point as the trainer reports it, then the final flush.
    const ingest = new JobIngest(orm.em.fork(), pubsub, ingestJob.lease, project.id, INGEST_OPTIONS);
    const started = performance.now();
    for (let step = 1; step <= POINTS; step += 1) await ingest.pushMetric(point(step));
    await ingest.flush();
    const trainyard = POINTS / ((performance.now() - started) / 1000);
    const [{ count }] = (
      await raw.query('select count(*)::int as count from metric_point where job_id = $1', [ingestJob.job.id])
    ).rows as [{ count: number }];
    if (count !== POINTS) throw new Error(`JobIngest stored ${count} of ${POINTS} points`);

    const ratio = trainyard / copy;
    const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
    const markdown = [
      '## 3. Metric-point ingestion by one worker',
      '',
      `${POINTS.toLocaleString('en-US')} points into \`metric_point\` of a throwaway database; Trainyard's path publishes each batch on Redis after it commits.`,
      '',
      '| path | points/s | of COPY |',
      '|---|---:|---:|',
      `| raw COPY FROM STDIN (pg-copy-streams) | ${fmt(copy)} | 100% |`,
      `| raw multi-row INSERT, 500 rows | ${fmt(insert)} | ${((insert / copy) * 100).toFixed(1)}% |`,
      `| **JobIngest** (lease-fenced batches of up to ${INGEST_OPTIONS.maxBatch}, per-job seq, then publish) | **${fmt(trainyard)}** | **${(ratio * 100).toFixed(1)}%** |`,
      '',
      `Target: at least ${TARGET * 100}% of raw COPY — ${ratio >= TARGET ? 'met' : 'NOT met'}. All ${POINTS.toLocaleString('en-US')} points were stored (counted after the run).`,
    ].join('\n');
    return { ratio, markdown };
  } finally {
    await raw.end().catch(() => undefined);
    await pubsub.close();
    await orm.close(true);
    await admin.query(`drop database if exists "${databaseName}" with (force)`);
    await admin.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log((await runIngestion()).markdown);
