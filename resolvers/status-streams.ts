import type { EntitySchema } from '@mikro-orm/core';
import { Repeater } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { Context } from '../src/context.ts';
import { JobSchema, type Job, type JobStatus } from '../src/db/entities/job.ts';
import { RunSchema, type Run, type RunStatus } from '../src/db/entities/run.ts';
import { jobState } from '../src/domain/job-state.ts';
import { StreamBehindError, ValidationError } from '../src/domain/errors.ts';
import { runState } from '../src/domain/run-state.ts';
import { boundedBacklog } from '../src/realtime/bounded-backlog.ts';
import { stoppable, whenStopped } from '../src/realtime/stoppable.ts';
import { RECHECK_MS, ticks } from '../src/realtime/ticks.ts';
import type { StatusChange } from '../src/realtime/topics.ts';
import { getInProject, projectIdOf } from './scope.ts';
import { getLiveSpec } from './specs.ts';

/**
 * How many of the entities it showed a project's stream remembers: to tell a creation
 * announcement that came late (one comes moments after its commit: a few hundred are plenty), and
 * to reread those not over.
 */
const RECENTLY_SENT_KEPT = 256;

/**
 * Changes a stream holds for a reader that stopped reading (its client does not read its socket):
 * one more ends the stream with RATE_LIMITED, after them. A change is a couple of hundred bytes.
 */
export const MAX_UNREAD_CHANGES = 1000;

export interface StatusEvent<T, S extends string> {
  entity: T;
  status: S;
  previousStatus: S | null;
  at: Date;
}

/** What a stream last showed of one entity, and until when that showed it. */
interface Shown<S> {
  status: S;
  /**
   * A message of a change from before then is stale, however late it comes (Redis sends what it
   * held back in an outage after the reread that made up for it).
   */
  until: number;
}

/**
 * Follows status changes of a project's runs or jobs. Subscribes to live events first, then, when
 * following one entity, emits its current status (so a change between loading a page and
 * subscribing is never missed) and completes once it reaches a terminal status. Every few seconds
 * it rereads what it follows that is not over (the one entity, or the last RECENTLY_SENT_KEPT a
 * project's stream showed), so a change whose message was lost (a Redis outage) still comes, from
 * the status shown before and at the time it was found. A project's stream cannot reread what it
 * never showed: a run or job created and changed while Redis lost its messages is missed. Each
 * event is loaded in a fresh EM fork, so it shows the row as committed. Leaving ends it at once
 * (`stoppable`). A reader that stops reading is held MAX_UNREAD_CHANGES changes of what it
 * follows; one more ends the stream, after them, with a StreamBehindError as its last event.
 */
function followStatus<T extends { id: string; status: S }, S extends string>(
  ctx: Context,
  topic: 'runStatus' | 'jobStatus',
  schema: EntitySchema<T, never>,
  isTerminal: (status: S) => boolean,
  matches: (change: StatusChange<S> & { specId?: string }) => boolean,
  entityId: string | undefined,
): AsyncIterableIterator<StatusEvent<T, S> | StreamBehindError> {
  return stoppable(async function* (stopped) {
    const projectId = projectIdOf(ctx);
    // Live first (confirmed), then the snapshot: no change can fall between the two.
    const subscription = (await ctx.services.pubsub.subscribe(topic, projectId)) as AsyncIterableIterator<
      StatusChange<S>
    >;
    const live = boundedBacklog(
      subscription,
      matches,
      MAX_UNREAD_CHANGES,
      () => new StreamBehindError(MAX_UNREAD_CHANGES),
    );
    const signals = Repeater.merge([live, ticks(RECHECK_MS)]);
    whenStopped(stopped, () => signals.return?.());
    const load = (ids: string[]) =>
      ctx.em.fork().find(schema, { id: { $in: ids }, projectId } as never) as Promise<T[]>;
    const shown = new LRUCache<string, Shown<S>>({ max: entityId ? 1 : RECENTLY_SENT_KEPT });
    try {
      if (entityId) {
        const until = Date.now();
        const [current] = await load([entityId]);
        if (!current) return;
        shown.set(entityId, { status: current.status, until });
        yield { entity: current, status: current.status, previousStatus: null, at: new Date() };
        if (isTerminal(current.status)) return;
      }
      for await (const signal of signals) {
        if ('kind' in signal) {
          // A tick: reread what is not over, for a change whose message never came.
          const ids = [...shown.entries()].filter(([, seen]) => !isTerminal(seen.status)).map(([id]) => id);
          if (ids.length === 0) continue;
          const readAt = Date.now();
          for (const current of await load(ids)) {
            const before = shown.get(current.id)!;
            shown.set(current.id, { status: current.status, until: readAt });
            if (current.status === before.status) continue;
            yield { entity: current, status: current.status, previousStatus: before.status, at: new Date(readAt) };
            if (entityId && isTerminal(current.status)) return;
          }
          continue;
        }
        const change = signal;
        const before = shown.get(change.id);
        if (before && (change.status === before.status || Date.parse(change.at) <= before.until)) continue;
        // A creation announcement is published after its commit, and can arrive after the next
        // change (a worker claiming a new job at once). It is stale once the snapshot, or a
        // change of the same entity, was shown.
        if (change.previousStatus === null && before) continue;
        const [entity] = await load([change.id]);
        if (!entity) continue;
        shown.set(change.id, { status: change.status, until: Math.max(before?.until ?? 0, Date.parse(change.at)) });
        yield { entity, status: change.status, previousStatus: change.previousStatus, at: new Date(change.at) };
        if (entityId && isTerminal(change.status)) return;
      }
    } catch (error) {
      // Its last event: the field's resolver answers it as the error it is (`eventOrThrow`).
      if (!(error instanceof StreamBehindError)) throw error;
      yield error;
    } finally {
      // The subscription too: a repeater never read (a stream that ended at its snapshot) never
      // ran the code that would return it.
      await Promise.all([signals.return?.(), live.return?.(), subscription.return?.()]);
    }
  });
}

/** A status stream's event, or, last, the error that ended it, thrown to be the subscriber's answer. */
export function eventOrThrow<E>(event: E | StreamBehindError): E {
  if (event instanceof StreamBehindError) throw event;
  return event;
}

/** A run, a spec or a job that a stream names must exist: a mistyped id is NOT_FOUND, not a silent stream. */
export async function followRunStatus(ctx: Context, filter: { runId?: string | null; specId?: string | null }) {
  const run = filter.runId ? await getInProject(ctx, RunSchema, filter.runId, 'Run') : null;
  // A deleted spec is gone for the API, as for `spec(id:)`: its runs stay readable by run id.
  if (filter.specId) await getLiveSpec(ctx, filter.specId);
  // Both: the run of that spec. Another spec's run could never match, and the stream's snapshot
  // of it would show it all the same.
  if (run && filter.specId && run.specId !== filter.specId) {
    throw ValidationError.field('specId', "is not the spec of runId's run");
  }
  return followStatus<Run, RunStatus>(
    ctx,
    'runStatus',
    RunSchema,
    runState.isTerminal,
    (change) => (!filter.runId || change.id === filter.runId) && (!filter.specId || change.specId === filter.specId),
    filter.runId ?? undefined,
  );
}

export async function followJobStatus(ctx: Context, filter: { jobId?: string | null }) {
  if (filter.jobId) await getInProject(ctx, JobSchema, filter.jobId, 'Job');
  return followStatus<Job, JobStatus>(
    ctx,
    'jobStatus',
    JobSchema,
    jobState.isTerminal,
    (change) => !filter.jobId || change.id === filter.jobId,
    filter.jobId ?? undefined,
  );
}
