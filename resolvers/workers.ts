import type { Context } from '../src/context.ts';
import { JobSchema, type Job } from '../src/db/entities/job.ts';
import { WorkerSchema, type Worker } from '../src/db/entities/worker.ts';
import { projectIdOf } from './scope.ts';

/** Workers that serve the caller's project: shared ones and its own. Most recently seen first. */
export function listWorkers(ctx: Context): Promise<Worker[]> {
  return ctx.em.find(
    WorkerSchema,
    { $or: [{ projectId: null }, { projectId: projectIdOf(ctx) }] },
    { orderBy: { lastHeartbeatAt: 'desc', id: 'asc' } },
  );
}

/** The job a worker holds a lease on, if it belongs to the caller's project. */
export function currentJobOf(ctx: Context, worker: Worker): Promise<Job | null> {
  return ctx.em.findOne(JobSchema, { workerId: worker.id, status: 'RUNNING', projectId: projectIdOf(ctx) });
}
