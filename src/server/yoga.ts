import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import { createYoga } from 'graphql-yoga';
import type { Services } from '../services.ts';
import { useCompiledExecution } from './compiled-execution.ts';
import { createContextFactory, type TransportContext } from './context-factory.ts';
import { createErrorMasker, useMaskedValidationErrors } from './errors.ts';
import { useOperationRateLimit } from './rate-limited-operations.ts';
import { useRevocationEndsSubscriptions } from './revoked-subscriptions.ts';
import { useVariableErrors } from './variable-errors.ts';

/** Operation limits: generous for dashboards, tight enough that one query cannot swamp the API. */
const OPERATION_LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  maxTokens: 5000,
  maxCost: 20_000,
  maxDirectives: 20,
};

export function createYogaServer(schema: GraphQLSchema, services: Services) {
  const contextFactory = createContextFactory(services);
  const maskError = createErrorMasker(services.logger);
  return createYoga<TransportContext>({
    schema,
    graphqlEndpoint: '/graphql',
    context: (initial) => contextFactory(initial),
    batching: false,
    // app.ts refuses a POST without Content-Length or over TRAINYARD_MAX_REQUEST_BYTES before
    // Yoga sees it, and Node's parser never delivers more body than Content-Length. Yoga's own
    // limit pipes every body through a counting stream, which nearly halved the requests/s of
    // a small query (bench/RESULTS.md). Mount this handler only behind app.ts's check.
    maxRequestBodySize: false,
    landingPage: false,
    graphiql: { title: 'Trainyard', subscriptionsProtocol: 'WS' },
    maskedErrors: { maskError },
    // Errors reach the log once, from the error masker, with their request id; Yoga's own
    // lines are diagnostics.
    logging: {
      debug: (...args) => services.logger.debug({ yoga: args.map(String) }),
      info: (...args) => services.logger.debug({ yoga: args.map(String) }),
      warn: (...args) => services.logger.warn({ yoga: args.map(String) }),
      error: (...args) => services.logger.debug({ yoga: args.map(String) }),
    },
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true },
        maxAliases: { n: OPERATION_LIMITS.maxAliases },
        maxTokens: { n: OPERATION_LIMITS.maxTokens },
        costLimit: { maxCost: OPERATION_LIMITS.maxCost, ignoreIntrospection: true },
        maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
        // Suggestions ("did you mean …") are useful to humans in GraphiQL; the schema is public.
        blockFieldSuggestion: { enabled: false },
      }),
      ...(services.operationRateLimit ? [useOperationRateLimit(services.operationRateLimit)] : []),
      useVariableErrors(),
      // graphql-jit for queries and mutations; a variable of a recursive input type is accepted
      // as JSON by the compiled code and coerced by graphql-js (compiled-execution.ts).
      useCompiledExecution(schema, { recursiveVariablesAs: 'JSON' }),
      useRevocationEndsSubscriptions(services.authentication),
      useMaskedValidationErrors(maskError),
    ],
  });
}

export type Yoga = ReturnType<typeof createYogaServer>;
