import { randomUUID } from 'node:crypto';
import type { RequiredEntityData } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Job, JobResult, JobType } from '../src/db/entities/job.ts';
import { ModelSchema, type Model, type ModelKind } from '../src/db/entities/model.ts';
import { storeModelFiles } from '../src/models/model-files.ts';
import { transitionJob, type Transition } from '../src/queue/job-transitions.ts';
import type { ResultMessage } from './protocol.ts';

const OUTPUT_KIND: Record<JobType, ModelKind> = { TRAIN: 'GROWN', FINETUNE: 'FINETUNED', CONTRACT: 'CONTRACTED' };

const delta = (after: number | null, before: number | null) =>
  after === null || before === null ? null : after - before;

/**
 * The headline numbers of API.md: what the trainer measured, plus what derives from it: the
 * deltas, and the cost of its compute seconds (every attempt's) at the finishing worker's price.
 */
function jobResultOf(message: ResultMessage, gpuHourUsd: number | null): JobResult {
  const r = message.result;
  return {
    ...r,
    pplDeltaPct: r.pplFinal !== null && r.pplBaseline ? ((r.pplFinal - r.pplBaseline) / r.pplBaseline) * 100 : null,
    paramsDelta: delta(r.paramsAfter, r.paramsBefore),
    costUsd: gpuHourUsd === null || r.gpuSeconds === null ? null : (r.gpuSeconds / 3600) * gpuHourUsd,
  };
}

/**
 * Inserts the output model under the first of its names not taken in the project: the requested
 * one, else suffixed with the job id (or the whole id, should a user have taken that too). The
 * insert itself decides, so two jobs finishing together with one name wait on each other's row
 * instead of both choosing it and one failing on the unique key.
 */
async function insertOutputModel(
  tx: SqlEntityManager,
  job: Job,
  wanted: string,
  row: Omit<RequiredEntityData<Model>, 'name'>,
) {
  for (const name of [wanted, `${wanted}-${job.id.slice(0, 8)}`, `${wanted}-${job.id}`]) {
    const inserted = await tx
      .createQueryBuilder(ModelSchema)
      .insert({ ...row, name })
      .onConflict(['projectId', 'name'])
      .ignore()
      .execute('run');
    if (inserted.affectedRows === 1) return;
  }
  throw new Error(`Every name tried for the output model "${wanted}" of job ${job.id} is taken`);
}

/**
 * Records a finished job inside its lease: the output model row (descending from the same catalog
 * model as its source) with its files, and the COMPLETED transition with the result, in one
 * transaction.
 */
export async function completeJob(
  tx: SqlEntityManager,
  job: Job,
  message: ResultMessage,
  gpuHourUsd: number | null,
): Promise<Transition> {
  let outputModelId: string | null = null;
  if (message.outputModel) {
    const sourceId = job.sourceModelId ?? job.baseModelId;
    const source = sourceId ? await tx.findOne(ModelSchema, { id: sourceId }) : null;
    const wanted = String(job.hyperparams.outputName ?? message.outputModel.name);
    outputModelId = randomUUID();
    const model = { id: outputModelId, projectId: job.projectId };
    await insertOutputModel(tx, job, wanted, {
      ...model,
      kind: OUTPUT_KIND[job.type],
      params: message.outputModel.params,
      baseModelId: source ? (source.baseModelId ?? source.id) : null,
      config: {},
      createdAt: new Date(),
    });
    // The row first: its files reference it. Then the config that names them as stored.
    const config = await storeModelFiles(tx, model, message.outputModel.config);
    await tx.nativeUpdate(ModelSchema, { id: outputModelId }, { config });
  }
  return transitionJob(tx, job, 'COMPLETED', { result: jobResultOf(message, gpuHourUsd), outputModelId });
}
