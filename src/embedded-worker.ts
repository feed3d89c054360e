import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { App } from './app.ts';
import { loadWorkerConfig } from '../workers/config.ts';
import { createWorkerRuntime, type WorkerRuntime } from '../workers/runtime.ts';

/**
 * On the embedded default the API process also runs the worker loop, with the configured trainer
 * (the built-in one unless TRAINYARD_TRAINER says otherwise; still a child process), so
 * submitted jobs and runs complete with nothing else installed.
 */
export async function startEmbeddedWorker(app: App): Promise<WorkerRuntime> {
  const { orm, pubsub, logger } = app.services;
  const workerId = process.env.TRAINYARD_WORKER_ID ?? (await embeddedWorkerId(app.services.config.dataDir));
  const config = loadWorkerConfig({ ...process.env, TRAINYARD_WORKER_ID: workerId });
  const runtime = await createWorkerRuntime(orm, pubsub, logger.child({ component: 'worker' }), config);
  await runtime.start();
  return runtime;
}

/**
 * The embedded worker's id, kept in the data directory (which one process holds at a time): each
 * restart is the same worker, where a new random id added a row to `workers` every time.
 */
async function embeddedWorkerId(dataDir: string): Promise<string> {
  const file = join(dataDir, 'worker-id');
  const kept = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (z.uuid().safeParse(kept).success) return kept;
  const id = randomUUID();
  await writeFile(file, id);
  return id;
}
