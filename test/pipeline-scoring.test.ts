import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import {
  matchPreviousScores,
  scoreChange,
  summarizeEvals,
  type EvalOutcome,
  type PreviousEval,
} from '../src/pipeline/eval-summary.ts';
import {
  EXACT_MATCH_THRESHOLD,
  PASS_THRESHOLD,
  isExactMatch,
  isPass,
  scoreAnswer,
  type ScoringMethod,
} from '../src/pipeline/scoring.ts';
import { similarity } from '../src/pipeline/similarity.ts';

const score = (a: string, b: string) => similarity(a, b).score;

describe('similarity', () => {
  it('scores identical texts 1, and ignores case, spacing and Unicode compatibility forms', () => {
    for (const text of ['Paris', 'The answer is 42.', '{"ok": true}', 'naïve café', '']) {
      expect(score(text, text)).toBe(1);
    }
    expect(score('The answer is 42.', '  the   ANSWER is 42.\n')).toBe(1);
    expect(score('ＡＢＣ 123', 'abc 123')).toBe(1);
  });

  it('scores texts with no character in common 0, and texts with no word in common by their characters alone', () => {
    expect(score('aaaa', 'bbbb')).toBe(0);
    expect(score('Paris', '')).toBe(0);
    // Same shape, no shared word: only coincidental characters (spaces, the a's) earn credit.
    const disjointWords = similarity('the cat sat', 'dog ran far');
    expect(disjointWords.tokenF1).toBe(0);
    expect(disjointWords.score).toBeCloseTo((1 - 7 / 11) / 2, 12); // 7 substitutions in 11 characters
  });

  it('is symmetric and stays within [0, 1] on random texts', () => {
    const rng = seedrandom('similarity-properties');
    const alphabet = 'abc de  .,!XYZ1é';
    const randomText = () =>
      Array.from({ length: Math.floor(rng() * 40) }, () => alphabet[Math.floor(rng() * alphabet.length)]).join('');
    for (let i = 0; i < 500; i++) {
      const [a, b] = [randomText(), randomText()];
      const forward = similarity(a, b);
      expect(similarity(b, a)).toEqual(forward);
      for (const value of [forward.score, forward.tokenF1, forward.characters]) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
  });

  it('falls strictly with every further edit', () => {
    const expected = 'the quick brown fox jumps over the lazy dog';
    const words = expected.split(' ');
    const scores = words.map((_, edits) =>
      score(expected, words.map((w, i) => (i < edits ? '9'.repeat(w.length) : w)).join(' ')),
    );
    scores.push(score(expected, words.map((w) => '9'.repeat(w.length)).join(' ')));
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]!);
    expect(scores[0]).toBe(1);
  });

  it('blends token F1 and character similarity equally, as documented', () => {
    // Words: expected {the, answer, is, 42}, actual {answer, 42}: F1 = 2*2/(4+2) = 2/3.
    // Characters: "the answer is 42" -> "answer: 42" is 7 edits over 16 characters.
    const measured = similarity('The answer is 42', 'Answer: 42');
    expect(measured.tokenF1).toBeCloseTo(2 / 3, 12);
    expect(measured.characters).toBeCloseTo(1 - 7 / 16, 12);
    expect(measured.score).toBeCloseTo((2 / 3 + 9 / 16) / 2, 12);
  });
});

