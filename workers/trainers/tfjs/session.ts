import { join } from 'node:path';
import type * as TF from '@tensorflow/tfjs';
import { parseEnv, ShippedTrainerEnv } from '../../config.ts';
import type { TrainerJob } from '../../protocol.ts';
import { loadCheckpoint, saveCheckpoint } from './checkpoint.ts';
import type { WindowSampler } from './data.ts';
import { countParams, type Model } from './model.ts';
import { emit, log } from './report.ts';
import { trainSegment, type TrainSegment } from './train-loop.ts';

type Tf = typeof TF;

/** Measurements taken before training that the result needs, carried across attempts. */
export interface JobStats {
  pplBaseline: number;
  paramsBefore: number;
  functionPreservation: number | null;
  /** Tokens and compute seconds of earlier attempts. */
  tokens: number;
  computeSeconds: number;
}

let stopRequested = false;
process.on('SIGTERM', () => {
  stopRequested = true;
});

export interface TrainingPlan extends Omit<TrainSegment, 'firstStep' | 'steps'> {
  totalSteps: number;
  /** Variables to train, picked from the (possibly restored) model. */
  trainable: (model: Model) => TF.Variable[];
}

/**
 * Runs the training part of a job: from step 0 with a freshly prepared model, or from a
 * checkpoint (which restores the model, the optimizer and the sampler), checkpointing every
 * TRAINYARD_CHECKPOINT_EVERY steps and on SIGTERM. Returns null when stopped early.
 */
export async function runTraining(
  tf: Tf,
  job: TrainerJob,
  prepare: () => Promise<{ model: Model; stats: JobStats }>,
  makeSampler: (state?: object) => WindowSampler,
  plan: TrainingPlan,
  lr: number,
): Promise<{ model: Model; stats: JobStats; lastLoss: number } | null> {
  const started = performance.now();
  const { TRAINYARD_CHECKPOINT_EVERY: checkpointEvery } = parseEnv(ShippedTrainerEnv, process.env);
  const optimizer = tf.train.adam(lr);
  let model: Model;
  let stats: JobStats;
  let sampler: WindowSampler;
  let firstStep = 0;
  if (job.resumeFrom) {
    const restored = await loadCheckpoint<JobStats>(tf, new URL(job.resumeFrom.uri).pathname, optimizer);
    ({ model } = restored);
    stats = restored.meta.stats;
    sampler = makeSampler(restored.meta.samplerState);
    firstStep = restored.meta.step;
    await log(`resumed from the checkpoint at step ${firstStep} (attempt ${job.attempt})`);
  } else {
    ({ model, stats } = await prepare());
    sampler = makeSampler();
  }
  await emit({
    type: 'phase',
    phase: plan.phase,
    detail: { steps: plan.totalSteps, fromStep: firstStep, params: countParams(model) },
  });

  const attemptStats = (tokens: number) => ({
    ...stats,
    tokens: stats.tokens + tokens,
    computeSeconds: stats.computeSeconds + (performance.now() - started) / 1000,
  });
  let tokensThisAttempt = 0;
  const outcome = await trainSegment(
    tf,
    model,
    optimizer,
    plan.trainable(model),
    sampler,
    {
      ...plan,
      firstStep,
      steps: plan.totalSteps - firstStep,
      lrAt: (i) => plan.lrAt(firstStep + i),
      cycleOf: plan.cycleOf && ((i) => plan.cycleOf!(firstStep + i)),
    },
    {
      checkpointDue: (step) => step % checkpointEvery === 0 && step < plan.totalSteps,
      stopRequested: () => stopRequested,
      checkpoint: async (step) => {
        tokensThisAttempt = (step - firstStep) * plan.batch * plan.seqLen;
        const path = join(job.workDir, `checkpoint-${step}.tyw`);
        await saveCheckpoint(path, model, optimizer, {
          step,
          samplerState: sampler.state,
          stats: attemptStats(tokensThisAttempt),
        });
        await emit({ type: 'checkpoint', step, uri: `file://${path}` });
      },
    },
  );
  optimizer.dispose();
  if (outcome.stopped) {
    await log('stopped on request after checkpointing');
    return null;
  }
  // train-loop.ts says why a SIGTERM during the last step finishes the job.
  if (stopRequested) await log('asked to stop during the last step: finishing the job instead');
  return { model, stats: attemptStats(outcome.tokens), lastLoss: outcome.lastLoss };
}
