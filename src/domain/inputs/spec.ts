import { z } from 'zod';
import { Name, Tags, omittable, optional, requiredTextOf, textOf } from './common.ts';

const MAX_EXAMPLES = 1000;
const MAX_EXAMPLE_CHARS = 20_000;

const RequiredText = requiredTextOf(MAX_EXAMPLE_CHARS);

const SpecExampleInput = z.object({ input: RequiredText, expected: RequiredText });

/** `specs(search:)`: a substring of a name or description, or a tag. */
export const SpecSearch = textOf(200).nullish();

const Examples = z
  .array(SpecExampleInput)
  .min(1, 'a spec needs at least one example')
  .max(MAX_EXAMPLES, `at most ${MAX_EXAMPLES} examples`);

export const CreateSpecInput = z.object({
  name: Name,
  description: optional(textOf(10_000)),
  systemPrompt: optional(textOf(20_000)),
  examples: Examples,
  tags: optional(Tags),
});

/** Every field optional; an explicit null clears description or systemPrompt, and nothing else. */
export const UpdateSpecInput = z.object({
  name: omittable(Name),
  description: textOf(10_000).nullish(),
  systemPrompt: textOf(20_000).nullish(),
  examples: omittable(Examples),
  tags: omittable(Tags),
});

export type CreateSpecInput = z.output<typeof CreateSpecInput>;
export type UpdateSpecInput = z.output<typeof UpdateSpecInput>;
