import type { Context } from '../src/context.ts';
import { JobSchema, type Job } from '../src/db/entities/job.ts';
import { WorkerSchema, type Worker } from '../src/db/entities/worker.ts';
import { jobState } from '../src/domain/job-state.ts';
import { isHuggingFaceModel } from '../src/domain/model-formats.ts';
import { workerStatus } from '../src/domain/worker-liveness.ts';
import { mayClaim, type ClaimRights } from '../src/queue/lease.ts';
import { loadsHuggingFace } from '../workers/trainers/catalog.ts';
import { loadModels } from './loaders.ts';
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

/** What a registered worker claims, read off its row as its own settings made it (workers/config.ts). */
const rightsOf = (worker: Worker): ClaimRights => ({
  environment: worker.environment,
  projectId: worker.projectId,
  loadsHuggingFace: worker.trainers.some(loadsHuggingFace),
});

/** The model a worker loads for a job: its source, or else its base (as claimJob reads it). */
const loadedModelId = (job: Job): string | null => job.sourceModelId ?? job.baseModelId;

const isLive = (worker: Worker) => ['idle', 'busy'].includes(workerStatus(worker.status, worker.lastHeartbeatAt));

/**
 * For each job, the live workers that would claim it once it is its turn (a RUNNING job's, if its
 * worker were lost); none for a job that has ended. One read of the project's workers and one of
 * the jobs' models serve a whole list of jobs.
 */
export async function eligibleWorkersOf(ctx: Context, jobs: readonly Job[]): Promise<Worker[][]> {
  const modelIds = [...new Set(jobs.map(loadedModelId).filter((id) => id !== null))];
  const [workers, models] = await Promise.all([listWorkers(ctx), modelIds.length ? loadModels(modelIds, ctx) : []]);
  const live = workers.filter(isLive).map((worker) => ({ worker, rights: rightsOf(worker) }));
  const huggingFace = new Set(models.filter(isHuggingFaceModel).map((model) => model.id));
  return jobs.map((job) => {
    if (jobState.isTerminal(job.status)) return [];
    const onHuggingFaceModel = huggingFace.has(loadedModelId(job) ?? '');
    return live.filter(({ rights }) => mayClaim(rights, job, onHuggingFaceModel)).map(({ worker }) => worker);
  });
}
