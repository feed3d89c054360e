import { once } from 'node:events';
import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP relay to a real service that a test can cut and restore: the network partition a worker
 * meets in production, without touching the service itself.
 */
export interface TcpProxy {
  port: number;
  /** Drops every open connection and refuses new ones. */
  cut(): Promise<void>;
  /** Accepts connections again, on the same port. */
  restore(): Promise<void>;
  /**
   * Stops relaying, connections left open and new ones accepted but not relayed: a network that
   * stops delivering, where a query waits for its answer instead of failing. What waited is
   * relayed on `unstall()`, as TCP's retransmissions would deliver it.
   */
  stall(): void;
  /** Relays what waited and everything after it again. */
  unstall(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  /** Each relayed connection's two sockets. */
  const pairs = new Set<[Socket, Socket]>();
  let stalled = false;
  const pipe = ([client, upstream]: [Socket, Socket]) => client.pipe(upstream).pipe(client);
  const unpipe = ([client, upstream]: [Socket, Socket]) => {
    client.unpipe(upstream);
    upstream.unpipe(client);
    client.pause();
    upstream.pause();
  };
  const relay = (client: Socket) => {
    const upstream = connect(target.port, target.host);
    track(client);
    track(upstream);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    if (stalled) unpipe(pair);
    else pipe(pair);
    client.on('close', () => {
      pairs.delete(pair);
      upstream.destroy();
    });
    upstream.on('close', () => client.destroy());
  };

  let server: Server | undefined;
  const listen = async (port: number) => {
    server = createServer(relay);
    server.listen(port, '127.0.0.1');
    await once(server, 'listening');
    return (server.address() as { port: number }).port;
  };
  const stopListening = async () => {
    if (!server) return;
    const closed = once(server, 'close');
    server.close();
    for (const socket of sockets) socket.destroy();
    await closed;
    server = undefined;
  };

  const port = await listen(0);
  return {
    port,
    cut: stopListening,
    restore: async () => void (await listen(port)),
    stall() {
      stalled = true;
      pairs.forEach(unpipe);
    },
    unstall() {
      stalled = false;
      pairs.forEach(pipe);
    },
    close: stopListening,
  };
}
