import type { FacetDimension } from './facet-sql.ts';
import type { RunWhere } from './run-filter.ts';
import { raw, sql, type Sql } from './sql.ts';

export const RUN_FACET_FIELDS = [
  'STATUS',
  'SPEC',
  'BASE_MODEL',
  'MODEL',
  'TAG',
  'ENVIRONMENT',
  'CREATED_BY',
  'FEEDBACK_FLAG',
] as const;
export type RunFacetField = (typeof RUN_FACET_FIELDS)[number];

export interface RunFacetDefinition extends FacetDimension {
  field: RunFacetField;
  /** The RunWhere keys that filter on this field: its own disjunctive counts ignore them. */
  whereKeys: (keyof RunWhere)[];
  /** Counted in run_facet_count. MODEL is not: a fine-tuned model belongs to one run. */
  rolledUp: boolean;
}

/** Every facet field of runs, on `run r`. */
export const RUN_FACETS: Record<RunFacetField, RunFacetDefinition> = {
  STATUS: { field: 'STATUS', value: raw('r.status'), whereKeys: ['status'], rolledUp: true },
  SPEC: {
    field: 'SPEC',
    value: raw('r.spec_id'),
    labelTable: 'behavior_spec',
    whereKeys: ['specId'],
    rolledUp: true,
  },
  BASE_MODEL: {
    field: 'BASE_MODEL',
    value: raw('r.base_model_id'),
    labelTable: 'model',
    whereKeys: ['baseModelId'],
    rolledUp: true,
  },
  MODEL: {
    field: 'MODEL',
    value: raw('r.model_id'),
    labelTable: 'model',
    whereKeys: ['modelId'],
    rolledUp: false,
  },
  TAG: { field: 'TAG', value: raw('r.tags'), multiValued: true, whereKeys: ['tags'], rolledUp: true },
  ENVIRONMENT: { field: 'ENVIRONMENT', value: raw('r.environment'), whereKeys: ['environment'], rolledUp: true },
  CREATED_BY: { field: 'CREATED_BY', value: raw('r.created_by'), whereKeys: ['createdBy'], rolledUp: true },
  FEEDBACK_FLAG: {
    field: 'FEEDBACK_FLAG',
    value: raw('r.feedback_flags'),
    multiValued: true,
    whereKeys: ['feedbackFlag'],
    rolledUp: true,
  },
};

/**
 * Values starting with `prefix`, ignoring case: the label (spec or model name) for id-valued
 * fields, since nobody types an id, else the value itself.
 */
export function prefixFilter(dimension: FacetDimension, projectId: string, prefix: string): (value: Sql) => Sql {
  if (dimension.labelTable) {
    const table = raw(dimension.labelTable);
    return (value) =>
      sql`${value}::text in (select l.id::text from ${table} l where l.project_id = ${projectId}::uuid and starts_with(lower(l.name), lower(${prefix})))`;
  }
  return (value) => sql`starts_with(lower(${value}), lower(${prefix}))`;
}
