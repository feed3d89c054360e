import {
  coerceInputValue,
  getOperationAST,
  GraphQLError,
  isInputType,
  isNonNullType,
  typeFromAST,
  type ExecutionArgs,
  type GraphQLInputType,
  type VariableDefinitionNode,
  // The build of graphql-js the schema was made with: Pothos, imported by Node, gets its
  // CommonJS build, and its checks of type classes refuse another build's types (errors.ts).
} from 'graphql/index.js';
import type { Plugin } from 'graphql-yoga';
import type { FieldProblem } from '../domain/errors.ts';

/**
 * Problems listed per variable: a list of half a million wrong elements (a 1 MB body) would
 * otherwise answer with one entry each.
 */
const MAX_PROBLEMS = 50;

/** Where a variable's value does not fit its declared type, each place as a FieldProblem. */
function problemsOf(definition: VariableDefinitionNode, type: GraphQLInputType, inputs: Record<string, unknown>) {
  const name = definition.variable.name.value;
  if (!Object.hasOwn(inputs, name)) {
    return isNonNullType(type) && !definition.defaultValue
      ? [{ path: name, message: `Variable of required type "${String(type)}" was not provided.` }]
      : [];
  }
  const problems: FieldProblem[] = [];
  let more = 0;
  coerceInputValue(inputs[name], type, (path, _value, error) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ path: [name, ...path].join('.'), message: error.message });
    else more++;
  });
  if (more > 0) problems.push({ path: name, message: `and ${more} more places that do not fit` });
  return problems;
}

/**
 * The operation's variables checked against their declared types by graphql-js's own coercion,
 * before either executor runs: one BAD_USER_INPUT error per variable that does not fit, its
 * `fields` saying where in the variable and why (API.md). graphql-jit's coercion named the
 * innermost input field as the variable (`Variable "$nEpochs"` for `$input`) and said nothing of
 * where it lay; graphql-js's says where only in its message.
 */
function variableErrors({ schema, document, operationName, variableValues }: ExecutionArgs): GraphQLError[] {
  const operation = getOperationAST(document, operationName);
  const inputs = variableValues ?? {};
  return (operation?.variableDefinitions ?? []).flatMap((definition) => {
    const type = typeFromAST(schema, definition.type);
    // A variable of an unknown or output type does not validate: Yoga has refused it already.
    if (!type || !isInputType(type)) return [];
    const fields = problemsOf(definition, type, inputs);
    if (fields.length === 0) return [];
    const [first] = fields;
    const others = fields.length > 1 ? ` (${fields.length - 1} more in extensions.fields)` : '';
    return [
      new GraphQLError(
        `Variable "$${definition.variable.name.value}" got an invalid value at ${first!.path}: ${first!.message}${others}`,
        {
          nodes: definition,
          extensions: { code: 'BAD_USER_INPUT', fields },
        },
      ),
    ];
  });
}

/** Answers an operation whose variables do not fit their types with variableErrors, unrun. */
export function useVariableErrors(): Plugin {
  const check = ({
    args,
    setResultAndStopExecution,
  }: {
    args: ExecutionArgs;
    setResultAndStopExecution: (r: { errors: GraphQLError[] }) => void;
  }) => {
    const errors = variableErrors(args);
    if (errors.length > 0) setResultAndStopExecution({ errors });
  };
  return { onExecute: check, onSubscribe: check };
}
