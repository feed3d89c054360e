/**
 * A process of fan-out benchmark clients (forked by bench/fanout.ts with advanced IPC): opens its
 * share of the WebSocket subscribers, counts what each receives, and reports to the parent. The
 * clients are kept minimal (no graphql-ws client library, one JSON.parse per message) so that the
 * server under test, not this side, sets the pace.
 */
import WebSocket from 'ws';

export type ClientMode =
  | { kind: 'raw'; url: string }
  | { kind: 'graphql-ws'; url: string; key: string; query: string; variables: Record<string, unknown> };

export type ToClients =
  | { type: 'open'; mode: ClientMode; sockets: number }
  | { type: 'record'; on: boolean }
  | { type: 'collect' }
  | { type: 'close' };

export type FromClients =
  | { type: 'ready' }
  | { type: 'progress'; deliveries: number; low: number; anomalies: number }
  | { type: 'collected'; seqs: Float64Array; times: Float64Array; last: number[]; skipped: number; repeated: number }
  | { type: 'failed'; message: string };

const PROGRESS_MS = 10;
/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes. */
export const now = () => performance.timeOrigin + performance.now();

/** Every socket's delivery record: the last seq, seqs skipped, and seqs received twice or out of order. */
class Tally {
  readonly last: number[];
  skipped = 0;
  repeated = 0;
  deliveries = 0;
  recording = false;
  private seqs = new Float64Array(1 << 16);
  private times = new Float64Array(1 << 16);
  private samples = 0;

  constructor(sockets: number) {
    this.last = new Array<number>(sockets).fill(0);
  }

  delivered(socket: number, seq: number): void {
    const at = now();
    this.deliveries += 1;
    const last = this.last[socket]!;
    if (seq <= last) this.repeated += 1;
    else {
      this.skipped += seq - last - 1;
      this.last[socket] = seq;
    }
    if (!this.recording) return;
    if (this.samples === this.seqs.length) {
      this.seqs = grow(this.seqs);
      this.times = grow(this.times);
    }
    this.seqs[this.samples] = seq;
    this.times[this.samples] = at;
    this.samples += 1;
  }

  /** Highest seq every socket received. */
  low(): number {
    return Math.min(...this.last);
  }

  takeSamples(): { seqs: Float64Array; times: Float64Array } {
    const taken = { seqs: this.seqs.slice(0, this.samples), times: this.times.slice(0, this.samples) };
    this.samples = 0;
    return taken;
  }
}

function grow(array: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const bigger = new Float64Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

const send = (message: FromClients) => process.send!(message);

function openSocket(mode: ClientMode, index: number, tally: Tally): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    if (mode.kind === 'raw') {
      const socket = new WebSocket(mode.url);
      socket.on('message', (data) => tally.delivered(index, (JSON.parse(String(data)) as [{ seq: number }])[0].seq));
      socket.once('open', () => resolve(socket));
      socket.once('error', reject);
      return;
    }
    const socket = new WebSocket(mode.url, 'graphql-transport-ws');
    socket.once('error', reject);
    socket.once('open', () =>
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${mode.key}` } })),
    );
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as {
        type: string;
        payload?: { data?: { jobMetrics: { seq: number } }; errors?: unknown };
      };
      if (message.type === 'next' && message.payload?.data) {
        tally.delivered(index, message.payload.data.jobMetrics.seq);
      } else if (message.type === 'connection_ack') {
        socket.send(
          JSON.stringify({ id: '1', type: 'subscribe', payload: { query: mode.query, variables: mode.variables } }),
        );
        resolve(socket);
      } else if (message.type === 'ping') {
        socket.send(JSON.stringify({ type: 'pong' }));
      } else {
        send({ type: 'failed', message: `socket ${index}: unexpected ${String(data).slice(0, 300)}` });
      }
    });
  });
}

let sockets: WebSocket[] = [];
let tally: Tally | undefined;
let progress: NodeJS.Timeout | undefined;

process.on('message', async (message: ToClients) => {
  try {
    if (message.type === 'open') {
      tally = new Tally(message.sockets);
      const current = tally;
      // Opened a few at a time, as a crowd of browsers would arrive, not as one SYN flood.
      for (let first = 0; first < message.sockets; first += 50) {
        const batch = Array.from({ length: Math.min(50, message.sockets - first) }, (_, i) =>
          openSocket(message.mode, first + i, current),
        );
        sockets.push(...(await Promise.all(batch)));
      }
      progress = setInterval(
        () =>
          send({
            type: 'progress',
            deliveries: current.deliveries,
            low: current.low(),
            anomalies: current.skipped + current.repeated,
          }),
        PROGRESS_MS,
      );
      send({ type: 'ready' });
    } else if (message.type === 'record') {
      tally!.recording = message.on;
    } else if (message.type === 'collect') {
      const { seqs, times } = tally!.takeSamples();
      send({ type: 'collected', seqs, times, last: tally!.last, skipped: tally!.skipped, repeated: tally!.repeated });
    } else {
      clearInterval(progress);
      for (const socket of sockets) socket.terminate();
      sockets = [];
      process.disconnect();
    }
  } catch (error) {
    send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
