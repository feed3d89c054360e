import { Repeater } from 'graphql-yoga';

/**
 * A live subscription read as its messages come, whatever its reader does: those `keep` accepts
 * wait for the reader, up to `max` with the one it is reading; one more ends the stream, after the
 * ones waiting, with `behind()`'s error. Neither SSE nor graphql-ws pulls a stream while its
 * client does not read, so a stalled client would otherwise hold every message published
 * meanwhile. `max` stays under Repeater's 1,024 pushes waiting. The caller returns `source` as
 * well: a repeater that is never read never starts, nor returns it.
 */
export function boundedBacklog<T>(
  source: AsyncIterableIterator<T>,
  keep: (message: T) => boolean,
  max: number,
  behind: () => Error,
): Repeater<T> {
  return new Repeater<T>(async (push, stop) => {
    let unread = 0;
    const reading = (async () => {
      for await (const message of source) {
        if (!keep(message)) continue;
        if (unread === max) throw behind();
        unread += 1;
        // Without a buffer, a push settles when the reader asks for the message after it.
        void push(message).then(() => (unread -= 1));
      }
    })();
    reading.then(
      () => stop(),
      (error: unknown) => stop(error),
    );
    await stop;
    await source.return?.();
  });
}
