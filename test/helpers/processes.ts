import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { inject } from 'vitest';

export interface SpawnedProcess {
  child: ChildProcess;
  /** Everything it printed, for failure messages. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal?: NodeJS.Signals): void;
}

const running = new Set<ChildProcess>();

/** A line of a stack trace: what a failed start should not print for a reason the user can fix. */
export const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

export interface SpawnOptions {
  /** Its own process group, which `process.kill(-pid, signal)` signals as a terminal does (Ctrl-C). */
  ownProcessGroup?: boolean;
}

/** Starts a repository script as a real process; `stopAll` in afterAll reaps any left. */
export function spawnScript(
  script: string,
  env: Record<string, string | undefined>,
  { ownProcessGroup = false }: SpawnOptions = {},
): SpawnedProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: process.cwd(),
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: ownProcessGroup,
  });
  running.add(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit').then(([code, signal]) => {
    running.delete(child);
    return { code: code as number | null, signal: signal as NodeJS.Signals | null };
  });
  return { child, output: () => output, exited, kill: (signal = 'SIGTERM') => void child.kill(signal) };
}

export async function stopAll(): Promise<void> {
  await Promise.all(
    [...running].map(async (child) => {
      child.kill('SIGKILL');
      await once(child, 'exit').catch(() => undefined);
    }),
  );
}

const FIXTURE_TRAINER = 'node --import tsx test/fixtures/linear-trainer.ts';

/** A worker process on the run's database and Redis, running the protocol fixture trainer. */
export function spawnWorker(env: Record<string, string | undefined>, options?: SpawnOptions): SpawnedProcess {
  return spawnScript(
    'workers/main.ts',
    {
      DATABASE_URL: inject('databaseUrl'),
      REDIS_URL: inject('redisUrl'),
      TRAINYARD_KEY_PREFIX: inject('keyPrefix'),
      TRAINYARD_TRAINER_COMMAND: FIXTURE_TRAINER,
      TRAINYARD_POLL_MS: '100',
      ...env,
    },
    options,
  );
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** Polls `probe` until it returns a value, failing after `ms`. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  ms = 20_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
