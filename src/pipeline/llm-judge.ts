import { z } from 'zod';
import type { LlmClient } from './llm-client.ts';

/** What is being scored: one spec example and the model's answer to it. */
export interface ScoringItem {
  systemPrompt: string | null;
  input: string;
  expected: string;
  actual: string;
}

export interface Judgement {
  score: number;
  reasoning: string;
}

/** A score outside [0, 1] (say, out of 10) is a malformed reply, asked for again. */
const JudgeReply = z.object({
  score: z.number().min(0).max(1),
  reasoning: z.string().trim().min(1).max(4_000),
});

const INSTRUCTIONS = [
  'You grade a fine-tuned model. You get, as JSON, the system prompt it was trained with, an input,',
  'the expected output for that input, and the output the model actually gave.',
  'Score how well the actual output matches the expected one in meaning, facts and format, from 0 to 1:',
  '1 = equivalent (wording may differ), 0.7 = acceptable with minor flaws, 0 = wrong, unrelated or empty.',
  'Reply with a JSON object only: {"score": <number from 0 to 1>, "reasoning": "<one or two sentences>"}',
].join(' ');

/** One LLM_JUDGE verdict; throws what LlmClient throws (LlmReplyError, the SDK's errors). */
export async function judge(llm: LlmClient, item: ScoringItem, signal?: AbortSignal): Promise<Judgement> {
  return llm.completeJson({
    system: INSTRUCTIONS,
    user: JSON.stringify(
      {
        systemPrompt: item.systemPrompt,
        input: item.input,
        expectedOutput: item.expected,
        actualOutput: item.actual,
      },
      null,
      2,
    ),
    schema: JudgeReply,
    // Grading should not be a lottery.
    temperature: 0,
    ...(signal ? { signal } : {}),
  });
}
