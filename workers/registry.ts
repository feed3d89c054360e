import { hostname } from 'node:os';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { WorkerSchema, type GpuInfo } from '../src/db/entities/worker.ts';

export interface WorkerIdentity {
  id: string;
  environment: string;
  projectId: string | null;
  trainers: string[];
  gpu: GpuInfo | null;
}

/** Registers (or re-registers, after a restart with the same id) a worker row. */
export async function registerWorker(em: SqlEntityManager, identity: WorkerIdentity): Promise<void> {
  await em.upsert(
    WorkerSchema,
    {
      id: identity.id,
      projectId: identity.projectId,
      host: hostname(),
      environment: identity.environment,
      trainers: identity.trainers,
      gpu: identity.gpu,
      status: 'idle',
      // The worker's clock, for the two seconds until its first heartbeat stamps the database's.
      lastHeartbeatAt: new Date(),
      createdAt: new Date(),
    },
    // A restart with the same id is the same worker: it keeps the time it was first seen.
    { onConflictExcludeFields: ['createdAt'] },
  );
}

/**
 * A running worker's sign of life, stamped with the database's clock rather than the worker
 * machine's: the API reads it against its own (`workerStatus`), and worker machines are the ones
 * whose clocks may be off. One already stopped stays stopped: a heartbeat sent just before the
 * stop can land after it.
 */
export async function heartbeat(em: SqlEntityManager, workerId: string, status: 'idle' | 'busy'): Promise<void> {
  await em.execute(
    `update worker set status = ?, last_heartbeat_at = now() where id = ? and status <> 'stopped'`,
    [status, workerId],
    'run',
  );
}

/** A worker's last word on a clean stop: it reads as `stopped`, never as `lost`. */
export async function markStopped(em: SqlEntityManager, workerId: string): Promise<void> {
  await em.execute(`update worker set status = 'stopped', last_heartbeat_at = now() where id = ?`, [workerId], 'run');
}
