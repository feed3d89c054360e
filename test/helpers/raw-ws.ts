import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { once } from 'node:events';
import { print } from 'graphql';
import WebSocket from 'ws';

/** A graphql-transport-ws message as the server sent it. */
export interface RawMessage {
  id?: string;
  type: string;
  payload?: { data?: Record<string, unknown> | null; errors?: unknown[] } | unknown[];
}

const DEADLINE_MS = 15_000;

/**
 * A graphql-ws connection without the client library, which drops messages for subscriptions it
 * no longer tracks: this one records every message the server sends, so a test can check that
 * nothing arrives for a subscription after it ended, or for one it was never owed.
 */
export async function openRawWs(wsUrl: string, key: string) {
  const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
  const messages: RawMessage[] = [];
  let changed: (() => void) | undefined;
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as RawMessage;
    if (message.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }));
    messages.push(message);
    changed?.();
  });
  let closeCode: number | undefined;
  socket.on('close', (code) => {
    closeCode = code;
    changed?.();
  });
  await once(socket, 'open');
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${key}` } }));

  const connection = {
    messages,
    /** Messages for subscription `id`. */
    of: (id: string) => messages.filter((m) => m.id === id),
    async until(what: string, reached: () => boolean): Promise<void> {
      const deadline = Date.now() + DEADLINE_MS;
      while (!reached()) {
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw new Error(`no ${what} within ${DEADLINE_MS} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, remaining);
          changed = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    },
    subscribe<T, V>(id: string, document: TypedDocumentNode<T, V>, variables: V): void {
      connection.send({ id, type: 'subscribe', payload: { query: print(document), variables } });
    },
    /** Sends a message as it is: one a typed client could not send. */
    send(message: Record<string, unknown>): void {
      socket.send(JSON.stringify(message));
    },
    complete(id: string): void {
      socket.send(JSON.stringify({ id, type: 'complete' }));
    },
    /** Stops reading from the socket, as a stalled client does, until `resume()`. */
    pause: () => socket.pause(),
    resume: () => socket.resume(),
    /** The close code, once the socket closed. */
    closeCode: () => closeCode,
    async close(): Promise<void> {
      if (socket.readyState === WebSocket.CLOSED) return;
      const closed = once(socket, 'close');
      socket.close();
      await closed;
    },
  };
  await connection.until('connection_ack', () => messages.some((m) => m.type === 'connection_ack'));
  return connection;
}

export type RawWsConnection = Awaited<ReturnType<typeof openRawWs>>;
