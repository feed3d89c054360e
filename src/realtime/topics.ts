import type { JobStatus } from '../db/entities/job.ts';
import type { RunStatus } from '../db/entities/run.ts';

export interface StatusChange<S extends string> {
  id: string;
  status: S;
  previousStatus: S | null;
  /** ISO timestamp of the transition. */
  at: string;
}

/**
 * The events Trainyard publishes, by topic. Status topics are keyed by project id, so one
 * subscription can follow every run or job of a project; payloads stay small because they
 * cross Redis and subscribers load the current row themselves.
 */
export interface Topics {
  /** Liveness probe used by /readyz: a round trip through the bus. */
  ping: { nonce: string };
  runStatus: StatusChange<RunStatus> & { specId: string };
  jobStatus: StatusChange<JobStatus>;
}

export type TopicName = keyof Topics;
