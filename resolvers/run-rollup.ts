import type { RunStatus } from '../src/db/entities/run.ts';
import { creationRange } from '../src/domain/inputs/run-where.ts';
import type { RunWhere } from './run-filter.ts';
import { and, array, or, raw, sql, type Sql } from './sql.ts';

/** The filter fields run_facet_count also counts by, all time only (run_facet_rows, Migration20261129214500). */
type PairField = 'SPEC' | 'ENVIRONMENT' | 'CREATED_BY' | 'BASE_MODEL' | 'TAG';

/**
 * A filter that run_facet_count can answer: any of some statuses, top-level or child runs, and
 * either a creation-time range or any of some values of one pair field. Counts for it are
 * summed from the table's all-time, month and day rows, plus a scan of the runs in the partial
 * days at either end of a time range.
 */
export interface RollupScope {
  statuses: RunStatus[] | null;
  topLevel: boolean | null;
  after: Date | null;
  before: Date | null;
  pair: { field: PairField; values: string[] } | null;
}

const SINGLE_VALUED_PAIRS: Partial<Record<keyof RunWhere, PairField>> = {
  specId: 'SPEC',
  environment: 'ENVIRONMENT',
  createdBy: 'CREATED_BY',
  baseModelId: 'BASE_MODEL',
};
const SCOPE_KEYS = new Set<string>(['status', 'hasParent', 'createdAfter', 'createdBefore', 'and', 'tags']);

const isSet = (value: unknown) => value != null && !(Array.isArray(value) && value.length === 0);

/** The filter as a RollupScope, or null when it (or a search) needs the runs themselves. */
export function rollupScope(where: RunWhere | null | undefined, searched: boolean): RollupScope | null {
  if (searched) return null;
  const scope: RollupScope = { statuses: null, topLevel: null, after: null, before: null, pair: null };
  const pair = (field: PairField, values: readonly string[]): boolean => {
    if (scope.pair && scope.pair.field !== field) return false;
    scope.pair = { field, values: scope.pair ? scope.pair.values.filter((v) => values.includes(v)) : [...values] };
    return scope.pair.values.length > 0;
  };
  const merge = (part: RunWhere): boolean => {
    for (const [key, value] of Object.entries(part)) {
      if (!isSet(value)) continue;
      const pairField = SINGLE_VALUED_PAIRS[key as keyof RunWhere];
      if (pairField ? !pair(pairField, value as string[]) : !SCOPE_KEYS.has(key)) return false;
    }
    if (part.tags) {
      // Counted per tag, so exact for one tag only: `any` of two would count a run twice.
      const tags = new Set([...(part.tags.any ?? []), ...(part.tags.all ?? [])]);
      if (tags.size > 1 || (tags.size === 1 && (scope.pair?.field === 'TAG' || !pair('TAG', [...tags])))) return false;
    }
    if (part.status?.length) {
      scope.statuses = scope.statuses ? scope.statuses.filter((s) => part.status!.includes(s)) : [...part.status];
    }
    if (part.hasParent != null) {
      const topLevel = !part.hasParent;
      if (scope.topLevel !== null && scope.topLevel !== topLevel) return false;
      scope.topLevel = topLevel;
    }
    return (part.and ?? []).every(merge);
  };
  if (!merge(where ?? {})) return null;
  ({ after: scope.after, before: scope.before } = creationRange(where));
  // Pairs are counted over all time only; no status passes two disjoint status lists.
  if (scope.pair && (scope.after || scope.before)) return null;
  return scope.statuses?.length === 0 ? null : scope;
}

const DAY_MS = 86_400_000;
const floorDay = (t: Date) => new Date(Math.floor(t.getTime() / DAY_MS) * DAY_MS);
const ceilDay = (t: Date) => new Date(Math.ceil(t.getTime() / DAY_MS) * DAY_MS);
const floorMonth = (t: Date) => new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1));
const ceilMonth = (t: Date) => {
  const floor = floorMonth(t);
  return floor.getTime() === t.getTime() ? floor : new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1));
};
const date = (t: Date) => sql`${t.toISOString().slice(0, 10)}::date`;

