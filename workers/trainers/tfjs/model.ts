import type * as TF from '@tensorflow/tfjs';
import { mlpWidth, type PrunableArchitecture } from '../../../src/domain/model-catalog.ts';

type Tf = typeof TF;

/**
 * A pre-norm decoder-only transformer with learned positions, biases on every projection and an
 * output head tied to the byte embedding (the catalog's `countParams` counts exactly these).
 * `mlpHidden` overrides the MLP width per layer once a CONTRACT job has pruned neurons.
 */
export type ModelArchitecture = PrunableArchitecture;

export type Weights = Record<string, TF.Variable>;

/** Low-rank adapters on a weight matrix: W x + (alpha / rank) * B(A x), with B starting at zero. */
export interface Lora {
  rank: number;
  alpha: number;
  adapters: Record<string, { a: TF.Variable; b: TF.Variable }>;
}

export interface Model {
  architecture: ModelArchitecture;
  weights: Weights;
  lora?: Lora;
}

/** The projections LoRA adapts: attention q, k, v, o and both MLP matrices, in every layer. */
export const ADAPTED_MATRICES = ['attn.wq', 'attn.wk', 'attn.wv', 'attn.wo', 'mlp.w1', 'mlp.w2'] as const;

/** Shapes of every weight, by name; the one place the layout is defined. */
function weightShapes(a: ModelArchitecture): Record<string, number[]> {
  const d = a.dModel;
  const shapes: Record<string, number[]> = { wte: [a.vocabSize, d], wpe: [a.contextLength, d] };
  for (let i = 0; i < a.nLayers; i++) {
    const h = mlpWidth(a, i);
    Object.assign(shapes, {
      [`h${i}.ln1.g`]: [d],
      [`h${i}.ln1.b`]: [d],
      [`h${i}.attn.wq`]: [d, d],
      [`h${i}.attn.bq`]: [d],
      [`h${i}.attn.wk`]: [d, d],
      [`h${i}.attn.bk`]: [d],
      [`h${i}.attn.wv`]: [d, d],
      [`h${i}.attn.bv`]: [d],
      [`h${i}.attn.wo`]: [d, d],
      [`h${i}.attn.bo`]: [d],
      [`h${i}.ln2.g`]: [d],
      [`h${i}.ln2.b`]: [d],
      [`h${i}.mlp.w1`]: [d, h],
      [`h${i}.mlp.b1`]: [h],
      [`h${i}.mlp.w2`]: [h, d],
      [`h${i}.mlp.b2`]: [d],
    });
  }
  shapes['lnf.g'] = [d];
  shapes['lnf.b'] = [d];
  return shapes;
}

/**
 * GPT-2's initialisation: N(0, 0.02) for matrices, the residual output projections scaled down
 * by sqrt(2 * layers), zero biases, unit norm gains. `seed` makes it reproducible.
 */
export function initWeights(tf: Tf, a: ModelArchitecture, seed: number): Weights {
  const weights: Weights = {};
  let n = 0;
  for (const [name, shape] of Object.entries(weightShapes(a))) {
    n += 1;
    const isGain = name.endsWith('.g');
    const isVector = shape.length === 1;
    const residual = name.endsWith('attn.wo') || name.endsWith('mlp.w2');
    const std = residual ? 0.02 / Math.sqrt(2 * a.nLayers) : 0.02;
    const value = isGain
      ? tf.ones(shape)
      : isVector
        ? tf.zeros(shape)
        : tf.randomNormal(shape, 0, std, 'float32', seed * 1000 + n);
    weights[name] = tf.variable(value);
  }
  return weights;
}

export function countParams(model: Model): number {
  return Object.values(model.weights).reduce((sum, w) => sum + w.size, 0);
}

function layerNorm(tf: Tf, x: TF.Tensor2D, gain: TF.Tensor, bias: TF.Tensor): TF.Tensor2D {
  const { mean, variance } = tf.moments(x, -1, true);
  return tf.add(tf.mul(tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, 1e-5))), gain), bias);
}

