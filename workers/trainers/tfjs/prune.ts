import type * as TF from '@tensorflow/tfjs';
import { mlpWidth } from '../../../src/domain/model-catalog.ts';
import type { Model } from './model.ts';

type Tf = typeof TF;

/**
 * CONTRACT's pruning: in each of the last `layers` blocks, removes `ratio` of the MLP's hidden
 * neurons, keeping those with the largest ||w1[:, j]|| * ||w2[j, :]|| (the product of the
 * neuron's input and output weight norms: a neuron that reads little or writes little changes
 * the residual stream little). The tensors really shrink, so the parameter count drops.
 */
export async function pruneMlpNeurons(tf: Tf, model: Model, ratio: number, layers: number): Promise<number[]> {
  const a = model.architecture;
  const widths = Array.from({ length: a.nLayers }, (_, i) => mlpWidth(a, i));
  const first = Math.max(0, a.nLayers - layers);
  for (let layer = first; layer < a.nLayers; layer++) {
    const w1 = model.weights[`h${layer}.mlp.w1`]!;
    const b1 = model.weights[`h${layer}.mlp.b1`]!;
    const w2 = model.weights[`h${layer}.mlp.w2`]!;
    const scores = tf.tidy(() => tf.mul(tf.norm(w1, 'euclidean', 0), tf.norm(w2, 'euclidean', 1)));
    const values = Array.from(await scores.data());
    scores.dispose();
    const keep = Math.max(1, Math.round(widths[layer]! * (1 - ratio)));
    const kept = values
      .map((score, index) => ({ score, index }))
      .sort((x, y) => y.score - x.score || x.index - y.index)
      .slice(0, keep)
      .map(({ index }) => index)
      .sort((x, y) => x - y);
    const indices = tf.tensor1d(kept, 'int32');
    const replace = (name: string, next: TF.Tensor) => {
      model.weights[name]!.dispose();
      model.weights[name] = tf.variable(next);
    };
    replace(`h${layer}.mlp.w1`, tf.gather(w1, indices, 1));
    replace(`h${layer}.mlp.b1`, tf.gather(b1, indices, 0));
    replace(`h${layer}.mlp.w2`, tf.gather(w2, indices, 0));
    indices.dispose();
    widths[layer] = keep;
  }
  model.architecture = { ...a, mlpHidden: widths };
  return widths;
}
