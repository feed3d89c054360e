import type { LogLine, MetricPoint } from '../db/entities/job-stream.ts';
import type { JobStatus } from '../db/entities/job.ts';
import type { RunStatus } from '../db/entities/run.ts';

export interface StatusChange<S extends string> {
  id: string;
  status: S;
  previousStatus: S | null;
  /** ISO timestamp of the transition. */
  at: string;
}

/** Rows as published: without their keys (the topic names the job), timestamps as ISO strings. */
type Published<T extends { ts: Date }> = Omit<T, 'jobId' | 'projectId' | 'ts'> & { ts: string };

export type PublishedMetricPoint = Published<MetricPoint>;
export type PublishedLogLine = Published<LogLine>;

export function toPublished<T extends { jobId: string; projectId: string; ts: Date }>(row: T): Published<T> {
  const { jobId: _job, projectId: _project, ts, ...rest } = row;
  return { ...rest, ts: ts.toISOString() } as Published<T>;
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
  /** Keyed by job id, published after the batch holding them committed. */
  jobMetrics: PublishedMetricPoint[];
  jobLogs: PublishedLogLine[];
  /** One channel for all projects: every API instance drops the key from its cache. */
  apiKeyRevoked: { apiKeyId: string };
}

export type TopicName = keyof Topics;
