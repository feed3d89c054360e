import type * as TF from '@tensorflow/tfjs';
import { ADAPTED_MATRICES, type Lora, type Model } from './model.ts';

type Tf = typeof TF;

/**
 * LoRA (Hu et al., 2021) on every adapted projection: A starts small and random, B at zero, so
 * the adapted model starts exactly equal to its base. Only A and B are trained.
 */
export function attachLora(tf: Tf, model: Model, rank: number, alpha: number, seed: number): Lora {
  const adapters: Lora['adapters'] = {};
  let n = 0;
  for (let layer = 0; layer < model.architecture.nLayers; layer++) {
    for (const matrix of ADAPTED_MATRICES) {
      const key = `h${layer}.${matrix}`;
      const [inputs, outputs] = model.weights[key]!.shape as [number, number];
      n += 1;
      adapters[key] = {
        a: tf.variable(tf.randomNormal([inputs, rank], 0, 1 / Math.sqrt(inputs), 'float32', seed * 1000 + n)),
        b: tf.variable(tf.zeros([rank, outputs])),
      };
    }
  }
  const lora = { rank, alpha, adapters };
  model.lora = lora;
  return lora;
}

export const loraVariables = (lora: Lora): TF.Variable[] => Object.values(lora.adapters).flatMap(({ a, b }) => [a, b]);

export const loraTensors = (lora: Lora): Record<string, TF.Tensor> =>
  Object.fromEntries(
    Object.entries(lora.adapters).flatMap(([key, { a, b }]) => [
      [`${key}.lora_a`, a],
      [`${key}.lora_b`, b],
    ]),
  );

/** Folds the adapters into the weights: W + (alpha / rank) A B. The model then has no LoRA. */
export function mergeLora(tf: Tf, model: Model): void {
  const { lora } = model;
  if (!lora) return;
  for (const [key, { a, b }] of Object.entries(lora.adapters)) {
    const weight = model.weights[key]!;
    weight.assign(tf.tidy(() => tf.add(weight, tf.mul(tf.matMul(a, b), lora.alpha / lora.rank))));
    a.dispose();
    b.dispose();
  }
  delete model.lora;
}
