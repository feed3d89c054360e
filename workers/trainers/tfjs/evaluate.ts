import type * as TF from '@tensorflow/tfjs';
import { forward, windowLoss, type Model } from './model.ts';

type Tf = typeof TF;

/** exp(mean next-byte cross-entropy) over held-out windows: the model's perplexity per byte. */
export async function perplexity(tf: Tf, model: Model, windows: Int32Array[]): Promise<number> {
  let total = 0;
  for (const window of windows) {
    const loss = tf.tidy(() => windowLoss(tf, model, tf.tensor2d(window, [1, window.length], 'int32')));
    total += (await loss.data())[0]!;
    loss.dispose();
  }
  return Math.exp(total / windows.length);
}

/** Next-byte distributions for every position of the held-out windows (inputs only). */
export async function distributions(tf: Tf, model: Model, windows: Int32Array[]): Promise<Float32Array[]> {
  const out: Float32Array[] = [];
  for (const window of windows) {
    const inputs = window.subarray(0, window.length - 1);
    const probs = tf.tidy(() => tf.softmax(forward(tf, model, tf.tensor2d(inputs, [1, inputs.length], 'int32'))));
    out.push((await probs.data()) as Float32Array);
    probs.dispose();
  }
  return out;
}

/**
 * Mean KL divergence KL(before || after) per position, in nats: how far growth moved the
 * model's predictions. A function-preserving growth gives 0 up to float rounding.
 */
export function meanKl(before: Float32Array[], after: Float32Array[], vocab: number): number {
  let sum = 0;
  let positions = 0;
  before.forEach((p, w) => {
    const q = after[w]!;
    for (let offset = 0; offset < p.length; offset += vocab) {
      let kl = 0;
      for (let i = offset; i < offset + vocab; i++) {
        if (p[i]! > 0) kl += p[i]! * Math.log(p[i]! / Math.max(q[i]!, 1e-30));
      }
      sum += Math.max(0, kl);
      positions += 1;
    }
  });
  return sum / positions;
}
