import lockfile from 'proper-lockfile';
import { StartupError } from '../startup-error.ts';

/** How long a lock goes without a refresh before another process may take it. */
const STALE_MS = 30_000;

/**
 * Holds the embedded database's directory for this process until the returned release is
 * called. PGlite takes no lock of its own: a second `npm start` (or `npm run migrate`) on the
 * same directory opened its own copy of the database, and once both had written, neither could
 * open it again. proper-lockfile keeps the lock fresh while this process lives and lets it go on
 * exit; one left by a killed process goes stale after `STALE_MS`. Should the lock be lost all the
 * same (its directory deleted, the event loop stalled past STALE_MS), proper-lockfile throws,
 * which ends the process: going on could write beside another one.
 */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dir, { stale: STALE_MS, realpath: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    throw new StartupError(
      `The embedded database in ${dir} is in use by another Trainyard process (npm start or npm run migrate). ` +
        `Stop it first, or give this one another TRAINYARD_DATA_DIR. After a process was killed, its lock ` +
        `goes stale within ${STALE_MS / 1000} s.`,
    );
  }
}
