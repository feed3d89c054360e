import { setTimeout as sleep } from 'node:timers/promises';
import type { Orm } from '../src/db/orm.ts';
import type { Logger } from '../src/logger.ts';
import { WORKER_HEARTBEAT_MS } from '../src/domain/worker-liveness.ts';
import { claimJob } from '../src/queue/lease.ts';
import type { PubSub } from '../src/realtime/pubsub.ts';
import type { WorkerConfig } from './config.ts';
import { detectGpu } from './gpu.ts';
import { JobExecution, type ExecutionDeps } from './job-execution.ts';
import { heartbeat, markStopped, registerWorker, type WorkerIdentity } from './registry.ts';

export interface WorkerRuntimeOptions extends Omit<
  WorkerConfig,
  'workerId' | 'environment' | 'projectId' | 'trainerName'
> {
  identity: WorkerIdentity;
}

/**
 * Batches of up to 5,000 rows, written at least every 100 ms; 20,000 held before the trainer
 * waits. Each batch costs a transaction with its lease check whatever its size: 5,000-row
 * batches reach 81% of raw COPY's rows/s (bench/RESULTS.md, "Metric-point ingestion"); a live
 * stream's items are still at most 100 ms behind, as a quiet trainer's batches are small.
 */
export const INGEST_OPTIONS = { capacity: 20000, maxBatch: 5000, flushMs: 100 };

/** A worker runtime for a configuration read from the environment (loadWorkerConfig). */
export async function createWorkerRuntime(orm: Orm, pubsub: PubSub, logger: Logger, config: WorkerConfig) {
  const { workerId, environment, projectId, trainerName, ...options } = config;
  const gpu = await detectGpu();
  return new WorkerRuntime(orm, pubsub, logger, {
    ...options,
    identity: { id: workerId, environment, projectId, trainers: [trainerName], gpu },
  });
}

/**
 * A worker: registers, heartbeats, and claims and runs one job at a time until stopped. Used by
 * `npm run worker` and, on the embedded default, inside the API process.
 */
export class WorkerRuntime {
  private running = false;
  private loop: Promise<void> | undefined;
  private current: JobExecution | undefined;
  private wake: AbortController = new AbortController();
  private heartbeatTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly orm: Orm,
    private readonly pubsub: PubSub,
    private readonly logger: Logger,
    private readonly options: WorkerRuntimeOptions,
  ) {}

  async start(): Promise<void> {
    const { identity } = this.options;
    await registerWorker(this.orm.em.fork(), identity);
    this.running = true;
    this.heartbeatTimer = setInterval(() => {
      heartbeat(this.orm.em.fork(), identity.id, this.current ? 'busy' : 'idle').catch((error: unknown) =>
        this.logger.warn({ err: error }, 'heartbeat failed'),
      );
    }, WORKER_HEARTBEAT_MS);
    this.loop = this.claimLoop();
    this.logger.info({ workerId: identity.id, environment: identity.environment }, 'worker started');
  }

  /** Stops claiming; a running job checkpoints and goes back to the queue for another worker. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake.abort();
    this.current?.handBack();
    await this.loop;
    clearInterval(this.heartbeatTimer);
    await markStopped(this.orm.em.fork(), this.options.identity.id);
  }

  private executionDeps(): ExecutionDeps {
    const { identity, trainerCommand, workRoot, modelsDir, leaseMs, stopGraceMs, gpuHourUsd } = this.options;
    return {
      em: () => this.orm.em.fork(),
      pubsub: this.pubsub,
      logger: this.logger,
      workerId: identity.id,
      trainerCommand,
      workRoot,
      modelsDir,
      leaseMs,
      stopGraceMs,
      gpuHourUsd,
      ingest: INGEST_OPTIONS,
    };
  }

  private async claimLoop(): Promise<void> {
    const { identity, leaseMs, pollMs, loadsHuggingFace } = this.options;
    while (this.running) {
      try {
        const claimed = await claimJob(this.orm.em.fork(), {
          workerId: identity.id,
          environment: identity.environment,
          projectId: identity.projectId,
          leaseMs,
          loadsHuggingFace,
        });
        if (!claimed) {
          await sleep(pollMs, undefined, { signal: this.wake.signal }).catch(() => undefined);
          continue;
        }
        this.current = new JobExecution(this.executionDeps(), claimed.job, claimed.lease);
        // Stopped while the claim was in flight: the job goes straight back to the queue.
        if (!this.running) this.current.handBack();
        const outcome = await this.current.run();
        this.logger.info({ jobId: claimed.job.id, attempt: claimed.lease.attempt, outcome }, 'job finished here');
      } catch (error) {
        this.logger.error({ err: error }, 'worker loop error');
        await sleep(pollMs, undefined, { signal: this.wake.signal }).catch(() => undefined);
      } finally {
        this.current = undefined;
      }
    }
  }
}
