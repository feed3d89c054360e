import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { OperationRateLimit } from '../auth/operation-rate-limit.ts';
import type { Context } from '../context.ts';
import { RateLimitedError } from '../domain/errors.ts';
import { refusal } from './errors.ts';

type OperationContext = Context & { request?: Request };

/**
 * Counts each operation against its API key's limit before it runs, on every transport: a query
 * or mutation over HTTP or a WebSocket, a subscription over SSE or a WebSocket. One past the limit
 * is answered RATE_LIMITED with `retryAfterMs` and does not run; over HTTP with status 429 and a
 * `Retry-After` header too. A caller without a valid key is not counted: it is refused
 * UNAUTHENTICATED anyway.
 */
export function useOperationRateLimit(limit: OperationRateLimit): Plugin<OperationContext> {
  const refused = async (context: OperationContext): Promise<ExecutionResult | undefined> => {
    if (context.auth.kind !== 'authenticated') return undefined;
    try {
      await limit.take(context.auth.viewer.apiKey.id);
      return undefined;
    } catch (error: unknown) {
      if (!(error instanceof RateLimitedError)) throw error;
      const retryAfter = String(Math.ceil(error.retryAfterMs / 1000));
      const http = context.request ? { status: 429, headers: { 'Retry-After': retryAfter } } : undefined;
      return { errors: [refusal(error, http)] };
    }
  };
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const result = await refused(args.contextValue);
      if (result) setResultAndStopExecution(result);
    },
    async onSubscribe({ args, setResultAndStopExecution }) {
      // Identical WebSocket subscriptions share one execution (shared-subscriptions.ts), which
      // runs on behalf of subscribers each already counted.
      if (args.contextValue.subscriptionSharing?.role === 'shared') return;
      const result = await refused(args.contextValue);
      if (result) setResultAndStopExecution(result);
    },
  };
}
