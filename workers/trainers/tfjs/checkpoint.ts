import type * as TF from '@tensorflow/tfjs';
import type { Model, ModelArchitecture } from './model.ts';
import { readTensorFile, snapshot, writeTensorFile } from './tensor-file.ts';

type Tf = typeof TF;

/** What a resumed attempt needs besides tensors: where it was and what it had measured. */
export interface CheckpointMeta<S> {
  step: number;
  architecture: ModelArchitecture;
  lora: { rank: number; alpha: number } | null;
  samplerState: object;
  optimizerNames: string[];
  stats: S;
}

/**
 * A checkpoint holds the whole training state: every weight (the architecture may have grown or
 * shrunk), the LoRA adapters, Adam's moments and step count, and the sampler's RNG state, so a
 * resumed attempt continues exactly as if it had never stopped.
 */
export async function saveCheckpoint<S>(
  path: string,
  model: Model,
  optimizer: TF.AdamOptimizer,
  meta: Omit<CheckpointMeta<S>, 'architecture' | 'lora' | 'optimizerNames'>,
): Promise<void> {
  const optimizerWeights = await optimizer.getWeights();
  const variables: [string, TF.Variable][] = [
    ...Object.entries(model.weights).map(([name, w]): [string, TF.Variable] => [`w/${name}`, w]),
    ...Object.entries(model.lora?.adapters ?? {}).flatMap(([key, { a, b }]): [string, TF.Variable][] => [
      [`l/${key}.lora_a`, a],
      [`l/${key}.lora_b`, b],
    ]),
  ];
  // Adam matches its moments to variables by position in id order (tfjs names variables by a
  // counter): written in id order, they are re-created in the same relative order on load.
  variables.sort(([, x], [, y]) => Number(x.name) - Number(y.name));
  const tensors: Record<string, TF.Tensor> = Object.fromEntries(variables);
  optimizerWeights.forEach(({ tensor }, i) => (tensors[`o/${i}`] = tensor));
  await writeTensorFile(path, {
    meta: {
      ...meta,
      architecture: model.architecture,
      lora: model.lora ? { rank: model.lora.rank, alpha: model.lora.alpha } : null,
      optimizerNames: optimizerWeights.map((w) => w.name),
    } satisfies CheckpointMeta<S>,
    tensors: await snapshot(tensors),
  });
}

export async function loadCheckpoint<S>(tf: Tf, path: string, optimizer: TF.AdamOptimizer) {
  const file = await readTensorFile<CheckpointMeta<S>>(path);
  const model: Model = { architecture: file.meta.architecture, weights: {} };
  const adapters: NonNullable<Model['lora']>['adapters'] = {};
  const optimizerWeights: { name: string; tensor: TF.Tensor }[] = [];
  for (const [name, t] of Object.entries(file.tensors)) {
    const tensor = tf.tensor(t.values, t.shape);
    if (name.startsWith('w/')) model.weights[name.slice(2)] = tf.variable(tensor);
    else if (name.startsWith('l/')) {
      const key = name.slice(2, name.lastIndexOf('.'));
      const entry = (adapters[key] ??= {} as { a: TF.Variable; b: TF.Variable });
      entry[name.endsWith('lora_a') ? 'a' : 'b'] = tf.variable(tensor);
    } else {
      const index = Number(name.slice(2));
      optimizerWeights[index] = { name: file.meta.optimizerNames[index]!, tensor };
    }
  }
  if (file.meta.lora) model.lora = { ...file.meta.lora, adapters };
  await optimizer.setWeights(optimizerWeights);
  return { model, meta: file.meta };
}
