import { z } from 'zod';
import { Id } from './common.ts';

const MAX_LIST = 100;
const MAX_DEPTH = 5;

const ids = Id.array().max(MAX_LIST, `at most ${MAX_LIST} values`).nullish();
const strings = z.string().array().max(MAX_LIST, `at most ${MAX_LIST} values`).nullish();

interface RunWhereShape {
  and?: RunWhereShape[] | null;
  or?: RunWhereShape[] | null;
  not?: RunWhereShape | null;
}

function depth(where: RunWhereShape | null | undefined): number {
  if (!where) return 0;
  const children = [...(where.and ?? []), ...(where.or ?? []), ...(where.not ? [where.not] : [])];
  return 1 + Math.max(0, ...children.map(depth));
}

/** Checks the parts of a RunWhere GraphQL types cannot: UUIDs, list sizes and nesting depth. */
const RunWhereNode: z.ZodType<unknown> = z.lazy(() =>
  z
    .object({
      specId: ids,
      baseModelId: ids,
      modelId: ids,
      parentId: Id.nullish(),
      environment: strings,
      createdBy: strings,
      feedbackFlag: strings,
      and: RunWhereNode.array().nullish(),
      or: RunWhereNode.array().nullish(),
      not: RunWhereNode.nullish(),
    })
    .loose(),
);

export const RunWhereInput = RunWhereNode.refine((where) => depth(where as RunWhereShape) <= MAX_DEPTH, {
  message: `nests more than ${MAX_DEPTH} levels`,
});
