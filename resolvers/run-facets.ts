import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../src/context.ts';
import { facetCountsSql, facetPanel, topFacetValues, type FacetCount } from './facet-sql.ts';
import { RUN_FACETS, prefixFilter, type RunFacetField } from './run-facet-fields.ts';
import { runSearch, runWhereSql, searchTerm, withoutKeys, type RunWhere } from './run-filter.ts';
import type { RunSearch } from './run-list.ts';
import { rollupCountsSql, rollupScope, rollupSources, scopeWhere, type RollupScope } from './run-rollup.ts';
import { projectIdOf } from './scope.ts';
import { and, execute, join, or, raw, sql, withoutParallelWorkers, type Sql } from './sql.ts';

interface CountsRequest {
  projectId: string;
  where: RunWhere | null | undefined;
  /** The search's condition for reading all its matches (RunSearch.allMatches). */
  search: Sql | null;
  fields: readonly RunFacetField[];
  withTotal: boolean;
  prefix?: string | null;
}

const matching = (where: RunWhere, search: Sql | null): Sql => and([runWhereSql(where), ...(search ? [search] : [])]);

/**
 * One statement giving (field, value, count) for each field's disjunctive counts, and ('*', '',
 * total) if asked. A field whose filter run_facet_count can answer (see RollupScope) is summed
 * from it, plus a scan of the partial days at its time range's ends; every other field, and the
 * total, is counted from the runs in one scan (see facetCountsSql). `summed` says whether it
 * reads run_facet_count at all.
 */
function countsSql({ projectId, where, search, fields, withTotal, prefix }: CountsRequest): {
  counts: Sql;
  summed: boolean;
} {
  const rollups = new Map<string, { scope: RollupScope; fields: string[] }>();
  const scanned: FacetCount[] = [];
  let scannedTotal: Sql | null = null;
  const valueFilter = (field: string) =>
    prefix && field !== '*' ? prefixFilter(RUN_FACETS[field as RunFacetField], projectId, prefix) : null;
  const rollUp = (scope: RollupScope, field: string) => {
    const key = JSON.stringify(scope);
    const group = rollups.get(key) ?? { scope, fields: [] };
    group.fields.push(field);
    rollups.set(key, group);
  };

  for (const field of fields) {
    const definition = RUN_FACETS[field];
    const own = withoutKeys(where, definition.whereKeys);
    const scope = definition.rolledUp ? rollupScope(own, search !== null) : null;
    if (scope) rollUp(scope, field);
    else scanned.push({ dimension: definition, where: matching(own, search), valueFilter: valueFilter(field) });
  }
  if (withTotal) {
    const scope = rollupScope(where, search !== null);
    if (scope) rollUp(scope, '*');
    else scannedTotal = matching(where ?? {}, search);
  }

  const parts: Sql[] = [];
  for (const { scope, fields: rolled } of rollups.values()) {
    const { buckets, rest: slices } = rollupSources(scope);
    if (buckets) {
      parts.push(
        rollupCountsSql(projectId, scope, rolled, buckets, (field, value) => valueFilter(field)?.(value) ?? null),
      );
    }
    if (slices.length === 0) continue;
    const rest = or(slices.map((slice) => runWhereSql(scopeWhere(scope, slice))));
    for (const field of rolled) {
      if (field === '*') scannedTotal = rest;
      else
        scanned.push({ dimension: RUN_FACETS[field as RunFacetField], where: rest, valueFilter: valueFilter(field) });
    }
  }
  if (scanned.length > 0 || scannedTotal !== null) {
    parts.push(facetCountsSql(raw('run r'), sql`r.project_id = ${projectId}::uuid`, scanned, scannedTotal));
  }
  return { counts: join(parts, ' union all '), summed: rollups.size > 0 };
}

/**
 * Runs a statement that sums run_facet_count serially, one that only scans runs as the planner
 * likes. Beside sums, a scan is one of a Parallel Append's whole children, so workers only add
 * their start-up: a panel of the top spec + a tag took 68 ms with two, 35 without (warm, at a
 * million runs).
 */
function countWith<T>(ctx: Context, summed: boolean, work: (em: SqlEntityManager) => Promise<T>): Promise<T> {
  return summed ? withoutParallelWorkers(ctx.em, work) : work(ctx.em);
}

function facetRows(ctx: Context, request: Omit<CountsRequest, 'projectId'>, limit: number) {
  const { counts, summed } = countsSql({ ...request, projectId: projectIdOf(ctx) });
  const dimensions = request.fields.map((field) => RUN_FACETS[field]);
  return countWith(ctx, summed, (em) => topFacetValues(em, counts, dimensions, limit));
}

/** runFacets of API.md: per field its most frequent values with disjunctive counts, and the total. */
export async function runFacets(
  ctx: Context,
  args: { where?: RunWhere | null; search?: string | null; fields: RunFacetField[]; limit: number },
) {
  const term = searchTerm(args.search);
  const search = term ? await runSearch(ctx.em, projectIdOf(ctx), term).allMatches() : null;
  const rows = await facetRows(ctx, { where: args.where, search, fields: args.fields, withTotal: true }, args.limit);
  return facetPanel(rows, args.fields);
}

/** runFilterOptions of API.md: one field's values starting with `prefix`, most frequent first. */
export async function runFilterOptions(
  ctx: Context,
  args: { field: RunFacetField; where?: RunWhere | null; prefix?: string | null; limit: number },
) {
  const prefix = args.prefix?.trim() || null;
  const request = { where: args.where, search: null, fields: [args.field], withTotal: false, prefix };
  const rows = await facetRows(ctx, request, args.limit);
  return rows.map(({ value, label, count }) => ({ value, label, count }));
}

/** runs(where, search).totalCount, from run_facet_count where the filter allows. */
export async function countRuns(ctx: Context, where: RunWhere | null | undefined, search: RunSearch | null) {
  const { counts, summed } = countsSql({
    projectId: projectIdOf(ctx),
    where,
    search: search ? await search.allMatches() : null,
    fields: [],
    withTotal: true,
  });
  const [row] = await countWith(ctx, summed, (em) =>
    execute<{ total: number }>(em, sql`select coalesce(sum(count), 0)::int as total from (${counts}) counts`),
  );
  return row?.total ?? 0;
}
