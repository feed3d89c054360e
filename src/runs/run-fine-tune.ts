import type { Model } from '../db/entities/model.ts';
import type { Run } from '../db/entities/run.ts';
import { RESERVED_KEY_PREFIX, type SubmitJobInput } from '../domain/inputs/job.ts';
import type { TransformerArchitecture } from '../domain/model-catalog.ts';
import { recommendTraining } from '../domain/training-recommendation.ts';
import type { CompiledDataset } from '../pipeline/compile-spec.ts';

/** Windows are a multiple of this many tokens, and at least this long. */
const SEQ_LEN_STEP = 16;

/**
 * The FINETUNE job a run puts on the queue, from the run's hyperparameters (TunedTensor's
 * semantics): `nEpochs` passes over the compiled records in batches of `batchSize`, windows long
 * enough for the longest record (a prompt with its completion; bytes bound the tokens of any
 * tokenizer), and the recommended learning rate for the model's size unless the run sets one.
 * The idempotency key makes the driver's enqueue safe to repeat after a crash; it is in
 * Trainyard's own namespace, so no caller's job can take it first.
 */
export function fineTuneJobFor(run: Run, model: Model, dataset: { id: string }, compiled: CompiledDataset) {
  const { architecture } = model.config as { architecture: TransformerArchitecture };
  const { nEpochs, batchSize, learningRate, loraRank, loraAlpha } = run.hyperparameters;
  const longest = Math.max(
    ...compiled.records.map((r) => Buffer.byteLength(r.prompt) + Buffer.byteLength(r.completion)),
  );
  // +2: the separator between prompt and completion, and the end-of-record token.
  const needed = Math.ceil((longest + 2) / SEQ_LEN_STEP) * SEQ_LEN_STEP;
  const seqLen = Math.min(architecture.contextLength, Math.max(SEQ_LEN_STEP, needed));
  const lr =
    learningRate ??
    recommendTraining({
      modelParams: model.params,
      datasetTokens: compiled.tokenEstimate,
      contextLength: architecture.contextLength,
    }).recommended.lr;
  return {
    type: 'FINETUNE',
    idempotencyKey: `${RESERVED_KEY_PREFIX}run:${run.id}`,
    baseModelId: model.kind === 'BASE' ? model.id : undefined,
    sourceModelId: model.kind === 'BASE' ? undefined : model.id,
    datasetId: dataset.id,
    environment: run.environment ?? undefined,
    maxRetries: 3,
    hyperparams: {
      outputName: `${run.specSnapshot.name.slice(0, 180)} #${run.runNumber}`,
      steps: nEpochs * Math.ceil(compiled.records.length / batchSize),
      batchSize,
      lr,
      seqLen,
      loraRank,
      loraAlpha,
    },
  } satisfies SubmitJobInput;
}
