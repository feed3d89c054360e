import type { LocalTransform } from './provenance.ts';

/**
 * The augmenter used when no LLM is configured: fixed, meaning-preserving rewrites of an input,
 * so the same spec always compiles to the same dataset. None of them adds, drops or reorders a
 * word of the input itself.
 *
 * - `prefix`: an instruction phrase in front ("Please: ", "Task: ", "Request: ", "Instruction: ").
 * - `casing`: the first character's case flipped ("Summarise this" <-> "summarise this").
 * - `punctuation`: trailing sentence punctuation (. ! ? …) removed, or a full stop added.
 * - `template`: the input set inside a wording that leaves it intact ("Here is my input:\n…").
 *
 * `casing` and `punctuation` change the input's own characters, which in code or data (anything
 * with { } [ ] < > = ; ` or \) can change its meaning, so they skip such inputs. Phrases and
 * templates rotate with the example's index, so a dataset does not repeat one wording throughout.
 */
export interface LocalCandidate {
  input: string;
  method: LocalTransform;
}

const PREFIXES = ['Please: ', 'Task: ', 'Request: ', 'Instruction: '];

const TEMPLATES: ((input: string) => string)[] = [
  (input) => `Here is my input:\n${input}`,
  (input) => `Consider the following.\n${input}`,
  (input) => `${input}\n\n(Answer as usual.)`,
  (input) => `Input follows.\n${input}`,
];

const STRUCTURED = /[{}[\]<>=;`\\]/;
const TRAILING_PUNCTUATION = /[.!?…]+$/u;

function flipFirstCase(input: string): string | null {
  if (STRUCTURED.test(input)) return null;
  const first = input.charAt(0);
  const flipped = first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase();
  return flipped === first ? null : flipped + input.slice(1);
}

function togglePunctuation(input: string): string | null {
  if (STRUCTURED.test(input)) return null;
  const body = input.trimEnd();
  if (!TRAILING_PUNCTUATION.test(body)) return `${body}.`;
  const stripped = body.replace(TRAILING_PUNCTUATION, '');
  return stripped.trim() ? stripped : null;
}

/**
 * Every local rewrite of `input`, in the order they are preferred: one of each transform first,
 * then the other phrases and templates. At most 2 + 4 + 4; callers deduplicate and take a prefix.
 */
export function localCandidates(input: string, seedIndex: number): LocalCandidate[] {
  const rotated = <T>(items: readonly T[], round: number): T => items[(seedIndex + round) % items.length]!;
  const candidates: (LocalCandidate | null)[] = [
    { input: rotated(PREFIXES, 0) + input, method: 'prefix' },
    withMethod(flipFirstCase(input), 'casing'),
    withMethod(togglePunctuation(input), 'punctuation'),
    { input: rotated(TEMPLATES, 0)(input), method: 'template' },
  ];
  for (let round = 1; round < Math.max(PREFIXES.length, TEMPLATES.length); round++) {
    candidates.push({ input: rotated(PREFIXES, round) + input, method: 'prefix' });
    candidates.push({ input: rotated(TEMPLATES, round)(input), method: 'template' });
  }
  return candidates.filter((candidate) => candidate !== null);
}

function withMethod(input: string | null, method: LocalTransform): LocalCandidate | null {
  return input === null ? null : { input, method };
}
