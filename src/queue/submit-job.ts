import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DatasetSchema } from '../db/entities/dataset.ts';
import { JobSchema, type Job } from '../db/entities/job.ts';
import { ModelSchema, type Model } from '../db/entities/model.ts';
import { canonicalHash } from '../domain/canonical-hash.ts';
import { ConflictError, ValidationError, type FieldProblem } from '../domain/errors.ts';
import type { SubmitJobInput } from '../domain/inputs/job.ts';
import { modelShape, NOT_TRAINABLE, resolveHyperparams, type ModelShape } from '../domain/job-hyperparams.ts';
import { isHuggingFaceModel } from '../domain/model-formats.ts';
import { appendJobEvent } from './job-transitions.ts';

/** Which model a job starts from, per Fusion's rules for each type. */
async function startingModel(
  em: SqlEntityManager,
  projectId: string,
  input: SubmitJobInput,
): Promise<{ model: Model; shape: ModelShape }> {
  const problems: FieldProblem[] = [];
  const require = (path: string, message: string) => problems.push({ path: `input.${path}`, message });
  const load = async (field: 'baseModelId' | 'sourceModelId') => {
    const id = input[field];
    if (!id) return undefined;
    const model = await em.findOne(ModelSchema, { id, projectId });
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
  if (input.datasetId && !(await em.findOne(DatasetSchema, { id: input.datasetId, projectId }))) {
    require('datasetId', 'no such dataset in this project');
  }
  const model = source ?? base;
  const field = source ? 'sourceModelId' : 'baseModelId';
  if (model && isHuggingFaceModel(model) && input.type !== 'FINETUNE') {
    require(field, `is a Hugging Face model: only FINETUNE jobs can use it`);
  }
  const shape = model && modelShape(model);
  if (model && !shape) require(field, NOT_TRAINABLE);
  if (problems.length > 0 || !model || !shape) throw new ValidationError(problems);
  return { model, shape };
}

/**
 * Validates and queues a job, or returns the job already submitted under the same idempotency
 * key. The insert is `ON CONFLICT DO NOTHING`, so any number of concurrent identical submissions
 * create exactly one row; a different payload under a used key is a CONFLICT. The caller
 * publishes a created job once its transaction (if any) committed.
 */
export async function enqueueJob(
  em: SqlEntityManager,
  projectId: string,
  input: SubmitJobInput,
): Promise<{ job: Job; created: boolean }> {
  const { model, shape } = await startingModel(em, projectId, input);
  const { hyperparams, problems } = resolveHyperparams(input.type, input.hyperparams, {
    name: model.name,
    architecture: shape,
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
  const job = await em.transactional(async (tx) => {
    await tx
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
    const stored = await tx.findOneOrFail(JobSchema, { projectId, idempotencyKey: input.idempotencyKey });
    // The row and its first event commit together: no worker can claim the job (and write
    // `claimed`) before its timeline starts with `queued`.
    if (stored.id === id) await appendJobEvent(tx, stored, 'queued', { to: 'QUEUED', hyperparams });
    return stored;
  });
  if (job.payloadHash !== payloadHash) {
    throw new ConflictError(
      `idempotencyKey "${input.idempotencyKey}" was already used for a different job (${job.id})`,
    );
  }
  return { job, created: job.id === id };
}
