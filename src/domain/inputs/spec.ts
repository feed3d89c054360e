import { z } from 'zod';
import { Name, Tags, optional } from './common.ts';

const MAX_EXAMPLES = 1000;
const MAX_EXAMPLE_CHARS = 20_000;

const Text = (max: number) => z.string().max(max, `must be at most ${max} characters`);

const RequiredText = z
  .string()
  .refine((value) => value.trim().length > 0, 'must not be empty')
  .pipe(Text(MAX_EXAMPLE_CHARS));

export const SpecExampleInput = z.object({ input: RequiredText, expected: RequiredText });

const Examples = z
  .array(SpecExampleInput)
  .min(1, 'a spec needs at least one example')
  .max(MAX_EXAMPLES, `at most ${MAX_EXAMPLES} examples`);

export const CreateSpecInput = z.object({
  name: Name,
  description: optional(Text(10_000)),
  systemPrompt: optional(Text(20_000)),
  examples: Examples,
  tags: optional(Tags),
});

/** Every field optional; an explicit null clears description or systemPrompt. */
export const UpdateSpecInput = z.object({
  name: optional(Name),
  description: Text(10_000).nullish(),
  systemPrompt: Text(20_000).nullish(),
  examples: optional(Examples),
  tags: optional(Tags),
});

export type CreateSpecInput = z.output<typeof CreateSpecInput>;
export type UpdateSpecInput = z.output<typeof UpdateSpecInput>;
