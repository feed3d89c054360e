import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { RunStatus } from '../src/db/entities/run.ts';
import { and, array, execute, or, raw, sql, type Sql } from './sql.ts';
import type { RunSearch } from './run-list.ts';

/** RunWhere of API.md: lists mean "any of" (an empty list filters nothing); `and`/`or`/`not` nest. */
export interface RunWhere {
  status?: RunStatus[] | null;
  specId?: string[] | null;
  baseModelId?: string[] | null;
  modelId?: string[] | null;
  environment?: string[] | null;
  createdBy?: string[] | null;
  feedbackFlag?: string[] | null;
  tags?: { any?: string[] | null; all?: string[] | null } | null;
  parentId?: string | null;
  hasParent?: boolean | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
  minScore?: number | null;
  maxScore?: number | null;
  and?: RunWhere[] | null;
  or?: RunWhere[] | null;
  not?: RunWhere | null;
}

const nonEmpty = <T>(values: readonly T[] | null | undefined): values is readonly T[] => !!values?.length;

/**
 * One RunWhere as a condition on `run r`. Every leaf can use an index (see the run entity); a
 * leaf on a NULL column (no environment, no score) is false, and `not` is `is not true`, so
 * `not: { environment: ["prod"] }` keeps runs without an environment.
 */
export function runWhereSql(where: RunWhere | null | undefined): Sql {
  if (!where) return raw('true');
  const parts: Sql[] = [];
  if (nonEmpty(where.status)) parts.push(sql`r.status = any(${array(where.status, 'text')})`);
  if (nonEmpty(where.specId)) parts.push(sql`r.spec_id = any(${array(where.specId, 'uuid')})`);
  if (nonEmpty(where.baseModelId)) parts.push(sql`r.base_model_id = any(${array(where.baseModelId, 'uuid')})`);
  if (nonEmpty(where.modelId)) parts.push(sql`r.model_id = any(${array(where.modelId, 'uuid')})`);
  if (nonEmpty(where.environment)) parts.push(sql`r.environment = any(${array(where.environment, 'text')})`);
  if (nonEmpty(where.createdBy)) parts.push(sql`r.created_by = any(${array(where.createdBy, 'text')})`);
  if (nonEmpty(where.feedbackFlag)) parts.push(sql`r.feedback_flags && ${array(where.feedbackFlag, 'text')}`);
  if (nonEmpty(where.tags?.any)) parts.push(sql`r.tags && ${array(where.tags.any, 'text')}`);
  if (nonEmpty(where.tags?.all)) parts.push(sql`r.tags @> ${array(where.tags.all, 'text')}`);
  if (where.parentId) parts.push(sql`r.parent_id = ${where.parentId}::uuid`);
  if (where.hasParent != null) parts.push(raw(where.hasParent ? 'r.parent_id is not null' : 'r.parent_id is null'));
  if (where.createdAfter) parts.push(sql`r.created_at >= ${where.createdAfter}::timestamptz`);
  if (where.createdBefore) parts.push(sql`r.created_at < ${where.createdBefore}::timestamptz`);
  if (where.minScore != null) parts.push(sql`r.avg_score >= ${where.minScore}::float8`);
  if (where.maxScore != null) parts.push(sql`r.avg_score <= ${where.maxScore}::float8`);
  if (nonEmpty(where.and)) parts.push(and(where.and.map(runWhereSql)));
  if (nonEmpty(where.or)) parts.push(or(where.or.map(runWhereSql)));
  if (where.not) parts.push(sql`(${runWhereSql(where.not)}) is not true`);
  return and(parts);
}

/** A search with at least one letter or digit, else none (an all-punctuation search matches everything). */
export function searchTerm(search: string | null | undefined): string | null {
  const term = search?.trim();
  return term && /[\p{L}\p{N}]/u.test(term) ? term : null;
}

/** API.md: full text over run name, spec name, tags and error; every word a prefix (`run_search_query`). */
const searchSql = (term: string): Sql => sql`r.search_doc @@ run_search_query(${term})`;

/** A search's conditions on `run r` (RunSearch); several words are tried on a list's head first. */
export function runSearch(em: SqlEntityManager, projectId: string, term: string): RunSearch {
  const severalWords = /\s/.test(term);
  let allMatches: Promise<Sql> | undefined;
  return {
    condition: searchSql(term),
    headFirst: severalWords,
    allMatches: () =>
      (allMatches ??= severalWords ? speltOutSearchSql(em, projectId, term) : Promise.resolve(searchSql(term))),
  };
}

/**
 * The search with each word spelt out as the project's words that start with it
 * (`run_search_words_query`), read first and sent as a constant: PostgreSQL then estimates it
 * from its statistics as it does the search itself, which it cannot for a function of a table.
 */
async function speltOutSearchSql(em: SqlEntityManager, projectId: string, term: string): Promise<Sql> {
  const [row] = await execute<{ query: string | null }>(
    em,
    sql`select run_search_words_query(${projectId}::uuid, ${term})::text as query`,
  );
  return sql`r.search_doc @@ ${row?.query ?? null}::tsquery`;
}

/** The condition for `runs(where)` within one project. */
export function runConditionSql(projectId: string, where: RunWhere | null | undefined): Sql {
  return and([sql`r.project_id = ${projectId}::uuid`, runWhereSql(where)]);
}

/**
 * The filter without its conditions on some keys, for disjunctive facet counts: a field's counts
 * apply every filter except the field's own. "Own" means a condition at the top level or in a
 * chain of `and`s, where dropping it widens the result; inside `or` and `not` it stays.
 */
export function withoutKeys(where: RunWhere | null | undefined, keys: readonly (keyof RunWhere)[]): RunWhere {
  if (!where) return {};
  const copy: RunWhere = { ...where };
  for (const key of keys) delete copy[key];
  if (copy.and) copy.and = copy.and.map((part) => withoutKeys(part, keys));
  return copy;
}
