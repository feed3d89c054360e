import { collectSubFields } from '@graphql-tools/utils';
import type { GraphQLObjectType, GraphQLOutputType, GraphQLResolveInfo } from 'graphql';

/**
 * Names of the fields the operation selects on the object this field returns (through lists and
 * non-nulls, fragments, `@skip` and `@include`), for a resolver that computes only what is asked.
 */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  let type: GraphQLOutputType = info.returnType;
  while ('ofType' in type) type = type.ofType;
  const { fields } = collectSubFields(info.schema, info.fragments, info.variableValues, type as GraphQLObjectType, [
    ...info.fieldNodes,
  ]);
  return new Set([...fields.values()].map(([node]) => node!.name.value));
}
