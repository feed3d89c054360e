import type { Run } from '../db/entities/run.ts';
import type { Logger } from '../logger.ts';
import type { PubSub, Subscription } from '../realtime/pubsub.ts';
import type { Topics } from '../realtime/topics.ts';
import { RunLeaseLostError } from './pipeline-lease.ts';

/**
 * Aborts a stage as soon as the bus says its run was cancelled. The lease renewal notices only at
 * its next turn, a third of the lease later (10 s by default), and a long stage (an LLM call per
 * example) would spend that on a run nothing will use; the renewal stays the backstop for a
 * message the bus misses (away, or not yet listening).
 *
 * One subscription per project, kept while the drivers run: a stage neither waits for the bus
 * nor subscribes and unsubscribes for itself, so stages started while Redis is away do not pile
 * up subscriptions waiting for it.
 */
export class RunCancellations {
  /** The stages in flight, by run id. */
  private readonly stages = new Map<string, AbortController>();
  private readonly projects = new Map<string, Promise<Subscription<Topics['runStatus']>>>();
  private closed = false;

  constructor(
    private readonly pubsub: PubSub,
    private readonly logger: Logger,
  ) {}

  /** Aborts `stage` with RunLeaseLostError when `run` is cancelled; returns what stops watching. */
  watch(run: Run, stage: AbortController): () => void {
    this.stages.set(run.id, stage);
    if (!this.closed && !this.projects.has(run.projectId)) this.listen(run.projectId);
    return () => {
      if (this.stages.get(run.id) === stage) this.stages.delete(run.id);
    };
  }

  /**
   * Stops listening, for when the drivers have stopped. It does not wait for the bus: a
   * subscription is let go once confirmed, and one never confirmed fails when the bus closes.
   */
  close(): void {
    this.closed = true;
    for (const subscribed of this.projects.values()) {
      void subscribed.then((changes) => changes.return?.()).catch(() => undefined);
    }
    this.projects.clear();
  }

  private listen(projectId: string): void {
    const subscribed = this.pubsub.subscribe('runStatus', projectId);
    this.projects.set(projectId, subscribed);
    void (async () => {
      for await (const change of await subscribed) {
        if (change.status === 'CANCELLED') this.stages.get(change.id)?.abort(new RunLeaseLostError(change.id));
      }
    })()
      .catch((error: unknown) => {
        if (!this.closed) this.logger.warn({ err: error, projectId }, 'stopped listening for runs being cancelled');
      })
      .finally(() => {
        // The project's next stage listens again.
        if (this.projects.get(projectId) === subscribed) this.projects.delete(projectId);
      });
  }
}
