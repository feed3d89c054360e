import { EntitySchema, type OptionalProps } from '@mikro-orm/core';
import { createdAtProperty, foreignKey, idProperty, projectKey } from './common.ts';

export const JOB_TYPES = ['TRAIN', 'FINETUNE', 'CONTRACT'] as const;
export type JobType = (typeof JOB_TYPES)[number];
export const JOB_STATUSES = ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface JobResult {
  pplBaseline: number | null;
  pplFinal: number | null;
  pplDeltaPct: number | null;
  lossFinal: number | null;
  paramsBefore: number | null;
  paramsAfter: number | null;
  paramsDelta: number | null;
  functionPreservation: number | null;
  gpuSeconds: number | null;
  tokensProcessed: number | null;
  costUsd: number | null;
}

/** A unit of work a worker claims: grow-and-train, LoRA fine-tune, or prune. */
export interface Job {
  [OptionalProps]?:
    | 'id'
    | 'createdAt'
    | 'retries'
    | 'interruptions'
    | 'maxRetries'
    | 'lastCheckpointStep'
    | 'checkpointUri'
    | 'error'
    | 'baseModelId'
    | 'sourceModelId'
    | 'datasetId'
    | 'outputModelId'
    | 'environment'
    | 'workerId'
    | 'leaseToken'
    | 'leaseExpiresAt'
    | 'result'
    | 'startedAt'
    | 'finishedAt';
  id: string;
  projectId: string;
  type: JobType;
  status: JobStatus;
  idempotencyKey: string;
  /** SHA-256 of the canonical submitted payload: same key + other payload is a CONFLICT. */
  payloadHash: string;
  /** Claims after the first: the attempt number is 1 + retries. */
  retries: number;
  /** Attempts that ended without a clean hand-back (a lost lease, a failure): maxRetries bounds these. */
  interruptions: number;
  maxRetries: number;
  lastCheckpointStep: number;
  checkpointUri: string | null;
  error: string | null;
  baseModelId: string | null;
  sourceModelId: string | null;
  datasetId: string | null;
  outputModelId: string | null;
  hyperparams: Record<string, unknown>;
  environment: string | null;
  workerId: string | null;
  /** Fencing token of the current lease; a worker's writes must present it. */
  leaseToken: string | null;
  leaseExpiresAt: Date | null;
  result: JobResult | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

const timestamp = { type: 'datetime', columnType: 'timestamptz(3)', nullable: true } as const;

export const JobSchema = new EntitySchema<Job>({
  name: 'Job',
  tableName: 'job',
  properties: {
    id: idProperty,
    projectId: projectKey,
    type: { enum: true, items: () => [...JOB_TYPES], type: 'text' },
    status: { enum: true, items: () => [...JOB_STATUSES], type: 'text' },
    idempotencyKey: { type: 'text' },
    payloadHash: { type: 'text' },
    retries: { type: 'integer', default: 0 },
    interruptions: { type: 'integer', default: 0 },
    maxRetries: { type: 'integer', default: 3 },
    lastCheckpointStep: { type: 'integer', default: 0 },
    checkpointUri: { type: 'text', nullable: true },
    error: { type: 'text', nullable: true },
    baseModelId: foreignKey('Model', 'base_model_id', { nullable: true, deleteRule: 'restrict', index: false }),
    sourceModelId: foreignKey('Model', 'source_model_id', { nullable: true, deleteRule: 'restrict', index: false }),
    datasetId: foreignKey('Dataset', 'dataset_id', { nullable: true, deleteRule: 'restrict' }),
    outputModelId: foreignKey('Model', 'output_model_id', { nullable: true }),
    hyperparams: { type: 'json' },
    environment: { type: 'text', nullable: true },
    workerId: foreignKey('Worker', 'worker_id', { nullable: true }),
    leaseToken: { type: 'uuid', nullable: true },
    leaseExpiresAt: timestamp,
    result: { type: 'json', nullable: true },
    createdAt: createdAtProperty,
    startedAt: timestamp,
    finishedAt: timestamp,
  },
  uniques: [{ properties: ['projectId', 'idempotencyKey'] }],
  indexes: [
    { properties: ['projectId', 'createdAt', 'id'] },
    { properties: ['projectId', 'status', 'createdAt'] },
    { properties: ['projectId', 'type', 'createdAt'] },
    { properties: ['projectId', 'baseModelId'] },
    { properties: ['projectId', 'environment'] },
    // The claim query: oldest queued job for an environment.
    { properties: ['status', 'environment', 'createdAt'] },
  ],
});
