import { z } from 'zod';
import { Id, Name, optional, requiredTextOf } from './common.ts';
import type { JobType } from '../../db/entities/job.ts';

const positiveInt = (max: number) => z.int().min(1, 'must be at least 1').max(max, `must be at most ${max}`);

/** The largest training knobs a job accepts; a training recommendation stays within them too. */
export const JOB_LIMITS = { turns: 10, cycles: 100, stepsPerCycle: 100_000, seqLen: 4096, steps: 1_000_000 } as const;

/** Every knob a job accepts; which ones apply depends on the job type (see HYPERPARAMS_BY_TYPE). */
export const JobHyperparamsInput = z.object({
  outputName: optional(Name),
  turns: optional(positiveInt(JOB_LIMITS.turns)),
  cycles: optional(positiveInt(JOB_LIMITS.cycles)),
  stepsPerCycle: optional(positiveInt(JOB_LIMITS.stepsPerCycle)),
  lr: optional(z.number().gt(0, 'must be positive').max(1, 'must be at most 1')),
  seqLen: optional(z.int().min(8, 'must be at least 8').max(JOB_LIMITS.seqLen, `must be at most ${JOB_LIMITS.seqLen}`)),
  loraRank: optional(positiveInt(256)),
  loraAlpha: optional(z.number().gt(0, 'must be positive').max(1024, 'must be at most 1024')),
  steps: optional(positiveInt(JOB_LIMITS.steps)),
  batchSize: optional(positiveInt(1024)),
  // 0 would prune nothing and 1 every neuron: the share of MLP neurons to remove lies between.
  contractionRatio: optional(z.number().gt(0, 'must be between 0 and 1').lt(1, 'must be between 0 and 1')),
  numLayersToContract: optional(positiveInt(1000)),
});

export type JobHyperparamName = keyof z.output<typeof JobHyperparamsInput>;

/** Fusion's job fields (seed 001): what each job type reads. Anything else is rejected, not ignored. */
export const HYPERPARAMS_BY_TYPE: Record<JobType, readonly JobHyperparamName[]> = {
  TRAIN: ['outputName', 'turns', 'cycles', 'stepsPerCycle', 'lr', 'seqLen', 'batchSize'],
  FINETUNE: ['outputName', 'loraRank', 'loraAlpha', 'steps', 'lr', 'seqLen', 'batchSize'],
  CONTRACT: ['outputName', 'contractionRatio', 'numLayersToContract'],
};

/**
 * Defaults from the Fusion seed; the seed leaves cycles, stepsPerCycle, lr and seqLen to us.
 * loraAlpha defaults to twice the rank (see resolveHyperparams), as TunedTensor's 8/16 does.
 */
export const HYPERPARAM_DEFAULTS = {
  turns: 1,
  cycles: 3,
  stepsPerCycle: 100,
  lr: 1e-3,
  seqLen: 64,
  batchSize: 8,
  loraRank: 32,
  steps: 2000,
  contractionRatio: 0.5,
  numLayersToContract: 8,
} as const;

/** Idempotency keys of the jobs Trainyard queues itself (a spec run's FINETUNE job); no caller's. */
export const RESERVED_KEY_PREFIX = 'trainyard:';

export const SubmitJobInput = z.object({
  type: z.enum(['TRAIN', 'FINETUNE', 'CONTRACT']),
  // Exactly as sent, like any key: trimmed, two keys a caller keeps apart would name one job.
  idempotencyKey: requiredTextOf(200).refine(
    (key) => !key.startsWith(RESERVED_KEY_PREFIX),
    `must not start with "${RESERVED_KEY_PREFIX}": Trainyard's own jobs use those`,
  ),
  baseModelId: optional(Id),
  sourceModelId: optional(Id),
  datasetId: optional(Id),
  environment: optional(Name),
  /** Interruptions (lost workers, failed attempts) survived before the job fails; each resumes from a checkpoint. */
  maxRetries: optional(z.int().min(0, 'must be between 0 and 10').max(10, 'must be between 0 and 10')).transform(
    (v) => v ?? 3,
  ),
  hyperparams: optional(JobHyperparamsInput).transform((v): Partial<z.output<typeof JobHyperparamsInput>> => v ?? {}),
});

export type SubmitJobInput = z.output<typeof SubmitJobInput>;