describe('scoreAnswer without a judge', () => {
  it('scores by similarity, passes at the seed threshold and explains the score', async () => {
    const item = { systemPrompt: null, input: 'Capital of France?', expected: 'Paris', actual: 'Paris' };
    await expect(scoreAnswer(item)).resolves.toEqual({
      score: 1,
      passed: true,
      method: 'SIMILARITY',
      reasoning: 'Similarity 1.000: mean of token F1 1.000 and character similarity 1.000.',
    });
    const wrong = await scoreAnswer({ ...item, actual: 'Lyon' });
    expect(wrong.method).toBe('SIMILARITY');
    expect(wrong.passed).toBe(false);
    expect(wrong.score).toBe(score('Paris', 'Lyon'));
  });

  it('uses the seed thresholds exactly: pass at 0.7, exact match at 0.95', () => {
    expect([PASS_THRESHOLD, EXACT_MATCH_THRESHOLD]).toEqual([0.7, 0.95]);
    expect([isPass(0.7), isPass(0.6999)]).toEqual([true, false]);
    expect([isExactMatch(0.95), isExactMatch(0.9499)]).toEqual([true, false]);
  });
});

describe('comparison with the previous run', () => {
  it('counts a change of 0.1 or more as an improvement or regression, despite float rounding', () => {
    expect(0.3 - 0.2).toBeLessThan(0.1); // why the tolerance exists
    expect(scoreChange(0.3, 0.2)).toBe('improvement');
    expect(scoreChange(0.2, 0.3)).toBe('regression');
    expect(scoreChange(0.79, 0.7)).toBe('unchanged');
    expect(scoreChange(0.61, 0.7)).toBe('unchanged');
    expect(scoreChange(0.5, null)).toBe('new');
  });

  it('matches examples by normalised input, in order for repeated inputs, and leaves new ones null', () => {
    const previous: PreviousEval[] = [
      { position: 1, prompt: 'b', score: 0.5 },
      { position: 0, prompt: 'a', score: 0.9 },
      { position: 2, prompt: 'a', score: 0.3 },
      { position: 3, prompt: 'removed since', score: 1 },
    ];
    expect(matchPreviousScores(['a', '  b ', 'a', 'a', 'added since'], previous)).toEqual([0.9, 0.5, 0.3, null, null]);
    expect(matchPreviousScores(['a'], [])).toEqual([null]);
  });
});

describe('summarizeEvals', () => {
  const outcome = (
    score: number,
    latencyMs: number,
    previousScore: number | null,
    method: ScoringMethod = 'LLM_JUDGE',
  ): EvalOutcome => ({ score, latencyMs, previousScore, method });

  it("reproduces the seed's example summary: 5 examples, avg 0.82, pass rate 0.8, 3 improvements", () => {
    const summary = summarizeEvals([
      outcome(0.95, 100, 0.8), // +0.15: improvement
      outcome(0.9, 200, 0.9), // unchanged
      outcome(0.85, 300, 0.7), // +0.15: improvement
      outcome(0.75, 400, 0.6), // +0.15: improvement
      outcome(0.65, 500, 0.65), // unchanged, below the pass mark
    ]);
    expect(summary).toEqual({
      total: 5,
      avgScore: expect.closeTo(0.82, 12),
      passRate: 0.8,
      exactMatchRate: 0.2,
      avgLatencyMs: 300,
      scoringMethod: 'LLM_JUDGE',
      regressions: 0,
      improvements: 3,
    });
  });

  it('counts regressions and new examples, and names the method that scored most examples', () => {
    const summary = summarizeEvals([
      outcome(0.5, 10, 0.6, 'SIMILARITY'), // -0.1: regression
      outcome(0.95, 20, 0.75, 'SIMILARITY'), // +0.2: improvement
      outcome(0.2, 33, null), // new example: neither
    ]);
    expect(summary).toEqual({
      total: 3,
      avgScore: expect.closeTo(1.65 / 3, 12),
      passRate: 1 / 3,
      exactMatchRate: 1 / 3,
      avgLatencyMs: 21,
      scoringMethod: 'SIMILARITY',
      regressions: 1,
      improvements: 1,
    });
    expect(summarizeEvals([outcome(1, 1, null), outcome(1, 1, null, 'SIMILARITY')]).scoringMethod).toBe('LLM_JUDGE');
  });

  it('refuses to summarise no evals', () => {
    expect(() => summarizeEvals([])).toThrow(RangeError);
  });
});
