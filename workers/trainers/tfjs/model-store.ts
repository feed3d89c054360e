import type * as TF from '@tensorflow/tfjs';
import { baseWeights } from './base-models.ts';
import { mergeLora } from './lora.ts';
import type { Model } from './model.ts';
import { filePath, type ModelConfig } from './model-config.ts';
import { readTensorFile } from './tensor-file.ts';

type Tf = typeof TF;

const toVariables = (tf: Tf, tensors: Awaited<ReturnType<typeof readTensorFile>>['tensors']) =>
  Object.fromEntries(
    Object.entries(tensors).map(([name, t]) => [name, tf.variable(tf.tensor(t.values, t.shape))]),
  ) as Model['weights'];

/**
 * Loads any model this trainer can use: a catalog base (pretrained on first use), full weights,
 * or a base plus a LoRA adapter, merged, so the result is plain weights ready to run or train.
 */
export async function loadModel(tf: Tf, config: ModelConfig, cacheDir?: string): Promise<Model> {
  const weights = config.files?.weights
    ? toVariables(tf, (await readTensorFile(filePath(config.files.weights))).tensors)
    : await baseWeights(tf, config.architecture, cacheDir);
  const model: Model = { architecture: config.architecture, weights };
  if (config.files?.adapter && config.lora) {
    const adapter = await readTensorFile(filePath(config.files.adapter));
    const adapters: NonNullable<Model['lora']>['adapters'] = {};
    for (const [name, t] of Object.entries(adapter.tensors)) {
      const [key, part] = [name.slice(0, name.lastIndexOf('.')), name.slice(name.lastIndexOf('.') + 1)];
      const entry = (adapters[key] ??= {} as { a: TF.Variable; b: TF.Variable });
      entry[part === 'lora_a' ? 'a' : 'b'] = tf.variable(tf.tensor(t.values, t.shape));
    }
    model.lora = { ...config.lora, adapters };
    mergeLora(tf, model);
  }
  return model;
}

export const isCatalogBase = (config: ModelConfig) => !config.files?.weights && !config.files?.adapter;
