import type { Context } from '../src/context.ts';
import { ValidationError } from '../src/domain/errors.ts';
import { RUN_FACETS, type RunFacetField } from './run-facet-fields.ts';
import { runConditionSql, type RunWhere } from './run-filter.ts';
import { projectIdOf } from './scope.ts';
import { execute, join, raw, sql, type Sql } from './sql.ts';

export const TIME_BUCKETS = ['HOUR', 'DAY', 'WEEK'] as const;
export type TimeBucket = (typeof TIME_BUCKETS)[number];

/** A score at least this high passes (EvalSummary.passRate uses the same line per example). */
const PASS_SCORE = 0.7;
const MAX_ROWS = 10_000;

export interface RunStatsRow {
  group: (string | null)[];
  bucketStart: Date | null;
  count: number;
  avgScore: number | null;
  passRate: number | null;
  costUsd: number | null;
  tokens: number | null;
  p50DurationMs: number | null;
  p95DurationMs: number | null;
}

/**
 * runStats of API.md: per group (values of the groupBy fields, in order) and UTC time bucket of
 * creation, the runs' count, mean score, share of evaluated runs scoring at least 0.7, summed
 * cost and tokens, and median and 95th percentile duration (interpolated). A run with several
 * tags (or flags) counts in each of their groups; one with none in the group null.
 */
export async function runStats(
  ctx: Context,
  args: { where?: RunWhere | null; groupBy?: RunFacetField[] | null; bucket?: TimeBucket | null },
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
  // The bucket's start in epoch milliseconds: timestamps come back from the driver as text.
  const bucket = args.bucket
    ? sql`(extract(epoch from date_trunc(${args.bucket.toLowerCase()}, r.created_at at time zone 'UTC')) * 1000)::float8`
    : raw('null::float8');
  const keys = [sql`${bucket} as bucket_ms`, ...groups.map((group, i) => sql`${group} as ${raw(`k${i}`)}`)];
  const keyNames = raw(['bucket_ms', ...groups.map((_, i) => `k${i}`)].join(', '));
  const rows = await execute<Omit<RunStatsRow, 'group' | 'bucketStart'> & Record<string, unknown>>(
    ctx.em,
    sql`
      select ${join(keys, ', ')}, count(*)::int as count,
        avg(r.avg_score) as "avgScore",
        (avg(case when r.avg_score >= ${PASS_SCORE} then 1 else 0 end) filter (where r.avg_score is not null))::float8
          as "passRate",
        sum(r.cost_usd) as "costUsd",
        sum((r.tokens ->> 'total')::float8) as tokens,
        percentile_cont(0.5) within group (order by r.duration_ms) as "p50DurationMs",
        percentile_cont(0.95) within group (order by r.duration_ms) as "p95DurationMs"
      from run r ${join(unnests, ' ')}
      where ${runConditionSql(projectIdOf(ctx), args.where)}
      group by ${keyNames}
      order by ${keyNames}
      limit ${MAX_ROWS + 1}`,
  );
  if (rows.length > MAX_ROWS) {
    throw ValidationError.field(
      'groupBy',
      `more than ${MAX_ROWS} rows: narrow the filter, group by fewer fields or use a larger bucket`,
    );
  }
  return rows.map(({ bucket_ms, ...row }) => ({
    ...row,
    group: dimensions.map((_, i) => row[`k${i}`] as string | null),
    bucketStart: bucket_ms === null ? null : new Date(bucket_ms as number),
  }));
}
