import { randomUUID } from 'node:crypto';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type Repeater } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';
import type { TopicName, Topics } from './topics.ts';

export interface PubSub {
  publish<T extends TopicName>(topic: T, id: string, payload: Topics[T]): void;
  subscribe<T extends TopicName>(topic: T, id: string): Repeater<Topics[T]>;
  /** Resolves once a message went through the bus and came back. */
  ping(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
  readonly kind: 'redis' | 'in-process';
}

/** Channel names are built at runtime (prefix + topic + id); types are enforced by `PubSub`. */
type Channels = Record<string, [payload: unknown]>;

function wrap(
  kind: PubSub['kind'],
  keyPrefix: string,
  inner: ReturnType<typeof createPubSub<Channels>>,
  close: () => Promise<void>,
): PubSub {
  const channel = (topic: string, id: string) => `${keyPrefix}${topic}:${id}`;
  const pubsub: PubSub = {
    kind,
    publish: (topic, id, payload) => inner.publish(channel(topic, id), payload),
    subscribe: <T extends TopicName>(topic: T, id: string) =>
      inner.subscribe(channel(topic, id)) as unknown as Repeater<Topics[T]>,
    async ping(timeoutMs = 2000) {
      const nonce = randomUUID();
      const subscription = pubsub.subscribe('ping', nonce);
      const iterator = subscription[Symbol.asyncIterator]();
      const received = iterator.next();
      // Redis SUBSCRIBE is asynchronous: publish until the echo arrives or time runs out.
      const deadline = Date.now() + timeoutMs;
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          received,
          (async () => {
            while (Date.now() < deadline) {
              pubsub.publish('ping', nonce, { nonce });
              await new Promise((resolve) => (timer = setTimeout(resolve, 50)));
            }
            throw new Error(`pub/sub did not echo within ${timeoutMs} ms`);
          })(),
        ]);
      } finally {
        clearTimeout(timer);
        await iterator.return?.();
      }
    },
    close,
  };
  return pubsub;
}

/** Redis pub/sub (two connections: publisher and subscriber) when REDIS_URL is set. */
export function createRedisPubSub(redisUrl: string, keyPrefix: string, logger: Logger): PubSub {
  const options = { maxRetriesPerRequest: null, enableAutoPipelining: true };
  const publishClient = new Redis(redisUrl, options);
  const subscribeClient = new Redis(redisUrl, options);
  for (const [role, client] of [
    ['publisher', publishClient],
    ['subscriber', subscribeClient],
  ] as const) {
    client.on('error', (error: Error) => logger.warn({ err: error, role }, 'redis connection error'));
  }
  const eventTarget = createRedisEventTarget<CustomEvent>({ publishClient, subscribeClient });
  return wrap('redis', keyPrefix, createPubSub<Channels>({ eventTarget }), async () => {
    await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
  });
}

/** The embedded default: an in-process event bus, enough for a single API process. */
export function createInProcessPubSub(keyPrefix: string): PubSub {
  return wrap('in-process', keyPrefix, createPubSub<Channels>(), async () => {});
}
