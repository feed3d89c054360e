import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as TF from '@tensorflow/tfjs';
import type { TrainerJob } from '../../protocol.ts';
import { corpusSplit } from './base-models.ts';
import { concatenate, evaluationWindows, recordEndStarts, seededRng, WindowSampler } from './data.ts';
import { distributions, meanKl, perplexity } from './evaluate.ts';
import { growOneLayer } from './grow.ts';
import { attachLora, loraTensors, loraVariables, mergeLora } from './lora.ts';
import { countParams, type Model } from './model.ts';
import { FORMAT, type ModelConfig } from './model-config.ts';
import { isCatalogBase, loadModel } from './model-store.ts';
import { pruneMlpNeurons } from './prune.ts';
import { emit, log } from './report.ts';
import { cosineWithWarmup } from './schedule.ts';
import { runTraining, type JobStats } from './session.ts';
import { completionMask, recordTokens, type TrainingRecord } from './text-format.ts';
import { snapshot, writeTensorFile } from './tensor-file.ts';

type Tf = typeof TF;

/** Sequences per step: CONTRACT's recovery, and jobs submitted before `batchSize` existed. */
const BATCH = 8;
const EVAL_WINDOWS = 32;
/** CONTRACT's short recovery training on the corpus after pruning. */
const RECOVERY_STEPS = 30;
const RECOVERY_LR = 1e-3;

const num = (job: TrainerJob, name: string) => Number(job.hyperparams[name]);
const batchOf = (job: TrainerJob) => Number(job.hyperparams.batchSize ?? BATCH);

async function readDataset(job: TrainerJob): Promise<TrainingRecord[]> {
  if (!job.datasetPath) throw new Error(`${job.type} jobs need a dataset`);
  const text = await readFile(job.datasetPath, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as TrainingRecord);
}

/**
 * Held-out and training records: every tenth group (a spec example and its rewrites), or every
 * tenth record where records have no group. A rewrite of a trained example would measure the
 * model on a near copy of what it trained on. A dataset of fewer than ten groups has none to
 * spare (holding one of a few examples out would train the model without it): its held-out
 * records are the training records, and the log says so.
 */
async function splitHeldOut(records: TrainingRecord[]) {
  const keys = records.map((record, i) => record.group ?? i);
  const heldOut = records.filter((_, i) => keys[i]! % 10 === 9);
  const train = records.filter((_, i) => keys[i]! % 10 !== 9);
  if (heldOut.length > 0) return { heldOut, train };
  const unit = records.some((record) => record.group !== undefined) ? 'example groups' : 'records';
  await log(
    `only ${new Set(keys).size} ${unit}: nothing is held out, so perplexity is measured on the training records`,
  );
  return { heldOut: train, train };
}

/**
 * Training and held-out token streams from a dataset (`splitHeldOut`). With `lossOnCompletions`,
 * the training loss counts completion tokens only (text-format.ts `completionMask`); perplexity
 * always covers whole records.
 */
async function datasetStreams(job: TrainerJob, seqLen: number, { lossOnCompletions = false } = {}) {
  const records = await readDataset(job);
  const { heldOut, train } = await splitHeldOut(records);
  const training = concatenate(train.map(recordTokens));
  const evaluation = evaluationWindows(concatenate(heldOut.map(recordTokens)).stream, seqLen, EVAL_WINDOWS);
  const lossMask = lossOnCompletions ? Uint8Array.from(concatenate(train.map(completionMask)).stream) : undefined;
  const starts = lossOnCompletions ? recordEndStarts(training.starts, training.stream.length, seqLen) : training.starts;
  const makeSampler = (state?: object) =>
    new WindowSampler(training.stream, starts, seqLen, seededRng(`${job.jobId}:data`, state), lossMask);
  return { evaluation, makeSampler, records: records.length };
}

async function writeOutput(
  job: TrainerJob,
  model: Model,
  name: string,
  config: Omit<ModelConfig, 'architecture' | 'format'>,
  tensors: Record<string, TF.Tensor>,
) {
  const path = join(job.workDir, 'output', `${name}.tyw`);
  await writeTensorFile(path, { meta: { jobId: job.jobId }, tensors: await snapshot(tensors) });
  return {
    format: FORMAT,
    architecture: model.architecture,
    ...config,
    files: { [name]: `file://${path}` },
  } satisfies ModelConfig;
}

async function finish(
  job: TrainerJob,
  model: Model,
  stats: JobStats,
  pplFinal: number,
  lossFinal: number | null,
  config: ModelConfig,
) {
  const params = countParams(model);
  await emit({
    type: 'result',
    result: {
      pplBaseline: stats.pplBaseline,
      pplFinal,
      lossFinal,
      paramsBefore: stats.paramsBefore,
      paramsAfter: params,
      functionPreservation: stats.functionPreservation,
      gpuSeconds: stats.computeSeconds,
      tokensProcessed: stats.tokens,
    },
    outputModel: {
      name: String(job.hyperparams.outputName ?? `${job.model.name}-${job.type.toLowerCase()}`),
      params,
      config,
    },
  });
  await log(`done: perplexity ${stats.pplBaseline.toFixed(2)} -> ${pplFinal.toFixed(2)}, ${params} parameters`);
}

