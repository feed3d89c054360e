import { randomUUID } from 'node:crypto';
import { expect, inject, it } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { createRedisPubSub } from '../src/realtime/pubsub.ts';

it('delivers what an instance published just before it closed', async () => {
  const logger = createLogger('warn');
  const [sender, receiver] = [0, 1].map(() => createRedisPubSub(inject('redisUrl'), inject('keyPrefix'), logger));
  const topic = randomUUID();
  const subscription = await receiver!.subscribe('ping', topic);
  try {
    await sender!.ping();
    // A worker stopping hands its job back, publishes the status and closes, all in one go.
    const nonces = Array.from({ length: 50 }, () => randomUUID());
    for (const nonce of nonces) sender!.publish('ping', topic, { nonce });
    await sender!.close();
    const received: string[] = [];
    while (received.length < nonces.length) received.push((await subscription.next()).value.nonce);
    expect(received).toEqual(nonces);
  } finally {
    await subscription.return?.();
    await receiver!.close();
  }
});

it('resolves every subscribe of a channel only once Redis confirmed it, not only the first', async () => {
  const logger = createLogger('warn');
  const sender = createRedisPubSub(inject('redisUrl'), inject('keyPrefix'), logger);
  await sender.ping();
  // A receiver still connecting: its SUBSCRIBE waits for the connection.
  const receiver = createRedisPubSub(inject('redisUrl'), inject('keyPrefix'), logger);
  const topic = randomUUID();
  try {
    const first = receiver.subscribe('ping', topic);
    const second = await receiver.subscribe('ping', topic);
    sender.publish('ping', topic, { nonce: 'after both subscribed' });
    expect((await second.next()).value).toEqual({ nonce: 'after both subscribed' });
    await (await first).return?.();
    await second.return?.();
  } finally {
    await Promise.all([sender.close(), receiver.close()]);
  }
});
