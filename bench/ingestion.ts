/**
 * Benchmark 3: metric-point ingestion by one worker. JobIngest (lease-fenced batches with per-job
 * seq, written with COPY, then a Redis publish) against two raw baselines writing the same rows
 * into the same table in the same run: one PostgreSQL COPY FROM STDIN of all the rows, and
 * multi-row INSERTs of 500 rows.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createLogger } from '../src/logger.ts';
import type { Lease } from '../src/queue/lease.ts';
import { createRedisPubSub, type PubSub } from '../src/realtime/pubsub.ts';
import { JobIngest } from '../workers/ingest.ts';
import { INGEST_OPTIONS } from '../workers/runtime.ts';
import { leasedJob, REDIS_URL, samplePoint, withBenchDatabase, type BenchDatabase } from './bench-database.ts';

const POINTS = Number(process.env.BENCH_INGEST_POINTS ?? 50_000);
const TARGET = 0.7;

const COLUMNS = 'job_id, seq, project_id, attempt, ts, step, cycle, phase, loss, lr, throughput, vram_gb, grad_norm';
const rowValues = (jobId: string, projectId: string, step: number) => {
  const p = samplePoint(step);
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

async function copyBaseline(client: pg.Client, jobId: string, projectId: string, points: number): Promise<number> {
  const started = performance.now();
  const lines = (function* () {
    for (let step = 1; step <= points; step += 1) yield `${rowValues(jobId, projectId, step).join('\t')}\n`;
  })();
  await pipeline(Readable.from(lines), client.query(copyFrom(`copy metric_point (${COLUMNS}) from stdin`)));
  return points / ((performance.now() - started) / 1000);
}

async function insertBaseline(client: pg.Client, jobId: string, projectId: string, points: number): Promise<number> {
  const started = performance.now();
  const batch = 500;
  for (let first = 1; first <= points; first += batch) {
    const rows = Array.from({ length: Math.min(batch, points - first + 1) }, (_, i) =>
      rowValues(jobId, projectId, first + i),
    );
    const placeholders = rows.map((row, r) => `(${row.map((_, c) => `$${r * row.length + c + 1}`).join(',')})`);
    await client.query(`insert into metric_point (${COLUMNS}) values ${placeholders.join(',')}`, rows.flat());
  }
  return points / ((performance.now() - started) / 1000);
}

/** The worker's path: every point pushed as the trainer reports it, then the final flush. */
async function jobIngest(db: BenchDatabase, pubsub: PubSub, lease: Lease, points: number): Promise<number> {
  const ingest = new JobIngest(db.orm.em.fork(), pubsub, lease, db.project.id, INGEST_OPTIONS);
  const started = performance.now();
  for (let step = 1; step <= points; step += 1) await ingest.pushMetric(samplePoint(step));
  await ingest.flush();
  return points / ((performance.now() - started) / 1000);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

export async function runIngestion(): Promise<{ ratio: number; markdown: string }> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  return withBenchDatabase(async (db) => {
    const pubsub = createRedisPubSub(REDIS_URL, `trainyard-bench-${db.name}:`, createLogger('warn'));
    const raw = new pg.Client({ connectionString: db.url });
    try {
      await raw.connect();
      const paths = [
        {
          name: 'raw COPY FROM STDIN (pg-copy-streams), one statement',
          run: (jobId: string, _lease: Lease, points: number) => copyBaseline(raw, jobId, db.project.id, points),
        },
        {
          name: 'raw multi-row INSERT, 500 rows',
          run: (jobId: string, _lease: Lease, points: number) => insertBaseline(raw, jobId, db.project.id, points),
        },
        {
          name: `**JobIngest** (lease-fenced transactions of up to ${INGEST_OPTIONS.maxBatch} points with per-job seq, COPY inside, then publish)`,
          run: async (jobId: string, lease: Lease, points: number) => {
            const rate = await jobIngest(db, pubsub, lease, points);
            const { rows } = await raw.query('select count(*)::int as count from metric_point where job_id = $1', [
              jobId,
            ]);
            const { count } = rows[0] as { count: number };
            if (count !== points) throw new Error(`JobIngest stored ${count} of ${points} points`);
            return rate;
          },
        },
      ];
      // Warm-up, discarded: every path once with a fifth of the points (JIT, caches, table files).
      for (const path of paths) {
        const { job, lease } = await leasedJob(db.orm, db.project.id);
        await path.run(job.id, lease, POINTS / 5);
      }
      const rates = paths.map(() => [] as number[]);
      // Each path in turn, the order rotated every round: a busier neighbour, or a table grown
      // by the path before, falls on every path alike.
      for (let round = 0; round < rounds; round += 1) {
        for (let k = 0; k < paths.length; k += 1) {
          const i = (k + round) % paths.length;
          const { job, lease } = await leasedJob(db.orm, db.project.id);
          rates[i]!.push(await paths[i]!.run(job.id, lease, POINTS));
        }
      }
      const [copy, , ours] = rates.map(median) as [number, number, number];
      const ratio = ours / copy;
      const markdown = [
        '## 3. Metric-point ingestion by one worker',
        '',
        `${POINTS.toLocaleString('en-US')} points per path and round into \`metric_point\` of a throwaway PostgreSQL database (a fresh job each time); ` +
          `${rounds} round(s), the paths in turn, their order rotated every round; medians over rounds. ` +
          "Trainyard's path publishes each batch on Redis after it commits.",
        '',
        '| path | points/s | of COPY | per round |',
        '|---|---:|---:|---|',
        ...paths.map(
          (path, i) =>
            `| ${path.name} | ${fmt(median(rates[i]!))} | ${pct(median(rates[i]!) / copy)} | ${rates[i]!.map(fmt).join(', ')} |`,
        ),
        '',
        `**JobIngest: ${pct(ratio)} of raw COPY** (target: at least ${TARGET * 100}%; ${ratio >= TARGET ? 'met' : 'NOT met'}). ` +
          `All of its points were stored (counted after each run).`,
      ].join('\n');
      return { ratio, markdown };
    } finally {
      await raw.end().catch(() => undefined);
      // A round trip through Redis first: the last batch's publish is on its way before closing.
      await pubsub.ping().catch(() => undefined);
      await pubsub.close();
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) console.log((await runIngestion()).markdown);
