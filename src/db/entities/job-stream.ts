import { EntitySchema } from '@mikro-orm/core';
import { foreignKey, projectKey } from './common.ts';

/**
 * What a job reports while it runs: metric points, log lines and timeline events. Each is keyed
 * by (job, seq), where seq is per job and strictly increasing across attempts: the exact cursor
 * a subscriber resumes from.
 */
const jobKey = { ...foreignKey('Job', 'job_id', { index: false }), primary: true };
const seqKey = { type: 'integer', primary: true } as const;
const ts = { type: 'datetime', columnType: 'timestamptz(3)' } as const;

export interface MetricPoint {
  jobId: string;
  seq: number;
  projectId: string;
  attempt: number;
  ts: Date;
  step: number;
  cycle: number | null;
  phase: string;
  loss: number | null;
  lr: number | null;
  throughput: number | null;
  vramGb: number | null;
  gradNorm: number | null;
}

const optionalFloat = { type: 'number', columnType: 'double precision', nullable: true } as const;

export const MetricPointSchema = new EntitySchema<MetricPoint>({
  name: 'MetricPoint',
  tableName: 'metric_point',
  properties: {
    jobId: jobKey,
    seq: seqKey,
    projectId: projectKey,
    attempt: { type: 'integer' },
    ts,
    step: { type: 'integer' },
    cycle: { type: 'integer', nullable: true },
    phase: { type: 'text' },
    loss: optionalFloat,
    lr: optionalFloat,
    throughput: optionalFloat,
    vramGb: optionalFloat,
    gradNorm: optionalFloat,
  },
  indexes: [{ properties: ['jobId', 'step'] }],
});

export interface LogLine {
  jobId: string;
  seq: number;
  projectId: string;
  ts: Date;
  stream: string;
  text: string;
}

export const LogLineSchema = new EntitySchema<LogLine>({
  name: 'LogLine',
  tableName: 'log_line',
  properties: {
    jobId: jobKey,
    seq: seqKey,
    projectId: projectKey,
    ts,
    stream: { type: 'text' },
    text: { type: 'text' },
  },
});

export interface JobEvent {
  jobId: string;
  seq: number;
  projectId: string;
  ts: Date;
  kind: string;
  payload: Record<string, unknown>;
}

export const JobEventSchema = new EntitySchema<JobEvent>({
  name: 'JobEvent',
  tableName: 'job_event',
  properties: {
    jobId: jobKey,
    seq: seqKey,
    projectId: projectKey,
    ts,
    kind: { type: 'text' },
    payload: { type: 'json' },
  },
});
