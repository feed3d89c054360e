import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { DomainError } from '../domain/errors.ts';
import type { Logger } from '../logger.ts';
import { currentRequestId } from './request-scope.ts';

/**
 * GraphQLError is matched by shape, not class: a process can hold two copies of graphql-js (its
 * ESM and CJS builds), and an error from one is not an instance of the other's class.
 */
function asGraphQLError(error: unknown): GraphQLError | undefined {
  return error instanceof Error && error.name === 'GraphQLError' ? (error as GraphQLError) : undefined;
}

/**
 * A variable that does not fit its declared type, reported before execution by graphql-js (or
 * graphql-jit, whose own error class has no `extensions`) as `Variable "$name" ...`, with the
 * scalar's or enum's complaint as `originalError`: the caller's input, not our failure.
 */
const isVariableError = (error: GraphQLError) => !error.path && error.message.startsWith('Variable "$');

/**
 * An error in the request itself, found before execution (syntax, unknown fields, operation
 * limits, ill-typed variables). One the executor raised with a `path` and no cause is ours: a
 * resolver that gave null for a non-null field, which graphql-jit reports without
 * `originalError` (graphql-js wraps an Error of its own).
 */
const isRequestError = (error: GraphQLError) => (!error.originalError && !error.path) || isVariableError(error);

function domainErrorOf(error: unknown): DomainError | undefined {
  let current: unknown = error;
  while (current instanceof Error) {
    if (current instanceof DomainError) return current;
    current = asGraphQLError(current)?.originalError ?? current.cause;
  }
  return undefined;
}

/**
 * The one place errors become API.md codes. Domain errors keep their message and code; errors
 * in the request itself (syntax, unknown fields, ill-typed variables, operation limits) are
 * BAD_USER_INPUT; anything else is logged with the request id and answered as INTERNAL, without
 * internals.
 */
export function createErrorMasker(logger: Logger) {
  return (error: unknown): Error => {
    const domain = domainErrorOf(error);
    const graphqlError = asGraphQLError(error);
    if (domain) {
      return new GraphQLError(domain.message, {
        nodes: graphqlError?.nodes,
        path: graphqlError?.path,
        extensions: { code: domain.code, ...domain.extensions() },
      });
    }
    if (graphqlError && isRequestError(graphqlError)) {
      const code = graphqlError.extensions?.code;
      return new GraphQLError(graphqlError.message, {
        nodes: graphqlError.nodes,
        path: graphqlError.path,
        extensions: {
          ...graphqlError.extensions,
          code:
            typeof code === 'string' && code !== 'GRAPHQL_VALIDATION_FAILED' && code !== 'GRAPHQL_PARSE_FAILED'
              ? code
              : 'BAD_USER_INPUT',
        },
      });
    }
    const requestId = currentRequestId() ?? randomUUID();
    logger.error(
      { err: graphqlError?.originalError ?? error, requestId, path: graphqlError?.path },
      'unexpected error',
    );
    return new GraphQLError(`Internal error (request ${requestId})`, {
      nodes: graphqlError?.nodes,
      path: graphqlError?.path,
      extensions: { code: 'INTERNAL', requestId },
    });
  };
}
