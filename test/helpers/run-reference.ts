/**
 * Brute force over a project's runs, read straight from PostgreSQL: what runs(where, search),
 * runFacets, runFilterOptions and runStats must answer, computed in TypeScript from API.md's
 * semantics alone, to check the SQL against.
 */
import type { RunFacetField, RunWhere } from '../generated/graphql.ts';

export interface RunRow {
  id: string;
  name: string;
  specId: string;
  specName: string;
  status: string;
  baseModelId: string;
  baseModelName: string;
  modelId: string | null;
  modelName: string | null;
  environment: string | null;
  createdBy: string | null;
  tags: string[];
  feedbackFlags: string[];
  parentId: string | null;
  error: string | null;
  createdAt: number;
  completedAt: number | null;
  avgScore: number | null;
  costUsd: number | null;
  durationMs: number | null;
  tokens: number | null;
}

/** pg's Client or PGlite. */
interface Queryable {
  query(text: string, params: unknown[]): Promise<{ rows: unknown[] }>;
}

export async function loadRuns(client: Queryable, projectId: string): Promise<RunRow[]> {
  const { rows } = await client.query(
    `select r.id, r.name, r.spec_id as "specId", s.name as "specName", r.status, r.base_model_id as "baseModelId",
            b.name as "baseModelName", r.model_id as "modelId", m.name as "modelName", r.environment,
            r.created_by as "createdBy", r.tags, r.feedback_flags as "feedbackFlags", r.parent_id as "parentId", r.error,
            (extract(epoch from r.created_at) * 1000)::float8 as "createdAt",
            (extract(epoch from r.completed_at) * 1000)::float8 as "completedAt",
            r.avg_score as "avgScore", r.cost_usd as "costUsd", r.duration_ms as "durationMs",
            (r.tokens ->> 'total')::float8 as tokens
     from run r join behavior_spec s on s.id = r.spec_id join model b on b.id = r.base_model_id
     left join model m on m.id = r.model_id
     where r.project_id = $1`,
    [projectId],
  );
  return rows as RunRow[];
}

const time = (value: unknown) => Date.parse(String(value));
const anyOf = (list: readonly unknown[] | null | undefined, value: unknown) =>
  !list?.length || (value != null && list.includes(value));

/** RunWhere of API.md: lists are "any of" (empty: no filter), a condition on a missing value is false. */
export function matches(run: RunRow, where: RunWhere | null | undefined): boolean {
  if (!where) return true;
  const tagsAny = where.tags?.any;
  const tagsAll = where.tags?.all;
  return (
    anyOf(where.status, run.status) &&
    anyOf(where.specId, run.specId) &&
    anyOf(where.baseModelId, run.baseModelId) &&
    anyOf(where.modelId, run.modelId) &&
    anyOf(where.environment, run.environment) &&
    anyOf(where.createdBy, run.createdBy) &&
    (!where.feedbackFlag?.length || where.feedbackFlag.some((f) => run.feedbackFlags.includes(f))) &&
    (!tagsAny?.length || tagsAny.some((t) => run.tags.includes(t))) &&
    (!tagsAll?.length || tagsAll.every((t) => run.tags.includes(t))) &&
    (!where.parentId || run.parentId === where.parentId) &&
    (where.hasParent == null || (run.parentId !== null) === where.hasParent) &&
    (where.createdAfter == null || run.createdAt >= time(where.createdAfter)) &&
    (where.createdBefore == null || run.createdAt < time(where.createdBefore)) &&
    (where.minScore == null || (run.avgScore !== null && run.avgScore >= where.minScore)) &&
    (where.maxScore == null || (run.avgScore !== null && run.avgScore <= where.maxScore)) &&
    (where.and ?? []).every((part) => matches(run, part)) &&
    (!where.or?.length || where.or.some((part) => matches(run, part))) &&
    (!where.not || !matches(run, where.not))
  );
}

/**
 * Every word of the search starts a word of the run's name, spec name, tags or error; a
 * hyphenated word (`lr-sweep`) starts a hyphenated word as a whole (PostgreSQL's parser).
 */
export function matchesSearch(run: RunRow, search: string): boolean {
  const split = (text: string, separator: RegExp) => text.toLowerCase().split(separator).filter(Boolean);
  const text = [run.name, run.specName, ...run.tags, run.error ?? ''].join(' ');
  const compounds = split(text, /[^\p{L}\p{N}-]+/u);
  const words = split(text, /[^\p{L}\p{N}]+/u);
  return split(search, /[^\p{L}\p{N}-]+/u).every((word) =>
    (word.includes('-') ? compounds : words).some((w) => w.startsWith(word)),
  );
}

const FACET_KEYS: Record<RunFacetField, (keyof RunWhere)[]> = {
  STATUS: ['status'],
  SPEC: ['specId'],
  BASE_MODEL: ['baseModelId'],
  MODEL: ['modelId'],
  TAG: ['tags'],
  ENVIRONMENT: ['environment'],
  CREATED_BY: ['createdBy'],
  FEEDBACK_FLAG: ['feedbackFlag'],
};

/** API.md's disjunctive facets: a field ignores its own conditions (top level and `and` chains). */
export function withoutField(where: RunWhere | null | undefined, field: RunFacetField): RunWhere {
  if (!where) return {};
  const copy: RunWhere = { ...where };
  for (const key of FACET_KEYS[field]) delete copy[key];
  if (copy.and) copy.and = copy.and.map((part) => withoutField(part, field));
  return copy;
}

export function facetValues(run: RunRow, field: RunFacetField): { value: string; label: string | null }[] {
  const one = (value: string | null, label: string | null = null) => (value === null ? [] : [{ value, label }]);
  switch (field) {
    case 'STATUS':
      return one(run.status);
    case 'SPEC':
      return one(run.specId, run.specName);
    case 'BASE_MODEL':
      return one(run.baseModelId, run.baseModelName);
    case 'MODEL':
      return one(run.modelId, run.modelName);
    case 'TAG':
      return run.tags.map((value) => ({ value, label: null }));
    case 'ENVIRONMENT':
      return one(run.environment);
    case 'CREATED_BY':
      return one(run.createdBy);
    case 'FEEDBACK_FLAG':
      return run.feedbackFlags.map((value) => ({ value, label: null }));
  }
}

export interface Counted {
  value: string;
  label: string | null;
  count: number;
}

/** Values of `field` among `runs`, most frequent first, ties by value (byte order, as the C collation). */
function countValues(runs: readonly RunRow[], field: RunFacetField): Counted[] {
  const counts = new Map<string, Counted>();
  for (const run of runs) {
    for (const { value, label } of facetValues(run, field)) {
      const entry = counts.get(value) ?? { value, label, count: 0 };
      entry.count += 1;
      counts.set(value, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

/** runFacets(where, search, [field]) by brute force. */
export function bruteFacet(runs: readonly RunRow[], field: RunFacetField, where: RunWhere, search?: string) {
  const own = withoutField(where, field);
  return countValues(
    runs.filter((run) => matches(run, own) && (!search || matchesSearch(run, search))),
    field,
  );
}

/** percentile_cont: linear interpolation between the closest ranks. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}
