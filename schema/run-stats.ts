import * as stats from '../resolvers/run-stats.ts';
import { TIME_BUCKETS, type RunStatsRow } from '../resolvers/run-stats.ts';
import { RunStatsArgs, facetFields } from '../src/domain/inputs/run-analytics.ts';
import { RunWhereInput } from '../src/domain/inputs/run-where.ts';
import { describedValues } from './enum-values.ts';
import { builder } from './builder.ts';
import { RunFacetFieldEnum } from './facets.ts';
import { RunWhereRef } from './run-where.ts';
import { selectedFields } from './selected-fields.ts';

const TimeBucketEnum = builder.enumType('TimeBucket', {
  description: 'A UTC time bucket of creation time (weeks start on Monday).',
  values: describedValues<(typeof TIME_BUCKETS)[number]>({
    HOUR: 'Each UTC hour.',
    DAY: 'Each UTC day.',
    WEEK: 'Each week, from Monday 00:00 UTC.',
  }),
});

const RunStatsRowRef = builder.objectRef<RunStatsRow>('RunStatsRow').implement({
  description: 'Aggregates over the runs of one group and time bucket.',
  fields: (t) => ({
    group: t.field({
      type: ['String'],
      nullable: { list: false, items: true },
      description: 'The groupBy fields’ values, in order (ids for specs and models; null: a run without one).',
      resolve: (row) => row.group,
    }),
    bucketStart: t.expose('bucketStart', {
      type: 'DateTime',
      nullable: true,
      description: 'Start of the bucket; null without one.',
    }),
    count: t.exposeInt('count', { description: 'Runs.' }),
    avgScore: t.exposeFloat('avgScore', {
      nullable: true,
      description: 'Mean evalSummary.avgScore of evaluated runs.',
    }),
    passRate: t.exposeFloat('passRate', {
      nullable: true,
      description: 'Share of evaluated runs whose avgScore is at least 0.7.',
    }),
    costUsd: t.exposeFloat('costUsd', { nullable: true, description: 'Summed compute cost.' }),
    tokens: t.exposeFloat('tokens', { nullable: true, description: 'Summed tokens.total.' }),
    p50DurationMs: t.exposeFloat('p50DurationMs', { nullable: true, description: 'Median duration (interpolated).' }),
    p95DurationMs: t.exposeFloat('p95DurationMs', {
      nullable: true,
      description: '95th percentile duration (interpolated).',
    }),
  }),
});

builder.queryFields((t) => ({
  runStats: t.field({
    type: [RunStatsRowRef],
    description:
      'Run analytics per group and time bucket, ordered by bucket then group. A run with several tags (or flags) counts in each. At most 10,000 rows.',
    validate: RunStatsArgs,
    args: {
      where: t.arg({ type: RunWhereRef, validate: RunWhereInput, description: 'Filter.' }),
      groupBy: t.arg({
        type: [RunFacetFieldEnum],
        validate: facetFields(3),
        description: 'Up to 3 fields to group by, each once.',
      }),
      bucket: t.arg({ type: TimeBucketEnum, description: 'Bucket size; HOUR needs a range of at most 31 days.' }),
    },
    resolve: (_root, args, ctx, info) => {
      const selected = selectedFields(info);
      return stats.runStats(
        ctx,
        args,
        stats.RUN_STATS_AGGREGATES.filter((name) => selected.has(name)),
      );
    },
  }),
}));
