import { randomUUID } from 'node:crypto';
import { DatasetRecordSchema, DatasetSchema } from '../../db/entities/dataset.ts';
import { ModelSchema } from '../../db/entities/model.ts';
import { augmentExamples } from '../../pipeline/augment.ts';
import { compileSpec } from '../../pipeline/compile-spec.ts';
import { publishJobStatus } from '../../queue/job-transitions.ts';
import { enqueueJob } from '../../queue/submit-job.ts';
import { withRunLease } from '../pipeline-lease.ts';
import { fineTuneJobFor } from '../run-fine-tune.ts';
import { publishRunStatus, transitionRun } from '../run-transitions.ts';
import type { StageContext, StageOutcome } from './stage.ts';

/**
 * PREPARING -> TRAINING: compiles the spec snapshot into a dataset (augmented when the run asks),
 * queues its FINETUNE job and moves on, all in one transaction under the lease. Augmentation
 * (LLM calls) happens before it; if the driver dies in between, the next one starts afresh.
 */
export async function prepareRun({ services, em, run, lease, llm, signal }: StageContext): Promise<StageOutcome> {
  const snapshot = run.specSnapshot;
  const { variants, shortfalls } = run.hyperparameters.augment
    ? await augmentExamples(snapshot, { llm, signal })
    : { variants: [], shortfalls: [] };
  const compiled = compileSpec(snapshot, variants);
  const baseModel = await em.findOneOrFail(ModelSchema, { id: run.baseModelId });

  const { transition, job } = await withRunLease(em, lease, async (tx, locked) => {
    const dataset = tx.create(DatasetSchema, {
      id: randomUUID(),
      projectId: locked.projectId,
      name: `${snapshot.name.slice(0, 180)} #${locked.runNumber}`,
      source: `spec:${snapshot.id}`,
      recordCount: compiled.records.length,
      tokenEstimate: compiled.tokenEstimate,
      bytes: compiled.bytes,
    });
    await tx.flush();
    await tx.insertMany(
      DatasetRecordSchema,
      compiled.records.map((record, position) => ({
        id: randomUUID(),
        projectId: locked.projectId,
        datasetId: dataset.id,
        position,
        prompt: record.prompt,
        completion: record.completion,
        provenance: { ...record.provenance },
      })),
    );
    const job = await enqueueJob(tx, locked.projectId, fineTuneJobFor(locked, baseModel, dataset, compiled));
    const transition = await transitionRun(
      tx,
      locked,
      'TRAINING',
      { datasetId: dataset.id, jobId: job.job.id },
      { datasetId: dataset.id, jobId: job.job.id, records: compiled.records.length, augmentShortfalls: shortfalls },
    );
    return { transition, job };
  });
  if (job.created) publishJobStatus(services.pubsub, job.job, null);
  publishRunStatus(services.pubsub, transition.run, transition.previous);
  return { next: 'now' };
}
