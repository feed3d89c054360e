import { afterAll, describe, expect, it } from 'vitest';
import { GenerationProcess } from '../src/inference/generation-process.ts';
import { createLogger } from '../src/logger.ts';

/** A generation program that answers every request with a text holding a NUL (a broken model's output). */
const ANSWERS_NUL = `
  require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => {
    const { id } = JSON.parse(line);
    console.log(JSON.stringify({ id, text: 'a\\u0000b', latencyMs: 1, promptTokens: 1, completionTokens: 2 }));
  });
`;

// `--` hands the `--serve-generation` that follows to the program, not to node.
const generation = new GenerationProcess([process.execPath, '-e', ANSWERS_NUL, '--'], createLogger('warn'));
afterAll(() => generation.close());

describe('a generation process', () => {
  it('keeps a NUL in the generated text as U+FFFD, since the text is stored as an eval', async () => {
    const generated = await generation.generate({
      model: { key: 'm', config: {} },
      prompt: 'ping',
      maxTokens: 4,
      temperature: 0,
    });
    expect(generated).toEqual({ text: 'a\uFFFDb', latencyMs: 1, promptTokens: 1, completionTokens: 2 });
  });
});
