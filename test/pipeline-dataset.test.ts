import { describe, expect, it } from 'vitest';
import { MAX_VARIANTS_PER_EXAMPLE, augmentExamples } from '../src/pipeline/augment.ts';
import { compileSpec, formatPrompt } from '../src/pipeline/compile-spec.ts';
import { normalizeText } from '../src/pipeline/normalize-text.ts';

const spec = {
  systemPrompt: '  You answer support tickets in one short sentence.  ',
  examples: [
    { input: 'Where is my order?', expected: 'It ships within two days.' },
    { input: 'cancel my subscription', expected: 'Done: your subscription ends this month.' },
    { input: '{"ticket": 42, "text": "refund"}', expected: 'Your refund is on its way.' },
  ],
};

describe('compileSpec', () => {
  it('turns each example into a record with the system prompt, a blank line and the input', () => {
    const { records, bytes, tokenEstimate } = compileSpec(spec);
    expect(records).toEqual([
      {
        prompt: 'You answer support tickets in one short sentence.\n\nWhere is my order?',
        completion: 'It ships within two days.',
        provenance: { seedIndex: 0, method: 'seed' },
      },
      {
        prompt: 'You answer support tickets in one short sentence.\n\ncancel my subscription',
        completion: 'Done: your subscription ends this month.',
        provenance: { seedIndex: 1, method: 'seed' },
      },
      {
        prompt: 'You answer support tickets in one short sentence.\n\n{"ticket": 42, "text": "refund"}',
        completion: 'Your refund is on its way.',
        provenance: { seedIndex: 2, method: 'seed' },
      },
    ]);
    // 3 x 51 bytes of system prompt and blank line, plus the inputs and the completions.
    expect(bytes).toBe(3 * 51 + (18 + 22 + 32) + (25 + 40 + 26));
    expect(tokenEstimate).toBe(Math.ceil(bytes / 4));
  });

  it('uses the bare input when the spec has no system prompt', () => {
    expect(formatPrompt(null, 'Hi')).toBe('Hi');
    expect(formatPrompt('  \n ', 'Hi')).toBe('Hi');
    expect(compileSpec({ systemPrompt: null, examples: [{ input: 'Hi', expected: 'Hello' }] }).records[0]!.prompt).toBe(
      'Hi',
    );
  });

  it("puts augmented inputs after their example, with the example's completion and their provenance", () => {
    const { records } = compileSpec(spec, [
      { seedIndex: 1, input: 'please cancel it', method: 'llm', model: 'm1' },
      { seedIndex: 0, input: 'Task: Where is my order?', method: 'local:prefix' },
      { seedIndex: 1, input: 'Cancel my subscription', method: 'local:casing' },
    ]);
    expect(records.map((r) => [r.provenance, r.completion])).toEqual([
      [{ seedIndex: 0, method: 'seed' }, 'It ships within two days.'],
      [{ seedIndex: 0, method: 'local:prefix' }, 'It ships within two days.'],
      [{ seedIndex: 1, method: 'seed' }, 'Done: your subscription ends this month.'],
      [{ seedIndex: 1, method: 'llm', model: 'm1' }, 'Done: your subscription ends this month.'],
      [{ seedIndex: 1, method: 'local:casing' }, 'Done: your subscription ends this month.'],
      [{ seedIndex: 2, method: 'seed' }, 'Your refund is on its way.'],
    ]);
    expect(records[3]!.prompt).toBe(formatPrompt(spec.systemPrompt, 'please cancel it'));
  });

  it('rejects an augmented input that names no example of the spec', () => {
    expect(() => compileSpec(spec, [{ seedIndex: 3, input: 'x', method: 'llm' }])).toThrow(RangeError);
  });
});

describe('the local augmenter', () => {
  it('rewrites each example four ways by default, each transform once, rotating phrases by example', async () => {
    const { variants, shortfalls } = await augmentExamples(spec);
    expect(shortfalls).toEqual([]);
    expect(variants.filter((v) => v.seedIndex < 2)).toEqual([
      { seedIndex: 0, method: 'local:prefix', input: 'Please: Where is my order?' },
      { seedIndex: 0, method: 'local:casing', input: 'where is my order?' },
      { seedIndex: 0, method: 'local:punctuation', input: 'Where is my order' },
      { seedIndex: 0, method: 'local:template', input: 'Here is my input:\nWhere is my order?' },
      { seedIndex: 1, method: 'local:prefix', input: 'Task: cancel my subscription' },
      { seedIndex: 1, method: 'local:casing', input: 'Cancel my subscription' },
      { seedIndex: 1, method: 'local:punctuation', input: 'cancel my subscription.' },
      { seedIndex: 1, method: 'local:template', input: 'Consider the following.\ncancel my subscription' },
    ]);
  });

  it('leaves the characters of code and data alone, using phrases and templates only', async () => {
    const { variants } = await augmentExamples(spec);
    const structured = variants.filter((v) => v.seedIndex === 2);
    expect(structured.map((v) => v.method)).toEqual([
      'local:prefix',
      'local:template',
      'local:prefix',
      'local:template',
    ]);
    for (const variant of structured) expect(variant.input).toContain(spec.examples[2]!.input);
  });

  it('is deterministic, and never repeats an input or the example itself', async () => {
    const first = await augmentExamples(spec, { variantsPerExample: MAX_VARIANTS_PER_EXAMPLE });
    expect(await augmentExamples(spec, { variantsPerExample: MAX_VARIANTS_PER_EXAMPLE })).toEqual(first);
    expect(first.variants.filter((v) => v.seedIndex === 0)).toHaveLength(MAX_VARIANTS_PER_EXAMPLE);
    spec.examples.forEach((example, seedIndex) => {
      const inputs = first.variants.filter((v) => v.seedIndex === seedIndex).map((v) => normalizeText(v.input));
      expect(new Set([normalizeText(example.input), ...inputs]).size).toBe(inputs.length + 1);
    });
  });

  it('compiles into five records per example, each traceable to its example', async () => {
    const { variants } = await augmentExamples(spec);
    const { records } = compileSpec(spec, variants);
    expect(records).toHaveLength(spec.examples.length * 5);
    records.forEach((record, position) => {
      const seedIndex = Math.floor(position / 5);
      expect(record.provenance.seedIndex).toBe(seedIndex);
      expect(record.provenance.method).toMatch(position % 5 === 0 ? /^seed$/ : /^local:/);
      expect(record.completion).toBe(spec.examples[seedIndex]!.expected);
    });
  });

  it('refuses a variant count it cannot honour, and a concurrency below one', async () => {
    await expect(augmentExamples(spec, { concurrency: 0 })).rejects.toThrow(RangeError);
    await expect(augmentExamples(spec, { variantsPerExample: 0 })).rejects.toThrow(RangeError);
    await expect(augmentExamples(spec, { variantsPerExample: MAX_VARIANTS_PER_EXAMPLE + 1 })).rejects.toThrow(
      RangeError,
    );
  });
});
