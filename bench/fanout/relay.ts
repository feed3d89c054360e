/**
 * The fan-out baseline (forked by bench/fanout.ts): the least a Redis-to-WebSocket relay can do,
 * one ioredis SUBSCRIBE and `ws.send` of each message, as received, to every connected socket.
 * No protocol, no authentication, no store. Tells the parent its port over IPC.
 */
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { WebSocketServer } from 'ws';

const [redisUrl, channel] = process.argv.slice(2) as [string, string];
const subscriber = new Redis(redisUrl);
await subscriber.subscribe(channel);
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
await new Promise<void>((resolve) => wss.once('listening', resolve));
subscriber.on('message', (_channel: string, message: string) => {
  for (const socket of wss.clients) socket.send(message);
});
process.send!({ port: (wss.address() as AddressInfo).port });
process.on('disconnect', () => {
  wss.close();
  subscriber.disconnect();
});
