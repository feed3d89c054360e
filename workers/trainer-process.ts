import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { storable } from '../src/domain/storable-text.ts';
import { outputLines, type OutputLine } from './output-lines.ts';
import {
  cutText,
  MAX_LINE_CHARS,
  MAX_MESSAGE_CHARS,
  overlongLine,
  parseTrainerLine,
  type InvalidLine,
  type TrainerMessage,
} from './protocol.ts';

export interface TrainerHandlers {
  /** Awaited before the next line is read: a slow handler slows the trainer down (backpressure). */
  onMessage(message: TrainerMessage): Promise<void>;
  /**
   * Lines that are not protocol messages, and everything on stderr, kept as log lines; `invalid`
   * says why a stdout line is not a message.
   */
  onOutput(stream: 'stdout' | 'stderr', text: string, invalid?: InvalidLine): Promise<void>;
}

export interface TrainerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** A handler failure (a lost lease, say) that made the worker stop the trainer. */
  failure?: unknown;
}

/** Lines buffered between the pipe and the handler; past this the pipe fills and the trainer blocks. */
const LINE_BUFFER = 256;

function lineSink(handle: (line: OutputLine) => Promise<void>): Writable {
  return new Writable({
    objectMode: true,
    highWaterMark: LINE_BUFFER,
    write(line: OutputLine, _encoding, done) {
      handle(line).then(() => done(), done);
    },
  });
}

/**
 * A trainer child process speaking workers/trainers/PROTOCOL.md. `done` settles once the
 * process exited and every line it wrote was handled. When a handler fails, the trainer is
 * stopped, its remaining output drained unhandled, and the failure reported in `done`.
 */
export class TrainerProcess {
  readonly done: Promise<TrainerExit>;
  private readonly child: ChildProcess;
  private failure: unknown;

  constructor(
    command: readonly string[],
    jobFile: string,
    handlers: TrainerHandlers,
    private readonly stopGraceMs: number,
  ) {
    const [executable, ...args] = command;
    if (!executable) throw new Error('empty trainer command');
    // Its own process group: Ctrl-C in a terminal signals the whole foreground group, and a
    // trainer killed by that SIGINT lost every step since its last checkpoint. The worker stops
    // it the one way the protocol knows, SIGTERM (checkpoint, then exit).
    this.child = spawn(executable, [...args, '--job', jobFile], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    // Out of the worker's group, it would outlive a worker that exits without stopping it (a
    // second Ctrl-C, a crash), holding its GPU: it is killed on the worker's way out.
    const killOnExit = () => this.child.kill('SIGKILL');
    process.on('exit', killOnExit);
    const forget = () => process.off('exit', killOnExit);
    this.child.once('exit', forget).once('error', forget); // 'error': it never started
    const guarded = (handle: (line: OutputLine) => Promise<void>) => async (line: OutputLine) => {
      if (this.failure !== undefined) return;
      try {
        await handle(line);
      } catch (error) {
        this.failure = error;
        void this.stop(this.stopGraceMs);
      }
    };
    const stdout = pipeline(
      this.child.stdout!,
      outputLines(MAX_MESSAGE_CHARS),
      lineSink(
        guarded(async ({ text, cut }: OutputLine) => {
          if (cut === 0 && text.trim() === '') return;
          // A line over MAX_MESSAGE_CHARS is no message: it is kept as a console line, cut, and refused.
          const parsed = cut === 0 ? parseTrainerLine(text) : overlongLine(text, cut);
          if ('message' in parsed) await handlers.onMessage(parsed.message);
          else await handlers.onOutput('stdout', storable(cutText(text, MAX_LINE_CHARS, cut)), parsed);
        }),
      ),
    );
    const stderr = pipeline(
      this.child.stderr!,
      outputLines(MAX_LINE_CHARS),
      lineSink(
        guarded(({ text, cut }: OutputLine) =>
          handlers.onOutput('stderr', storable(cutText(text, MAX_LINE_CHARS, cut))),
        ),
      ),
    );
    const exited = once(this.child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    const spawnFailed = once(this.child, 'error').then(([error]) => {
      throw error;
    });
    this.done = Promise.race([
      Promise.all([exited, stdout, stderr]).then(([[code, signal]]) => ({ code, signal, failure: this.failure })),
      spawnFailed,
    ]);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /**
   * Asks the trainer to stop (SIGTERM: finish the step, checkpoint, exit), and kills it if it
   * has not exited after `graceMs`.
   */
  async stop(graceMs: number): Promise<TrainerExit> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    try {
      return await this.done;
    } finally {
      clearTimeout(timer);
    }
  }
}
