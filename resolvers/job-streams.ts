import { Repeater, SlidingBuffer } from 'graphql-yoga';
import type { Context } from '../src/context.ts';
import { LogLineSchema, MetricPointSchema } from '../src/db/entities/job-stream.ts';
import { JobSchema } from '../src/db/entities/job.ts';
import { jobState } from '../src/domain/job-state.ts';
import { stoppable, whenStopped } from '../src/realtime/stoppable.ts';
import { RECHECK_MS, ticks } from '../src/realtime/ticks.ts';
import type { SharingMember } from '../src/realtime/subscription-sharing.ts';
import {
  toPublished,
  type PublishedLogLine,
  type PublishedMetricPoint,
  type StatusChange,
} from '../src/realtime/topics.ts';
import { getInProject, projectIdOf } from './scope.ts';

const REPLAY_PAGE = 1000;
/**
 * Live batches and status changes kept for a stream that is behind (one more waits in the merge
 * with the ticks); older ones are let go, and replayed from the store.
 */
const LIVE_SIGNALS_KEPT = 16;

interface StreamSpec<T extends { seq: number }> {
  topic: 'jobMetrics' | 'jobLogs';
  /** Stored items with seq > afterSeq that `accept` allows, in seq order (a fresh EM fork each call). */
  replay: (afterSeq: number, limit: number) => Promise<T[]>;
  accept: (item: T) => boolean;
}

type Signal<T> = { kind: 'items'; items: T[] } | { kind: 'status'; change: StatusChange<string> } | { kind: 'tick' };

/** A stream's place in its job's items: the last seq delivered (or known to be passed over). */
class Cursor<T extends { seq: number }> {
  constructor(
    public lastSeq: number,
    private readonly spec: StreamSpec<T>,
    /** Told each item's seq just before it is yielded. */
    private readonly yielding: (seq: number) => void = () => {},
  ) {}

  /** Yields what the store holds after the cursor; `passed`: a seq known to be stored, accepted or not. */
  async *catchUp(passed = 0): AsyncGenerator<T> {
    for (;;) {
      const page = await this.spec.replay(this.lastSeq, REPLAY_PAGE);
      for (const item of page) yield this.advance(item);
      if (page.length < REPLAY_PAGE) break;
    }
    // Everything up to `passed` was committed before the last page was read, so the store
    // had nothing more to give up to there: the items `accept` left out are passed too.
    this.lastSeq = Math.max(this.lastSeq, passed);
  }

  advance(item: T): T {
    this.lastSeq = item.seq;
    this.yielding(item.seq);
    return item;
  }
}

/**
 * Live first, then the store, then live again without duplicates: subscribes to the job's topic
 * and its status before replaying everything after the cursor from PostgreSQL, then forwards
 * live items whose seq is new. A live item that skips a seq (a message lost while Redis was
 * down) triggers a replay of the gap, and so does a quiet period. The stream completes when the
 * job is terminal and everything up to then was delivered; a client leaving ends it at once
 * (`stoppable`), however quiet the job.
 *
 * On graphql-ws, identical subscriptions share this: each subscriber replays from the store up
 * to the shared execution's position, then hands the rest over to it (src/server/shared-subscriptions.ts).
 */
