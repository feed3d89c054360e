import { z } from 'zod';
import { Id, optional, Text, textOf } from './common.ts';

/** API.md's GenerateInput; `seed` makes a sampled generation repeatable. */
export const GenerateInput = z.object({
  modelId: Id,
  prompt: Text.min(1, 'must not be empty').max(20_000, 'must be at most 20000 characters'),
  maxTokens: optional(z.int().min(1, 'must be at least 1').max(2048, 'must be at most 2048')).transform(
    (v) => v ?? 256,
  ),
  temperature: optional(z.number().min(0, 'must be at least 0').max(2, 'must be at most 2')).transform((v) => v ?? 0.7),
  seed: optional(textOf(200)),
});

export type GenerateInput = z.output<typeof GenerateInput>;
