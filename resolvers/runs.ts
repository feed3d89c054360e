import type { Context } from '../src/context.ts';
import { EvalSchema } from '../src/db/entities/eval.ts';
import { RunEventSchema, type RunEvent } from '../src/db/entities/run-event.ts';
import { RunSchema, type Run } from '../src/db/entities/run.ts';
import type { FeedbackInput } from '../src/domain/inputs/run.ts';
import { keysetConnection, type ConnectionArgs } from './connection.ts';
import { countRuns } from './run-facets.ts';
import { runConditionSql, runSearch, searchTerm, type RunWhere } from './run-filter.ts';
import { runConnection, type RunOrder, type RunProp } from './run-list.ts';
import { findInProject, getInProject, projectIdOf } from './scope.ts';

export function findRun(ctx: Context, id: string): Promise<Run | null> {
  return findInProject(ctx, RunSchema, id);
}

/**
 * runs(where, search, orderBy) of API.md, also behind a spec's runs and a run's children
 * (`extra`). Newest first unless ordered otherwise.
 */
export function listRuns(
  ctx: Context,
  filter: {
    where?: RunWhere | null;
    search?: string | null;
    extra?: { specId?: string; parentId?: string };
    orderBy?: RunOrder | null;
  },
  args: ConnectionArgs,
  props: readonly RunProp[] | null = null,
) {
  const { specId, parentId } = filter.extra ?? {};
  const where: RunWhere = {
    and: [filter.where ?? {}, { specId: specId ? [specId] : null, parentId: parentId ?? null }],
  };
  const term = searchTerm(filter.search);
  const order = filter.orderBy ?? { field: 'createdAt', direction: 'desc' };
  const projectId = projectIdOf(ctx);
  const search = term ? runSearch(ctx.em, projectId, term) : null;
  const list = { condition: runConditionSql(projectId, where), search };
  return runConnection(ctx, list, order, args, () => countRuns(ctx, where, search), props);
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

/** The run's timeline, in order. */
export function eventsOfRun(ctx: Context, run: Run): Promise<RunEvent[]> {
  return ctx.em.find(RunEventSchema, { runId: run.id, projectId: run.projectId }, { orderBy: { seq: 'asc' } });
}
