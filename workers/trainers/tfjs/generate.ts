import type * as TF from '@tensorflow/tfjs';
import { forward, type Model } from './model.ts';
import type { Rng } from './data.ts';
import { END, decode, encode, promptText } from './text-format.ts';

type Tf = typeof TF;

export interface GenerateOptions {
  maxTokens: number;
  /** 0 picks the most likely byte every time. */
  temperature: number;
  rng: Rng;
}

export interface Generation {
  text: string;
  latencyMs: number;
  promptTokens: number;
  completionTokens: number;
}

function sample(probabilities: Float32Array, rng: Rng): number {
  let u = rng();
  for (let i = 0; i < probabilities.length; i++) {
    u -= probabilities[i]!;
    if (u <= 0) return i;
  }
  return probabilities.length - 1;
}

/** Continues `prompt` (formatted as in training) byte by byte until END or `maxTokens`. */
export async function generate(tf: Tf, model: Model, prompt: string, options: GenerateOptions): Promise<Generation> {
  const started = performance.now();
  const context = model.architecture.contextLength;
  const tokens = encode(promptText(prompt));
  const promptTokens = tokens.length;
  const completion: number[] = [];
  while (completion.length < options.maxTokens) {
    const window = tokens.slice(-context);
    const next = tf.tidy(() => {
      const logits = forward(tf, model, tf.tensor2d(window, [1, window.length], 'int32'));
      const last = tf.slice(logits, [window.length - 1, 0], [1, -1]);
      return options.temperature <= 0 ? tf.argMax(last, 1) : tf.softmax(tf.div(last, options.temperature));
    });
    const values = await next.data();
    next.dispose();
    const token = options.temperature <= 0 ? values[0]! : sample(values as Float32Array, options.rng);
    if (token === END) break;
    completion.push(token);
    tokens.push(token);
  }
  return {
    text: decode(completion),
    latencyMs: Math.round(performance.now() - started),
    promptTokens,
    completionTokens: completion.length,
  };
}
