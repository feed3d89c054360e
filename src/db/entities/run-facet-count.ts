import { EntitySchema } from '@mikro-orm/core';
import { foreignKey } from './common.ts';

/**
 * How many runs carry each facet value, per UTC day, UTC month and all time, split by status and
 * by top-level vs child. Database triggers keep it exact inside every transaction that writes a run
 * (see Migration20261122133015), so a facet panel filtered by nothing but status, top-level and
 * creation time sums a few thousand of these rows instead of counting a million runs. Written
 * only by those triggers; read by resolvers/run-rollup.ts.
 */
export interface RunFacetCount {
  projectId: string;
  grain: 'day' | 'month' | 'all';
  /**
   * For grain `all`, also counts among the runs with one value of one filter field (ENVIRONMENT,
   * CREATED_BY, BASE_MODEL or TAG); `''` and `''` for counts over all runs.
   */
  filterField: string;
  filterValue: string;
  /** A RunFacetField name (`SPEC`, `TAG`, ...), or `*` for the number of runs. */
  field: string;
  /** First day of the UTC day or month; `-infinity` for grain `all`. */
  bucket: string;
  status: string;
  topLevel: boolean;
  value: string;
  count: number;
}

export const RunFacetCountSchema = new EntitySchema<RunFacetCount>({
  name: 'RunFacetCount',
  tableName: 'run_facet_count',
  properties: {
    projectId: { ...foreignKey('Project', 'project_id', { index: false }), primary: true },
    grain: { type: 'text', primary: true },
    filterField: { type: 'text', primary: true },
    filterValue: { type: 'text', primary: true },
    field: { type: 'text', primary: true },
    bucket: { type: 'date', primary: true },
    status: { type: 'text', primary: true },
    topLevel: { type: 'boolean', primary: true },
    value: { type: 'text', primary: true },
    count: { type: 'integer' },
  },
  indexes: [
    {
      // Counts that fell to zero, for the triggers to sweep without scanning the table.
      name: 'run_facet_count_zero',
      expression: 'create index "run_facet_count_zero" on "run_facet_count" ("project_id") where "count" = 0',
    },
  ],
});
