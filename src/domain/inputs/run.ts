import { z } from 'zod';
import { Id, JsonObject, Name, Tags, optional, textOf } from './common.ts';

/** TunedTensor's run defaults and ranges (seed 000). */
const RunHyperparametersInput = z.object({
  nEpochs: optional(z.int().min(1, 'must be between 1 and 20').max(20, 'must be between 1 and 20')).transform(
    (v) => v ?? 4,
  ),
  learningRate: optional(z.number().gt(0, 'must be positive').max(1, 'must be at most 1')).transform((v) => v ?? null),
  batchSize: optional(z.int().min(8, 'must be at least 8').max(1024, 'must be at most 1024')).transform((v) => v ?? 8),
  loraRank: optional(z.int().min(1, 'must be at least 1').max(256, 'must be at most 256')).transform((v) => v ?? 8),
  loraAlpha: optional(z.number().gt(0, 'must be positive').max(1024, 'must be at most 1024')).transform((v) => v ?? 16),
});

export const StartRunInput = z.object({
  name: optional(Name),
  augment: optional(z.boolean()).transform((v) => v ?? true),
  baseModelId: optional(Id),
  tags: optional(Tags).transform((v) => v ?? []),
  parentRunId: optional(Id),
  environment: optional(Name),
  metadata: optional(JsonObject),
  hyperparameters: optional(RunHyperparametersInput).transform((v) => v ?? RunHyperparametersInput.parse({})),
});

export const FeedbackInput = z.object({
  score: optional(z.number().min(-1e6).max(1e6)).transform((v) => v ?? null),
  flags: optional(Tags).transform((v) => v ?? []),
  comment: optional(textOf(10_000)).transform((v) => v ?? null),
});

export type StartRunInput = z.output<typeof StartRunInput>;
export type FeedbackInput = z.output<typeof FeedbackInput>;
