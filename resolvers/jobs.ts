import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../src/context.ts';
import { DatasetSchema } from '../src/db/entities/dataset.ts';
import { JobSchema, type Job, type JobStatus, type JobType } from '../src/db/entities/job.ts';
import { ModelSchema, type Model } from '../src/db/entities/model.ts';
import { canonicalHash } from '../src/domain/canonical-hash.ts';
import { ConflictError, NotFoundError, ValidationError, type FieldProblem } from '../src/domain/errors.ts';
import type { SubmitJobInput } from '../src/domain/inputs/job.ts';
import { resolveHyperparams } from '../src/domain/job-hyperparams.ts';
import type { TransformerArchitecture } from '../src/domain/model-catalog.ts';
import { keysetConnection, type ConnectionArgs } from './connection.ts';
import { appendJobEvent, lockJob, publishJobStatus, transitionJob } from '../src/queue/job-transitions.ts';
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

/** Which model a job starts from, per Fusion's rules for each type. */
async function startingModel(ctx: Context, input: SubmitJobInput): Promise<Model> {
  const problems: FieldProblem[] = [];
  const require = (path: string, message: string) => problems.push({ path: `input.${path}`, message });
  const load = async (field: 'baseModelId' | 'sourceModelId') => {
    const id = input[field];
    if (!id) return undefined;
    const model = await findInProject(ctx, ModelSchema, id);
    if (!model) require(field, 'no such model in this project');
    return model ?? undefined;
  };
  const [base, source] = [await load('baseModelId'), await load('sourceModelId')];
  if (input.type === 'TRAIN' && !input.baseModelId) require('baseModelId', 'is required for TRAIN jobs');
  if (input.type === 'TRAIN' && input.sourceModelId)
    require('sourceModelId', 'is not used by TRAIN jobs: use baseModelId');
  if (input.type === 'FINETUNE' && !input.baseModelId === !input.sourceModelId) {
    require('sourceModelId', 'FINETUNE needs exactly one of sourceModelId or baseModelId');
  }
  if (input.type === 'CONTRACT' && !input.sourceModelId) require('sourceModelId', 'is required for CONTRACT jobs');
  if (input.type === 'CONTRACT' && input.baseModelId)
    require('baseModelId', 'is not used by CONTRACT jobs: use sourceModelId');
  if (input.type === 'CONTRACT' && input.datasetId) require('datasetId', 'CONTRACT jobs operate on the model alone');
  if (input.type !== 'CONTRACT' && !input.datasetId) require('datasetId', `is required for ${input.type} jobs`);
  if (input.datasetId && !(await findInProject(ctx, DatasetSchema, input.datasetId))) {
    require('datasetId', 'no such dataset in this project');
  }
  const model = source ?? base;
  if (problems.length > 0 || !model) throw new ValidationError(problems);
  return model;
}

/**
 * Validates and queues a job, or returns the job already submitted under the same idempotency
 * key. The insert is `ON CONFLICT DO NOTHING`, so any number of concurrent identical submissions
 * create exactly one row; a different payload under a used key is a CONFLICT.
 */
export async function submitJob(ctx: Context, input: SubmitJobInput): Promise<{ job: Job; created: boolean }> {
  const projectId = projectIdOf(ctx);
  const model = await startingModel(ctx, input);
  const architecture = (model.config as { architecture: TransformerArchitecture }).architecture;
  const { hyperparams, problems } = resolveHyperparams(input.type, input.hyperparams, {
    name: model.name,
    architecture,
  });
  if (problems.length > 0) throw new ValidationError(problems);

  const payload = {
    type: input.type,
    baseModelId: input.baseModelId ?? null,
    sourceModelId: input.sourceModelId ?? null,
    datasetId: input.datasetId ?? null,
    environment: input.environment ?? null,
    maxRetries: input.maxRetries,
    hyperparams,
  };
  const payloadHash = canonicalHash(payload);
  const id = randomUUID();
  await ctx.em
    .createQueryBuilder(JobSchema)
    .insert({
      id,
      projectId,
      status: 'QUEUED',
      idempotencyKey: input.idempotencyKey,
      payloadHash,
      createdAt: new Date(),
      ...payload,
    })
    .onConflict(['projectId', 'idempotencyKey'])
    .ignore()
    .execute();
  const job = await ctx.em.findOneOrFail(JobSchema, { projectId, idempotencyKey: input.idempotencyKey });
  if (job.payloadHash !== payloadHash) {
    throw new ConflictError(
      `idempotencyKey "${input.idempotencyKey}" was already used for a different job (${job.id})`,
    );
  }
  const created = job.id === id;
  if (created) {
    await ctx.em.transactional(async (tx) => {
      await lockJob(tx, job.id, projectId);
      await appendJobEvent(tx, job, 'queued', { to: 'QUEUED', hyperparams });
    });
    publishJobStatus(ctx.services.pubsub, job, null);
  }
  return { job, created };
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
