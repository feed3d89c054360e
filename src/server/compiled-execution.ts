import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import {
  getOperationAST,
  getVariableValues,
  Kind,
  OperationTypeNode,
  visit,
  type DocumentNode,
  type GraphQLInputObjectType,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type TypeNode,
  type VariableDefinitionNode,
  // The build of graphql-js the schema was made with (variable-errors.ts).
} from 'graphql/index.js';
import { makeExecute, type Plugin } from 'graphql-yoga';

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
  const visitType = (type: GraphQLInputObjectType, path: Set<string>): boolean => {
    if (path.has(type.name) || recursive.has(type.name)) return true;
    if (acyclic.has(type.name)) return false;
    path.add(type.name);
    let cyclic = false;
    for (const field of Object.values(type.getFields())) {
      const input = asInputObjectType(field.type);
      if (input && visitType(input, path)) cyclic = true;
    }
    path.delete(type.name);
    (cyclic ? recursive : acyclic).add(type.name);
    return cyclic;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    const input = asInputObjectType(type);
    if (input) visitType(input, new Set());
  }
  return recursive;
}

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/** A document compiled for one operation, and the variables graphql-js coerces for it. */
interface Compiled {
  query: CompiledQuery['query'];
  coercedHere: readonly VariableDefinitionNode[];
}

/**
 * Executes queries and mutations through code graphql-jit compiles once per document, instead
 * of graphql-js walking the AST on every request: ~1.5x the requests/s on a nested query
 * (bench/RESULTS.md). The compiled code calls the schema's own resolvers, so scope-auth,
 * dataloaders and error masking work as before. Subscriptions go to graphql-js: graphql-jit
 * hands the subscribe resolver the operation's variables as the field's arguments
 * (graphql-jit#183, open), so `jobLogs(jobId: "…")` written inline read no job id.
 *
 * graphql-jit expands a variable of a recursive input type (`$where: RunWhere`, through
 * and/or/not) until the process runs out of memory (graphql-jit#81, open). In the copy of the
 * document it compiles, such a variable is declared as `recursiveVariablesAs`, a scalar that
 * takes any value as it is, and graphql-js coerces the variable before each execution: compiled
 * code hands a variable to its arguments unchanged. Run through graphql-js instead, a page of
 * runs filtered by `$where` took 0.37 ms longer at p50 than the same page without it.
 *
 * Differences from graphql-js: execution errors carry no `locations` (Yoga rebuilds errors from
 * AST nodes, which graphql-jit's errors lack). No custom JSON serializer: it cannot describe the
 * DateTime and JSON scalars.
 */
export function useCompiledExecution(schema: GraphQLSchema, options: { recursiveVariablesAs?: string } = {}): Plugin {
  const recursive = recursiveInputTypes(schema);
  const asScalar = options.recursiveVariablesAs;
  if (recursive.size > 0 && !(asScalar && schema.getType(asScalar))) {
    throw new Error(
      `Recursive input types (${[...recursive].join(', ')}) need recursiveVariablesAs, a scalar of the schema`,
    );
  }
  // By operation node, which lives as long as Yoga caches its document.
  const compiledByOperation = new WeakMap<OperationDefinitionNode, Compiled | null>();

  const compile = (document: DocumentNode, operation: OperationDefinitionNode): Compiled | null => {
    if (operation.operation === OperationTypeNode.SUBSCRIPTION) return null;
    const coercedHere = (operation.variableDefinitions ?? []).filter((v) => recursive.has(namedType(v.type)));
    const compilable = visit(document, {
      VariableDefinition: (definition) =>
        coercedHere.some((v) => v.variable.name.value === definition.variable.name.value)
          ? {
              ...definition,
              type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: asScalar! } },
              defaultValue: undefined,
            }
          : undefined,
    });
    const result = compileQuery(schema, compilable, operation.name?.value);
    // What graphql-jit cannot compile, graphql-js runs and reports.
    return isCompiledQuery(result) ? { query: result.query, coercedHere } : null;
  };

  /** The inputs with the variables in `definitions` coerced by graphql-js; undefined if one does not fit. */
  const withCoerced = (definitions: readonly VariableDefinitionNode[], inputs: Record<string, unknown>) => {
    if (definitions.length === 0) return inputs;
    const { coerced } = getVariableValues(schema, definitions, inputs);
    return coerced && { ...inputs, ...coerced };
  };

  return {
    onExecute({ args, setExecuteFn }) {
      // No such operation: graphql-js says so.
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      let compiled = compiledByOperation.get(operation);
      if (compiled === undefined) compiledByOperation.set(operation, (compiled = compile(args.document, operation)));
      if (!compiled) return;
      const variables = withCoerced(compiled.coercedHere, args.variableValues ?? {});
      // useVariableErrors has answered ill-typed variables already; graphql-js words any other.
      if (!variables) return;
      setExecuteFn(makeExecute((execution) => compiled.query(execution.rootValue, execution.contextValue, variables)));
    },
  };
}
