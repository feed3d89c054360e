import type { EvalSummary } from '../db/entities/run.ts';
import { normalizeText } from './normalize-text.ts';
import { isExactMatch, isPass, type ScoringMethod } from './scoring.ts';

/** An example improved or regressed when its score moved by at least this much (the seed's 0.1). */
const SCORE_CHANGE_THRESHOLD = 0.1;
/** Scores are floats: 0.3 - 0.2 is 0.09999999999999998, which is a change of 0.1 all the same. */
const FLOAT_TOLERANCE = 1e-9;

export type ScoreChange = 'improvement' | 'regression' | 'unchanged' | 'new';

export function scoreChange(score: number, previousScore: number | null): ScoreChange {
  if (previousScore === null) return 'new';
  const delta = score - previousScore;
  if (delta >= SCORE_CHANGE_THRESHOLD - FLOAT_TOLERANCE) return 'improvement';
  if (-delta >= SCORE_CHANGE_THRESHOLD - FLOAT_TOLERANCE) return 'regression';
  return 'unchanged';
}

/** An eval of the previous run, as stored (Eval.position, Eval.prompt, Eval.score). */
export interface PreviousEval {
  position: number;
  prompt: string;
  score: number;
}

/**
 * Each current example's score in the previous run, or null where it has none (`Eval.previousScore`).
 * Examples match by their input, normalised (normalize-text.ts): an example keeps its history
 * while others are added, removed or reordered and while the system prompt or its expected output
 * changes; one whose input was edited starts afresh. An input that occurs several times matches
 * in order: its first occurrence the previous run's first, and so on.
 */
export function matchPreviousScores(
  currentInputs: readonly string[],
  previous: readonly PreviousEval[],
): (number | null)[] {
  const queues = new Map<string, number[]>();
  for (const { prompt, score } of [...previous].sort((a, b) => a.position - b.position)) {
    const key = normalizeText(prompt);
    const queue = queues.get(key);
    if (queue) queue.push(score);
    else queues.set(key, [score]);
  }
  return currentInputs.map((input) => queues.get(normalizeText(input))?.shift() ?? null);
}

/** One evaluated example: its score, how it was scored, and its score in the previous run. */
export interface EvalOutcome {
  score: number;
  latencyMs: number;
  method: ScoringMethod;
  previousScore: number | null;
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const share = (outcomes: readonly EvalOutcome[], test: (o: EvalOutcome) => boolean) =>
  outcomes.filter(test).length / outcomes.length;

/**
 * The run's evalSummary, as the seed defines it: counts and means over every example, rates as
 * fractions in [0, 1], changes per example against the previous run. `scoringMethod` is the
 * method that scored most examples (LLM_JUDGE on a tie): a run whose judge failed on a few
 * examples is still a judged run, and those examples' reasoning says what happened.
 */
export function summarizeEvals(outcomes: readonly EvalOutcome[]): EvalSummary {
  if (outcomes.length === 0) throw new RangeError('an eval summary needs at least one eval');
  const changes = outcomes.map((o) => scoreChange(o.score, o.previousScore));
  const judged = outcomes.filter((o) => o.method === 'LLM_JUDGE').length;
  return {
    total: outcomes.length,
    avgScore: mean(outcomes.map((o) => o.score)),
    passRate: share(outcomes, (o) => isPass(o.score)),
    exactMatchRate: share(outcomes, (o) => isExactMatch(o.score)),
    avgLatencyMs: mean(outcomes.map((o) => o.latencyMs)),
    scoringMethod: judged * 2 >= outcomes.length ? 'LLM_JUDGE' : 'SIMILARITY',
    regressions: changes.filter((c) => c === 'regression').length,
    improvements: changes.filter((c) => c === 'improvement').length,
  };
}
