/**
 * An async generator whose `return()` (a client leaving) also ends what it is waiting on. A
 * generator's own `return()` takes effect only at its next `yield`: a stream of a quiet job or
 * project may not yield for hours, and would hold its Redis subscriptions, timers and polling
 * until then. `start` gets a signal that aborts on `return()` or `throw()`, and closes its live
 * sources on it (`whenStopped`), which lets the generator run to its end.
 */
export function stoppable<T>(start: (stopped: AbortSignal) => AsyncGenerator<T>): AsyncIterableIterator<T> {
  const controller = new AbortController();
  const generator = start(controller.signal);
  const iterator: AsyncIterableIterator<T> = {
    next: () => generator.next(),
    return: (value?: unknown) => {
      controller.abort();
      return generator.return(value as never);
    },
    throw: (error?: unknown) => {
      controller.abort();
      return generator.throw(error);
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/** Runs `close` once `stopped` aborts, at once if it already has. */
export function whenStopped(stopped: AbortSignal, close: () => unknown): void {
  if (stopped.aborted) void close();
  else stopped.addEventListener('abort', () => void close(), { once: true });
}
