import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { JobSchema, type Job } from '../db/entities/job.ts';
import { HUGGING_FACE_FORMAT } from '../domain/model-formats.ts';

/** A worker's claim on a job. Every write it makes presents `token`; a lost lease refuses them. */
export interface Lease {
  jobId: string;
  token: string;
  /** 1 + retries at claim time: the attempt number stamped on every metric point. */
  attempt: number;
  /** What the claim moved the job from: QUEUED, or RUNNING when its last worker's lease had expired. */
  claimedFrom: 'QUEUED' | 'RUNNING';
}

export class LeaseLostError extends Error {
  constructor(jobId: string) {
    super(`lease on job ${jobId} was lost (cancelled, expired or taken over)`);
  }
}

export interface ClaimFilter {
  workerId: string;
  environment: string;
  /** null: the worker serves every project. */
  projectId: string | null;
  leaseMs: number;
  /**
   * Whether its trainer loads registered Hugging Face models: a job on one (its source model, or
   * else its base, as the worker loads them) waits for a worker whose trainer does.
   */
  loadsHuggingFace: boolean;
}

/**
 * Claims the oldest job this worker may run: a QUEUED one, or a RUNNING one whose lease expired
 * (its worker died). `FOR UPDATE SKIP LOCKED` lets any number of workers claim concurrently
 * without blocking each other or taking the same job. A job that ran before comes back with
 * `retries + 1`: the new attempt resumes from its last checkpoint. One taken from a worker whose
 * lease expired also counts an interruption. `mayClaim` below is the same test of a job, for
 * the API to show which workers would take it.
 */
export async function claimJob(em: SqlEntityManager, filter: ClaimFilter): Promise<{ job: Job; lease: Lease } | null> {
  const token = randomUUID();
  const rows = await em.execute<Record<string, unknown>[]>(
    `with candidate as (
       select id, status from job
       where (status = 'QUEUED' or (status = 'RUNNING' and lease_expires_at < now()))
         and (environment is null or environment = ?)
         and (?::uuid is null or project_id = ?::uuid)
         and (?::boolean or not exists (
           select 1 from model m
           where m.id = coalesce(job.source_model_id, job.base_model_id) and m.config->>'format' = ?
         ))
       order by created_at, id
       limit 1
       for update skip locked
     )
     update job set
       retries = job.retries + case when job.started_at is null then 0 else 1 end,
       interruptions = job.interruptions + case when candidate.status = 'RUNNING' then 1 else 0 end,
       status = 'RUNNING',
       worker_id = ?,
       lease_token = ?,
       lease_expires_at = now() + (? * interval '1 millisecond'),
       started_at = coalesce(job.started_at, now())
     from candidate where job.id = candidate.id
     returning job.*, candidate.status as claimed_from`,
    [
      filter.environment,
      filter.projectId,
      filter.projectId,
      filter.loadsHuggingFace,
      HUGGING_FACE_FORMAT,
      filter.workerId,
      token,
      filter.leaseMs,
    ],
  );
  const row = rows[0];
  if (!row) return null;
  const { claimed_from: claimedFrom, ...columns } = row;
  const job = em.map(JobSchema, columns);
  return {
    job,
    lease: { jobId: job.id, token, attempt: job.retries + 1, claimedFrom: claimedFrom as Lease['claimedFrom'] },
  };
}

/** What claimJob asks of a worker, without the claim's own bookkeeping. */
export type ClaimRights = Pick<ClaimFilter, 'environment' | 'projectId' | 'loadsHuggingFace'>;

/**
 * Whether a worker with `rights` would claim `job` once it is its turn: claimJob's conditions on
 * the job, in TypeScript, to show who may run it (`Job.eligibleWorkers`). `onHuggingFaceModel`:
 * the model the worker would load (its source, or else its base) is a registered Hugging Face one.
 */
export const mayClaim = (
  rights: ClaimRights,
  job: Pick<Job, 'environment' | 'projectId'>,
  onHuggingFaceModel: boolean,
): boolean =>
  (job.environment === null || job.environment === rights.environment) &&
  (rights.projectId === null || rights.projectId === job.projectId) &&
  (rights.loadsHuggingFace || !onHuggingFaceModel);

/** Pushes the lease's expiry forward; false when it is no longer ours. */
export async function renewLease(em: SqlEntityManager, lease: Lease, leaseMs: number): Promise<boolean> {
  const updated = await em.execute(
    `update job set lease_expires_at = now() + (? * interval '1 millisecond')
     where id = ? and lease_token = ? and status = 'RUNNING'`,
    [leaseMs, lease.jobId, lease.token],
    'run',
  );
  return (updated as { affectedRows?: number }).affectedRows === 1;
}

/**
 * Runs `work` in a transaction that first locks the job row and checks the lease. The lock
 * serialises fenced writes with cancelJob and cancelRun, which take the same row lock (lockJob)
 * before their transition, so a write either lands while the lease is valid or not at all.
 */
export async function withLease<T>(
  em: SqlEntityManager,
  lease: Lease,
  work: (tx: SqlEntityManager, job: Job) => Promise<T>,
): Promise<T> {
  return em.transactional(async (tx) => {
    const rows = await tx.execute<Record<string, unknown>[]>(
      `select * from job where id = ? and lease_token = ? and status = 'RUNNING' for update`,
      [lease.jobId, lease.token],
    );
    const row = rows[0];
    if (!row) throw new LeaseLostError(lease.jobId);
    return work(tx, tx.map(JobSchema, row));
  });
}
