import { distance } from 'fastest-levenshtein';
import { normalizeText } from './normalize-text.ts';

/**
 * The SIMILARITY score of an answer against the expected output, in [0, 1]: the mean of
 *
 * - token F1: words (runs of letters and digits) as multisets, the harmonic mean of the share of
 *   the answer's words that are expected and the share of the expected words the answer has.
 *   Right words in any order; blind to punctuation and symbols.
 * - character similarity: 1 - Levenshtein distance / length of the longer text. Rewards the
 *   exact form, and scores answers that have no words at all (JSON, symbols).
 *
 * Both compare normalised, lower-cased text (normalize-text.ts), so case and spacing do not
 * count. Identical texts score 1, texts sharing no character 0, and texts sharing no word less
 * than 0.5, from characters that happen to line up: unrelated English sentences of similar length
 * scored 0.04 to 0.24 (mean 0.13, 28 pairs). The score is symmetric and falls as edits
 * accumulate. Two empty texts score 1.
 */
export interface Similarity {
  score: number;
  tokenF1: number;
  characters: number;
}

const comparable = (text: string) => normalizeText(text).toLowerCase();

const WORD = /[\p{L}\p{N}]+/gu;

function tokenF1(expected: string, actual: string): number {
  const expectedWords = expected.match(WORD) ?? [];
  const actualWords = actual.match(WORD) ?? [];
  if (expectedWords.length === 0 || actualWords.length === 0) {
    return expectedWords.length === actualWords.length ? 1 : 0;
  }
  const remaining = new Map<string, number>();
  for (const word of expectedWords) remaining.set(word, (remaining.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of actualWords) {
    const left = remaining.get(word) ?? 0;
    if (left > 0) {
      common++;
      remaining.set(word, left - 1);
    }
  }
  return (2 * common) / (expectedWords.length + actualWords.length);
}

function characterSimilarity(expected: string, actual: string): number {
  const longer = Math.max(expected.length, actual.length);
  return longer === 0 ? 1 : 1 - distance(expected, actual) / longer;
}

export function similarity(expected: string, actual: string): Similarity {
  const a = comparable(expected);
  const b = comparable(actual);
  const f1 = tokenF1(a, b);
  const characters = characterSimilarity(a, b);
  return { score: (f1 + characters) / 2, tokenF1: f1, characters };
}

/** The reasoning recorded with a SIMILARITY score. */
export function describeSimilarity({ score, tokenF1, characters }: Similarity): string {
  return `Similarity ${score.toFixed(3)}: mean of token F1 ${tokenF1.toFixed(3)} and character similarity ${characters.toFixed(3)}.`;
}
