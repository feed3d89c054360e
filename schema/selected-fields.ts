import { collectSubFields } from '@graphql-tools/utils';
import type { FieldNode, GraphQLObjectType, GraphQLOutputType, GraphQLResolveInfo } from 'graphql';

/** The object type inside lists and non-nulls. */
function namedObject(type: GraphQLOutputType): GraphQLObjectType {
  while ('ofType' in type) type = type.ofType;
  return type as GraphQLObjectType;
}

/** The fields selected on `type` by `nodes`, by field name (aliases of one field merged). */
function fieldsOn(info: GraphQLResolveInfo, type: GraphQLObjectType, nodes: readonly FieldNode[]) {
  const { fields } = collectSubFields(info.schema, info.fragments, info.variableValues, type, [...nodes]);
  const byName = new Map<string, FieldNode[]>();
  for (const [node, ...rest] of fields.values()) {
    byName.set(node!.name.value, [...(byName.get(node!.name.value) ?? []), node!, ...rest]);
  }
  return byName;
}

/**
 * Names of the fields the operation selects on the object this field returns (through lists and
 * non-nulls, fragments, `@skip` and `@include`), for a resolver that computes only what is asked.
 */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  return new Set(fieldsOn(info, namedObject(info.returnType), info.fieldNodes).keys());
}

/** The fields selected on the nodes (`edges { node }`) of the Relay connection this field returns. */
export function selectedNodeFields(info: GraphQLResolveInfo): { type: GraphQLObjectType; fields: Set<string> } {
  const connection = namedObject(info.returnType);
  const edgeType = namedObject(connection.getFields().edges!.type);
  const type = namedObject(edgeType.getFields().node!.type);
  const onConnection = fieldsOn(info, connection, info.fieldNodes);
  const nodes = fieldsOn(info, edgeType, onConnection.get('edges') ?? []).get('node') ?? [];
  return { type, fields: new Set(fieldsOn(info, type, nodes).keys()) };
}
