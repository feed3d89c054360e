import type { EvalSummary } from '../db/entities/run.ts';
import { judge, type ScoringItem } from './llm-judge.ts';
import type { LlmClient } from './llm-client.ts';
import { describeSimilarity, similarity } from './similarity.ts';

export type ScoringMethod = EvalSummary['scoringMethod'];

/** The seed's thresholds: an eval passes at 0.7 and is a (near-)exact match at 0.95. */
export const PASS_THRESHOLD = 0.7;
export const EXACT_MATCH_THRESHOLD = 0.95;

export const isPass = (score: number) => score >= PASS_THRESHOLD;
export const isExactMatch = (score: number) => score >= EXACT_MATCH_THRESHOLD;

export interface ScoredAnswer {
  score: number;
  passed: boolean;
  reasoning: string;
  /** How this answer was scored: SIMILARITY when the judge failed and similarity stood in. */
  method: ScoringMethod;
}

/**
 * Scores one answer: by the LLM judge when one is given, else by similarity (similarity.ts). A
 * judge that fails (malformed replies past its retry, or the endpoint down past the SDK's) does
 * not fail the run: similarity scores the answer and the reasoning says why. Only an abort
 * (`signal`, e.g. the run was cancelled) is thrown.
 */
export async function scoreAnswer(
  item: ScoringItem,
  judgeModel?: LlmClient | null,
  signal?: AbortSignal,
): Promise<ScoredAnswer> {
  let judgeFailure: string | null = null;
  if (judgeModel) {
    try {
      const { score, reasoning } = await judge(judgeModel, item, signal);
      return { score, passed: isPass(score), reasoning, method: 'LLM_JUDGE' };
    } catch (error) {
      if (signal?.aborted) throw error;
      judgeFailure = (error as Error).message;
    }
  }
  const measured = similarity(item.expected, item.actual);
  const reasoning = describeSimilarity(measured);
  return {
    score: measured.score,
    passed: isPass(measured.score),
    reasoning: judgeFailure
      ? `LLM judge failed: ${judgeFailure}. Scored by similarity instead. ${reasoning}`
      : reasoning,
    method: 'SIMILARITY',
  };
}
