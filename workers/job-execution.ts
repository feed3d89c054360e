import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { JobSchema, type Job } from '../src/db/entities/job.ts';
import { jobState } from '../src/domain/job-state.ts';
import type { Logger } from '../src/logger.ts';
import { appendJobEvent, publishJobStatus, transitionJob, type Transition } from '../src/queue/job-transitions.ts';
import { LeaseLostError, renewLease, withLease, type Lease } from '../src/queue/lease.ts';
import type { PubSub } from '../src/realtime/pubsub.ts';
import { JobIngest, type IngestOptions } from './ingest.ts';
import { completeJob } from './job-outcome.ts';
import { discardCheckpoint, prepareWorkspace, removeWorkspace } from './job-workspace.ts';
import type { InvalidLine, ResultMessage, TrainerMessage } from './protocol.ts';
import { TrainerProcess, type TrainerExit } from './trainer-process.ts';

/** Lease renewals that may wait for an answer at once (see keepLease). */
const RENEWALS_IN_FLIGHT = 3;

export interface ExecutionDeps {
  em: () => SqlEntityManager;
  pubsub: PubSub;
  logger: Logger;
  workerId: string;
  trainerCommand: readonly string[];
  workRoot: string;
  modelsDir: string;
  leaseMs: number;
  /** How long a stopping trainer gets to checkpoint before it is killed. */
  stopGraceMs: number;
  /** The price of the job's compute (`WorkerConfig.gpuHourUsd`). */
  gpuHourUsd: number | null;
  ingest: IngestOptions;
}

export type Outcome = 'completed' | 'failed' | 'handed-back' | 'lease-lost';

/**
 * Runs one claimed job to its end: workspace, trainer process, lease renewal, ingestion, and the
 * final transition. `handBack()`, called when the worker is asked to stop, makes the trainer
 * checkpoint and the job go back to the queue for another worker to resume.
 */
export class JobExecution {
  private trainer: TrainerProcess | undefined;
  private leaseLost = false;
  private handingBack = false;
  private result: ResultMessage | undefined;
  private trainerError: string | undefined;
  /** Why the trainer's last `result` line was refused, if one was. */
  private refusedResult: string | undefined;

  constructor(
    private readonly deps: ExecutionDeps,
    private readonly job: Job,
    private readonly lease: Lease,
  ) {}

  /** Asks the trainer to checkpoint and stop; the job returns to QUEUED. */
  handBack(): void {
    this.handingBack = true;
    void this.trainer?.stop(this.deps.stopGraceMs);
  }

  async run(): Promise<Outcome> {
    const outcome = await this.execute();
    if (await this.isOver(outcome)) {
      await removeWorkspace(this.deps.workRoot, this.job.id).catch(this.warnKept('working directory'));
    }
    return outcome;
  }

  /**
   * Whether no attempt will run this job again, so its working directory can go: it ended here,
   * or the lease was lost to a cancel (not to another worker, which may be resuming it from this
   * very directory on shared storage).
   */
  private async isOver(outcome: Outcome): Promise<boolean> {
    if (outcome === 'completed' || outcome === 'failed') return true;
    if (outcome === 'handed-back') return false;
    const current = await this.deps
      .em()
      .findOne(JobSchema, { id: this.job.id }, { fields: ['status'], disableIdentityMap: true });
    return current === null || jobState.isTerminal(current.status);
  }

