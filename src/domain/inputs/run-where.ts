import { z } from 'zod';
import { Id, Text, filterList } from './common.ts';

const MAX_DEPTH = 5;
/** Branches of one `and` or `or`: runFacets repeats the whole condition once per field. */
const MAX_BRANCHES = 20;
const MAX_SEARCH_LENGTH = 500;

const list = <T extends z.ZodType>(item: T) => filterList(item).nullish();
const ids = list(Id);
const strings = list(Text);

/**
 * Creation-time bounds, clamped to the years a run can have been created in (its createdAt is
 * the server's clock), which changes no answer: the day and month buckets of the counts are
 * then dates PostgreSQL can read, as year 0 or 10000 are not.
 */
const EARLIEST = new Date('1970-01-01T00:00:00Z');
const LATEST = new Date('9999-01-01T00:00:00Z');
const createdBound = z
  .date()
  .nullish()
  .transform((t) => t && new Date(Math.min(Math.max(t.getTime(), EARLIEST.getTime()), LATEST.getTime())));

/**
 * runs(search:) and runFacets(search:): sized for a pasted run name or error line, and short
 * enough that no word reaches PostgreSQL's 2,047-byte limit for a word of a text search.
 */
export const Search = Text.max(MAX_SEARCH_LENGTH, `must be at most ${MAX_SEARCH_LENGTH} characters`).nullish();

interface RunWhereShape {
  and?: RunWhereShape[] | null;
  or?: RunWhereShape[] | null;
  not?: RunWhereShape | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
}

/**
 * The creation times every matching run lies in: the latest createdAfter and the earliest
 * createdBefore at the top level and along `and`s (one inside `or` or `not` bounds nothing).
 */
export function creationRange(where: RunWhereShape | null | undefined): { after: Date | null; before: Date | null } {
  const range = { after: where?.createdAfter ?? null, before: where?.createdBefore ?? null };
  for (const part of where?.and ?? []) {
    const inner = creationRange(part);
    if (inner.after && (!range.after || inner.after > range.after)) range.after = inner.after;
    if (inner.before && (!range.before || inner.before < range.before)) range.before = inner.before;
  }
  return range;
}

function depth(where: RunWhereShape | null | undefined): number {
  if (!where) return 0;
  const children = [...(where.and ?? []), ...(where.or ?? []), ...(where.not ? [where.not] : [])];
  return 1 + Math.max(0, ...children.map(depth));
}

/** Checks the parts of a RunWhere GraphQL types cannot: UUIDs, text, list sizes and nesting. */
const RunWhereNode: z.ZodType<unknown> = z.lazy(() =>
  z
    .object({
      specId: ids,
      baseModelId: ids,
      modelId: ids,
      parentId: Id.nullish(),
      status: list(z.string()),
      tags: z.object({ any: strings, all: strings }).nullish(),
      environment: strings,
      createdBy: strings,
      feedbackFlag: strings,
      createdAfter: createdBound,
      createdBefore: createdBound,
      and: RunWhereNode.array().max(MAX_BRANCHES, `at most ${MAX_BRANCHES} branches`).nullish(),
      or: RunWhereNode.array().max(MAX_BRANCHES, `at most ${MAX_BRANCHES} branches`).nullish(),
      not: RunWhereNode.nullish(),
    })
    .loose(),
);

export const RunWhereInput = RunWhereNode.refine((where) => depth(where as RunWhereShape) <= MAX_DEPTH, {
  message: `nests more than ${MAX_DEPTH} levels`,
});
