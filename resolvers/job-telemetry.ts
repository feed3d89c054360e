import type { Context } from '../src/context.ts';
import {
  JobEventSchema,
  LogLineSchema,
  MetricPointSchema,
  type JobEvent,
  type LogLine,
  type MetricPoint,
} from '../src/db/entities/job-stream.ts';
import type { Job } from '../src/db/entities/job.ts';
import { ValidationError } from '../src/domain/errors.ts';

const MAX_TELEMETRY_LIMIT = 5000;
const DEFAULT_LOG_TAIL = 200;

export interface MetricSeries {
  count: number;
  latestStep: number | null;
  latestSeq: number | null;
  points: MetricPoint[];
}

export interface LogTail {
  latestSeq: number | null;
  lines: LogLine[];
}

function checkLimit(limit: number | null | undefined, fallback: number): number {
  const value = limit ?? fallback;
  if (value < 1 || value > MAX_TELEMETRY_LIMIT) {
    throw ValidationError.field('limit', `must be between 1 and ${MAX_TELEMETRY_LIMIT}`);
  }
  return value;
}

/**
 * The effective series: a resumed attempt re-emits the steps after its checkpoint, and from its
 * first step on its points supersede every earlier attempt's. One query: each attempt's first
 * step, then the points no later attempt has started before.
 *
 * `latestSeq` is read first and bounds the points: a batch committed between two reads would
 * otherwise be counted in `latestSeq` but missing from the points, and a client resuming from
 * `latestSeq` would never see it. Seqs are assigned under the job's row lock and committed in
 * order, so every point up to `latestSeq` is committed once `latestSeq` is.
 */
export async function metricsOf(
  ctx: Context,
  job: Job,
  sinceStep: number | null | undefined,
  limit: number | null | undefined,
): Promise<MetricSeries> {
  const max = checkLimit(limit, MAX_TELEMETRY_LIMIT);
  const [latest] = await ctx.em.execute<{ latestSeq: number | null; latestStep: number | null }[]>(
    'select max(seq) as "latestSeq", max(step) as "latestStep" from metric_point where job_id = ?',
    [job.id],
  );
  const latestSeq = latest?.latestSeq ?? null;
  if (latestSeq === null) return { count: 0, latestStep: null, latestSeq: null, points: [] };
  const rows = await ctx.em.execute<Record<string, unknown>[]>(
    `with starts as (
       select attempt, min(step) as first_step from metric_point where job_id = ? and seq <= ? group by attempt
     )
     select p.* from metric_point p
     where p.job_id = ? and p.seq <= ? and p.step > ?
       and not exists (select 1 from starts s where s.attempt > p.attempt and s.first_step <= p.step)
     order by p.step, p.seq
     limit ?`,
    [job.id, latestSeq, job.id, latestSeq, sinceStep ?? -1, max],
  );
  const points = rows.map((row) => ctx.em.map(MetricPointSchema, row));
  return { count: points.length, latestStep: latest?.latestStep ?? null, latestSeq, points };
}

/**
 * Lines after `sinceSeq`, or, without it, the most recent ones: a capped tail for live viewing.
 * Bounded by the highest seq, read first, for the reason `metricsOf` gives. Its `latestSeq` is
 * where to poll on from (Fusion's `?since=<latest_seq>`): the last line's seq, which is the
 * highest unless `limit` cut the page, so a client that polls with it misses no line.
 */
export async function logsOf(
  ctx: Context,
  job: Job,
  sinceSeq: number | null | undefined,
  limit: number | null | undefined,
): Promise<LogTail> {
  const max = checkLimit(limit, DEFAULT_LOG_TAIL);
  const [latest] = await ctx.em.execute<{ latestSeq: number | null }[]>(
    'select max(seq) as "latestSeq" from log_line where job_id = ?',
    [job.id],
  );
  const latestSeq = latest?.latestSeq ?? null;
  if (latestSeq === null) return { latestSeq: null, lines: [] };
  const lines =
    sinceSeq == null
      ? (
          await ctx.em.find(
            LogLineSchema,
            { jobId: job.id, seq: { $lte: latestSeq } },
            { orderBy: { seq: 'desc' }, limit: max },
          )
        ).reverse()
      : await ctx.em.find(
          LogLineSchema,
          { jobId: job.id, seq: { $gt: sinceSeq, $lte: latestSeq } },
          { orderBy: { seq: 'asc' }, limit: max },
        );
  return { latestSeq: lines.at(-1)?.seq ?? latestSeq, lines };
}

/** The timeline: every state transition, claim, phase and checkpoint, in order. */
export function eventsOf(ctx: Context, job: Job): Promise<JobEvent[]> {
  return ctx.em.find(JobEventSchema, { jobId: job.id }, { orderBy: { seq: 'asc' } });
}
