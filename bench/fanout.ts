/**
 * Benchmark 4: live fan-out of one job's metric points to 1,000 graphql-ws subscribers of the
 * same `jobMetrics` subscription, against a raw Redis-to-WebSocket relay measured in the same run
 * on the same machine. Each server runs in its own process and the subscribers in separate client
 * processes (bench/fanout/clients.ts); this process publishes. Both servers and their subscribers
 * stay up for the whole run, and the two are measured in turn, round after round, so that a
 * neighbour's load falls on both alike.
 *
 * - Throughput: closed loop. A point is published whenever fewer than `window` points are on
 *   their way to the slowest socket, so the server is never idle and never flooded; the figure is
 *   messages received per second, summed over all sockets.
 * - Latency: open loop at half the relay's median rate (points per second), for both servers;
 *   from the moment a point is handed to Redis to the moment a socket has parsed it.
 * - Lost: at the end every socket must have received every seq exactly once, in order.
 */
import { availableParallelism, loadavg } from 'node:os';
import { withBenchDatabase } from './bench-database.ts';
import { Contender, type FanoutSettings, type LatencySample, type ThroughputSample } from './fanout/contender.ts';
import { rawRelay, trainyard } from './fanout/targets.ts';

const SETTINGS: FanoutSettings & { rounds: number } = {
  sockets: Number(process.env.BENCH_FANOUT_SOCKETS ?? 1000),
  clientProcesses: Number(process.env.BENCH_FANOUT_CLIENT_PROCESSES ?? 2),
  rounds: Number(process.env.BENCH_ROUNDS ?? 3),
  warmupSeconds: 1,
  seconds: Number(process.env.BENCH_FANOUT_SECONDS ?? 5),
  window: 20,
  drainMs: 15_000,
};
const TARGETS = { throughput: 0.5, latency: 2 };

interface Figures {
  name: string;
  throughput: ThroughputSample[];
  latency: LatencySample[];
  lost: number;
  repeated: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function measure(contenders: Contender[]): Promise<Figures[]> {
  const figures: Figures[] = contenders.map((c) => ({
    name: c.target.name,
    throughput: [],
    latency: [],
    lost: 0,
    repeated: 0,
  }));
  const inTurn = async (each: (contender: Contender, figures: Figures) => Promise<void>) => {
    for (let round = 0; round < SETTINGS.rounds; round += 1) {
      for (const [i, contender] of contenders.entries()) await each(contender, figures[i]!);
    }
  };
  await inTurn(async (contender, f) => void f.throughput.push(await contender.throughput()));
  const rate = median(figures[0]!.throughput.map((t) => t.deliveriesPerSecond)) / SETTINGS.sockets / 2;
  await inTurn(async (contender, f) => void f.latency.push(await contender.latency(rate)));
  for (const [i, contender] of contenders.entries()) Object.assign(figures[i]!, await contender.audit());
  return figures;
}

function report([relay, ours]: Figures[], loadBefore: number[]) {
  const summary = (f: Figures) => ({
    deliveriesPerSecond: median(f.throughput.map((t) => t.deliveriesPerSecond)),
    p50: median(f.latency.map((l) => l.p50)),
    p99: median(f.latency.map((l) => l.p99)),
  });
  const [raw, trainyardFigures] = [summary(relay!), summary(ours!)];
  const ratio = trainyardFigures.deliveriesPerSecond / raw.deliveriesPerSecond;
  const latencyRatio = trainyardFigures.p99 / raw.p99;
  const met = ratio >= TARGETS.throughput && latencyRatio <= TARGETS.latency && ours!.lost === 0;
  const rate = raw.deliveriesPerSecond / SETTINGS.sockets / 2;
  const row = (f: Figures) => {
    const s = summary(f);
    const cores = (key: 'server' | 'clients') => median(f.throughput.map((t) => t.cpu.cores[key]!)).toFixed(2);
    return (
      `| ${f.name} | **${fmt(s.deliveriesPerSecond)}** | ${((s.deliveriesPerSecond / raw.deliveriesPerSecond) * 100).toFixed(1)}% | ` +
      `${f.throughput.map((t) => fmt(t.deliveriesPerSecond)).join(', ')} | ${ms(s.p50)} | **${ms(s.p99)}** | ` +
      `${f.latency.map((l) => ms(l.p99)).join(', ')} | ${ms(Math.max(...f.latency.map((l) => l.max)))} | ${f.lost} | ${f.repeated} | ` +
      `${cores('server')} / ${cores('clients')} / ${Math.max(...f.throughput.map((t) => t.cpu.rest)).toFixed(2)} |`
    );
  };
  const markdown = [
    '## 4. Live fan-out to 1,000 subscribers of one job',
    '',
    `${SETTINGS.sockets} WebSocket subscribers per server in ${SETTINGS.clientProcesses} client processes; each server in its own process; ` +
      `${availableParallelism()} cores, load average ${loadBefore.map((l) => l.toFixed(2)).join(', ')} before the run. ` +
      `${SETTINGS.rounds} round(s), the servers measured in turn within each round; figures are medians over rounds. ` +
      `Throughput: closed loop (at most ${SETTINGS.window} points in flight to the slowest socket), ${SETTINGS.warmupSeconds} s warm-up then ${SETTINGS.seconds} s measured. ` +
      `Latency: ${SETTINGS.seconds} s at ${rate.toFixed(1)} points/s (${fmt(rate * SETTINGS.sockets)} deliveries/s, half the relay's median) for both servers, ` +
      `from the publish to a client having parsed the message, every delivery sampled.`,
    '',
    '| server | deliveries/s | of relay | per round | p50 | p99 | p99 per round | max | lost | duplicates | CPU cores: server / clients / rest (max) |',
    '|---|---:|---:|---|---:|---:|---|---:|---:|---:|---|',
    row(relay!),
    row(ours!),
    '',
    `**Trainyard delivers ${(ratio * 100).toFixed(1)}% of the relay's deliveries/s (target ≥ ${TARGETS.throughput * 100}%); ` +
      `its p99 at half the relay's load is ${latencyRatio.toFixed(2)}x the relay's (target ≤ ${TARGETS.latency}x); ${ours!.lost} lost** — ` +
      `${met ? 'met' : 'NOT met'}.`,
    '',
    '- raw relay: bench/fanout/relay.ts, one ioredis SUBSCRIBE and `ws.send` of each message, as received, to every socket; no protocol, no auth, no store. It relays the exact message Trainyard publishes.',
    "- Trainyard: `npm start`'s entry point (src/main.ts) on PostgreSQL and Redis. Every client authenticates with an API key over graphql-ws and subscribes `jobMetrics(jobId, afterSeq: 0)`, all with the same document and variables, so one execution per API instance serves them all (src/server/shared-subscriptions.ts). Each point is inserted into `metric_point` and then published, as a worker does.",
    '- CPU: cores used during the measured throughput seconds by the server process and by all client processes (medians), and by the rest of the machine (Redis, PostgreSQL, the publisher, any other process; the highest round; time the hypervisor stole is not counted).',
  ].join('\n');
  return { markdown, ratio };
}

export async function runFanout(): Promise<{ markdown: string; ratio: number }> {
  const loadBefore = loadavg();
  return withBenchDatabase(async (db) => {
    const contenders: Contender[] = [];
    try {
      contenders.push(await Contender.open(await rawRelay(db), SETTINGS));
      contenders.push(await Contender.open(await trainyard(db), SETTINGS));
      return report(await measure(contenders), loadBefore);
    } finally {
      for (const contender of contenders) await contender.close();
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) console.log((await runFanout()).markdown);
