import type { Server } from 'node:http';
import { getOperationAST, type DocumentNode, type ExecutionArgs } from 'graphql';
// graphql-ws takes only its own build's GraphQLError (Node gives it graphql-js's CommonJS build).
import { GraphQLError } from 'graphql/index.js';
import type { ServerOptions } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import { secretFromHeader } from '../auth/authenticate.ts';
import type { Authentication, Context } from '../context.ts';
import type { Services } from '../services.ts';
import { createErrorMasker } from './errors.ts';
import { Member, SharedSubscriptions } from './shared-subscriptions.ts';
import type { Yoga } from './yoga.ts';

/** Yoga's answer, over HTTP, to a document whose operation to run is unclear. */
const UNKNOWN_OPERATION = 'Could not determine what operation to execute.';

/** graphql-ws close code for a connection refused for want of a valid API key. */
const CLOSE_UNAUTHENTICATED = 4401;

type Operation = (args: ExecutionArgs) => ReturnType<NonNullable<ServerOptions['execute']>>;
/** Yoga's enveloped execute/subscribe travel to graphql-ws in rootValue (the Yoga docs' recipe). */
type EnvelopedArgs = ExecutionArgs & { rootValue: { execute: Operation; subscribe: Operation } };

function secretFromConnectionParams(params: Record<string, unknown> | undefined): string | undefined {
  const value = params?.authorization ?? params?.Authorization ?? params?.apiKey;
  return typeof value === 'string' ? secretFromHeader(value) : undefined;
}

/** Auth scopes that can change what an operation may see: the project, and admin or not. */
function scopeOf(auth: Authentication | undefined): string {
  return auth?.kind === 'authenticated' ? `${auth.viewer.project.id}:${auth.viewer.isAdmin ? 'admin' : 'member'}` : '-';
}

/**
 * graphql-ws on the same path as HTTP. The key in `connectionParams` is checked once, at
 * connect, and the socket is closed (4401) when that key is revoked, on any instance; every
 * operation goes through Yoga's envelope, so it gets the same context, limits and error masking
 * as HTTP. Identical subscriptions share one execution of their live part
 * (shared-subscriptions.ts).
 */
export function attachWebSocketServer(server: Server, yoga: Yoga, services: Services) {
  // A message over the request size limit closes the socket with 1009, as HTTP answers 413.
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint, maxPayload: services.config.maxRequestBytes });
  const maskError = createErrorMasker(services.logger);
  /** What an error says over a socket: API.md's code, without the status Yoga adds for HTTP. */
  const socketError = (error: unknown): GraphQLError => {
    const masked = maskError(error) as GraphQLError;
    const { http: _status, ...extensions } = masked.extensions;
    return new GraphQLError(masked.message, { nodes: masked.nodes, extensions });
  };
  const shared = new SharedSubscriptions();
  const keyOfSocket = new WeakMap<WebSocket, string>();
  const stopClosingRevoked = services.authentication.onRevoked((apiKeyId) => {
    for (const socket of wss.clients) {
      if (keyOfSocket.get(socket) === apiKeyId) socket.close(CLOSE_UNAUTHENTICATED, 'UNAUTHENTICATED: API key revoked');
    }
  });
  const disposable = useServer<Record<string, unknown>, { auth: Authentication }>(
    {
      execute: (args) => (args as EnvelopedArgs).rootValue.execute(args),
      subscribe: async (args) => {
        const results = await (args as EnvelopedArgs).rootValue.subscribe(args);
        const sharing = (args.contextValue as Context).subscriptionSharing;
        return sharing instanceof Member && Symbol.asyncIterator in results ? sharing.results(results) : results;
      },
      onConnect: async (ctx) => {
        const auth = await services.authentication.authenticate(
          services.orm.em.fork(),
          secretFromConnectionParams(ctx.connectionParams),
        );
        if (auth.kind === 'anonymous') {
          ctx.extra.socket.close(CLOSE_UNAUTHENTICATED, `UNAUTHENTICATED: ${auth.reason}`.slice(0, 120));
          return false;
        }
        // Gone while its key was read: its 'close' came already, and would never release a hold.
        if (ctx.extra.socket.readyState !== WebSocket.OPEN) return false;
        ctx.extra.auth = auth;
        keyOfSocket.set(ctx.extra.socket, auth.viewer.apiKey.id);
        ctx.extra.socket.once('close', services.authentication.hold(auth.viewer.apiKey.id));
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          connectionAuth: ctx.extra.auth,
          params: payload,
        });
        let document: DocumentNode;
        try {
          document = parse(payload.query);
          const errors = validate(schema, document);
          if (errors.length > 0) return errors.map(socketError);
        } catch (error) {
          // A document that does not parse, or is over an operation limit, is thrown: graphql-ws
          // would close the socket (4500) and every other subscription on it with it.
          return [socketError(error)];
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [socketError(new GraphQLError(UNKNOWN_OPERATION))];
        const contextValue = (await contextFactory()) as unknown as Context;
        if (operation.operation === 'subscription') {
          const key = {
            scope: scopeOf(ctx.extra.auth),
            query: payload.query,
            operationName: payload.operationName,
            variables: payload.variables,
          };
          contextValue.subscriptionSharing = shared.member(ctx.extra.socket, id, key, async (sharing) => {
            const envelope = yoga.getEnveloped({ connectionAuth: ctx.extra.auth, params: payload });
            const sharedContext = (await envelope.contextFactory()) as unknown as Context;
            sharedContext.subscriptionSharing = sharing;
            return envelope.subscribe({
              schema: envelope.schema,
              document,
              operationName: payload.operationName,
              variableValues: payload.variables,
              contextValue: sharedContext,
            });
          });
        }
        return {
          schema,
          operationName: payload.operationName,
          document,
          variableValues: payload.variables,
          contextValue,
          rootValue: { execute, subscribe },
        };
      },
    },
    wss,
  );
  return {
    async close() {
      stopClosingRevoked();
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
