import type { SpecSnapshot } from '../db/entities/run.ts';
import { estimateTokens } from '../domain/token-estimate.ts';
import type { AugmentedInput, Provenance } from './provenance.ts';

/**
 * The dataset format a behaviour spec compiles to: one `{ prompt, completion, provenance }`
 * record per training pair.
 *
 * - `prompt` is `formatPrompt(systemPrompt, input)`: the spec's system prompt (trimmed), a
 *   blank line, then the input verbatim; just the input when the spec has no system prompt.
 * - `completion` is the example's `expected` output, verbatim.
 * - `provenance` is `{ seedIndex, method: 'seed' }` for the spec's own example and
 *   `{ seedIndex, method: 'llm' | 'local:<transform>', model? }` for an augmented input.
 *
 * Records come example by example: example 0, then its augmented inputs in the order given, then
 * example 1, and so on. The same snapshot and variants always give the same records.
 */
export interface CompiledRecord {
  prompt: string;
  completion: string;
  provenance: Provenance;
}

export interface CompiledDataset {
  records: CompiledRecord[];
  /** UTF-8 bytes of every prompt and completion, as for an uploaded dataset. */
  bytes: number;
  tokenEstimate: number;
}

export type CompilableSpec = Pick<SpecSnapshot, 'systemPrompt' | 'examples'>;

/**
 * The prompt a model is trained on and, at evaluation time, asked with: evaluate with this very
 * function, or the fine-tuned model sees a prompt it never learned.
 */
export function formatPrompt(systemPrompt: string | null, input: string): string {
  const instructions = systemPrompt?.trim();
  return instructions ? `${instructions}\n\n${input}` : input;
}

export function compileSpec(spec: CompilableSpec, variants: readonly AugmentedInput[] = []): CompiledDataset {
  const variantsBySeed = new Map<number, AugmentedInput[]>();
  for (const variant of variants) {
    const { seedIndex } = variant;
    if (!Number.isInteger(seedIndex) || seedIndex < 0 || seedIndex >= spec.examples.length) {
      throw new RangeError(`augmented input names example ${seedIndex}; the spec has ${spec.examples.length}`);
    }
    const group = variantsBySeed.get(seedIndex);
    if (group) group.push(variant);
    else variantsBySeed.set(seedIndex, [variant]);
  }
  const records = spec.examples.flatMap((example, seedIndex): CompiledRecord[] => {
    const record = (input: string, provenance: Provenance): CompiledRecord => ({
      prompt: formatPrompt(spec.systemPrompt, input),
      completion: example.expected,
      provenance,
    });
    return [
      record(example.input, { seedIndex, method: 'seed' }),
      ...(variantsBySeed.get(seedIndex) ?? []).map((variant) =>
        record(variant.input, {
          seedIndex,
          method: variant.method,
          ...(variant.model === undefined ? {} : { model: variant.model }),
        }),
      ),
    ];
  });
  const bytes = records.reduce((sum, r) => sum + Buffer.byteLength(r.prompt) + Buffer.byteLength(r.completion), 0);
  return { records, bytes, tokenEstimate: estimateTokens(bytes) };
}