async function followJobStream<T extends { seq: number }>(
  ctx: Context,
  jobId: string,
  afterSeq: number,
  spec: StreamSpec<T>,
): Promise<AsyncIterableIterator<T>> {
  // A mistyped id is NOT_FOUND, not a stream that ends at once.
  await getInProject(ctx, JobSchema, jobId, 'Job');
  return stoppable(async function* (stopped) {
    const projectId = projectIdOf(ctx);
    const isTerminal = async () => {
      const current = await ctx.em.fork().findOne(JobSchema, { id: jobId });
      return !current || jobState.isTerminal(current.status);
    };
    const sharing = ctx.subscriptionSharing;
    if (sharing?.role === 'member') {
      yield* replayThenHandOff(sharing, new Cursor(afterSeq, spec), isTerminal);
      return;
    }
    const cursor =
      sharing?.role === 'shared' ? new Cursor(sharing.after, spec, sharing.yielding) : new Cursor(afterSeq, spec);

    // Live first: both subscriptions are confirmed (and buffering) before the store is read.
    const items = await ctx.services.pubsub.subscribe(spec.topic, jobId);
    const statuses = await ctx.services.pubsub.subscribe('jobStatus', projectId);
    // A client that stops reading (an event stream is written only as fast as it reads) must
    // not make this process keep every live message meanwhile: the newest few wait, older ones
    // are let go, and the seq gap they leave (or the next tick) replays them from the store.
    const live = new Repeater<Signal<T>>(async (push, stop) => {
      void (async () => {
        for await (const batch of items) await push({ kind: 'items', items: batch as unknown as T[] });
      })();
      void (async () => {
        for await (const change of statuses) if (change.id === jobId) await push({ kind: 'status', change });
      })();
      await stop;
    }, new SlidingBuffer(LIVE_SIGNALS_KEPT));
    // The first tick replays the store. Both start at the first signal asked for, so live
    // messages are taken during the replay too.
    const signals = Repeater.merge([live, ticks(RECHECK_MS, true)]);
    whenStopped(stopped, () => signals.return());

    try {
      for await (const signal of signals) {
        if (signal.kind === 'items') {
          for (const item of signal.items) {
            if (item.seq <= cursor.lastSeq || !spec.accept(item)) continue;
            if (item.seq === cursor.lastSeq + 1) {
              yield cursor.advance(item);
            } else {
              yield* cursor.catchUp();
            }
          }
        } else if (signal.kind === 'tick' || jobState.isTerminal(signal.change.status as never)) {
          // Durable first: by the time a terminal status is published, every item is stored.
          // (A job already over ends after its first replay.)
          const over = await isTerminal();
          yield* cursor.catchUp();
          if (over) return;
        }
      }
    } finally {
      await Promise.all([signals.return(), items.return?.(), statuses.return?.()]);
    }
  });
}

/**
 * A sharing subscriber: replays from the store until the shared execution takes it (it never
 * subscribes to live messages itself), or to the end when the job is already over.
 */
async function* replayThenHandOff<T extends { seq: number }>(
  member: SharingMember,
  cursor: Cursor<T>,
  isTerminal: () => Promise<boolean>,
): AsyncGenerator<T> {
  let passed = 0;
  for (;;) {
    yield* cursor.catchUp(passed);
    if (await isTerminal()) {
      yield* cursor.catchUp();
      return;
    }
    const offer = member.handOff(cursor.lastSeq);
    if ('joined' in offer) return await offer.joined;
    passed = offer.behind;
  }
}

/** Metric points after `afterSeq`, or only those past `sinceStep` (a client that has the curve up to there). */
export function followJobMetrics(
  ctx: Context,
  jobId: string,
  afterSeq: number | null | undefined,
  sinceStep: number | null | undefined,
) {
  const minStep = sinceStep ?? -1;
  return followJobStream<PublishedMetricPoint>(ctx, jobId, afterSeq ?? 0, {
    topic: 'jobMetrics',
    accept: (point) => point.step > minStep,
    replay: async (after, limit) => {
      const rows = await ctx.em
        .fork()
        .find(
          MetricPointSchema,
          { jobId, seq: { $gt: after }, step: { $gt: minStep } },
          { orderBy: { seq: 'asc' }, limit },
        );
      return rows.map(toPublished);
    },
  });
}

export function followJobLogs(ctx: Context, jobId: string, afterSeq: number | null | undefined) {
  return followJobStream<PublishedLogLine>(ctx, jobId, afterSeq ?? 0, {
    topic: 'jobLogs',
    accept: () => true,
    replay: async (after, limit) => {
      const rows = await ctx.em
        .fork()
        .find(LogLineSchema, { jobId, seq: { $gt: after } }, { orderBy: { seq: 'asc' }, limit });
      return rows.map(toPublished);
    },
  });
}