/** LoRA on a frozen source model; the output is the adapter (for a catalog base) or merged weights. */
export async function finetune(tf: Tf, job: TrainerJob): Promise<void> {
  const source = job.model.config as unknown as ModelConfig;
  const seqLen = num(job, 'seqLen');
  const { evaluation, makeSampler, records } = await datasetStreams(job, seqLen, { lossOnCompletions: true });
  const rank = num(job, 'loraRank');
  const alpha = num(job, 'loraAlpha');
  const steps = num(job, 'steps');
  const lr = num(job, 'lr');
  await log(`FINETUNE ${job.model.name}: LoRA rank ${rank}, alpha ${alpha}, ${steps} steps over ${records} records`);
  const trained = await runTraining(
    tf,
    job,
    async () => {
      const model = await loadModel(tf, source);
      const pplBaseline = await perplexity(tf, model, evaluation);
      attachLora(tf, model, rank, alpha, 7);
      return {
        model,
        stats: {
          pplBaseline,
          paramsBefore: countParams(model),
          functionPreservation: null,
          tokens: 0,
          computeSeconds: 0,
        },
      };
    },
    makeSampler,
    {
      phase: 'finetune',
      totalSteps: steps,
      batch: batchOf(job),
      seqLen,
      lrAt: (i) => cosineWithWarmup(lr, i, steps),
      trainable: (m) => loraVariables(m.lora!),
    },
    lr,
  );
  if (!trained) return;
  const { model, stats, lastLoss } = trained;
  const pplFinal = await perplexity(tf, model, evaluation);
  const lora = model.lora!;
  const config = isCatalogBase(source)
    ? await writeOutput(job, model, 'adapter', { lora: { rank: lora.rank, alpha: lora.alpha } }, loraTensors(lora))
    : (mergeLora(tf, model), await writeOutput(job, model, 'weights', {}, model.weights));
  await finish(job, model, stats, pplFinal, lastLoss, config);
}

/** Grows the model by one block (function-preserving), then trains every weight. */
export async function train(tf: Tf, job: TrainerJob): Promise<void> {
  const seqLen = num(job, 'seqLen');
  const { evaluation, makeSampler } = await datasetStreams(job, seqLen);
  const [turns, cycles, stepsPerCycle, lr] = ['turns', 'cycles', 'stepsPerCycle', 'lr'].map((k) => num(job, k)) as [
    number,
    number,
    number,
    number,
  ];
  const totalSteps = turns * cycles * stepsPerCycle;
  const trained = await runTraining(
    tf,
    job,
    async () => {
      const model = await loadModel(tf, job.model.config as unknown as ModelConfig);
      const paramsBefore = countParams(model);
      const pplBaseline = await perplexity(tf, model, evaluation);
      const before = await distributions(tf, model, evaluation);
      growOneLayer(tf, model);
      const functionPreservation = meanKl(
        before,
        await distributions(tf, model, evaluation),
        model.architecture.vocabSize,
      );
      await log(
        `grew to ${model.architecture.nLayers} layers (${paramsBefore} -> ${countParams(model)} parameters); divergence after growth ${functionPreservation.toExponential(2)} nats`,
      );
      return { model, stats: { pplBaseline, paramsBefore, functionPreservation, tokens: 0, computeSeconds: 0 } };
    },
    makeSampler,
    {
      phase: 'train',
      totalSteps,
      batch: batchOf(job),
      seqLen,
      lrAt: (i) => cosineWithWarmup(lr, i % stepsPerCycle, stepsPerCycle),
      cycleOf: (i) => Math.floor(i / stepsPerCycle) + 1,
      trainable: (m) => Object.values(m.weights),
    },
    lr,
  );
  if (!trained) return;
  const { model, stats, lastLoss } = trained;
  const config = await writeOutput(job, model, 'weights', {}, model.weights);
  await finish(job, model, stats, await perplexity(tf, model, evaluation), lastLoss, config);
}

/** Prunes MLP neurons, then recovers briefly on the corpus; perplexity on the corpus's held-out part. */
export async function contract(tf: Tf, job: TrainerJob): Promise<void> {
  const ratio = num(job, 'contractionRatio');
  const layers = num(job, 'numLayersToContract');
  const seqLen = 64;
  const corpus = await corpusSplit();
  const evaluation = evaluationWindows(corpus.heldOut, seqLen, EVAL_WINDOWS);
  const starts = Int32Array.from({ length: corpus.train.length }, (_, i) => i);
  const trained = await runTraining(
    tf,
    job,
    async () => {
      const model = await loadModel(tf, job.model.config as unknown as ModelConfig);
      const paramsBefore = countParams(model);
      const pplBaseline = await perplexity(tf, model, evaluation);
      const widths = await pruneMlpNeurons(tf, model, ratio, layers);
      const pruned = await perplexity(tf, model, evaluation);
      await log(
        `pruned ${Math.round(ratio * 100)}% of MLP neurons in ${Math.min(layers, widths.length)} layer(s): widths ${widths.join(', ')}; ${paramsBefore} -> ${countParams(model)} parameters; perplexity ${pplBaseline.toFixed(2)} -> ${pruned.toFixed(2)} before recovery`,
      );
      return { model, stats: { pplBaseline, paramsBefore, functionPreservation: null, tokens: 0, computeSeconds: 0 } };
    },
    (state) => new WindowSampler(corpus.train, starts, seqLen, seededRng(`${job.jobId}:corpus`, state)),
    {
      phase: 'recover',
      totalSteps: RECOVERY_STEPS,
      batch: BATCH,
      seqLen,
      lrAt: (i) => cosineWithWarmup(RECOVERY_LR, i, RECOVERY_STEPS),
      trainable: (m) => Object.values(m.weights),
    },
    RECOVERY_LR,
  );
  if (!trained) return;
  const { model, stats, lastLoss } = trained;
  const config = await writeOutput(job, model, 'weights', {}, model.weights);
  await finish(job, model, stats, await perplexity(tf, model, evaluation), lastLoss, config);
}
