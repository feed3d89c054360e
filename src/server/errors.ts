import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
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

/** Yoga's own codes for a request it could not take: API.md calls them all BAD_USER_INPUT. */
const YOGA_REQUEST_CODES = new Set<unknown>([
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * An error in the request itself, found before execution (syntax, unknown fields, operation
 * limits, ill-typed variables, or whatever Yoga gives one of its request codes: a body that is
 * not a GraphQL request comes with its JSON parser's error as the cause). One the executor
 * raised with a `path` and no cause is ours: a resolver that gave null for a non-null field,
 * which graphql-jit reports without `originalError` (graphql-js wraps an Error of its own).
 */
const isRequestError = (error: GraphQLError) =>
  (!error.originalError && !error.path) || isVariableError(error) || YOGA_REQUEST_CODES.has(error.extensions?.code);

/** What a domain error says in its GraphQL error: its API.md code, and what else it carries. */
const extensionsOf = (error: DomainError) => ({ code: error.code, ...error.extensions() });

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
        extensions: extensionsOf(domain),
      });
    }
    if (graphqlError && isRequestError(graphqlError)) {
      // Yoga copies a bad body's JSON parser error in as `originalError`: not part of the answer.
      const { code, originalError: _cause, ...extensions } = graphqlError.extensions ?? {};
      const apiCode = typeof code === 'string' && !YOGA_REQUEST_CODES.has(code) ? code : 'BAD_USER_INPUT';
      return new GraphQLError(graphqlError.message, {
        nodes: graphqlError.nodes,
        path: graphqlError.path,
        // API.md gives every BAD_USER_INPUT its `fields`; a document that does not parse or
        // validate has no input field to blame (variableErrors names those that do).
        extensions:
          apiCode === 'BAD_USER_INPUT'
            ? { fields: [], ...extensions, code: apiCode }
            : { ...extensions, code: apiCode },
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

/**
 * A domain error as the answer to an operation that a plugin refused before it ran, which no
 * masking sees. Made by Yoga's `createGraphQLError` (see `useMaskedValidationErrors`), so that
 * Yoga answers HTTP with the `http` extension's status and headers and keeps it out of the body.
 */
export function refusal(error: DomainError, http?: { status: number; headers: Record<string, string> }): GraphQLError {
  return createGraphQLError(error.message, {
    extensions: { ...extensionsOf(error), ...(http ? { http } : {}) },
  });
}

/**
 * Yoga answers a document that does not validate as it is, without `maskedErrors` (which it does
 * apply to a body that is not a GraphQL request, or does not parse): this passes those errors
 * through the masker too, so they carry API.md's code on every transport. The masked error is
 * made by Yoga's `createGraphQLError`, from Yoga's copy of graphql-js, so that Yoga still knows
 * it as its own: it answers 200 for it, as GraphQL over HTTP asks, and keeps its `http`
 * extension to itself.
 */
export function useMaskedValidationErrors(mask: (error: unknown) => Error): Plugin {
  const masked = (error: Error) => {
    const { message, extensions } = mask(error) as GraphQLError;
    return createGraphQLError(message, { nodes: (error as GraphQLError).nodes, extensions });
  };
  return {
    onValidate:
      () =>
      ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map(masked));
      },
  };
}
