import { setTimeout as sleep } from 'node:timers/promises';
import { cpuMeter } from '../cpu-usage.ts';
import { ClientFleet } from './fleet.ts';
import type { Target } from './targets.ts';

export interface FanoutSettings {
  sockets: number;
  clientProcesses: number;
  warmupSeconds: number;
  seconds: number;
  /** Closed loop: most points on their way to the slowest socket at any time. */
  window: number;
  /** Longest wait for every socket to have everything published so far. */
  drainMs: number;
}

export interface ThroughputSample {
  deliveriesPerSecond: number;
  cpu: { cores: Record<string, number>; rest: number };
}

export interface LatencySample {
  p50: number;
  p99: number;
  max: number;
  samples: number;
}

const quantile = (sorted: Float64Array, q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** One server under test with its subscribers, and the last seq published to it. */
export class Contender {
  private seq = 0;

  private constructor(
    readonly target: Target,
    private readonly fleet: ClientFleet,
    private readonly settings: FanoutSettings,
  ) {}

  /** Connects the subscribers and waits until every one of them is live. */
  static async open(target: Target, settings: FanoutSettings): Promise<Contender> {
    const fleet = await ClientFleet.open(target.clients, settings.sockets, settings.clientProcesses).catch(
      async (error: unknown) => {
        await target.close();
        throw error;
      },
    );
    const contender = new Contender(target, fleet, settings);
    // A first point that every socket must receive: from then on every subscription is live.
    await contender.publish();
    if (!(await fleet.reached(1, settings.drainMs))) {
      await contender.close();
      throw new Error(`${target.name}: the first point did not reach every subscriber`);
    }
    return contender;
  }

  private publish(): Promise<number> {
    this.seq += 1;
    return this.target.publish(this.seq);
  }

  /** Publishes as fast as the slowest socket keeps up; deliveries/s after a warm-up. */
  async throughput(): Promise<ThroughputSample> {
    const { fleet, settings } = this;
    const pump = async (seconds: number) => {
      const until = performance.now() + seconds * 1000;
      while (performance.now() < until) {
        while (this.seq - fleet.low < settings.window) await this.publish();
        await fleet.progressed();
      }
    };
    await pump(settings.warmupSeconds);
    const meter = cpuMeter({ server: [this.target.server.pid!], clients: fleet.pids });
    const [deliveries, started] = [fleet.deliveries, performance.now()];
    await pump(settings.seconds);
    const deliveriesPerSecond = (fleet.deliveries - deliveries) / ((performance.now() - started) / 1000);
    const cpu = meter();
    // Drained before anything else runs; what never arrives, audit() counts as lost.
    await fleet.reached(this.seq, settings.drainMs);
    return { deliveriesPerSecond, cpu };
  }

  /** Publishes `rate` points per second on a fixed schedule; the latency of every socket's receipt. */
  async latency(rate: number): Promise<LatencySample> {
    const { fleet, settings } = this;
    const published = new Map<number, number>();
    fleet.record(true);
    const started = performance.now();
    for (let i = 0; i < Math.round(rate * settings.seconds); i += 1) {
      await sleep(Math.max(0, started + (i * 1000) / rate - performance.now()));
      const at = await this.publish();
      published.set(this.seq, at);
    }
    await fleet.reached(this.seq, settings.drainMs);
    fleet.record(false);
    const latencies: number[] = [];
    for (const { seqs, times } of (await fleet.collect()).samples) {
      seqs.forEach((seq, i) => {
        const at = published.get(seq);
        if (at !== undefined) latencies.push(times[i]! - at);
      });
    }
    const sorted = Float64Array.from(latencies).sort();
    return { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: sorted.at(-1)!, samples: sorted.length };
  }

  /** Items missing or received twice: every socket must have had 1..seq, each once, in order. */
  async audit(): Promise<{ lost: number; repeated: number }> {
    await this.fleet.reached(this.seq, this.settings.drainMs);
    const tally = await this.fleet.collect();
    return { lost: tally.last.reduce((sum, seen) => sum + (this.seq - seen), tally.skipped), repeated: tally.repeated };
  }

  async close(): Promise<void> {
    await this.fleet.close();
    await this.target.close();
  }
}
