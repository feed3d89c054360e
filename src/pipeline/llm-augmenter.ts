import { z } from 'zod';
import type { SpecExample } from '../db/entities/behavior-spec.ts';
import type { LlmClient } from './llm-client.ts';

/** Only the envelope is checked here; augment.ts judges each input on its own. */
const VariantsReply = z.object({ inputs: z.array(z.string()).min(1) });

/** Varied, but not so hot that the model drifts off the example's intent. */
const TEMPERATURE = 0.8;

const instructions = (count: number) =>
  [
    'You write training data for fine-tuning a language model.',
    'You get one example as JSON: the system prompt the model is trained with, an input, and the output the model must give for that input.',
    `Write ${count} new inputs a user could send instead, each calling for exactly the same expected output.`,
    'Keep the intent, the language, and every fact, name and number the output depends on;',
    'vary the wording, sentence structure, tone, length and format. Do not answer the input.',
    'Reply with a JSON object only: {"inputs": ["...", "..."]}',
  ].join(' ');

/** Asks the LLM for `count` rewrites of the example's input; the strings are unchecked. */
export async function askForVariants(
  llm: LlmClient,
  systemPrompt: string | null,
  example: SpecExample,
  count: number,
  signal?: AbortSignal,
): Promise<string[]> {
  const reply = await llm.completeJson({
    system: instructions(count),
    user: JSON.stringify({ systemPrompt, input: example.input, expectedOutput: example.expected }, null, 2),
    schema: VariantsReply,
    temperature: TEMPERATURE,
    ...(signal ? { signal } : {}),
  });
  return reply.inputs;
}
