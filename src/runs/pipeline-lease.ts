import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { RunSchema, type Run } from '../db/entities/run.ts';

/**
 * A pipeline driver's claim on a run, like a worker's on a job: every write presents `token`,
 * and a driver that stalled past its lease (or whose run was cancelled) can no longer write.
 */
export interface RunLease {
  runId: string;
  token: string;
  /**
   * Times in a row the run's current stage failed or was interrupted, without progress in
   * between, before this claim; progress made under this lease sets it back to 0.
   */
  attempts: number;
}

export class RunLeaseLostError extends Error {
  constructor(runId: string) {
    super(`lease on run ${runId} was lost (cancelled, finished, expired or taken over)`);
  }
}

const LIVE = `('PREPARING', 'TRAINING', 'EVALUATING')`;

/**
 * Claims the run that has waited longest for attention: live, due (`wake_at` passed), and not
 * held by a live lease. A claim that finds an expired lease counts an interrupted attempt.
 */
export async function claimRun(em: SqlEntityManager, leaseMs: number): Promise<{ run: Run; lease: RunLease } | null> {
  const token = randomUUID();
  const claimed = await em.execute<{ run_id: string; attempts: number }[]>(
    `with candidate as (
       select p.run_id from run_pipeline p join run r on r.id = p.run_id
       where r.status in ${LIVE}
         and p.wake_at <= now()
         and (p.lease_expires_at is null or p.lease_expires_at < now())
       order by p.wake_at
       limit 1
       for update of p skip locked
     )
     update run_pipeline p set
       attempts = p.attempts + case when p.lease_token is null then 0 else 1 end,
       lease_token = ?,
       lease_expires_at = now() + (? * interval '1 millisecond')
     from candidate where p.run_id = candidate.run_id
     returning p.run_id, p.attempts`,
    [token, leaseMs],
  );
  const row = claimed[0];
  if (!row) return null;
  const run = await em.findOneOrFail(
    RunSchema,
    { id: row.run_id },
    { populate: ['specSnapshot'], disableIdentityMap: true },
  );
  return { run, lease: { runId: row.run_id, token, attempts: row.attempts } };
}

/**
 * Pushes the lease's expiry forward; false when it is no longer ours, or the run no longer live:
 * a run cancelled in a long stage (an LLM call per example) stops at the next renewal at the
 * latest (the driver usually hears of it on the bus first) instead of spending the rest of the
 * stage, and its driver, on a run nothing will use.
 */
export async function renewRunLease(em: SqlEntityManager, lease: RunLease, leaseMs: number): Promise<boolean> {
  const updated = await em.execute(
    `update run_pipeline p set lease_expires_at = now() + (? * interval '1 millisecond')
     where p.run_id = ? and p.lease_token = ?
       and exists (select 1 from run r where r.id = p.run_id and r.status in ${LIVE})`,
    [leaseMs, lease.runId, lease.token],
    'run',
  );
  return (updated as { affectedRows?: number }).affectedRows === 1;
}

/**
 * Runs `work` in a transaction holding the lease and the run's row lock, with the run still
 * live. The lock serialises the driver's writes with cancelRun, so a cancelled run is never
 * advanced afterwards. With `progress`, what `work` writes moves the stage on (an eval stored):
 * its failed or interrupted attempts in a row start again, so a long stage that gets further
 * between crashes is not failed for them.
 */
export async function withRunLease<T>(
  em: SqlEntityManager,
  lease: RunLease,
  work: (tx: SqlEntityManager, run: Run) => Promise<T>,
  options: { progress?: boolean } = {},
): Promise<T> {
  const result = await em.transactional(async (tx) => {
    const held = await tx.execute('select 1 from run_pipeline where run_id = ? and lease_token = ? for update', [
      lease.runId,
      lease.token,
    ]);
    const rows = await tx.execute<Record<string, unknown>[]>(
      `select * from run where id = ? and status in ${LIVE} for update`,
      [lease.runId],
    );
    const row = rows[0];
    if (held.length === 0 || !row) throw new RunLeaseLostError(lease.runId);
    if (options.progress) {
      await tx.execute('update run_pipeline set attempts = 0 where run_id = ?', [lease.runId]);
    }
    return work(tx, tx.map(RunSchema, row));
  });
  if (options.progress) lease.attempts = 0;
  return result;
}

/**
 * Gives the run back, to be looked at again at `wakeAt` (by whichever driver is free then). With
 * `failure`, the stage failed: one more failed attempt in a row, and the message is kept;
 * without, the stage went well and the count starts again.
 */
export async function releaseRun(
  em: SqlEntityManager,
  lease: RunLease,
  wakeAt: Date,
  failure: string | null = null,
): Promise<void> {
  await em.execute(
    `update run_pipeline set lease_token = null, lease_expires_at = null, wake_at = ?,
       attempts = case when ? then attempts + 1 else 0 end, last_error = coalesce(?, last_error)
     where run_id = ? and lease_token = ?`,
    [wakeAt, failure !== null, failure, lease.runId, lease.token],
    'run',
  );
}
