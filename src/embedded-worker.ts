import type { App } from './app.ts';
import { loadWorkerConfig } from '../workers/config.ts';
import { detectGpu } from '../workers/gpu.ts';
import { WorkerRuntime } from '../workers/runtime.ts';

/**
 * On the embedded default the API process also runs the worker loop, so submitted jobs run with
 * nothing else installed (the trainer is still a child process). Returns null, with a warning,
 * when no trainer is configured.
 */
export async function startEmbeddedWorker(app: App): Promise<WorkerRuntime | null> {
  const { orm, pubsub, logger } = app.services;
  const config = loadWorkerConfig();
  if (!config.trainerCommand) {
    logger.warn('No TRAINYARD_TRAINER_COMMAND: jobs will wait in the queue until a worker with a trainer runs');
    return null;
  }
  const runtime = new WorkerRuntime(orm, pubsub, logger.child({ component: 'worker' }), {
    identity: {
      id: config.workerId,
      environment: config.environment,
      projectId: config.projectId,
      trainers: [config.trainerCommand.join(' ')],
      gpu: await detectGpu(),
    },
    trainerCommand: config.trainerCommand,
    workRoot: config.workRoot,
    leaseMs: config.leaseMs,
    pollMs: config.pollMs,
    stopGraceMs: config.stopGraceMs,
  });
  await runtime.start();
  return runtime;
}
