import { pino } from 'pino';
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

/** One that reports progress, as a trainer pretraining its base model first does, then answers. */
const REPORTS_THEN_ANSWERS = `
  require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => {
    const { id } = JSON.parse(line);
    console.log(JSON.stringify({ type: 'log', text: 'pretraining: step 1' }));
    console.log(JSON.stringify({ type: 'error', message: 'a warning it started with' }));
    console.log('1');
    console.log(JSON.stringify({ id, text: 'pong', latencyMs: 1, promptTokens: 1, completionTokens: 1 }));
  });
`;

/** One that reads every request and answers none (a hung model). */
const NEVER_ANSWERS = `process.stdin.resume();`;

// `--` hands the `--serve-generation` that follows to the program, not to node.
const program = (source: string) => [process.execPath, '-e', source, '--'];
const request = { model: { key: 'm', config: {} }, prompt: 'ping', maxTokens: 4, temperature: 0 };
const logger = createLogger('silent');
const processes: GenerationProcess[] = [];
const started = (source: string, silenceLimitMs?: number) => {
  const generation = new GenerationProcess(program(source), logger, silenceLimitMs);
  processes.push(generation);
  return generation;
};
afterAll(() => Promise.all(processes.map((generation) => generation.close())));

describe('a generation process', () => {
  it('logs what the process reports on its way as its own lines, not as answers', async () => {
    const lines: { level: number; msg: string; text?: string }[] = [];
    const recording = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const generation = new GenerationProcess(program(REPORTS_THEN_ANSWERS), recording);
    processes.push(generation);
    expect((await generation.generate(request)).text).toBe('pong');
    expect(lines.map(({ msg, text }) => ({ msg, text }))).toEqual([
      { msg: 'generation process', text: 'pretraining: step 1' },
      { msg: 'generation process reported', text: undefined },
      { msg: 'generation process wrote a line that is neither an answer nor a report', text: undefined },
    ]);
  });

  it('keeps a NUL in the generated text as U+FFFD, since the text is stored as an eval', async () => {
    const generated = await started(ANSWERS_NUL).generate(request);
    expect(generated).toEqual({ text: 'a\uFFFDb', latencyMs: 1, promptTokens: 1, completionTokens: 2 });
  });

  it('gives up waiting when its signal aborts, as a cancelled run does', async () => {
    const abort = new AbortController();
    const waiting = started(NEVER_ANSWERS).generate(request, abort.signal);
    abort.abort(new Error('run cancelled'));
    await expect(waiting).rejects.toThrow('run cancelled');
  });

  it('kills a process that stops answering, failing what it had; the next request starts a fresh one', async () => {
    const generation = started(NEVER_ANSWERS, 300);
    await expect(generation.generate(request)).rejects.toThrow(
      'the generation process exited (code null, signal SIGKILL)',
    );
    await expect(generation.generate(request)).rejects.toThrow('signal SIGKILL');
  });
});
