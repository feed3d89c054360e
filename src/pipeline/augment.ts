import type { CompilableSpec } from './compile-spec.ts';
import { askForVariants } from './llm-augmenter.ts';
import type { LlmClient } from './llm-client.ts';
import { localCandidates } from './local-augmenter.ts';
import { normalizeText } from './normalize-text.ts';
import type { AugmentationMethod, AugmentedInput } from './provenance.ts';

/**
 * Four new inputs per example: five records per example in all, enough variety for a small spec
 * (the seed's are about five examples) while keeping a default run's fine-tune short. It is also
 * one of each local transform.
 */
const DEFAULT_VARIANTS_PER_EXAMPLE = 4;
/** The local augmenter has at most ten distinct rewrites of an input. */
export const MAX_VARIANTS_PER_EXAMPLE = 10;
/** LLM requests in flight at once. */
const DEFAULT_CONCURRENCY = 4;
/** The longest input a spec example may have (src/domain/inputs/spec.ts). */
const MAX_INPUT_CHARS = 20_000;

export interface AugmentOptions {
  /** Asked first when given; local rewrites fill whatever it does not supply. */
  llm?: LlmClient | null;
  variantsPerExample?: number;
  concurrency?: number;
  signal?: AbortSignal;
}

/** An example the LLM did not fully augment, and why; local rewrites made up the difference. */
export interface AugmentShortfall {
  seedIndex: number;
  reason: string;
}

export interface AugmentResult {
  /** Grouped by example in spec order: ready for compileSpec. */
  variants: AugmentedInput[];
  shortfalls: AugmentShortfall[];
}

/**
 * New inputs for every example of the spec, each keeping the example's expected output. Every
 * input is trimmed and must be non-empty, at most four times as long as the example's input (at
 * least 1,000 and at most 20,000 characters), and differ, once normalised (normalize-text.ts),
 * from the example's input, its expected output and every input accepted before it.
 */
export async function augmentExamples(spec: CompilableSpec, options: AugmentOptions = {}): Promise<AugmentResult> {
  const count = options.variantsPerExample ?? DEFAULT_VARIANTS_PER_EXAMPLE;
  if (!Number.isInteger(count) || count < 1 || count > MAX_VARIANTS_PER_EXAMPLE) {
    throw new RangeError(`variantsPerExample must be an integer from 1 to ${MAX_VARIANTS_PER_EXAMPLE}, not ${count}`);
  }
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer, not ${concurrency}`);
  }
  const result: AugmentResult = { variants: [], shortfalls: [] };
  for (let start = 0; start < spec.examples.length; start += concurrency) {
    const indexes = spec.examples.slice(start, start + concurrency).map((_, offset) => start + offset);
    const augmented = await Promise.all(indexes.map((seedIndex) => augmentExample(spec, seedIndex, count, options)));
    for (const { variants, shortfall } of augmented) {
      result.variants.push(...variants);
      if (shortfall) result.shortfalls.push(shortfall);
    }
  }
  return result;
}

async function augmentExample(
  spec: CompilableSpec,
  seedIndex: number,
  count: number,
  { llm, signal }: AugmentOptions,
): Promise<{ variants: AugmentedInput[]; shortfall: AugmentShortfall | null }> {
  const example = spec.examples[seedIndex]!;
  const accepted = new AcceptedInputs(seedIndex, example.input, example.expected);
  let shortfall: AugmentShortfall | null = null;
  if (llm) {
    try {
      const inputs = await askForVariants(llm, spec.systemPrompt, example, count, signal);
      for (const input of inputs) {
        if (accepted.size < count) accepted.offer(input, 'llm', llm.model);
      }
      if (accepted.size < count) {
        shortfall = {
          seedIndex,
          reason: `${accepted.size} of ${count} inputs from the LLM were usable${accepted.why()}`,
        };
      }
    } catch (error) {
      if (signal?.aborted) throw error;
      shortfall = { seedIndex, reason: `the LLM failed: ${(error as Error).message}` };
    }
  }
  for (const candidate of localCandidates(example.input, seedIndex)) {
    if (accepted.size < count) accepted.offer(candidate.input, `local:${candidate.method}`);
  }
  return { variants: accepted.inputs, shortfall };
}

/** The checks of augmentExamples, and a tally of why inputs were turned away. */
class AcceptedInputs {
  readonly inputs: AugmentedInput[] = [];
  private readonly seen: Set<string>;
  private readonly rejected = new Map<string, number>();
  private readonly maxChars: number;

  constructor(
    private readonly seedIndex: number,
    private readonly seedInput: string,
    private readonly expected: string,
  ) {
    this.seen = new Set([normalizeText(seedInput)]);
    this.maxChars = Math.min(MAX_INPUT_CHARS, Math.max(1_000, 4 * seedInput.length));
  }

  get size(): number {
    return this.inputs.length;
  }

  offer(raw: string, method: AugmentationMethod, model?: string): void {
    const input = raw.trim();
    const problem = this.problemWith(input);
    if (problem) {
      this.rejected.set(problem, (this.rejected.get(problem) ?? 0) + 1);
      return;
    }
    this.seen.add(normalizeText(input));
    this.inputs.push({ seedIndex: this.seedIndex, input, method, ...(model === undefined ? {} : { model }) });
  }

  /** `; rejected: 1 empty, 2 duplicate`, or nothing when nothing was rejected. */
  why(): string {
    const tally = [...this.rejected].map(([problem, n]) => `${n} ${problem}`);
    return tally.length > 0 ? `; rejected: ${tally.join(', ')}` : '';
  }

  private problemWith(input: string): string | null {
    if (!input) return 'empty';
    if (input.length > this.maxChars) return `longer than ${this.maxChars} characters`;
    const key = normalizeText(input);
    if (key === normalizeText(this.seedInput)) return 'same as the example';
    if (key === normalizeText(this.expected)) return 'same as the expected output';
    if (this.seen.has(key)) return 'duplicate';
    return null;
  }
}
