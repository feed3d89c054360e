import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import { createYoga } from 'graphql-yoga';
import type { Services } from '../services.ts';
import { createContextFactory, type TransportContext } from './context-factory.ts';
import { createErrorMasker } from './errors.ts';

/** Operation limits: generous for dashboards, tight enough that one query cannot swamp the API. */
export const OPERATION_LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  maxTokens: 5000,
  maxCost: 20_000,
  maxDirectives: 20,
};

export function createYogaServer(schema: GraphQLSchema, services: Services) {
  const contextFactory = createContextFactory(services);
  return createYoga<TransportContext>({
    schema,
    graphqlEndpoint: '/graphql',
    context: (initial) => contextFactory(initial),
    batching: false,
    landingPage: false,
    graphiql: { title: 'Trainyard', subscriptionsProtocol: 'WS' },
    maskedErrors: { maskError: createErrorMasker(services.logger) },
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
    ],
  });
}

export type Yoga = ReturnType<typeof createYogaServer>;
