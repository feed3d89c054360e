import type { EntitySchema, FilterQuery } from '@mikro-orm/core';
import type { Context } from '../src/context.ts';
import { ApiKeySchema } from '../src/db/entities/api-key.ts';
import { BehaviorSpecSchema } from '../src/db/entities/behavior-spec.ts';
import { DatasetSchema } from '../src/db/entities/dataset.ts';
import { EvalSchema } from '../src/db/entities/eval.ts';
import { JobSchema } from '../src/db/entities/job.ts';
import { ModelSchema } from '../src/db/entities/model.ts';
import { ProjectSchema } from '../src/db/entities/project.ts';
import { RunSchema, type SpecSnapshot } from '../src/db/entities/run.ts';
import { WorkerSchema } from '../src/db/entities/worker.ts';
import { projectIdOf } from './scope.ts';

/**
 * Batch loaders, one `IN` query per type per tick, always within the caller's project. Pothos'
 * dataloader plugin orders the rows by id.
 */
function byIds<T extends { id: string }>(schema: EntitySchema<T, never>, scope: (ctx: Context) => FilterQuery<T>) {
  return (ids: readonly string[], ctx: Context): Promise<T[]> =>
    ctx.em.find(schema, { $and: [{ id: { $in: [...ids] } }, scope(ctx)] } as FilterQuery<T>);
}

const inProject = (ctx: Context) => ({ projectId: projectIdOf(ctx) });

export const loadRuns = byIds(RunSchema, inProject);
export const loadJobs = byIds(JobSchema, inProject);
export const loadModels = byIds(ModelSchema, inProject);
export const loadDatasets = byIds(DatasetSchema, inProject);
export const loadEvals = byIds(EvalSchema, inProject);
export const loadApiKeys = byIds(ApiKeySchema, inProject);
/** Deleted specs stay loadable here: a run always shows the spec it belongs to. */
export const loadSpecs = byIds(BehaviorSpecSchema, inProject);
export const loadProjects = byIds(ProjectSchema, (ctx) => ({ id: projectIdOf(ctx) }));
export const loadWorkers = byIds(WorkerSchema, (ctx) => ({
  $or: [{ projectId: null }, { projectId: projectIdOf(ctx) }],
}));

/** Frozen spec snapshots by run id (a lazy column: a list of runs does not carry them). */
export async function loadSpecSnapshots(ids: readonly string[], ctx: Context): Promise<(SpecSnapshot | null)[]> {
  const rows = await ctx.em.find(
    RunSchema,
    { id: { $in: [...ids] }, projectId: projectIdOf(ctx) },
    { fields: ['id', 'specSnapshot'], disableIdentityMap: true },
  );
  const byId = new Map(rows.map((run) => [run.id, run.specSnapshot]));
  return ids.map((id) => byId.get(id) ?? null);
}
