import { isDeepStrictEqual } from 'node:util';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { and, execute, join, or, raw, sql, type Sql } from './sql.ts';

/** A field rows are counted by. */
export interface FacetDimension {
  field: string;
  /**
   * The value on the scanned row in its column's type (`r.status`, `r.spec_id`), for a multi-valued
   * field the array (`r.tags`). Counts come back as text, cast once per group: grouping 56k runs by
   * two uuid columns cast to text took 15 ms more than by the uuids.
   */
  value: Sql;
  multiValued?: boolean;
  /** Values are ids of rows of this table, whose `name` is the value's label. */
  labelTable?: 'behavior_spec' | 'model';
}

/** Count rows by `dimension` among those matching `where`, keeping values that pass `valueFilter`. */
export interface FacetCount {
  dimension: FacetDimension;
  where: Sql;
  valueFilter?: ((value: Sql) => Sql) | null;
}

const TOTAL = "'*'";

/**
 * Rows (field, value, count), plus ('*', '', count) for `total` when given, counted from `from`
 * within `base`. Single-valued fields and the total share one scan (GROUPING SETS, a FILTER per
 * field where fields have conditions of their own); each multi-valued field adds a scan that
 * unnests its arrays, over its matching rows only.
 */
export function facetCountsSql(from: Sql, base: Sql, facets: readonly FacetCount[], total: Sql | null): Sql {
  const single = facets.filter((f) => !f.dimension.multiValued);
  const parts: Sql[] = [];
  if (single.length > 0 || total) parts.push(groupingSetsSql(from, base, single, total));
  for (const facet of facets.filter((f) => f.dimension.multiValued)) {
    const filter = facet.valueFilter?.(raw('v'));
    parts.push(sql`
      select ${facet.dimension.field}::text as field, v as value, count(*)::int as count
      from ${from} cross join lateral unnest(${facet.dimension.value}) v
      where ${and([base, facet.where, ...(filter ? [filter] : [])])}
      group by v`);
  }
  return join(parts, ' union all ');
}

const sameSql = (a: Sql, b: Sql) => a.text === b.text && isDeepStrictEqual(a.params, b.params);

function groupingSetsSql(from: Sql, base: Sql, facets: readonly FacetCount[], total: Sql | null): Sql {
  const conditions = facets.map((f) => (f.valueFilter ? and([f.where, f.valueFilter(f.dimension.value)]) : f.where));
  const counted = [...conditions, ...(total ? [total] : [])];
  const distinct = counted.filter((c, i) => counted.findIndex((d) => sameSql(c, d)) === i);
  const scan = and([base, or(distinct)]);
  // Fields under every filter of a panel share one condition: the scan applies it once and
  // counts every row, instead of testing it again for each count (staging + baseline: 18 of
  // 183 ms, bench/SEARCH.md).
  const countWhere = (condition: Sql) =>
    distinct.length === 1 ? raw('count(*)') : sql`count(*) filter (where ${condition})`;
  if (facets.length === 0) {
    return sql`select ${raw(TOTAL)}::text as field, ''::text as value, count(*)::int as count from ${from} where ${scan}`;
  }
  // grouping(v0 … vn-1) sets a bit for each column a row is NOT grouped by: every bit but
  // bit n-1-i in v_i's grouping set, every bit in () (the total).
  const n = facets.length;
  const all = 2 ** n - 1;
  const bySet = (ofFacet: (i: number) => string, ofTotal: string) =>
    raw(
      `case g ${facets.map((_, i) => `when ${all & ~(2 ** (n - 1 - i))} then ${ofFacet(i)}`).join(' ')} when ${all} then ${ofTotal} end`,
    );
  const values = facets.map((f) => f.dimension.value);
  const columns = join(
    values.map((value, i) => sql`${value} as ${raw(`v${i}`)}`),
    ', ',
  );
  const counts = join(
    conditions.map((c, i) => sql`${countWhere(c)} as ${raw(`c${i}`)}`),
    ', ',
  );
  const sets = join([...values.map((value) => sql`(${value})`), ...(total ? [raw('()')] : [])], ', ');
  return sql`
    select * from (
      select ${bySet((i) => `'${facets[i]!.dimension.field}'`, TOTAL)}::text as field,
             ${bySet((i) => `v${i}::text`, "''")} as value,
             ${bySet((i) => `c${i}`, 'ct')}::int as count
      from (
        select ${columns}, grouping(${join(values, ', ')}) as g, ${counts},
               ${total ? countWhere(total) : raw('0')} as ct
        from ${from}
        where ${scan}
        group by grouping sets (${sets})
      ) grouped
    ) counted
    where value is not null`;
}

export interface FacetRow {
  field: string;
  value: string;
  label: string | null;
  count: number;
}

/**
 * Sums `counts` (several sources may count the same value) and keeps the `limit` most frequent
 * values of each field, ties by value, with labels for id-valued fields, in the same statement.
 */
export function topFacetValues(
  em: SqlEntityManager,
  counts: Sql,
  dimensions: readonly FacetDimension[],
  limit: number,
): Promise<FacetRow[]> {
  const labelled = dimensions.filter((d) => d.labelTable);
  const label =
    labelled.length === 0
      ? raw('null::text')
      : sql`case ranked.field ${join(
          labelled.map(
            (d) =>
              sql`when ${d.field} then (select l.name from ${raw(d.labelTable!)} l where l.id = ranked.value::uuid)`,
          ),
          ' ',
        )} end`;
  return execute<FacetRow>(
    em,
    sql`
    select ranked.field, ranked.value, ranked.count, ${label} as label
    from (
      select field, value, count, row_number() over (partition by field order by count desc, value) as rank
      from (select field, value, sum(count)::int as count from (${counts}) counts group by field, value) summed
      where count > 0 or field = ${raw(TOTAL)}
    ) ranked
    where ranked.rank <= ${limit} or ranked.field = ${raw(TOTAL)}
    order by ranked.field, ranked.rank`,
  );
}

/** The RunFacets / JobFacets shape: the total, and each requested field's values in order. */
export function facetPanel<F extends string>(rows: readonly FacetRow[], fields: readonly F[]) {
  return {
    total: rows.find((row) => row.field === '*')?.count ?? 0,
    facets: fields.map((field) => ({
      field,
      values: rows.filter((row) => row.field === field).map(({ value, label, count }) => ({ value, label, count })),
    })),
  };
}
