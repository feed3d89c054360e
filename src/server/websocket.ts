import type { Server } from 'node:http';
import type { ExecutionArgs } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { authenticate, secretFromHeader } from '../auth/authenticate.ts';
import type { Authentication } from '../context.ts';
import type { Services } from '../services.ts';
import type { Yoga } from './yoga.ts';

/** graphql-ws close code for a connection refused for want of a valid API key. */
const CLOSE_UNAUTHENTICATED = 4401;

type Operation = (args: ExecutionArgs) => ReturnType<NonNullable<ServerOptions['execute']>>;
/** Yoga's enveloped execute/subscribe travel to graphql-ws in rootValue (the Yoga docs' recipe). */
type EnvelopedArgs = ExecutionArgs & { rootValue: { execute: Operation; subscribe: Operation } };

function secretFromConnectionParams(params: Record<string, unknown> | undefined): string | undefined {
  const value = params?.authorization ?? params?.Authorization ?? params?.apiKey;
  return typeof value === 'string' ? secretFromHeader(value) : undefined;
}

/**
 * graphql-ws on the same path as HTTP. The key in `connectionParams` is checked once, at
 * connect; every operation then goes through Yoga's envelope, so it gets the same context,
 * limits and error masking as HTTP.
 */
export function attachWebSocketServer(server: Server, yoga: Yoga, services: Services) {
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
  const disposable = useServer<Record<string, unknown>, { auth: Authentication }>(
    {
      execute: (args) => (args as EnvelopedArgs).rootValue.execute(args),
      subscribe: (args) => (args as EnvelopedArgs).rootValue.subscribe(args),
      onConnect: async (ctx) => {
        const auth = await authenticate(services.orm.em.fork(), secretFromConnectionParams(ctx.connectionParams));
        if (auth.kind === 'anonymous') {
          ctx.extra.socket.close(CLOSE_UNAUTHENTICATED, `UNAUTHENTICATED: ${auth.reason}`.slice(0, 120));
          return false;
        }
        ctx.extra.auth = auth;
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          connectionAuth: ctx.extra.auth,
          params: payload,
        });
        const document = parse(payload.query);
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        return {
          schema,
          operationName: payload.operationName,
          document,
          variableValues: payload.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
      },
    },
    wss,
  );
  return {
    async close() {
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
