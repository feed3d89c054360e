import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../src/context.ts';
import { BehaviorSpecSchema } from '../src/db/entities/behavior-spec.ts';
import { EvalSchema } from '../src/db/entities/eval.ts';
import { ModelSchema, type Model } from '../src/db/entities/model.ts';
import { RunSchema, type Run, type SpecSnapshot } from '../src/db/entities/run.ts';
import { NotFoundError, ValidationError } from '../src/domain/errors.ts';
import type { FeedbackInput, StartRunInput } from '../src/domain/inputs/run.ts';
import { runState } from '../src/domain/run-state.ts';
import { keysetConnection, type ConnectionArgs } from './connection.ts';
import { runFilter, type RunWhere } from './run-filter.ts';
import { findInProject, getInProject, projectIdOf, viewerOf } from './scope.ts';
import { publishRunStatus } from './status-streams.ts';

export function findRun(ctx: Context, id: string): Promise<Run | null> {
  return findInProject(ctx, RunSchema, id);
}

/** API.md: search matches run name, spec name, tags and error. */
async function searchFilter(ctx: Context, search: string | null | undefined): Promise<FilterQuery<Run>> {
  const term = search?.trim();
  if (!term) return {};
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const specsNamed = await ctx.em.find(
    BehaviorSpecSchema,
    { projectId: projectIdOf(ctx), name: { $ilike: pattern } },
    { fields: ['id'] },
  );
  return {
    $or: [
      { name: { $ilike: pattern } },
      { error: { $ilike: pattern } },
      { tags: { $overlap: [term] } },
      { specId: { $in: specsNamed.map((spec) => spec.id) } },
    ],
  };
}

export async function listRuns(
  ctx: Context,
  filter: { where?: RunWhere | null; search?: string | null; extra?: FilterQuery<Run>; direction?: 'asc' | 'desc' },
  args: ConnectionArgs,
) {
  const where: FilterQuery<Run> = {
    $and: [
      { projectId: projectIdOf(ctx) },
      runFilter(filter.where),
      await searchFilter(ctx, filter.search),
      filter.extra ?? {},
    ],
  };
  const direction = filter.direction ?? 'desc';
  return keysetConnection(args, { em: ctx.em, entity: RunSchema, where, orderBy: 'createdAt', direction });
}

/** Per-example results, worst score first (TunedTensor's `_evals`). */
export function listEvals(ctx: Context, run: Run, args: ConnectionArgs) {
  return keysetConnection(args, {
    em: ctx.em,
    entity: EvalSchema,
    where: { runId: run.id, projectId: run.projectId },
    orderBy: 'score',
    direction: 'asc',
  });
}

export function latestRunOfSpec(ctx: Context, specId: string): Promise<Run | null> {
  return ctx.em.findOne(RunSchema, { specId, projectId: projectIdOf(ctx) }, { orderBy: { runNumber: 'desc' } });
}

async function resolveBaseModel(ctx: Context, baseModelId: string | undefined): Promise<Model> {
  if (baseModelId) {
    const model = await findInProject(ctx, ModelSchema, baseModelId);
    if (!model) throw ValidationError.field('input.baseModelId', 'no such model in this project');
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
  if (input.parentRunId && !(await findInProject(ctx, RunSchema, input.parentRunId))) {
    throw ValidationError.field('input.parentRunId', 'no such run in this project');
  }
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
    await em.flush();
    return run;
  });
  publishRunStatus(ctx, run, null);
  return run;
}

export async function cancelRun(ctx: Context, id: string): Promise<Run> {
  const run = await getInProject(ctx, RunSchema, id, 'Run');
  const previous = run.status;
  runState.assertTransition(previous, 'CANCELLED');
  run.status = 'CANCELLED';
  run.completedAt = new Date();
  await ctx.em.flush();
  publishRunStatus(ctx, run, previous);
  return run;
}

export async function setRunFeedback(ctx: Context, id: string, input: FeedbackInput): Promise<Run> {
  const run = await getInProject(ctx, RunSchema, id, 'Run');
  run.feedback = input;
  run.feedbackFlags = input.flags;
  await ctx.em.flush();
  return run;
}

export async function setRunTags(ctx: Context, id: string, tags: string[]): Promise<Run> {
  const run = await getInProject(ctx, RunSchema, id, 'Run');
  run.tags = tags;
  await ctx.em.flush();
  return run;
}
