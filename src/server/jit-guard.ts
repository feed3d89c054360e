import {
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type GraphQLInputObjectType,
  type GraphQLSchema,
  type GraphQLType,
  type TypeNode,
} from 'graphql';

/**
 * Recognised by tag, not graphql's `isInputObjectType`: the schema may come from the other copy
 * of graphql-js (ESM vs CJS build), whose classes fail the realm check (see errors.ts).
 */
function asInputObjectType(type: GraphQLType): GraphQLInputObjectType | undefined {
  let named: GraphQLType & { ofType?: GraphQLType } = type;
  while (named.ofType) named = named.ofType;
  return Object.prototype.toString.call(named) === '[object GraphQLInputObjectType]'
    ? (named as GraphQLInputObjectType)
    : undefined;
}

/** Names of the input types from which a cycle of input types can be reached (RunWhere: and/or/not). */
function recursiveInputTypes(schema: GraphQLSchema): Set<string> {
  const recursive = new Set<string>();
  const acyclic = new Set<string>();
  const visit = (type: GraphQLInputObjectType, path: Set<string>): boolean => {
    if (path.has(type.name) || recursive.has(type.name)) return true;
    if (acyclic.has(type.name)) return false;
    path.add(type.name);
    let cyclic = false;
    for (const field of Object.values(type.getFields())) {
      const input = asInputObjectType(field.type);
      if (input && visit(input, path)) cyclic = true;
    }
    path.delete(type.name);
    (cyclic ? recursive : acyclic).add(type.name);
    return cyclic;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    const input = asInputObjectType(type);
    if (input) visit(input, new Set());
  }
  return recursive;
}

/**
 * What graphql-jit cannot run, graphql-js runs instead; everything else is compiled:
 * - a variable whose input type is recursive: graphql-jit expands the type forever until the
 *   process runs out of memory (graphql-jit#81, open), before any resolver or auth check runs
 *   (e.g. `$where: RunWhere`);
 * - a subscription: graphql-jit hands the subscribe resolver the operation's variables as the
 *   field's arguments (graphql-jit#183, open), so `jobLogs(jobId: "…")` written inline, or with a
 *   variable named otherwise, read no job id, and `jobStatus(jobId: $other)` followed the project.
 */
export function jitCanCompile(schema: GraphQLSchema) {
  const recursive = recursiveInputTypes(schema);
  const namedType = (type: TypeNode): string =>
    type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
  const verdicts = new WeakMap<DocumentNode, boolean>();
  return ({ document }: { document: DocumentNode }): boolean => {
    let verdict = verdicts.get(document);
    if (verdict === undefined) {
      verdict = !document.definitions.some(
        (definition) =>
          definition.kind === Kind.OPERATION_DEFINITION &&
          (definition.operation === OperationTypeNode.SUBSCRIPTION ||
            definition.variableDefinitions?.some((variable) => recursive.has(namedType(variable.type)))),
      );
      verdicts.set(document, verdict);
    }
    return verdict;
  };
}
