import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { JobEventSchema } from '../db/entities/job-stream.ts';
import { JobSchema, type Job, type JobStatus } from '../db/entities/job.ts';
import { jobState } from '../domain/job-state.ts';
import type { PubSub } from '../realtime/pubsub.ts';

/**
 * Appends to a job's timeline. Callers hold the job row lock (withLease, or lockJob), which is
 * what makes `max(seq) + 1` safe between the API and a worker writing at the same time.
 */
export async function appendJobEvent(
  tx: SqlEntityManager,
  job: Pick<Job, 'id' | 'projectId'>,
  kind: string,
  payload: Record<string, unknown>,
): Promise<void> {
  const [row] = await tx.execute<{ seq: number }[]>(
    'select coalesce(max(seq), 0) + 1 as seq from job_event where job_id = ?',
    [job.id],
  );
  await tx.insert(JobEventSchema, {
    jobId: job.id,
    seq: Number(row?.seq ?? 1),
    projectId: job.projectId,
    ts: new Date(),
    kind,
    payload,
  });
}

/** Locks a job row for the rest of the transaction; null when it is not in the project. */
export async function lockJob(tx: SqlEntityManager, id: string, projectId: string): Promise<Job | null> {
  const rows = await tx.execute<Record<string, unknown>[]>(
    'select * from job where id = ? and project_id = ? for update',
    [id, projectId],
  );
  return rows[0] ? tx.map(JobSchema, rows[0]) : null;
}

export interface Transition {
  job: Job;
  previous: JobStatus;
}

/**
 * The one way a job's status changes: checked against the state machine, written with its
 * timeline event in the caller's transaction (which holds the row lock). Publish after commit.
 */
export async function transitionJob(
  tx: SqlEntityManager,
  job: Job,
  to: JobStatus,
  changes: Partial<Job>,
  event: Record<string, unknown> = {},
): Promise<Transition> {
  const previous = job.status;
  jobState.assertTransition(previous, to);
  const terminal = jobState.isTerminal(to);
  const patch: Partial<Job> = {
    status: to,
    ...(terminal ? { finishedAt: new Date(), leaseToken: null, leaseExpiresAt: null } : {}),
    ...changes,
  };
  await tx.nativeUpdate(JobSchema, { id: job.id }, patch);
  Object.assign(job, patch);
  await appendJobEvent(tx, job, to.toLowerCase(), { from: previous, to, ...event });
  return { job, previous };
}

/** Announces a committed status change to every API instance's subscribers. */
export function publishJobStatus(pubsub: PubSub, job: Job, previous: JobStatus | null): void {
  pubsub.publish('jobStatus', job.projectId, {
    id: job.id,
    status: job.status,
    previousStatus: previous,
    at: new Date().toISOString(),
  });
}
