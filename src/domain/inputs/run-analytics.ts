import { z } from 'zod';
import { Text } from './common.ts';
import { creationRange } from './run-where.ts';

const MAX_HOUR_BUCKET_DAYS = 31;

const between = (min: number, max: number) =>
  z.int().min(min, `must be between ${min} and ${max}`).max(max, `must be between ${min} and ${max}`);

/** A list of facet fields, each at most once. */
export const facetFields = (max: number) =>
  z
    .array(z.string())
    .max(max, `at most ${max} fields`)
    .refine((fields) => new Set(fields).size === fields.length, { message: 'must not name a field twice' });

/** Values per facet field; null (API.md's `limit: Int`) means the default. */
export const FacetLimit = between(1, 500).nullish();
export const DEFAULT_FACET_LIMIT = 50;
/** Values of one field's filter options; null means the default. */
export const FilterOptionsLimit = between(1, 100).nullish();
export const DEFAULT_FILTER_OPTIONS_LIMIT = 20;

export const Prefix = Text.max(200, 'must be at most 200 characters').nullish();

/**
 * runStats' bucket: hourly buckets only over a creation range (`creationRange`: createdAfter ..
 * createdBefore, default now) of at most 31 days, so a series stays a readable size.
 */
export const RunStatsArgs = z
  .object({ where: z.object({}).loose().nullish(), bucket: z.string().nullish() })
  .loose()
  .superRefine((args, issues) => {
    if (args.bucket !== 'HOUR') return;
    const range = creationRange(args.where);
    const before = range.before ?? new Date();
    if (!range.after || before.getTime() - range.after.getTime() > MAX_HOUR_BUCKET_DAYS * 86_400_000) {
      issues.addIssue({
        code: 'custom',
        path: ['bucket'],
        message: `HOUR needs where.createdAfter at most ${MAX_HOUR_BUCKET_DAYS} days before where.createdBefore (or now), at the top level or in \`and\``,
      });
    }
  });
