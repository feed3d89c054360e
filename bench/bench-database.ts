/**
 * A throwaway PostgreSQL database for one benchmark: created and migrated, with one project and
 * its admin key, dropped (with its connections) afterwards whatever happened.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import type { Project } from '../src/db/entities/project.ts';
import { JobSchema } from '../src/db/entities/job.ts';
import { createOrm, migrate, type Orm } from '../src/db/orm.ts';
import { createLogger } from '../src/logger.ts';
import { provisionProject } from '../src/projects/provision.ts';
import { claimJob } from '../src/queue/lease.ts';
import { registerWorker } from '../workers/registry.ts';

// TEST_PG_URL and TEST_REDIS_URL are what scripts/with-services.sh exports (bench/gpu-smoke.sh
// runs under it), so a benchmark also finds the throwaway servers it starts.
export const ADMIN_URL =
  process.env.BENCH_PG_URL ?? process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface BenchDatabase {
  name: string;
  url: string;
  orm: Orm;
  project: Project;
  /** The project's admin API key. */
  secret: string;
}

export async function withBenchDatabase<T>(work: (db: BenchDatabase) => Promise<T>): Promise<T> {
  const name = `trainyard_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  let orm: Orm | undefined;
  try {
    orm = await createOrm(loadConfig({ DATABASE_URL: url.toString() }), createLogger('warn'));
    await migrate(orm);
    const { project, secret } = await provisionProject(orm.em.fork(), 'bench');
    return await work({ name, url: url.toString(), orm, project, secret });
  } finally {
    await orm?.close(true);
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

/** A metric point as a trainer reports it, for step `step`. */
export const samplePoint = (step: number) => ({
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

/** A queued job of the project, claimed by a bench worker: what a worker writes under. */
export async function leasedJob(orm: Orm, projectId: string) {
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
  const claimed = await claimJob(em, {
    workerId,
    environment: 'default',
    projectId,
    leaseMs: 600_000,
    loadsHuggingFace: false,
  });
  if (!claimed) throw new Error('could not claim the bench job');
  return claimed;
}
