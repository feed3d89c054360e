import type { FilterQuery } from '@mikro-orm/core';
import type { Run, RunStatus } from '../src/db/entities/run.ts';

/** RunWhere of API.md: lists mean "any of"; `and`/`or`/`not` nest. */
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

const anyOf = <K extends keyof Run>(column: K, values: readonly unknown[] | null | undefined) =>
  values?.length ? ({ [column]: { $in: values } } as FilterQuery<Run>) : undefined;

/** Translates a RunWhere into one ORM condition; every leaf is index-backed (see the run entity). */
export function runFilter(where: RunWhere | null | undefined): FilterQuery<Run> {
  if (!where) return {};
  const parts: (FilterQuery<Run> | undefined)[] = [
    anyOf('status', where.status),
    anyOf('specId', where.specId),
    anyOf('baseModelId', where.baseModelId),
    anyOf('modelId', where.modelId),
    anyOf('environment', where.environment),
    anyOf('createdBy', where.createdBy),
    where.feedbackFlag?.length ? { feedbackFlags: { $overlap: where.feedbackFlag } } : undefined,
    where.tags?.any?.length ? { tags: { $overlap: where.tags.any } } : undefined,
    where.tags?.all?.length ? { tags: { $contains: where.tags.all } } : undefined,
    where.parentId ? { parentId: where.parentId } : undefined,
    where.hasParent == null ? undefined : { parentId: where.hasParent ? { $ne: null } : null },
    where.createdAfter ? { createdAt: { $gte: where.createdAfter } } : undefined,
    where.createdBefore ? { createdAt: { $lt: where.createdBefore } } : undefined,
    where.minScore == null ? undefined : { avgScore: { $gte: where.minScore } },
    where.maxScore == null ? undefined : { avgScore: { $lte: where.maxScore } },
    where.and?.length ? { $and: where.and.map(runFilter) } : undefined,
    where.or?.length ? { $or: where.or.map(runFilter) } : undefined,
    where.not ? { $not: runFilter(where.not) } : undefined,
  ];
  const present = parts.filter((part): part is FilterQuery<Run> => part !== undefined);
  if (present.length === 0) return {};
  return present.length === 1 ? present[0]! : { $and: present };
}
