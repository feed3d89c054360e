/**
 * The two servers the fan-out benchmark compares, each in its own process, and how a metric point
 * is published to each: the raw relay gets the Redis message Trainyard's bus would carry, and
 * Trainyard gets the point the way a worker reports it (row committed, then published).
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import split2 from 'split2';
import { MetricPointSchema, type MetricPoint } from '../../src/db/entities/job-stream.ts';
import { createLogger } from '../../src/logger.ts';
import { createRedisPubSub } from '../../src/realtime/pubsub.ts';
import { toPublished } from '../../src/realtime/topics.ts';
import { leasedJob, REDIS_URL, samplePoint, type BenchDatabase } from '../bench-database.ts';
import type { ClientMode } from './clients.ts';
import { now } from './clients.ts';

export interface Target {
  name: string;
  server: ChildProcess;
  clients: ClientMode;
  /** Publishes point `seq`; resolves with the moment it was handed to Redis. */
  publish(seq: number): Promise<number>;
  close(): Promise<void>;
}

const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));

function pointRow(jobId: string, projectId: string, attempt: number, seq: number): MetricPoint {
  const { type: _type, ...fields } = samplePoint(seq);
  return { jobId, projectId, seq, attempt, ts: new Date(), ...fields };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

export async function rawRelay(db: BenchDatabase): Promise<Target> {
  const channel = `trainyard-bench-relay-${randomBytes(4).toString('hex')}`;
  const server = fork(fileURLToPath(new URL('./relay.ts', import.meta.url)), [REDIS_URL, channel], {
    execArgv: ['--import', 'tsx'],
  });
  const [{ port }] = (await once(server, 'message')) as [{ port: number }];
  const publisher = new Redis(REDIS_URL);
  return {
    name: 'raw relay',
    server,
    clients: { kind: 'raw', url: `ws://127.0.0.1:${port}` },
    async publish(seq) {
      const message = JSON.stringify([toPublished(pointRow(db.project.id, db.project.id, 1, seq))]);
      const at = now();
      void publisher.publish(channel, message);
      return at;
    },
    async close() {
      publisher.disconnect();
      await stop(server);
    },
  };
}

const SUBSCRIPTION = `subscription FanoutMetrics($jobId: ID!, $afterSeq: Int) {
  jobMetrics(jobId: $jobId, afterSeq: $afterSeq) { seq attempt ts step cycle phase loss lr throughput vramGb gradNorm }
}`;

/**
 * `npm start`'s entry point on the bench database and Redis, under its own key prefix.
 * BENCH_FANOUT_PROFILE=<dir> writes its CPU profile there (node --cpu-prof).
 */
async function startApi(db: BenchDatabase, keyPrefix: string) {
  const profile = process.env.BENCH_FANOUT_PROFILE;
  const nodeArgs = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const server = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/main.ts'], {
    cwd: REPOSITORY,
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      REDIS_URL,
      TRAINYARD_KEY_PREFIX: keyPrefix,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      // Its thousand sockets share one key: each subscription is counted, as in production,
      // but the bench measures fan-out, not the limit.
      TRAINYARD_RATE_LIMIT_PER_MINUTE: '1000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    server.stdout!.pipe(split2()).on('data', (line: string) => {
      if (line.includes('"Trainyard is listening"')) resolve((JSON.parse(line) as { url: string }).url);
      // Errors while it shuts down are expected: subscriptions still reading meet a closing pool.
      else if (line.includes('"level":50') && server.exitCode === null && !server.killed) {
        process.stderr.write(`api: ${line}\n`);
      }
    });
    server.once('exit', (code) => reject(new Error(`the API exited with ${code}`)));
  });
  return { server, wsUrl: url.replace(/^http/, 'ws') };
}

export async function trainyard(db: BenchDatabase): Promise<Target> {
  const keyPrefix = `trainyard-bench-${db.name}:`;
  const { job, lease } = await leasedJob(db.orm, db.project.id);
  const { server, wsUrl } = await startApi(db, keyPrefix);
  const pubsub = createRedisPubSub(REDIS_URL, keyPrefix, createLogger('warn'));
  return {
    name: 'Trainyard',
    server,
    clients: {
      kind: 'graphql-ws',
      url: wsUrl,
      key: db.secret,
      query: SUBSCRIPTION,
      variables: { jobId: job.id, afterSeq: 0 },
    },
    async publish(seq) {
      // Durable first, then publish, as workers/ingest.ts does for every batch.
      const row = pointRow(job.id, db.project.id, lease.attempt, seq);
      await db.orm.em.fork().insert(MetricPointSchema, row);
      const at = now();
      pubsub.publish('jobMetrics', job.id, [toPublished(row)]);
      return at;
    },
    async close() {
      await stop(server);
      await pubsub.close();
    },
  };
}
