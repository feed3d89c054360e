import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { outputLines, type OutputLine } from '../../workers/output-lines.ts';
import { cutText, MAX_LINE_CHARS, MAX_MESSAGE_CHARS } from '../../workers/protocol.ts';
import { parseStorableJson } from '../domain/storable-text.ts';
import type { Logger } from '../logger.ts';

export interface GenerationRequest {
  /** `key` identifies the model for the process's cache (its id); `config` has file:// URIs. */
  model: { key: string; config: Record<string, unknown> };
  prompt: string;
  maxTokens: number;
  temperature: number;
  /** Same seed, model and prompt: same text. */
  seed?: string;
}

export interface Generation {
  text: string;
  latencyMs: number;
  promptTokens: number;
  completionTokens: number;
}

type Reply = ({ id: string } & Generation) | { id: string | null; error: string };
/**
 * What a trainer reports on its way, in the trainer protocol (a base model it pretrains before
 * it can answer, an error it starts with): logged, never taken for an answer.
 */
type Report = { type: string; text?: string };

interface Waiting {
  resolve(generation: Generation): void;
  reject(error: Error): void;
}

/** How long a generation process gets to exit after its stdin closed. */
const EXIT_GRACE_MS = 5_000;

/**
 * How long a process with requests to answer may go without answering any before it counts as
 * hung and is killed (failing what it had; the next request starts a fresh one). It answers in
 * order, so one generation that never ends would hold every later one, evaluations included.
 */
const DEFAULT_SILENCE_LIMIT_MS = 5 * 60_000;

/**
 * A long-lived generation program (a trainer started with `--serve-generation`, PROTOCOL.md
 * "Generation"), so a model is loaded once and not per request, and its compute never blocks
 * the API's event loop. Started on first use; a process that dies fails what it was answering
 * and the next request starts a fresh one.
 */
export class GenerationProcess {
  private child: ChildProcess | undefined;
  private readonly waiting = new Map<string, Waiting>();
  /** Kills the process when it has been silent too long with requests waiting. */
  private watchdog: NodeJS.Timeout | undefined;

  constructor(
    private readonly command: readonly string[],
    private readonly logger: Logger,
    private readonly silenceLimitMs = DEFAULT_SILENCE_LIMIT_MS,
  ) {}

  /** Generates; `signal` (a run's stage being stopped or cancelled) gives up waiting for it. */
  generate(request: GenerationRequest, signal?: AbortSignal): Promise<Generation> {
    signal?.throwIfAborted();
    const child = this.child ?? this.spawn();
    const id = randomUUID();
    return new Promise<Generation>((resolve, reject) => {
      const giveUp = () => {
        // Its answer, when it comes, is for no one (answer() logs and drops it).
        this.settle(id);
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', giveUp, { once: true });
      const done = () => signal?.removeEventListener('abort', giveUp);
      this.waiting.set(id, {
        resolve: (generation) => (done(), resolve(generation)),
        reject: (error) => (done(), reject(error)),
      });
      // Counting from the first request waiting, not the last: requests keep coming to a hung process.
      if (!this.watchdog) this.watch();
      child.stdin!.write(`${JSON.stringify({ id, ...request })}\n`);
    });
  }

  async close(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.stdin!.end();
    const kill = setTimeout(() => child.kill('SIGKILL'), EXIT_GRACE_MS);
    await exited;
    clearTimeout(kill);
  }

  /** No longer waits for `id`; the watchdog stops once nothing is waiting. */
  private settle(id: string): Waiting | undefined {
    const waiting = this.waiting.get(id);
    this.waiting.delete(id);
    if (this.waiting.size === 0) {
      clearTimeout(this.watchdog);
      this.watchdog = undefined;
    }
    return waiting;
  }

  /** (Re)starts the silence countdown while something waits: an answer restarts it. */
  private watch(): void {
    clearTimeout(this.watchdog);
    const child = this.child;
    this.watchdog = setTimeout(() => {
      this.logger.error({ silenceLimitMs: this.silenceLimitMs }, 'generation process stopped answering; killing it');
      child?.kill('SIGKILL');
    }, this.silenceLimitMs);
  }

  private spawn(): ChildProcess {
    const [executable, ...args] = this.command;
    if (!executable) throw new Error('empty trainer command');
    const child = spawn(executable, [...args, '--serve-generation'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    // Lines split as a worker splits a trainer's: in linear time, each held to a bound.
    child.stdout!.pipe(outputLines(MAX_MESSAGE_CHARS)).on('data', ({ text, cut }: OutputLine) => {
      if (cut === 0) this.answer(text);
      else this.logger.warn({ line: cutText(text, MAX_LINE_CHARS, cut) }, 'generation process line too long to answer');
    });
    child
      .stderr!.pipe(outputLines(MAX_LINE_CHARS))
      .on('data', ({ text, cut }: OutputLine) =>
        this.logger.warn({ line: cutText(text, MAX_LINE_CHARS, cut) }, 'generation process'),
      );
    child.stdin!.on('error', () => undefined); // reported by 'exit' below
    child.once('exit', (code, signal) => {
      if (this.child === child) this.child = undefined;
      const error = new Error(`the generation process exited (code ${code}, signal ${signal})`);
      for (const id of [...this.waiting.keys()]) this.settle(id)!.reject(error);
    });
    return child;
  }

  private answer(line: string): void {
    let parsed: unknown;
    try {
      // A model's text can hold a NUL, which an eval could not store.
      parsed = parseStorableJson(line);
    } catch {
      this.logger.warn({ line }, 'generation process wrote a line that is not JSON');
      return;
    }
    // Any line shows the process at work.
    if (this.waiting.size > 0) this.watch();
    if (typeof parsed !== 'object' || parsed === null) {
      this.logger.warn({ line }, 'generation process wrote a line that is neither an answer nor a report');
      return;
    }
    if ('type' in parsed) {
      const report = parsed as Report;
      if (report.type === 'log') this.logger.info({ text: report.text }, 'generation process');
      else this.logger.warn({ report }, 'generation process reported');
      return;
    }
    const reply = parsed as Reply;
    const waiting = reply.id === null ? undefined : this.settle(reply.id);
    if (!waiting) {
      this.logger.warn({ id: reply.id }, 'generation process answered a request no one waits for (given up)');
      return;
    }
    if ('error' in reply) waiting.reject(new Error(reply.error));
    else
      waiting.resolve({
        text: reply.text,
        latencyMs: reply.latencyMs,
        promptTokens: reply.promptTokens,
        completionTokens: reply.completionTokens,
      });
  }
}
