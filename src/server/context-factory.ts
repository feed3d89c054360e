import { randomUUID } from 'node:crypto';
import { secretFromHeader } from '../auth/authenticate.ts';
import type { Authentication, Context } from '../context.ts';
import type { Services } from '../services.ts';
import { currentRequestId } from './request-scope.ts';

/** What each transport hands over: HTTP and SSE bring a request, graphql-ws an authenticated socket. */
export type TransportContext = { request: Request } | { connectionAuth: Authentication; request?: undefined };

/** Where a key may come from on a request: the Authorization header, or `access_token` for EventSource. */
function secretFromRequest(request: Request): string | undefined {
  return (
    secretFromHeader(request.headers.get('authorization')) ??
    new URL(request.url).searchParams.get('access_token') ??
    undefined
  );
}

/**
 * One context path for HTTP, SSE and graphql-ws: a fresh EM fork per operation, and the caller
 * authenticated once (per request, or per socket at connect).
 */
export function createContextFactory(services: Services) {
  return async (transport: TransportContext): Promise<Context> => {
    const em = services.orm.em.fork();
    const auth =
      transport.request === undefined
        ? transport.connectionAuth
        : await services.authentication.authenticate(em, secretFromRequest(transport.request));
    return { requestId: currentRequestId() ?? randomUUID(), em, auth, services };
  };
}
