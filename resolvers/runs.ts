import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../src/context.ts';
import { BehaviorSpecSchema } from '../src/db/entities/behavior-spec.ts';
import { EvalSchema } from '../src/db/entities/eval.ts';
import { RunSchema, type Run } from '../src/db/entities/run.ts';
import type { FeedbackInput } from '../src/domain/inputs/run.ts';
import { keysetConnection, type ConnectionArgs } from './connection.ts';
import { runFilter, type RunWhere } from './run-filter.ts';
import { findInProject, getInProject, projectIdOf } from './scope.ts';

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
