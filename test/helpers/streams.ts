import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { WsConnection } from './subscriptions.ts';

/**
 * Subscribes over `connection` and collects every item until the server completes the stream.
 * `onItem` may return true to stop early (close the connection to drop it, as a client would).
 */
export function collect<T, V extends Record<string, unknown>, R>(
  { client }: WsConnection,
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
