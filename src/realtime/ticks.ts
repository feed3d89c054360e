import { Repeater, SlidingBuffer } from 'graphql-yoga';

/** How often a stream checks the store anyway: covers live messages lost in a Redis outage. */
export const RECHECK_MS = 3000;

const TICK = { kind: 'tick' } as const;

/**
 * `TICK` every `ms` (and once at the start when `now`), to merge with a stream's live messages.
 * However long the stream's reader is away, one waits in the buffer at most, and one more in a
 * `Repeater.merge` taking from it.
 */
export function ticks(ms: number, now = false): Repeater<typeof TICK> {
  return new Repeater<typeof TICK>(async (push, stop) => {
    if (now) void push(TICK);
    const timer = setInterval(() => void push(TICK), ms);
    await stop;
    clearInterval(timer);
  }, new SlidingBuffer(1));
}
