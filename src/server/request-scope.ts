import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The id of the request being served, for log lines written far from the request itself (the
 * error masker has no access to the GraphQL context).
 */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}
