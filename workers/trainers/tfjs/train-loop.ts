import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type * as TF from '@tensorflow/tfjs';
import { windowLoss, type Model } from './model.ts';
import type { WindowSampler } from './data.ts';
import { emit, log } from './report.ts';

type Tf = typeof TF;

const MAX_GRAD_NORM = 1;

export interface TrainSegment {
  phase: string;
  /** Steps already done before this segment (the job's step counter continues across segments). */
  firstStep: number;
  steps: number;
  batch: number;
  seqLen: number;
  /** Learning rate for a step (0-based within the segment). */
  lrAt: (index: number) => number;
  cycleOf?: (index: number) => number;
  /** Log lines only, no metric points: pretraining a base is not the job's own series. */
  quiet?: boolean;
}

export interface TrainHooks {
  /** Called after a step; the trainer checkpoints when it says so. */
  checkpointDue: (step: number) => boolean;
  checkpoint: (step: number) => Promise<void>;
  /** True once SIGTERM arrived: finish the step, checkpoint, stop. */
  stopRequested: () => boolean;
}

export interface SegmentOutcome {
  lastLoss: number;
  tokens: number;
  stopped: boolean;
}

/**
 * Adam with global-norm gradient clipping over `trainable` only (LoRA adapters, or every
 * weight), reporting one metric per step.
 */
export async function trainSegment(
  tf: Tf,
  model: Model,
  optimizer: TF.AdamOptimizer,
  trainable: TF.Variable[],
  sampler: WindowSampler,
  segment: TrainSegment,
  hooks: TrainHooks,
): Promise<SegmentOutcome> {
  let lastLoss = Number.NaN;
  let tokens = 0;
  const started = performance.now();
  for (let index = 0; index < segment.steps; index++) {
    const step = segment.firstStep + index + 1;
    const lr = segment.lrAt(index);
    // The optimizer reads its learning rate on every update; tfjs keeps the field protected.
    (optimizer as unknown as { learningRate: number }).learningRate = lr;
    const { windows, targetWeights } = sampler.next(segment.batch);
    const stepStarted = performance.now();
    const { loss, gradNorm } = tf.tidy(() => {
      const batch = tf.tensor2d(windows, [segment.batch, segment.seqLen + 1], 'int32');
      const weights = targetWeights ? tf.tensor2d(targetWeights, [segment.batch, segment.seqLen]) : undefined;
      const { value, grads } = tf.variableGrads(() => windowLoss(tf, model, batch, weights), trainable);
      const norm = tf.sqrt(tf.addN(Object.values(grads).map((g) => tf.sum(tf.square(g)))));
      const scale = tf.minimum(1, tf.div(MAX_GRAD_NORM, tf.add(norm, 1e-6)));
      optimizer.applyGradients(Object.fromEntries(Object.entries(grads).map(([name, g]) => [name, tf.mul(g, scale)])));
      return { loss: tf.keep(value), gradNorm: tf.keep(norm) };
    });
    lastLoss = (await loss.data())[0]!;
    const norm = (await gradNorm.data())[0]!;
    tf.dispose([loss, gradNorm]);
    // The update is applied by now, so the weights are no good either: fail the job, naming
    // the step, rather than go on and complete it with a model that only writes NaN's tokens.
    if (!Number.isFinite(lastLoss)) throw new Error(`the loss is ${lastLoss} at ${segment.phase} step ${step}`);
    const stepTokens = segment.batch * segment.seqLen;
    tokens += stepTokens;
    if (!segment.quiet)
      await emit({
        type: 'metric',
        step,
        phase: segment.phase,
        cycle: segment.cycleOf?.(index),
        loss: lastLoss,
        lr,
        throughput: stepTokens / ((performance.now() - stepStarted) / 1000),
        gradNorm: norm,
        // Host memory on CPU (resident set size): what this trainer occupies, in GB.
        vramGb: process.memoryUsage().rss / 1e9,
      });
    const logEvery = segment.quiet ? 25 : 10;
    if (step % logEvery === 0 || index === 0 || index === segment.steps - 1) {
      const rate = tokens / ((performance.now() - started) / 1000);
      await log(
        `${segment.phase} step ${step} · loss ${lastLoss.toFixed(4)} · lr ${lr.toExponential(2)} · ${Math.round(rate)} tok/s`,
      );
    }
    // Tensor reads resolve as microtasks: without a turn of the event loop, a SIGTERM would
    // never be handled while training runs. Node reads signals in the loop's poll phase, and one
    // setImmediate awaited from that phase resumes in the same turn's check phase, before any
    // poll: the SIGTERM that arrived during this step went unseen until after the next one.
    // Two always span a poll.
    await yieldToEventLoop();
    await yieldToEventLoop();
    // Asked to stop after the last step, it finishes instead: all that is left is the final
    // evaluation, and a checkpoint there would resume into an attempt with no step and no loss.
    const stopping = hooks.stopRequested() && index < segment.steps - 1;
    if (stopping || hooks.checkpointDue(step)) await hooks.checkpoint(step);
    if (stopping) return { lastLoss, tokens, stopped: true };
  }
  return { lastLoss, tokens, stopped: false };
}
