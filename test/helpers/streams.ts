import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A graphql-ws client authenticated with `key`, as a browser console would open one. */
export function wsClient(wsUrl: string, key: string): Client {
  return createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${key}` },
    retryAttempts: 0,
  });
}

/**
 * Subscribes and collects every item until the server completes the stream. `onItem` may
 * return true to stop early (the caller then disposes the client to drop the connection).
 */
export function collect<T, V extends Record<string, unknown>, R>(
  client: Client,
  document: TypedDocumentNode<T, V>,
  variables: V,
  pick: (data: T) => R,
  onItem: (item: R, all: R[]) => boolean | void = () => undefined,
): Promise<R[]> {
  const items: R[] = [];
  return new Promise((resolve, reject) => {
    const unsubscribe = client.subscribe<T>(
      { query: print(document), variables },
      {
        next: (result) => {
          if (result.errors?.length) return reject(new Error(JSON.stringify(result.errors)));
          items.push(pick(result.data as T));
          if (onItem(items[items.length - 1]!, items)) {
            unsubscribe();
            resolve(items);
          }
        },
        error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
        complete: () => resolve(items),
      },
    );
  });
}
