import { useGraphQlJit } from '@envelop/graphql-jit';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import { createYoga } from 'graphql-yoga';
import type { Services } from '../services.ts';
import { createContextFactory, type TransportContext } from './context-factory.ts';
import { createErrorMasker, useMaskedValidationErrors } from './errors.ts';
import { jitCanCompile } from './jit-guard.ts';
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
      // Executes queries and mutations through code graphql-jit compiles once per document
      // instead of graphql-js walking the AST on every request (subscriptions, and what else it
      // cannot run, go to graphql-js: jit-guard.ts): ~1.5x the requests/s on a nested query
      // (bench/RESULTS.md). Compiled queries are cached per parsed document, which Yoga's
      // parser cache (on by default) keeps stable for a repeated query string. They call the
      // schema's own resolvers, so scope-auth, dataloaders and error masking work as before.
      // Differences from graphql-js: execution errors carry no `locations` (Yoga rebuilds
      // errors from AST nodes, which graphql-jit's errors lack). No custom JSON serializer:
      // it cannot describe the DateTime and JSON scalars.
      useGraphQlJit({}, { enableIf: jitCanCompile(schema) }),
      useRevocationEndsSubscriptions(services.authentication),
      useMaskedValidationErrors(maskError),
    ],
  });
}

export type Yoga = ReturnType<typeof createYogaServer>;
