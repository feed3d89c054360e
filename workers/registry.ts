import { hostname } from 'node:os';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { WorkerSchema, type GpuInfo } from '../src/db/entities/worker.ts';
import type { ReportedWorkerStatus } from '../src/domain/worker-liveness.ts';

export interface WorkerIdentity {
  id: string;
  environment: string;
  projectId: string | null;
  trainers: string[];
  gpu: GpuInfo | null;
}

/** Registers (or re-registers, after a restart with the same id) a worker row. */
export async function registerWorker(em: SqlEntityManager, identity: WorkerIdentity): Promise<void> {
  await em.upsert(WorkerSchema, {
    id: identity.id,
    projectId: identity.projectId,
    host: hostname(),
    environment: identity.environment,
    trainers: identity.trainers,
    gpu: identity.gpu,
    status: 'idle',
    lastHeartbeatAt: new Date(),
    createdAt: new Date(),
  });
}

export async function heartbeat(em: SqlEntityManager, workerId: string, status: ReportedWorkerStatus): Promise<void> {
  await em.nativeUpdate(WorkerSchema, { id: workerId }, { status, lastHeartbeatAt: new Date() });
}