/**
 * Logits for every position of a batch of token windows: [batch * time, vocab]. The byte
 * embedding is a one-hot matmul because the WASM backend has no gradient for gather.
 */
export function forward(tf: Tf, model: Model, tokens: TF.Tensor2D): TF.Tensor2D {
  const { architecture: a, weights: w, lora } = model;
  const [batch, time] = tokens.shape;
  const d = a.dModel;
  const heads = a.nHeads;
  const headDim = d / heads;

  const linear = (x: TF.Tensor2D, layer: number, matrix: string, bias: string): TF.Tensor2D => {
    const key = `h${layer}.${matrix}`;
    let y: TF.Tensor2D = tf.add(tf.matMul(x, w[key]!), w[`h${layer}.${bias}`]!);
    const adapter = lora?.adapters[key];
    if (lora && adapter)
      y = tf.add(y, tf.mul(tf.matMul(tf.matMul(x, adapter.a), adapter.b), lora.alpha / lora.rank)) as TF.Tensor2D;
    return y;
  };
  const splitHeads = (x: TF.Tensor2D) => tf.transpose(tf.reshape(x, [batch, time, heads, headDim]), [0, 2, 1, 3]);

  const oneHot = tf.oneHot(tf.reshape(tokens, [-1]) as TF.Tensor1D, a.vocabSize);
  const embedded = tf.reshape(tf.matMul(oneHot, w.wte!), [batch, time, d]);
  const positions = tf.slice(w.wpe!, [0, 0], [time, d]);
  let x = tf.reshape(tf.add(embedded, positions), [batch * time, d]) as TF.Tensor2D;

  const causal = tf.mul(tf.sub(1, tf.linalg.bandPart(tf.ones([time, time]), -1, 0)), -1e9);
  for (let i = 0; i < a.nLayers; i++) {
    const h = layerNorm(tf, x, w[`h${i}.ln1.g`]!, w[`h${i}.ln1.b`]!);
    const q = splitHeads(linear(h, i, 'attn.wq', 'attn.bq'));
    const k = splitHeads(linear(h, i, 'attn.wk', 'attn.bk'));
    const v = splitHeads(linear(h, i, 'attn.wv', 'attn.bv'));
    const scores = tf.add(tf.mul(tf.matMul(q, k, false, true), 1 / Math.sqrt(headDim)), causal);
    const attended = tf.transpose(tf.matMul(tf.softmax(scores), v), [0, 2, 1, 3]);
    x = tf.add(x, linear(tf.reshape(attended, [batch * time, d]), i, 'attn.wo', 'attn.bo'));
    const m = layerNorm(tf, x, w[`h${i}.ln2.g`]!, w[`h${i}.ln2.b`]!);
    x = tf.add(x, linear(tf.relu(linear(m, i, 'mlp.w1', 'mlp.b1')), i, 'mlp.w2', 'mlp.b2'));
  }
  const out = layerNorm(tf, x, w['lnf.g']!, w['lnf.b']!);
  return tf.matMul(out, w.wte!, false, true);
}

/**
 * Mean next-byte cross-entropy (nats) of windows of `time + 1` tokens; with `targetWeights`
 * (`[batch, time]`, 0 or 1), the mean over the targets weighted 1.
 */
export function windowLoss(tf: Tf, model: Model, windows: TF.Tensor2D, targetWeights?: TF.Tensor2D): TF.Scalar {
  const [batch, length] = windows.shape;
  const inputs = tf.slice(windows, [0, 0], [batch, length - 1]);
  const targets = tf.reshape(tf.slice(windows, [0, 1], [batch, length - 1]), [-1]) as TF.Tensor1D;
  const logits = forward(tf, model, inputs);
  const weights = targetWeights ? tf.reshape(targetWeights, [-1]) : undefined;
  return tf.losses.softmaxCrossEntropy(tf.oneHot(targets, model.architecture.vocabSize), logits, weights) as TF.Scalar;
}
