import type { Logger } from './logger.ts';

/** What stops a process cleanly: `kill`, Ctrl-C, and a closed terminal. */
const SHUTDOWN_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

/**
 * Runs `stop` on the first shutdown signal, then exits: 0 once it finished, 1 if it failed. A
 * second signal (Ctrl-C again) exits at once, with 1. Either way the process exits rather than
 * dies of the signal, so its 'exit' handlers run: trainers, in process groups of their own, are
 * killed there (trainer-process.ts).
 */
export function stopOnSignal(logger: Logger, what: string, stop: () => Promise<unknown>): void {
  let stopping = false;
  for (const signal of SHUTDOWN_SIGNALS) {
    process.on(signal, () => {
      if (stopping) {
        logger.warn({ signal }, 'a second signal: exiting without waiting');
        process.exit(1);
      }
      stopping = true;
      logger.info({ signal }, what);
      stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'unclean stop');
          process.exit(1);
        },
      );
    });
  }
}