  private async execute(): Promise<Outcome> {
    const { deps, job, lease } = this;
    const log = deps.logger.child({ jobId: job.id, attempt: lease.attempt });
    const ingest = new JobIngest(deps.em(), deps.pubsub, lease, job.projectId, deps.ingest);
    const stopRenewing = this.keepLease(log);
    try {
      // The claim is on the timeline even when this attempt only gives up: it moved the job.
      const resumeStep = job.lastCheckpointStep;
      await withLease(deps.em(), lease, (tx, current) =>
        appendJobEvent(tx, current, 'claimed', {
          from: lease.claimedFrom,
          to: 'RUNNING',
          workerId: deps.workerId,
          attempt: lease.attempt,
          resumeStep,
        }),
      );
      publishJobStatus(deps.pubsub, job, lease.claimedFrom);
      if (job.interruptions > job.maxRetries) {
        const cause = await lastFailure(deps.em(), job.id);
        return await this.finish(async (tx, current) =>
          transitionJob(tx, current, 'FAILED', {
            error:
              `Gave up after ${job.interruptions} interrupted attempt(s) (maxRetries ${job.maxRetries})` +
              (cause ? `; the last one failed: ${cause}` : ''),
          }),
        );
      }
      const jobFile = await prepareWorkspace(deps.em(), deps, job, lease);
      // The lease lost while preparing (a long download): another worker may run the job now.
      if (this.leaseLost) return 'lease-lost';
      // Asked to stop while claiming or preparing: there is no trainer to signal yet, and
      // starting one would hold the worker's shutdown for the whole job.
      if (this.handingBack) return await this.giveBack();
      this.trainer = new TrainerProcess(
        deps.trainerCommand,
        jobFile,
        {
          onMessage: (message) => this.handle(message, ingest),
          onOutput: (stream, text, invalid) => this.keepOutput(ingest, stream, text, invalid),
        },
        deps.stopGraceMs,
      );
      const exit = await this.trainer.done;
      if (exit.failure !== undefined) throw exit.failure;
      if (this.leaseLost) return 'lease-lost';
      await ingest.flush();
      // A trainer that reported its result, and no error, and exited cleanly finished the job,
      // even if it was asked to stop on the way out: there is nothing left to hand back.
      if (this.result && exit.code === 0 && this.trainerError === undefined) {
        const result = this.result;
        await this.finish((tx, current) => completeJob(tx, current, result, deps.gpuHourUsd));
        return 'completed';
      }
      if (this.handingBack) return await this.giveBack();
      const error = this.trainerError ?? this.exitError(exit);
      await this.finish((tx, current) => transitionJob(tx, current, 'FAILED', { error }));
      return 'failed';
    } catch (error) {
      if (error instanceof LeaseLostError) {
        log.warn('lease lost; stopping');
        await this.trainer?.stop(deps.stopGraceMs);
        return 'lease-lost';
      }
      // Anything else (a trainer that would not start, a workspace that could not be prepared,
      // a failed write) may go better on another attempt or worker: the job goes back to the
      // queue now, with the cause in its timeline, instead of once its lease ran out.
      log.error({ err: error }, 'attempt failed; handing the job back');
      // Its failure, if it is the trainer's, is the error handled here.
      await this.trainer?.stop(deps.stopGraceMs).catch(() => undefined);
      return await this.giveBack(
        { reason: 'attempt failed', error: error instanceof Error ? error.message : String(error) },
        { interrupted: true },
      );
    } finally {
      stopRenewing();
    }
  }

  /**
   * Puts the job back in the queue, for another worker to resume from its last checkpoint. A
   * worker stopping hands it back cleanly; a failed attempt counts against maxRetries.
   */
  private giveBack(
    why: { reason: string; error?: string } = { reason: 'worker stopping' },
    { interrupted = false } = {},
  ): Promise<Outcome> {
    return this.finish((tx, current) =>
      transitionJob(
        tx,
        current,
        'QUEUED',
        {
          workerId: null,
          leaseToken: null,
          leaseExpiresAt: null,
          interruptions: current.interruptions + (interrupted ? 1 : 0),
        },
        why,
      ),
    );
  }

  /** Why a job whose trainer ended without completing it failed, as its `error` says. */
  private exitError(exit: TrainerExit): string {
    const ended = `Trainer exited with ${exit.signal ?? `code ${exit.code}`}`;
    if (this.result) return `${ended} after reporting its result, which is discarded`;
    if (this.refusedResult) return `${ended}; its result was refused: ${this.refusedResult}`;
    return `${ended} before reporting a result`;
  }

  /**
   * A line of output kept as a log line. A stdout line meant as a message but not one is followed
   * by the worker's line saying why, so a refused metric or result does not vanish unexplained.
   */
  private async keepOutput(ingest: JobIngest, stream: 'stdout' | 'stderr', text: string, invalid?: InvalidLine) {
    await ingest.pushLog(stream, text);
    if (!invalid || invalid.claimedType === null) return;
    if (invalid.claimedType === 'result') this.refusedResult = invalid.invalid;
    await ingest.pushLog(
      'stderr',
      `[worker] the line above is not a valid "${invalid.claimedType}" message: ${invalid.invalid}`,
    );
  }

