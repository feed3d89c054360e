import { z } from 'zod';
import { followJobLogs, followJobMetrics } from '../resolvers/job-streams.ts';
import { eventsOf, logsOf, metricsOf, type LogTail, type MetricSeries } from '../resolvers/job-telemetry.ts';
import type { JobEvent } from '../src/db/entities/job-stream.ts';
import type { PublishedLogLine, PublishedMetricPoint } from '../src/realtime/topics.ts';
import { Id } from '../src/domain/inputs/common.ts';
import { builder } from './builder.ts';
import { JobRef } from './refs.ts';

type MetricPointShape = Omit<PublishedMetricPoint, 'ts'> & { ts: Date | string };
type LogLineShape = Omit<PublishedLogLine, 'ts'> & { ts: Date | string };

const MetricPointRef = builder.objectRef<MetricPointShape>('MetricPoint').implement({
  description: 'One training step as the trainer reported it.',
  fields: (t) => ({
    seq: t.exposeInt('seq', { description: 'Per job, strictly increasing across attempts: the exact resume cursor.' }),
    attempt: t.exposeInt('attempt', {
      description: '1 + retries when reported; later attempts supersede from their first step.',
    }),
    ts: t.expose('ts', { type: 'DateTime', description: 'When the worker received it.' }),
    step: t.exposeInt('step', { description: 'Training step.' }),
    cycle: t.exposeInt('cycle', { nullable: true, description: 'Cycle (TRAIN jobs).' }),
    phase: t.exposeString('phase', {
      description: "The trainer's phase: `finetune`, `train` (TRAIN), `recover` (CONTRACT), or a custom trainer's own.",
    }),
    loss: t.exposeFloat('loss', { nullable: true, description: 'Training loss.' }),
    lr: t.exposeFloat('lr', { nullable: true, description: 'Learning rate at this step.' }),
    throughput: t.exposeFloat('throughput', { nullable: true, description: 'Tokens per second.' }),
    vramGb: t.exposeFloat('vramGb', { nullable: true, description: 'Accelerator (or process) memory, GB.' }),
    gradNorm: t.exposeFloat('gradNorm', { nullable: true, description: 'Gradient norm.' }),
  }),
});

const LogLineRef = builder.objectRef<LogLineShape>('LogLine').implement({
  description: 'A line of the job console.',
  fields: (t) => ({
    seq: t.exposeInt('seq', { description: 'Per job, strictly increasing: the resume cursor.' }),
    ts: t.expose('ts', { type: 'DateTime', description: 'When the worker received it.' }),
    stream: t.exposeString('stream', { description: '`stdout` or `stderr`.' }),
    text: t.exposeString('text', { description: 'The line.' }),
  }),
});

const MetricSeriesRef = builder.objectRef<MetricSeries>('MetricSeries').implement({
  description: 'The effective metric series (superseded points of earlier attempts left out).',
  fields: (t) => ({
    count: t.exposeInt('count', { description: 'Points returned.' }),
    latestStep: t.exposeInt('latestStep', { nullable: true, description: 'Highest step reported so far.' }),
    latestSeq: t.exposeInt('latestSeq', {
      nullable: true,
      description:
        'Highest seq so far: pass it as afterSeq to jobMetrics once the whole series came (`count` below `limit`); after a page cut by `limit`, go on with `sinceStep` at its last point.',
    }),
    points: t.expose('points', { type: [MetricPointRef], description: 'In step order.' }),
  }),
});

const LogTailRef = builder.objectRef<LogTail>('LogTail').implement({
  description: 'A capped tail of the console.',
  fields: (t) => ({
    latestSeq: t.exposeInt('latestSeq', {
      nullable: true,
      description:
        "Where to poll on from, as `sinceSeq`: the last line's seq, the highest so far unless `limit` cut the page (as many lines as `limit`).",
    }),
    lines: t.expose('lines', { type: [LogLineRef], description: 'In seq order.' }),
  }),
});

const JobEventRef = builder.objectRef<JobEvent>('JobEvent').implement({
  description: 'An entry of the job timeline.',
  fields: (t) => ({
    seq: t.exposeInt('seq', { description: 'Order within the job.' }),
    ts: t.expose('ts', { type: 'DateTime', description: 'When it happened.' }),
    kind: t.exposeString('kind', {
      description:
        'queued, claimed (the move to RUNNING, from QUEUED or, after a lost lease, from RUNNING), phase, checkpoint, completed, failed, cancelled',
    }),
    payload: t.expose('payload', {
      type: 'JSON',
      description: 'Details: from/to status, attempt, step, checkpoint uri…',
    }),
  }),
});

builder.objectFields(JobRef, (t) => ({
  metrics: t.field({
    type: MetricSeriesRef,
    description: 'Per-step telemetry, effective series, after `sinceStep` (Fusion `/metrics?since_step`).',
    args: {
      sinceStep: t.arg.int({ description: 'Only steps after this one.' }),
      limit: t.arg.int({ description: 'At most this many points (max 5000).' }),
    },
    resolve: (job, args, ctx) => metricsOf(ctx, job, args.sinceStep, args.limit),
  }),
  logs: t.field({
    type: LogTailRef,
    description: 'The console: lines after `sinceSeq`, or the latest ones (default 200).',
    args: {
      sinceSeq: t.arg.int({ description: 'Only lines after this seq.' }),
      limit: t.arg.int({ description: 'At most this many lines (max 5000).' }),
    },
    resolve: (job, args, ctx) => logsOf(ctx, job, args.sinceSeq, args.limit),
  }),
  events: t.field({
    type: [JobEventRef],
    description: 'The timeline: every state transition, claim, phase and checkpoint.',
    resolve: (job, _args, ctx) => eventsOf(ctx, job),
  }),
}));

/** Where a job's stream resumes: the client's cursor. */
const AFTER_SEQ = 'The last seq received: the replay starts after it. Omitted: from the first.';

builder.subscriptionFields((t) => ({
  jobMetrics: t.field({
    type: MetricPointRef,
    description:
      'Replays points with seq > afterSeq (or step > sinceStep), then live ones; each exactly once, in order. Completes when the job ends.',
    args: t.validate(
      {
        jobId: t.arg.id({ required: true, description: "The job's UUID." }),
        afterSeq: t.arg.int({ description: AFTER_SEQ }),
        sinceStep: t.arg.int({ description: 'Replay only points of steps after this one.' }),
      },
      z.object({ jobId: Id, afterSeq: z.int().min(0).nullish(), sinceStep: z.int().min(0).nullish() }),
    ),
    subscribe: (_root, args, ctx) => followJobMetrics(ctx, args.jobId, args.afterSeq, args.sinceStep),
    resolve: (point) => point,
  }),
  jobLogs: t.field({
    type: LogLineRef,
    description:
      'Replays lines with seq > afterSeq, then live ones; each exactly once, in order. Completes when the job ends.',
    args: t.validate(
      {
        jobId: t.arg.id({ required: true, description: "The job's UUID." }),
        afterSeq: t.arg.int({ description: AFTER_SEQ }),
      },
      z.object({ jobId: Id, afterSeq: z.int().min(0).nullish() }),
    ),
    subscribe: (_root, args, ctx) => followJobLogs(ctx, args.jobId, args.afterSeq),
    resolve: (line) => line,
  }),
}));
