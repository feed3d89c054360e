import type * as TF from '@tensorflow/tfjs';
import type { Model } from './model.ts';

type Tf = typeof TF;

/**
 * TRAIN's growth: one more transformer block on top, a copy of the last block whose two output
 * projections (attention `wo`, MLP `w2`) and their biases start at zero. Each block adds its
 * output to the residual stream, so the new block adds exactly zero and the grown model computes
 * the same function as before (measured as `functionPreservation`); training then makes the new
 * capacity useful. Copying the last block, rather than a random init, starts its attention and
 * MLP in a useful place (Net2Net-style, Chen et al. 2016).
 */
export function growOneLayer(tf: Tf, model: Model): void {
  const { architecture: a, weights } = model;
  const last = a.nLayers - 1;
  const added = a.nLayers;
  for (const [name, weight] of Object.entries(weights)) {
    if (!name.startsWith(`h${last}.`)) continue;
    const suffix = name.slice(`h${last}.`.length);
    const zeroed = ['attn.wo', 'attn.bo', 'mlp.w2', 'mlp.b2'].includes(suffix);
    weights[`h${added}.${suffix}`] = tf.variable(zeroed ? tf.zerosLike(weight) : weight.clone());
  }
  model.architecture = {
    ...a,
    nLayers: a.nLayers + 1,
    ...(a.mlpHidden ? { mlpHidden: [...a.mlpHidden, a.mlpHidden[last]!] } : {}),
  };
}
