import type { App } from './app.ts';
import { loadWorkerConfig } from '../workers/config.ts';
import { createWorkerRuntime, type WorkerRuntime } from '../workers/runtime.ts';

/**
 * On the embedded default the API process also runs the worker loop, with the built-in trainer
 * (still a child process), so submitted jobs and runs complete with nothing else installed.
 */
export async function startEmbeddedWorker(app: App): Promise<WorkerRuntime> {
  const { orm, pubsub, logger } = app.services;
  const runtime = await createWorkerRuntime(orm, pubsub, logger.child({ component: 'worker' }), loadWorkerConfig());
  await runtime.start();
  return runtime;
}
