import type { Context } from '../src/context.ts';
import * as loaders from '../resolvers/loaders.ts';
import { builder } from './builder.ts';

/**
 * Every Node type's ref, declared in one place so type files can point at each other (a run
 * has a job, a job has a run) without import cycles. Each ref batches its loads by id; the type
 * files implement the fields (and `isTypeOf`, for `node(id:)`).
 */
function nodeRef<T extends { id: string }>(name: string, load: (ids: string[], ctx: Context) => Promise<T[]>) {
  return builder.loadableNodeRef(name, { id: { resolve: (row: T) => row.id }, load, sort: (row: T) => row.id });
}

export const ProjectRef = nodeRef('Project', loaders.loadProjects);
export const ApiKeyRef = nodeRef('ApiKey', loaders.loadApiKeys);
export const SpecRef = nodeRef('BehaviorSpec', loaders.loadSpecs);
export const DatasetRef = nodeRef('Dataset', loaders.loadDatasets);
export const ModelRef = nodeRef('Model', loaders.loadModels);
export const RunRef = nodeRef('Run', loaders.loadRuns);
export const EvalRef = nodeRef('Eval', loaders.loadEvals);
export const JobRef = nodeRef('Job', loaders.loadJobs);
export const WorkerRef = nodeRef('Worker', loaders.loadWorkers);
