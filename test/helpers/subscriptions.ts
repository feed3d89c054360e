import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { ApiError } from './client.ts';

/** How long a test waits for the next event before failing with a clear message. */
const EVENT_DEADLINE_MS = 10_000;

/** One `next` payload of a subscription (or the single result of a query). */
export interface Payload<T> {
  data?: T | null;
  errors?: ApiError[];
}

/** Something a test opened and must close, even when an assertion fails first. */
export interface Closable {
  close(): Promise<void>;
}

/** Awaits `promise`, failing after `ms` with `what` in the message. */
function withDeadline<T>(promise: Promise<T>, what: string, ms = EVENT_DEADLINE_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/**
 * The events of one stream, buffered as the transport delivers them, so a test awaits them one
 * at a time: `next()` for the next payload, `completed()` for the server's end of the stream.
 */
class EventQueue<T> {
  #items: T[] = [];
  #end: { error?: unknown } | undefined;
  #waiters: (() => void)[] = [];

  push(item: T): void {
    this.#items.push(item);
    this.#notify();
  }

  finish(error?: unknown): void {
    if (this.#end) return;
    this.#end = error === undefined ? {} : { error };
    this.#notify();
  }

  #notify(): void {
    for (const wake of this.#waiters.splice(0)) wake();
  }

  #until(condition: () => boolean, what: string): Promise<void> {
    return withDeadline(
      (async () => {
        while (!condition()) await new Promise<void>((resolve) => this.#waiters.push(resolve));
      })(),
      what,
    );
  }

  async next(): Promise<T> {
    await this.#until(() => this.#items.length > 0 || this.#end !== undefined, 'event');
    const item = this.#items.shift();
    if (item !== undefined) return item;
    const cause = this.#end?.error === undefined ? '' : `: ${explain(this.#end.error)}`;
    throw new Error(`the stream ended before the next event${cause}`);
  }

  /** Resolves when the stream ended cleanly with no event left unread; fails otherwise. */
  async completed(): Promise<void> {
    await this.#until(() => this.#end !== undefined, 'end of stream');
    if (this.#end?.error !== undefined) throw new Error(`the stream failed: ${explain(this.#end.error)}`);
    if (this.#items.length > 0) throw new Error(`unread events before the end: ${JSON.stringify(this.#items)}`);
  }
}

function explain(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (isCloseEvent(error)) return `socket closed ${error.code} ${error.reason}`;
  return JSON.stringify(error);
}

export interface CloseInfo {
  code: number;
  reason: string;
}

function isCloseEvent(value: unknown): value is CloseInfo {
  return typeof value === 'object' && value !== null && 'code' in value && 'reason' in value;
}

/** A live subscription: its payloads, its end, and a way to stop it early. */
export interface Subscription<T> extends Closable {
  next(): Promise<Payload<T>>;
  completed(): Promise<void>;
}

export interface WsConnection extends Closable {
  client: Client;
  /** Resolves when the server acknowledged the connection (connection_ack). */
  connected(): Promise<void>;
  /** Resolves with the code and reason of the socket's close, if it comes within `ms`. */
  closed(ms?: number): Promise<CloseInfo>;
  /** Resolves with what the client gave up with when its connection was refused. */
  refused(): Promise<unknown>;
  subscribe<T, V>(document: TypedDocumentNode<T, V>, variables: V): Subscription<T>;
}

/**
 * A graphql-ws client that connects at once (lazy: false) and never retries, with the key in
 * connectionParams as browsers send it. `close()` disposes it and waits for the socket to close.
 */
export function connectWs(wsUrl: string, key: string | undefined): WsConnection {
  let onConnected!: () => void;
  let onClosed!: (info: CloseInfo) => void;
  let onRefused!: (error: unknown) => void;
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const closed = new Promise<CloseInfo>((resolve) => (onClosed = resolve));
  const refused = new Promise<unknown>((resolve) => (onRefused = resolve));
  let isClosed = false;
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: key ? { authorization: `Bearer ${key}` } : undefined,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: onRefused,
    on: {
      connected: () => onConnected(),
      closed: (event) => {
        isClosed = true;
        onClosed(
          isCloseEvent(event) ? { code: event.code, reason: event.reason } : { code: -1, reason: String(event) },
        );
      },
    },
  });
  return {
    client,
    connected: () => withDeadline(connected, 'connection_ack'),
    closed: (ms?: number) => withDeadline(closed, 'socket close', ms),
    refused: () => withDeadline(refused, 'refusal'),
    subscribe<T, V>(document: TypedDocumentNode<T, V>, variables: V): Subscription<T> {
      const queue = new EventQueue<Payload<T>>();
      const unsubscribe = client.subscribe<T>(
        { query: print(document), variables: variables as Record<string, unknown> },
        {
          next: (payload) => queue.push(payload as Payload<T>),
          error: (error) => queue.finish(error ?? new Error('subscription error')),
          complete: () => queue.finish(),
        },
      );
      return {
        next: () => queue.next(),
        completed: () => queue.completed(),
        close: async () => unsubscribe(),
      };
    },
    async close() {
      await client.dispose();
      if (!isClosed) await withDeadline(closed, 'socket close after dispose');
    },
  };
}

/** Sends one query or mutation over the socket and returns its single result. */
export async function executeWs<T, V>(
  connection: WsConnection,
  document: TypedDocumentNode<T, V>,
  variables: V,
): Promise<Payload<T>> {
  const stream = connection.subscribe(document, variables);
  try {
    const result = await stream.next();
    await stream.completed();
    return result;
  } finally {
    await stream.close();
  }
}

/** One server-sent event, as parsed from `event:` and `data:` lines. */
export interface SseEvent {
  event: string;
  data: string;
}

export interface SseStream<T> extends Subscription<T> {
  status: number;
  contentType: string;
  /** The body of a response that is not an event stream (a refusal before streaming), parsed. */
  json(): Promise<Payload<T>>;
  /** Every event read so far, comments (pings) left out. */
  events: SseEvent[];
  /** Stops reading the response, as a stalled client does, until `resume()`. */
  pause(): void;
  resume(): void;
}

/** Parses complete `\n\n`-separated blocks off the front of `buffer`; returns the rest. */
function parseEvents(buffer: string, emit: (event: SseEvent) => void): string {
  let rest = buffer;
  for (let end = rest.indexOf('\n\n'); end !== -1; end = rest.indexOf('\n\n')) {
    const block = rest.slice(0, end);
    rest = rest.slice(end + 2);
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      if (field === 'data') data.push(value);
    }
    if (block.split('\n').some((line) => !line.startsWith(':'))) emit({ event, data: data.join('\n') });
  }
  return rest;
}

/**
 * A subscription over Yoga's SSE transport: POST /graphql with `accept: text/event-stream`, the
 * key in the Authorization header or in the `access_token` query parameter. `next` events are
 * payloads; the `complete` event ends the stream. `close()` aborts the request.
 */
export async function subscribeSse<T, V>(
  url: string,
  auth: { header?: string; accessToken?: string },
  document: TypedDocumentNode<T, V>,
  variables: V,
): Promise<SseStream<T>> {
  const target = new URL(url);
  if (auth.accessToken) target.searchParams.set('access_token', auth.accessToken);
  const abort = new AbortController();
  const response = await fetch(target, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      ...(auth.header ? { authorization: `Bearer ${auth.header}` } : {}),
    },
    body: JSON.stringify({ query: print(document), variables }),
    signal: abort.signal,
  });
  const contentType = response.headers.get('content-type') ?? '';
  const queue = new EventQueue<Payload<T>>();
  const events: SseEvent[] = [];
  const isStream = contentType.startsWith('text/event-stream') && response.body !== null;
  /** While paused: the promise `resume()` resolves. */
  let paused: { resumed: Promise<void>; resume: () => void } | undefined;
  const resume = () => {
    paused?.resume();
    paused = undefined;
  };

  const reading = isStream
    ? (async () => {
        const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        let completed = false;
        try {
          for (;;) {
            await paused?.resumed;
            const { done, value } = await reader.read();
            if (done) break;
            buffer = parseEvents(buffer + value, (event) => {
              events.push(event);
              if (event.event === 'next') queue.push(JSON.parse(event.data) as Payload<T>);
              if (event.event === 'complete') completed = true;
            });
          }
          queue.finish(completed ? undefined : new Error('the event stream ended without a complete event'));
        } catch (error) {
          queue.finish(error);
        } finally {
          reader.releaseLock();
        }
      })()
    : Promise.resolve();

  return {
    status: response.status,
    contentType,
    events,
    json: async () =>
      (isStream ? Promise.reject(new Error('the response is an event stream')) : response.json()) as Promise<
        Payload<T>
      >,
    next: () => queue.next(),
    completed: () => queue.completed(),
    pause() {
      if (paused) return;
      let resume!: () => void;
      const resumed = new Promise<void>((resolve) => (resume = resolve));
      paused = { resumed, resume };
    },
    resume,
    async close() {
      resume();
      abort.abort();
      await reading;
    },
  };
}
