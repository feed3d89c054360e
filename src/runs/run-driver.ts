import { setTimeout as sleep } from 'node:timers/promises';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Run, RunStatus } from '../db/entities/run.ts';
import type { Logger } from '../logger.ts';
import { createLlmClient, type LlmClient } from '../pipeline/llm-client.ts';
import type { Services } from '../services.ts';
import {
  claimRun,
  releaseRun,
  renewRunLease,
  RunLeaseLostError,
  withRunLease,
  type RunLease,
} from './pipeline-lease.ts';
import { RunCancellations } from './run-cancellations.ts';
import { publishRunStatus, transitionRun } from './run-transitions.ts';
import { awaitTraining } from './stages/await-training.ts';
import { evaluateRun } from './stages/evaluate-run.ts';
import { prepareRun } from './stages/prepare-run.ts';
import type { StageContext, StageOutcome } from './stages/stage.ts';

const STAGES: Partial<Record<RunStatus, (context: StageContext) => Promise<StageOutcome>>> = {
  PREPARING: prepareRun,
  TRAINING: awaitTraining,
  EVALUATING: evaluateRun,
};

/** How often an idle driver looks for a run that needs it. */
const IDLE_POLL_MS = 500;
/** A stage that failed (or was interrupted) this many times fails its run. */
export const MAX_STAGE_ATTEMPTS = 3;
/** Wait before trying a failed stage again, by attempt. */
const RETRY_DELAYS_MS = [2_000, 10_000];

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Advances runs through PREPARING -> TRAINING -> EVALUATING -> COMPLETED from durable state
 * (`run_pipeline`), never from an in-memory promise: every API process runs a few drivers, each
 * claims one due run at a time under a lease it renews, does one stage, and gives the run back
 * with the time it wants to see it again. A process that dies loses its leases; another driver
 * takes the run over where the database says it is.
 */
export class RunDriver {
  private readonly stopping = new AbortController();
  private readonly loops: Promise<void>[] = [];
  private readonly llm: LlmClient | null;
  private readonly logger: Logger;
  private readonly cancellations: RunCancellations;

  constructor(
    private readonly services: Services,
    private readonly options: { concurrency: number; leaseMs: number },
  ) {
    this.logger = services.logger.child({ component: 'run-driver' });
    this.llm = services.config.llm ? createLlmClient(services.config.llm, { logger: this.logger }) : null;
    this.cancellations = new RunCancellations(services.pubsub, this.logger);
  }

  start(): void {
    for (let i = 0; i < this.options.concurrency; i++) this.loops.push(this.loop());
  }

  /** Finishes or abandons each driver's current stage and gives its run back for another process. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await Promise.all(this.loops);
    this.cancellations.close();
  }

  private async loop(): Promise<void> {
    const { signal } = this.stopping;
    while (!signal.aborted) {
      let claim: Awaited<ReturnType<typeof claimRun>> = null;
      try {
        claim = await claimRun(this.services.orm.em.fork(), this.options.leaseMs);
      } catch (error) {
        this.logger.error({ err: error }, 'could not claim a run');
      }
      // A claim that came back after the stop began is given back untouched: a stage started now
      // would never hear of the stop, and the process would wait for all of it.
      if (claim && signal.aborted) await this.giveBack(claim.lease);
      else if (claim) await this.drive(claim.run, claim.lease);
      else await sleep(IDLE_POLL_MS, undefined, { signal }).catch(() => undefined);
    }
  }

  private async drive(run: Run, lease: RunLease): Promise<void> {
    const em = this.services.orm.em.fork();
    const stage = STAGES[run.status]!;
    const abort = new AbortController();
    const onStop = () => abort.abort(new Error('the run driver is stopping'));
    this.stopping.signal.addEventListener('abort', onStop);
    const renewal = setInterval(() => {
      renewRunLease(em.fork(), lease, this.options.leaseMs).then(
        (held) => held || abort.abort(new RunLeaseLostError(run.id)),
        (error: unknown) => this.logger.warn({ err: error, runId: run.id }, 'could not renew a run lease'),
      );
    }, this.options.leaseMs / 3);
    const unwatch = this.cancellations.watch(run, abort);
    try {
      if (lease.attempts >= MAX_STAGE_ATTEMPTS) {
        await this.failRun(em, lease, `${run.status} did not finish in ${lease.attempts} attempts (interrupted)`);
        return;
      }
      const outcome = await stage({ services: this.services, em, run, lease, llm: this.llm, signal: abort.signal });
      if (outcome.next !== 'done') {
        const delay = outcome.next === 'later' ? outcome.afterMs : 0;
        await releaseRun(em, lease, new Date(Date.now() + delay));
      }
    } catch (error) {
      // An aborted stage throws whatever its LLM client made of the abort; why it was aborted
      // (the lease lost, the driver stopping) is what decides what follows.
      const cause = abort.signal.aborted ? abort.signal.reason : error;
      await this.afterFailure(em, run, lease, cause).catch((failure: unknown) =>
        this.logger.error({ err: failure, runId: run.id }, 'could not record a run failure'),
      );
    } finally {
      unwatch();
      clearInterval(renewal);
      this.stopping.signal.removeEventListener('abort', onStop);
    }
  }

  private async giveBack(lease: RunLease): Promise<void> {
    await releaseRun(this.services.orm.em.fork(), lease, new Date()).catch((error: unknown) =>
      this.logger.warn(
        { err: error, runId: lease.runId },
        'could not give a run back; it is taken over once its lease expires',
      ),
    );
  }

  /** A stage threw: nothing to do if the run was cancelled or taken over; else retry, then fail. */
  private async afterFailure(em: SqlEntityManager, run: Run, lease: RunLease, error: unknown): Promise<void> {
    if (error instanceof RunLeaseLostError) return;
    if (this.stopping.signal.aborted) {
      await releaseRun(em, lease, new Date());
      return;
    }
    const attempt = lease.attempts + 1;
    const message = `${run.status} failed: ${messageOf(error)}`;
    this.logger.warn({ err: error, runId: run.id, attempt }, 'run stage failed');
    if (attempt >= MAX_STAGE_ATTEMPTS) {
      await this.failRun(em, lease, `${message} (attempt ${attempt} of ${MAX_STAGE_ATTEMPTS})`);
    } else {
      await releaseRun(em, lease, new Date(Date.now() + RETRY_DELAYS_MS[attempt - 1]!), message);
    }
  }

  private async failRun(em: SqlEntityManager, lease: RunLease, error: string): Promise<void> {
    const transition = await withRunLease(em, lease, (tx, locked) => transitionRun(tx, locked, 'FAILED', { error }));
    publishRunStatus(this.services.pubsub, transition.run, transition.previous);
  }
}
