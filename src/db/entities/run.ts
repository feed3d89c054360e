import { EntitySchema, type OptionalProps } from '@mikro-orm/core';
import { createdAtProperty, foreignKey, idProperty, projectKey } from './common.ts';
import type { SpecExample } from './behavior-spec.ts';

export const RUN_STATUSES = ['PREPARING', 'TRAINING', 'EVALUATING', 'COMPLETED', 'FAILED', 'CANCELLED'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export interface RunHyperparameters {
  augment: boolean;
  nEpochs: number;
  learningRate: number | null;
  batchSize: number;
  loraRank: number;
  loraAlpha: number;
}

export interface SpecSnapshot {
  id: string;
  name: string;
  description: string | null;
  systemPrompt: string | null;
  examples: SpecExample[];
  tags: string[];
  updatedAt: string;
}

export interface EvalSummary {
  total: number;
  avgScore: number;
  passRate: number;
  exactMatchRate: number;
  avgLatencyMs: number;
  scoringMethod: 'LLM_JUDGE' | 'SIMILARITY';
  regressions: number;
  improvements: number;
}

export interface Feedback {
  score: number | null;
  flags: string[];
  comment: string | null;
}

export interface TokenUsage {
  prompt: number;
  completion: number;
  total: number;
}

/** One spec -> dataset -> fine-tune -> evaluation cycle. */
export interface Run {
  [OptionalProps]?:
    | 'id'
    | 'createdAt'
    | 'error'
    | 'datasetId'
    | 'jobId'
    | 'modelId'
    | 'evalSummary'
    | 'avgScore'
    | 'tags'
    | 'environment'
    | 'parentId'
    | 'feedback'
    | 'feedbackFlags'
    | 'tokens'
    | 'costUsd'
    | 'durationMs'
    | 'createdBy'
    | 'isPublic'
    | 'metadata'
    | 'startedAt'
    | 'completedAt';
  id: string;
  projectId: string;
  specId: string;
  runNumber: number;
  name: string;
  status: RunStatus;
  error: string | null;
  /**
   * Lazy (up to a megabyte of examples): lists and loaders leave it out; the pipeline populates
   * it, the API's `Run.specSnapshot` field loads it in a batch.
   */
  specSnapshot: SpecSnapshot;
  datasetId: string | null;
  jobId: string | null;
  modelId: string | null;
  baseModelId: string;
  hyperparameters: RunHyperparameters;
  evalSummary: EvalSummary | null;
  /** `evalSummary.avgScore`, as a column so score filters and ordering can use an index. */
  avgScore: number | null;
  tags: string[];
  environment: string | null;
  parentId: string | null;
  feedback: Feedback | null;
  /** `feedback.flags`, as an array column for the FEEDBACK_FLAG facet. */
  feedbackFlags: string[];
  tokens: TokenUsage | null;
  costUsd: number | null;
  durationMs: number | null;
  createdBy: string | null;
  isPublic: boolean;
  metadata: Record<string, unknown> | null;
  /**
   * Words of the run's name, its spec's name, its tags and its error, for `runs(search:)`. Kept
   * by database triggers (the spec's name too, when the spec is renamed); never written here.
   */
  searchDoc?: string | null;
  createdAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
}

const timestamp = { type: 'datetime', columnType: 'timestamptz(3)', nullable: true } as const;

/** Every column a facet counts or a RunWhere filter tests, full text aside. */
const FACET_COLUMNS = [
  'status',
  'spec_id',
  'base_model_id',
  'model_id',
  'environment',
  'created_by',
  'tags',
  'feedback_flags',
  'parent_id',
  'created_at',
  'avg_score',
];

/**
 * A btree on `keys` carrying every other facet column, so that facets, filter options and stats
 * filtered by its key read the index alone (an index-only scan) instead of the wide run rows: a
 * panel filtered by an environment and a tag, at a million runs, took 1.45 s from the heap and
 * 76 ms from this index (bench/SEARCH.md).
 */
function facetIndex(name: string, keys: string[]) {
  const quote = (columns: string[]) => columns.map((c) => `"${c}"`).join(', ');
  const carried = FACET_COLUMNS.filter((c) => !keys.includes(c));
  return { name, expression: `create index "${name}" on "run" (${quote(keys)}) include (${quote(carried)})` };
}

export const RunSchema = new EntitySchema<Run>({
  name: 'Run',
  tableName: 'run',
  properties: {
    id: idProperty,
    projectId: projectKey,
    specId: foreignKey('BehaviorSpec', 'spec_id', { index: false }),
    runNumber: { type: 'integer' },
    name: { type: 'text' },
    status: { enum: true, items: () => [...RUN_STATUSES], type: 'text' },
    error: { type: 'text', nullable: true },
    specSnapshot: { type: 'json', lazy: true },
    datasetId: foreignKey('Dataset', 'dataset_id', { nullable: true }),
    jobId: foreignKey('Job', 'job_id', { nullable: true }),
    modelId: foreignKey('Model', 'model_id', { nullable: true, index: false }),
    baseModelId: foreignKey('Model', 'base_model_id', { deleteRule: 'restrict', index: false }),
    hyperparameters: { type: 'json' },
    evalSummary: { type: 'json', nullable: true },
    avgScore: { type: 'number', columnType: 'double precision', nullable: true },
    tags: { type: 'text[]', default: '{}' },
    environment: { type: 'text', nullable: true },
    parentId: foreignKey('Run', 'parent_id', { nullable: true }),
    feedback: { type: 'json', nullable: true },
    feedbackFlags: { type: 'text[]', default: '{}' },
    tokens: { type: 'json', nullable: true },
    costUsd: { type: 'number', columnType: 'double precision', nullable: true },
    durationMs: { type: 'integer', nullable: true },
    createdBy: { type: 'text', nullable: true },
    isPublic: { type: 'boolean', default: false },
    metadata: { type: 'json', nullable: true },
    searchDoc: { type: 'text', columnType: 'tsvector', nullable: true, lazy: true, hidden: true },
    createdAt: createdAtProperty,
    startedAt: timestamp,
    completedAt: timestamp,
  },
  uniques: [{ properties: ['specId', 'runNumber'] }],
  indexes: [
    { properties: ['projectId', 'createdAt', 'id'] },
    { properties: ['projectId', 'status', 'createdAt'] },
    { properties: ['projectId', 'modelId'] },
    { properties: ['projectId', 'createdBy'] },
    // The filters dashboards combine with another most: by spec, environment, base model.
    facetIndex('run_facets_by_spec', ['project_id', 'spec_id']),
    facetIndex('run_facets_by_environment', ['project_id', 'environment']),
    facetIndex('run_facets_by_base_model', ['project_id', 'base_model_id', 'created_at']),
    { name: 'run_tags_gin', expression: 'create index "run_tags_gin" on "run" using gin ("tags")' },
    {
      name: 'run_feedback_flags_gin',
      expression: 'create index "run_feedback_flags_gin" on "run" using gin ("feedback_flags")',
    },
    { name: 'run_search_doc_gin', expression: 'create index "run_search_doc_gin" on "run" using gin ("search_doc")' },
    // Keyset pagination for every RunOrder field: (value, id), NULLs last in both directions.
    { properties: ['projectId', 'completedAt', 'id'] },
    { properties: ['projectId', 'avgScore', 'id'] },
    { properties: ['projectId', 'costUsd', 'id'] },
    { properties: ['projectId', 'durationMs', 'id'] },
  ],
});