  private async handle(message: TrainerMessage, ingest: JobIngest): Promise<void> {
    switch (message.type) {
      case 'metric':
        return ingest.pushMetric(message);
      case 'log':
        return ingest.pushLog(message.stream, message.text);
      case 'phase':
        await ingest.pushLog('stdout', `[phase] ${message.phase}`);
        await withLease(this.deps.em(), this.lease, (tx, job) =>
          appendJobEvent(tx, job, 'phase', { phase: message.phase, ...message.detail }),
        );
        return;
      case 'checkpoint':
        // Points up to the checkpoint are durable before the checkpoint is: a resumed attempt
        // never leaves a hole before the step it resumes from.
        await ingest.flush();
        const superseded = await withLease(this.deps.em(), this.lease, async (tx, job) => {
          await tx.execute('update job set last_checkpoint_step = ?, checkpoint_uri = ? where id = ?', [
            message.step,
            message.uri,
            job.id,
          ]);
          await appendJobEvent(tx, job, 'checkpoint', {
            step: message.step,
            uri: message.uri,
            attempt: this.lease.attempt,
          });
          return job.checkpointUri;
        });
        // Only once the new checkpoint is durable: until then a resumed attempt needs the old one.
        if (superseded !== message.uri) {
          await discardCheckpoint(this.deps.workRoot, this.job.id, superseded).catch(
            this.warnKept('superseded checkpoint'),
          );
        }
        return;
      case 'result':
        this.result = message;
        return;
      case 'error':
        this.trainerError = message.message;
        await ingest.pushLog('stderr', message.message);
        return;
    }
  }

  /** A file left behind costs disk, not correctness: worth a warning, not the job. */
  private warnKept(what: string) {
    return (error: unknown) =>
      this.deps.logger.warn({ err: error, jobId: this.job.id }, `could not delete the job's ${what}`);
  }

  /** Final transition inside the lease, then the announcement. */
  private async finish(transition: (tx: SqlEntityManager, job: Job) => Promise<Transition>): Promise<Outcome> {
    const done = await withLease(this.deps.em(), this.lease, transition);
    publishJobStatus(this.deps.pubsub, done.job, done.previous);
    return done.job.status === 'COMPLETED' ? 'completed' : done.job.status === 'QUEUED' ? 'handed-back' : 'failed';
  }

  /**
   * Renews the lease every second (or third of the lease, if shorter). A renewal that finds the
   * lease gone (cancelled, or taken over after this worker stalled) stops the trainer at once.
   * So does a whole lease period without a renewal that went through, whether the renewals
   * failed or never answered (a network that drops packets leaves a query waiting for minutes):
   * another worker may own the job by then. The period counts from when the last good renewal
   * was sent, since that is when the database pushed the expiry forward from. At most
   * `RENEWALS_IN_FLIGHT` wait at once, so hung ones do not take every connection of the pool.
   */
  private keepLease(log: Logger): () => void {
    const { deps, lease } = this;
    let lastRenewalSent = Date.now();
    let inFlight = 0;
    const fence = (reason: string) => {
      if (this.leaseLost) return;
      log.info(`${reason}; stopping trainer`);
      this.leaseLost = true;
      void this.trainer?.stop(deps.stopGraceMs);
    };
    const timer = setInterval(
      () => {
        if (Date.now() - lastRenewalSent > deps.leaseMs) fence('no lease renewal went through for a lease period');
        // A renewal that waits on a dead connection may answer long after the network is back;
        // a few more, on other connections, let one go through as soon as it is.
        if (inFlight >= RENEWALS_IN_FLIGHT) return;
        inFlight += 1;
        const sentAt = Date.now();
        renewLease(deps.em(), lease, deps.leaseMs)
          .then(
            (held) => {
              if (held) lastRenewalSent = Math.max(lastRenewalSent, sentAt);
              else fence('lease gone (cancelled or taken over)');
            },
            (error: unknown) => log.warn({ err: error }, 'lease renewal failed'),
          )
          .finally(() => (inFlight -= 1));
      },
      Math.min(1000, Math.floor(deps.leaseMs / 3)),
    );
    return () => clearInterval(timer);
  }
}

/** The error of the job's last attempt that failed and was handed back, if one did. */
async function lastFailure(em: SqlEntityManager, jobId: string): Promise<string | null> {
  const [row] = await em.execute<{ error: string }[]>(
    `select payload->>'error' as error from job_event
     where job_id = ? and kind = 'queued' and payload->>'error' is not null order by seq desc limit 1`,
    [jobId],
  );
  return row?.error ?? null;
}