/** A half-open creation-time interval; null ends are unbounded. */
export interface TimeSlice {
  from: Date | null;
  to: Date | null;
}

/**
 * Splits [after, before) into whole UTC months, whole UTC days outside them, and the partial
 * days at the ends, which only the runs can answer.
 */
function splitRange(
  after: Date | null,
  before: Date | null,
): { months: TimeSlice[]; days: TimeSlice[]; rest: TimeSlice[] } {
  const firstDay = after && ceilDay(after);
  const lastDay = before && floorDay(before);
  if (firstDay && lastDay && firstDay >= lastDay) return { months: [], days: [], rest: [{ from: after, to: before }] };
  const rest: TimeSlice[] = [];
  if (after && firstDay && after < firstDay) rest.push({ from: after, to: firstDay });
  if (before && lastDay && lastDay < before) rest.push({ from: lastDay, to: before });
  const firstMonth = firstDay && ceilMonth(firstDay);
  const lastMonth = lastDay && floorMonth(lastDay);
  if (firstMonth && lastMonth && firstMonth >= lastMonth) {
    return { months: [], days: [{ from: firstDay, to: lastDay }], rest };
  }
  const days: TimeSlice[] = [];
  if (firstDay && firstMonth && firstDay < firstMonth) days.push({ from: firstDay, to: firstMonth });
  if (lastDay && lastMonth && lastMonth < lastDay) days.push({ from: lastMonth, to: lastDay });
  return { months: [{ from: firstMonth, to: lastMonth }], days, rest };
}

const bucketIn = ({ from, to }: TimeSlice): Sql =>
  and([...(from ? [sql`c.bucket >= ${date(from)}`] : []), ...(to ? [sql`c.bucket < ${date(to)}`] : [])]);

/**
 * Where a scope's counts come from: rows of run_facet_count (`buckets`, a condition on `c`, or
 * null if none), and the partial days (`rest`) that have to be counted from the runs.
 */
export function rollupSources(scope: RollupScope): { buckets: Sql | null; rest: TimeSlice[] } {
  if (!scope.after && !scope.before) return { buckets: raw(`c.grain = 'all'`), rest: [] };
  const { months, days, rest } = splitRange(scope.after, scope.before);
  const grains = [
    ...months.map((slice) => sql`c.grain = 'month' and ${bucketIn(slice)}`),
    ...days.map((slice) => sql`c.grain = 'day' and ${bucketIn(slice)}`),
  ];
  return { buckets: grains.length > 0 ? or(grains) : null, rest };
}

/** Counts per (field, value) from the run_facet_count rows `buckets` selects. Fields are RunFacetField names or `*`. */
export function rollupCountsSql(
  projectId: string,
  scope: RollupScope,
  fields: readonly string[],
  buckets: Sql,
  valueFilter: (field: string, value: Sql) => Sql | null,
): Sql {
  const valueFilters = fields.flatMap((field) => {
    const filter = valueFilter(field, raw('c.value'));
    return filter ? [sql`c.field <> ${field} or ${filter}`] : [];
  });
  const { pair } = scope;
  return sql`
    select c.field, c.value, sum(c.count)::int as count
    from run_facet_count c
    where ${and([
      sql`c.project_id = ${projectId}::uuid`,
      pair
        ? sql`c.filter_field = ${pair.field} and c.filter_value = any(${array(pair.values, 'text')})`
        : raw(`c.filter_field = '' and c.filter_value = ''`),
      sql`c.field = any(${array(fields, 'text')})`,
      buckets,
      ...(scope.statuses ? [sql`c.status = any(${array(scope.statuses, 'text')})`] : []),
      ...(scope.topLevel === null ? [] : [sql`c.top_level = ${scope.topLevel}`]),
      ...valueFilters,
    ])}
    group by c.field, c.value`;
}

/** The scope as a filter on runs, over one of the partial days of its range. */
export function scopeWhere(scope: RollupScope, slice: TimeSlice): RunWhere {
  return {
    status: scope.statuses,
    hasParent: scope.topLevel === null ? null : !scope.topLevel,
    createdAfter: slice.from,
    createdBefore: slice.to,
  };
}
