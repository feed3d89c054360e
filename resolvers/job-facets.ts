import type { Context } from '../src/context.ts';
import { facetCountsSql, facetPanel, topFacetValues, type FacetDimension } from './facet-sql.ts';
import type { JobWhere } from './jobs.ts';
import { projectIdOf } from './scope.ts';
import { and, array, raw, sql, type Sql } from './sql.ts';

export const JOB_FACET_FIELDS = ['TYPE', 'STATUS', 'ENVIRONMENT', 'BASE_MODEL'] as const;
export type JobFacetField = (typeof JOB_FACET_FIELDS)[number];

/** Each facet field of jobs on `job j`, with the JobWhere key that filters on it. */
const JOB_FACETS: Record<JobFacetField, FacetDimension & { whereKey: keyof JobWhere }> = {
  TYPE: { field: 'TYPE', value: raw('j.type'), whereKey: 'type' },
  STATUS: { field: 'STATUS', value: raw('j.status'), whereKey: 'status' },
  ENVIRONMENT: { field: 'ENVIRONMENT', value: raw('j.environment'), whereKey: 'environment' },
  BASE_MODEL: {
    field: 'BASE_MODEL',
    value: raw('j.base_model_id'),
    labelTable: 'model',
    whereKey: 'baseModelId',
  },
};

function jobWhereSql(where: JobWhere): Sql {
  const anyOf = (column: string, values: readonly string[] | null | undefined, type: 'text' | 'uuid') =>
    values?.length ? [sql`${raw(column)} = any(${array(values, type)})`] : [];
  return and([
    ...anyOf('j.type', where.type, 'text'),
    ...anyOf('j.status', where.status, 'text'),
    ...anyOf('j.environment', where.environment, 'text'),
    ...anyOf('j.base_model_id', where.baseModelId, 'uuid'),
  ]);
}

/** jobFacets of API.md: disjunctive counts per field (a field ignores its own filter), and the total. */
export async function jobFacets(
  ctx: Context,
  args: { where?: JobWhere | null; fields: JobFacetField[]; limit: number },
) {
  const where = args.where ?? {};
  const dimensions = args.fields.map((field) => JOB_FACETS[field]);
  const counts = facetCountsSql(
    raw('job j'),
    sql`j.project_id = ${projectIdOf(ctx)}::uuid`,
    dimensions.map((dimension) => ({ dimension, where: jobWhereSql({ ...where, [dimension.whereKey]: null }) })),
    jobWhereSql(where),
  );
  return facetPanel(await topFacetValues(ctx.em, counts, dimensions, args.limit), args.fields);
}
