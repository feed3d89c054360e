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
/** A metric point as published: the row's fields, timestamps as ISO strings. */
export interface PublishedMetricPoint {
  seq: number;
  attempt: number;
  ts: string;
  step: number;
  cycle: number | null;
  phase: string;
  loss: number | null;
  lr: number | null;
  throughput: number | null;
  vramGb: number | null;
  gradNorm: number | null;
}

export interface PublishedLogLine {
  seq: number;
  ts: string;
  stream: string;
  text: string;
}

export interface Topics {
  /** Liveness probe used by /readyz: a round trip through the bus. */
  ping: { nonce: string };
  runStatus: StatusChange<RunStatus> & { specId: string };
  jobStatus: StatusChange<JobStatus>;
  /** Keyed by job id, published after the batch holding them committed. */
  jobMetrics: PublishedMetricPoint[];
  jobLogs: PublishedLogLine[];
}

export type TopicName = keyof Topics;
