import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { RunEventSchema } from '../db/entities/run-event.ts';
import { RunSchema, type Run, type RunStatus } from '../db/entities/run.ts';
import { runState } from '../domain/run-state.ts';
import type { PubSub } from '../realtime/pubsub.ts';

/**
 * Appends to a run's timeline. Callers hold the run row lock (lockRun), which makes
 * `max(seq) + 1` safe between the API and a pipeline driver writing at the same time.
 */
export async function appendRunEvent(
  tx: SqlEntityManager,
  run: Pick<Run, 'id' | 'projectId'>,
  kind: string,
  payload: Record<string, unknown>,
): Promise<void> {
  const [row] = await tx.execute<{ seq: number }[]>(
    'select coalesce(max(seq), 0) + 1 as seq from run_event where run_id = ?',
    [run.id],
  );
  await tx.insert(RunEventSchema, {
    runId: run.id,
    seq: Number(row?.seq ?? 1),
    projectId: run.projectId,
    ts: new Date(),
    kind,
    payload,
  });
}

/** Locks a run row for the rest of the transaction; null when it is not in the project. */
export async function lockRun(tx: SqlEntityManager, id: string, projectId: string): Promise<Run | null> {
  const rows = await tx.execute<Record<string, unknown>[]>(
    'select * from run where id = ? and project_id = ? for update',
    [id, projectId],
  );
  return rows[0] ? tx.map(RunSchema, rows[0]) : null;
}

export interface RunTransition {
  run: Run;
  previous: RunStatus;
}

/**
 * The one way a run's status changes: checked against the state machine and written with its
 * timeline event in the caller's transaction (which holds the row lock). Publish after commit.
 */
export async function transitionRun(
  tx: SqlEntityManager,
  run: Run,
  to: RunStatus,
  changes: Partial<Run> = {},
  event: Record<string, unknown> = {},
): Promise<RunTransition> {
  const previous = run.status;
  runState.assertTransition(previous, to);
  const now = new Date();
  const patch: Partial<Run> = {
    status: to,
    ...(to === 'TRAINING' ? { startedAt: now } : {}),
    ...(runState.isTerminal(to)
      ? { completedAt: now, durationMs: now.getTime() - new Date(run.createdAt).getTime() }
      : {}),
    ...changes,
  };
  await tx.nativeUpdate(RunSchema, { id: run.id }, patch);
  Object.assign(run, patch);
  await appendRunEvent(tx, run, to.toLowerCase(), { from: previous, to, ...event });
  return { run, previous };
}

/** Announces a committed status change to every API instance's subscribers. */
export function publishRunStatus(pubsub: PubSub, run: Run, previous: RunStatus | null): void {
  pubsub.publish('runStatus', run.projectId, {
    id: run.id,
    specId: run.specId,
    status: run.status,
    previousStatus: previous,
    at: new Date().toISOString(),
  });
}
