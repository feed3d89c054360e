import { randomUUID } from 'node:crypto';
import { EventEmitter, on } from 'node:events';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';
import type { TopicName, Topics } from './topics.ts';

/** A live subscription: iterate it for payloads; `return()` (or breaking the loop) unsubscribes. */
export type Subscription<T> = AsyncIterableIterator<T>;

export interface PubSub {
  publish<T extends TopicName>(topic: T, id: string, payload: Topics[T]): void;
  /**
   * Resolves once the subscription is live (for Redis: once the server confirmed SUBSCRIBE), so
   * a caller that subscribes, then reads the store, cannot miss a message published in between.
   */
  subscribe<T extends TopicName>(topic: T, id: string): Promise<Subscription<Topics[T]>>;
  /** Resolves once a message went through the bus and came back. */
  ping(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
  readonly kind: 'redis' | 'in-process';
}

/** How messages leave and reach this process; incoming ones go to `Bus.deliver`. */
interface Transport {
  publish(channel: string, message: string): void;
  listen(channel: string): Promise<void>;
  unlisten(channel: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Local fan-out over one transport subscription per channel: any number of GraphQL subscribers
 * of a job share one Redis SUBSCRIBE in each API instance.
 */
class Bus implements PubSub {
  private readonly local = new EventEmitter({ captureRejections: false });
  /** Per channel: its subscribers here, and the one transport subscription they all wait for. */
  private readonly channels = new Map<string, { subscribers: number; live: Promise<void> }>();
  private transport!: Transport;

  constructor(
    readonly kind: PubSub['kind'],
    private readonly keyPrefix: string,
  ) {
    this.local.setMaxListeners(0);
  }

  attach(transport: Transport): this {
    this.transport = transport;
    return this;
  }

  deliver(channel: string, message: string): void {
    if (this.local.listenerCount(channel) > 0) this.local.emit(channel, JSON.parse(message) as unknown);
  }

  /** Asks the transport for the channel, once for all its subscribers here. */
  private listen(channel: string) {
    const entry = { subscribers: 0, live: this.transport.listen(channel) };
    this.channels.set(channel, entry);
    return entry;
  }

  private channel(topic: string, id: string): string {
    return `${this.keyPrefix}${topic}:${id}`;
  }

  publish<T extends TopicName>(topic: T, id: string, payload: Topics[T]): void {
    this.transport.publish(this.channel(topic, id), JSON.stringify(payload));
  }

  async subscribe<T extends TopicName>(topic: T, id: string): Promise<Subscription<Topics[T]>> {
    const channel = this.channel(topic, id);
    const abort = new AbortController();
    // `on` starts listening (and buffering) now, before the transport confirms.
    const events = on(this.local, channel, { signal: abort.signal });
    const shared = this.channels.get(channel) ?? this.listen(channel);
    shared.subscribers += 1;
    try {
      // Every subscriber waits for the confirmation, not only the one that asked for it.
      await shared.live;
    } catch (error) {
      // The next subscriber asks the transport again.
      abort.abort();
      if (this.channels.get(channel) === shared) this.channels.delete(channel);
      throw error;
    }
    let closed = false;
    const release = async () => {
      if (closed) return;
      closed = true;
      abort.abort();
      shared.subscribers -= 1;
      if (shared.subscribers === 0 && this.channels.get(channel) === shared) {
        this.channels.delete(channel);
        await this.transport.unlisten(channel);
      }
    };
    const iterator: Subscription<Topics[T]> = {
      async next() {
        if (closed) return { done: true, value: undefined };
        try {
          const result = await events.next();
          return result.done ? result : { done: false, value: (result.value as [Topics[T]])[0] };
        } catch (error) {
          if (abort.signal.aborted) return { done: true, value: undefined };
          throw error;
        }
      },
      async return() {
        await release();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  async ping(timeoutMs = 2000): Promise<void> {
    const nonce = randomUUID();
    const subscription = await this.subscribe('ping', nonce);
    let timer: NodeJS.Timeout | undefined;
    try {
      this.publish('ping', nonce, { nonce });
      await Promise.race([
        subscription.next(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`pub/sub did not echo within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
      await subscription.return?.();
    }
  }

  close(): Promise<void> {
    this.local.removeAllListeners();
    return this.transport.close();
  }
}

/** Redis pub/sub (two connections: publisher and subscriber) when REDIS_URL is set. */
export function createRedisPubSub(redisUrl: string, keyPrefix: string, logger: Logger): PubSub {
  // Commands issued while Redis is away wait for the reconnect instead of failing, and the
  // subscriber re-subscribes by itself; subscribers refill any gap from PostgreSQL.
  const options = { maxRetriesPerRequest: null, enableAutoPipelining: true };
  const publisher = new Redis(redisUrl, options);
  const subscriber = new Redis(redisUrl, options);
  for (const [role, client] of [
    ['publisher', publisher],
    ['subscriber', subscriber],
  ] as const) {
    // One warning per outage, not one per reconnect attempt.
    let down = false;
    client.on('error', (error: Error) => {
      if (!down) logger.warn({ err: error, role }, 'redis unreachable; reconnecting');
      down = true;
    });
    client.on('ready', () => {
      if (down) logger.info({ role }, 'redis reconnected');
      down = false;
    });
  }
  const bus = new Bus('redis', keyPrefix);
  subscriber.on('message', (channel: string, message: string) => bus.deliver(channel, message));
  return bus.attach({
    publish: (channel, message) =>
      void publisher
        .publish(channel, message)
        .catch((error: unknown) => logger.error({ err: error }, 'publish failed')),
    listen: async (channel) => void (await subscriber.subscribe(channel)),
    unlisten: async (channel) => void (await subscriber.unsubscribe(channel)),
    // QUIT waits behind commands queued while Redis is away (a SUBSCRIBE made then): a client
    // that is not connected is just disconnected, which fails them. QUIT is never auto-pipelined,
    // so it would overtake the PUBLISHes of this tick, still waiting for the next: a PING
    // pipelined behind them is answered only after they are.
    close: async () => {
      if (publisher.status === 'ready') await publisher.ping().catch(() => undefined);
      await Promise.allSettled(
        [publisher, subscriber].map((client) => (client.status === 'ready' ? client.quit() : client.disconnect())),
      );
    },
  });
}

/** The embedded default: an in-process bus, enough for a single API process. */
export function createInProcessPubSub(keyPrefix: string): PubSub {
  const bus = new Bus('in-process', keyPrefix);
  return bus.attach({
    publish: (channel, message) => queueMicrotask(() => bus.deliver(channel, message)),
    listen: async () => {},
    unlisten: async () => {},
    close: async () => {},
  });
}
