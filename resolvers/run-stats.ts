import type { Context } from '../src/context.ts';
import { ValidationError } from '../src/domain/errors.ts';
import { RUN_FACETS, type RunFacetField } from './run-facet-fields.ts';
import { runConditionSql, type RunWhere } from './run-filter.ts';
import { projectIdOf } from './scope.ts';
import { execute, join, raw, sql, withoutParallelWorkers, type Sql } from './sql.ts';

export const TIME_BUCKETS = ['HOUR', 'DAY', 'WEEK'] as const;
export type TimeBucket = (typeof TIME_BUCKETS)[number];

/** A score at least this high passes (EvalSummary.passRate uses the same line per example). */
const PASS_SCORE = 0.7;
const MAX_ROWS = 10_000;

/**
 * The aggregates of a row besides its count, each computed only when asked for: the percentiles
 * sort every group's durations, and the token sum reads a JSON field of every run.
 */
const AGGREGATES = {
  avgScore: sql`avg(r.avg_score)`,
  passRate: sql`(avg(case when r.avg_score >= ${PASS_SCORE} then 1 else 0 end) filter (where r.avg_score is not null))::float8`,
  costUsd: sql`sum(r.cost_usd)`,
  tokens: sql`sum((r.tokens ->> 'total')::float8)`,
  p50DurationMs: sql`percentile_cont(0.5) within group (order by r.duration_ms)`,
  p95DurationMs: sql`percentile_cont(0.95) within group (order by r.duration_ms)`,
};
export type RunStatsAggregate = keyof typeof AGGREGATES;
export const RUN_STATS_AGGREGATES = Object.keys(AGGREGATES) as RunStatsAggregate[];

/** A row of runStats; an aggregate that was not asked for is null. */
export type RunStatsRow = {
  group: (string | null)[];
  bucketStart: Date | null;
  count: number;
} & Record<RunStatsAggregate, number | null>;

/**
 * runStats of API.md: per group (values of the groupBy fields, in order) and UTC time bucket of
 * creation, the runs' count, mean score, share of evaluated runs scoring at least 0.7, summed
 * cost and tokens, and median and 95th percentile duration (interpolated). A run with several
 * tags (or flags) counts in each of their groups; one with none in the group null.
 */
export async function runStats(
  ctx: Context,
  args: { where?: RunWhere | null; groupBy?: RunFacetField[] | null; bucket?: TimeBucket | null },
  aggregates: readonly RunStatsAggregate[] = RUN_STATS_AGGREGATES,
): Promise<RunStatsRow[]> {
  const dimensions = (args.groupBy ?? []).map((field) => RUN_FACETS[field]);
  const unnests: Sql[] = [];
  const groups = dimensions.map((dimension, i) => {
    if (!dimension.multiValued) return dimension.value;
    const alias = raw(`g${i}`);
    unnests.push(
      sql`cross join lateral unnest(case when cardinality(${dimension.value}) = 0 then array[null]::text[] else ${dimension.value} end) ${alias}`,
    );
    return alias;
  });
  // Grouped by the bucket's start as a timestamp; only each group's becomes epoch milliseconds
  // (timestamps come back from the driver as text), not every run's.
  const bucket = args.bucket
    ? sql`date_trunc(${args.bucket.toLowerCase()}, r.created_at at time zone 'UTC')`
    : raw('null::timestamp');
  const keys = [bucket, ...groups];
  const columns = [
    sql`(extract(epoch from ${bucket}) * 1000)::float8 as bucket_ms`,
    ...groups.map((group, i) => sql`${group} as ${raw(`k${i}`)}`),
    sql`count(*)::int as count`,
    ...aggregates.map((name) => sql`${AGGREGATES[name]} as ${raw(`"${name}"`)}`),
  ];
  const rows = await withoutParallelWorkers(ctx.em, (tx) =>
    execute<Record<string, unknown>>(
      tx,
      sql`
      select ${join(columns, ', ')}
      from run r ${join(unnests, ' ')}
      where ${runConditionSql(projectIdOf(ctx), args.where)}
      group by ${join(keys, ', ')}
      order by ${join(keys, ', ')}
      limit ${MAX_ROWS + 1}`,
    ),
  );
  if (rows.length > MAX_ROWS) {
    throw ValidationError.field(
      'groupBy',
      `more than ${MAX_ROWS} rows: narrow the filter, group by fewer fields or use a larger bucket`,
    );
  }
  return rows.map((row) => ({
    group: dimensions.map((_, i) => row[`k${i}`] as string | null),
    bucketStart: row.bucket_ms === null ? null : new Date(row.bucket_ms as number),
    count: row.count as number,
    ...(Object.fromEntries(
      RUN_STATS_AGGREGATES.map((name) => [name, (row[name] as number | null | undefined) ?? null]),
    ) as Record<RunStatsAggregate, number | null>),
  }));
}
