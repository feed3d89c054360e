import { GraphQLError, type ExecutionResult } from 'graphql';
import { isAsyncIterable, Repeater, type Plugin } from 'graphql-yoga';
import type { AuthenticationCache } from '../auth/authentication-cache.ts';
import type { Context } from '../context.ts';
import { UnauthenticatedError } from '../domain/errors.ts';

/**
 * Ends a subscription over HTTP (SSE) when the API key it was opened with is revoked, on this
 * instance or another, with UNAUTHENTICATED as its last event. A WebSocket is closed instead
 * (websocket.ts), which ends its subscriptions and refuses further operations on it.
 */
export function useRevocationEndsSubscriptions(
  authentication: AuthenticationCache,
): Plugin<Context & { request?: Request }> {
  return {
    onSubscribe({ args }) {
      const { request, auth } = args.contextValue;
      if (!request || auth.kind !== 'authenticated') return undefined;
      const apiKeyId = auth.viewer.apiKey.id;
      return {
        onSubscribeResult({ result, setResult }) {
          if (isAsyncIterable(result)) setResult(untilRevoked(result, authentication, apiKeyId));
        },
      };
    },
  };
}

function untilRevoked(
  results: AsyncIterable<ExecutionResult>,
  authentication: AuthenticationCache,
  apiKeyId: string,
): AsyncIterableIterator<ExecutionResult> {
  return new Repeater<ExecutionResult>(async (push, stop) => {
    const iterator = results[Symbol.asyncIterator]();
    const release = authentication.hold(apiKeyId);
    const stopListening = authentication.onRevoked((revoked) => {
      if (revoked !== apiKeyId) return;
      const error = new UnauthenticatedError('This API key was revoked');
      void push({ errors: [new GraphQLError(error.message, { originalError: error })] });
      stop();
    });
    void (async () => {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) await push(next.value);
    })().then(
      () => stop(),
      (error: unknown) => stop(error),
    );
    await stop;
    stopListening();
    release();
    // Not awaited: a generator waiting for its next event takes `return` only when one comes.
    void iterator.return?.();
  });
}
