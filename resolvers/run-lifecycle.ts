import { randomUUID } from 'node:crypto';
import type { Context } from '../src/context.ts';
import { BehaviorSpecSchema } from '../src/db/entities/behavior-spec.ts';
import { ModelSchema, type Model } from '../src/db/entities/model.ts';
import { RunPipelineSchema } from '../src/db/entities/run-pipeline.ts';
import { RunSchema, type Run, type SpecSnapshot } from '../src/db/entities/run.ts';
import { NotFoundError, ValidationError } from '../src/domain/errors.ts';
import type { StartRunInput } from '../src/domain/inputs/run.ts';
import { loraRankProblem, modelShape, NOT_TRAINABLE } from '../src/domain/job-hyperparams.ts';
import { jobState } from '../src/domain/job-state.ts';
import { lockJob, publishJobStatus, transitionJob } from '../src/queue/job-transitions.ts';
import { appendRunEvent, lockRun, publishRunStatus, transitionRun } from '../src/runs/run-transitions.ts';
import { assertApiCanLoad } from './generate.ts';
import { projectIdOf, referencedInProject, viewerOf } from './scope.ts';

async function resolveBaseModel(ctx: Context, baseModelId: string | undefined): Promise<Model> {
  if (baseModelId) {
    const model = await referencedInProject(ctx, ModelSchema, baseModelId, 'input.baseModelId', 'model');
    if (!modelShape(model)) throw ValidationError.field('input.baseModelId', NOT_TRAINABLE);
    assertApiCanLoad(ctx, model, 'input.baseModelId', 'evaluate a run of it');
    return model;
  }
  const [smallest] = await ctx.em.find(
    ModelSchema,
    { projectId: projectIdOf(ctx), kind: 'BASE' },
    { orderBy: { params: 'asc' }, limit: 1 },
  );
  if (!smallest) throw new Error('project has no base models: its catalog was never provisioned');
  return smallest;
}

/**
 * Validates, numbers and records a run in PREPARING, then returns: the pipeline that advances
 * it runs elsewhere. The run number comes from the spec row, incremented under its row lock in
 * the same transaction as the insert, so concurrent starts get 1, 2, 3 … with no gap or repeat.
 */
export async function startRun(ctx: Context, specId: string, input: StartRunInput): Promise<Run> {
  const projectId = projectIdOf(ctx);
  const baseModel = await resolveBaseModel(ctx, input.baseModelId);
  const rankProblem = loraRankProblem(input.hyperparameters.loraRank, {
    name: baseModel.name,
    architecture: modelShape(baseModel)!,
  });
  if (rankProblem) throw ValidationError.field('input.hyperparameters.loraRank', rankProblem);
  if (input.parentRunId) await referencedInProject(ctx, RunSchema, input.parentRunId, 'input.parentRunId', 'run');
  const run = await ctx.em.transactional(async (em) => {
    const counted = await em
      .createQueryBuilder(BehaviorSpecSchema)
      .update({ runCounter: em.getKnex().raw('run_counter + 1') as never })
      .where({ id: specId, projectId, deletedAt: null })
      .returning('*')
      .execute('all');
    const specRow = counted[0];
    if (!specRow) throw new NotFoundError('BehaviorSpec', specId);
    const spec = em.map(BehaviorSpecSchema, specRow);
    const snapshot: SpecSnapshot = {
      id: spec.id,
      name: spec.name,
      description: spec.description,
      systemPrompt: spec.systemPrompt,
      examples: spec.examples,
      tags: spec.tags,
      updatedAt: spec.updatedAt.toISOString(),
    };
    const run = em.create(RunSchema, {
      id: randomUUID(),
      projectId,
      specId: spec.id,
      runNumber: spec.runCounter,
      name: input.name ?? `${spec.name} #${spec.runCounter}`,
      status: 'PREPARING',
      specSnapshot: snapshot,
      baseModelId: baseModel.id,
      hyperparameters: { augment: input.augment, ...input.hyperparameters },
      tags: input.tags,
      environment: input.environment ?? null,
      parentId: input.parentRunId ?? null,
      createdBy: viewerOf(ctx).apiKey.label,
      metadata: input.metadata ?? null,
    });
    em.create(RunPipelineSchema, { runId: run.id, projectId, wakeAt: new Date() });
    await em.flush();
    await appendRunEvent(em, run, 'preparing', { to: 'PREPARING', by: viewerOf(ctx).apiKey.label });
    return run;
  });
  publishRunStatus(ctx.services.pubsub, run, null);
  return run;
}

/**
 * Cancels a live run and, with it, its fine-tuning job. Both row locks are taken in one
 * transaction, and the pipeline's writes take the run lock too, so a cancelled run is never
 * advanced afterwards and never ends in two terminal states.
 */
export async function cancelRun(ctx: Context, id: string): Promise<Run> {
  const projectId = projectIdOf(ctx);
  const by = viewerOf(ctx).apiKey.label;
  const { run, previous, job } = await ctx.em.transactional(async (tx) => {
    const locked = await lockRun(tx, id, projectId);
    if (!locked) throw new NotFoundError('Run', id);
    const cancelled = await transitionRun(tx, locked, 'CANCELLED', {}, { by });
    const liveJob = locked.jobId ? await lockJob(tx, locked.jobId, projectId) : null;
    const job =
      liveJob && !jobState.isTerminal(liveJob.status)
        ? await transitionJob(tx, liveJob, 'CANCELLED', {}, { by, runId: id })
        : null;
    return { ...cancelled, job };
  });
  publishRunStatus(ctx.services.pubsub, run, previous);
  if (job) publishJobStatus(ctx.services.pubsub, job.job, job.previous);
  return run;
}
