import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../src/context.ts';
import { JobSchema, type Job, type JobStatus, type JobType } from '../src/db/entities/job.ts';
import { NotFoundError } from '../src/domain/errors.ts';
import type { SubmitJobInput } from '../src/domain/inputs/job.ts';
import { lockJob, publishJobStatus, transitionJob } from '../src/queue/job-transitions.ts';
import { enqueueJob } from '../src/queue/submit-job.ts';
import { keysetConnection, type ConnectionArgs } from './connection.ts';
import { findInProject, projectIdOf, viewerOf } from './scope.ts';

export interface JobWhere {
  type?: JobType[] | null;
  status?: JobStatus[] | null;
  environment?: string[] | null;
  baseModelId?: string[] | null;
}

export function findJob(ctx: Context, id: string): Promise<Job | null> {
  return findInProject(ctx, JobSchema, id);
}

function jobFilter(where: JobWhere | null | undefined): FilterQuery<Job> & object {
  const filter: FilterQuery<Job> & object = {};
  if (where?.type?.length) filter.type = { $in: where.type };
  if (where?.status?.length) filter.status = { $in: where.status };
  if (where?.environment?.length) filter.environment = { $in: where.environment };
  if (where?.baseModelId?.length) filter.baseModelId = { $in: where.baseModelId };
  return filter;
}

/** Newest first, as Fusion's GET /jobs. */
export function listJobs(ctx: Context, where: JobWhere | null | undefined, args: ConnectionArgs) {
  return keysetConnection(args, {
    em: ctx.em,
    entity: JobSchema,
    where: { projectId: projectIdOf(ctx), ...jobFilter(where) },
    orderBy: 'createdAt',
    direction: 'desc',
  });
}

/**
 * Validates and queues a job, or returns the job already submitted under the same idempotency
 * key (see enqueueJob); a new job is announced to subscribers.
 */
export async function submitJob(ctx: Context, input: SubmitJobInput): Promise<{ job: Job; created: boolean }> {
  const submitted = await enqueueJob(ctx.em, projectIdOf(ctx), input);
  if (submitted.created) publishJobStatus(ctx.services.pubsub, submitted.job, null);
  return submitted;
}

/**
 * Cancels a queued or running job. The row lock serialises the cancel with a worker's fenced
 * writes, so a cancel racing a completion ends in exactly one terminal state; a running job's
 * worker finds its lease gone at its next renewal and stops the trainer.
 */
export async function cancelJob(ctx: Context, id: string): Promise<Job> {
  const projectId = projectIdOf(ctx);
  const transition = await ctx.em.transactional(async (tx) => {
    const job = await lockJob(tx, id, projectId);
    if (!job) throw new NotFoundError('Job', id);
    return transitionJob(tx, job, 'CANCELLED', {}, { by: viewerOf(ctx).apiKey.label });
  });
  publishJobStatus(ctx.services.pubsub, transition.job, transition.previous);
  return transition.job;
}
