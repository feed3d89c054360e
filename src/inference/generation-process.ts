import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import split2 from 'split2';
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

interface Waiting {
  resolve(generation: Generation): void;
  reject(error: Error): void;
}

/** How long a generation process gets to exit after its stdin closed. */
const EXIT_GRACE_MS = 5_000;

/**
 * A long-lived generation program (a trainer started with `--serve-generation`, PROTOCOL.md
 * "Generation"), so a model is loaded once and not per request, and its compute never blocks
 * the API's event loop. Started on first use; a process that dies fails what it was answering
 * and the next request starts a fresh one.
 */
export class GenerationProcess {
  private child: ChildProcess | undefined;
  private readonly waiting = new Map<string, Waiting>();

  constructor(
    private readonly command: readonly string[],
    private readonly logger: Logger,
  ) {}

  generate(request: GenerationRequest): Promise<Generation> {
    const child = this.child ?? this.spawn();
    const id = randomUUID();
    return new Promise<Generation>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
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

  private spawn(): ChildProcess {
    const [executable, ...args] = this.command;
    if (!executable) throw new Error('empty trainer command');
    const child = spawn(executable, [...args, '--serve-generation'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    child.stdout!.pipe(split2()).on('data', (line: string) => this.answer(line));
    child.stderr!.pipe(split2()).on('data', (line: string) => this.logger.warn({ line }, 'generation process'));
    child.stdin!.on('error', () => undefined); // reported by 'exit' below
    child.once('exit', (code, signal) => {
      if (this.child === child) this.child = undefined;
      const error = new Error(`the generation process exited (code ${code}, signal ${signal})`);
      for (const waiting of this.waiting.values()) waiting.reject(error);
      this.waiting.clear();
    });
    return child;
  }

  private answer(line: string): void {
    let reply: Reply;
    try {
      // A model's text can hold a NUL, which an eval could not store.
      reply = parseStorableJson(line) as Reply;
    } catch {
      this.logger.warn({ line }, 'generation process wrote a line that is not JSON');
      return;
    }
    const waiting = reply.id === null ? undefined : this.waiting.get(reply.id);
    if (!waiting) {
      this.logger.error({ reply }, 'generation process answered an unknown request');
      return;
    }
    this.waiting.delete(reply.id!);
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
