import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { ClientMode, FromClients, ToClients } from './clients.ts';

interface Member {
  child: ChildProcess;
  deliveries: number;
  low: number;
  anomalies: number;
}

/**
 * The benchmark's subscribers, spread over several client processes: opens them, follows their
 * progress (deliveries so far, and the highest seq every socket received), and collects their
 * receive times.
 */
export class ClientFleet {
  private readonly members: Member[];
  private waiters: (() => void)[] = [];
  private failure: Error | undefined;

  private constructor(processes: number) {
    this.members = Array.from({ length: processes }, () => {
      const child = fork(fileURLToPath(new URL('./clients.ts', import.meta.url)), [], {
        execArgv: ['--import', 'tsx'],
        serialization: 'advanced',
      });
      const member: Member = { child, deliveries: 0, low: 0, anomalies: 0 };
      child.on('message', (message: FromClients) => {
        if (message.type === 'progress') {
          Object.assign(member, { deliveries: message.deliveries, low: message.low, anomalies: message.anomalies });
          for (const wake of this.waiters.splice(0)) wake();
        } else if (message.type === 'failed') {
          this.failure ??= new Error(`client: ${message.message}`);
        }
      });
      return member;
    });
  }

  static async open(mode: ClientMode, sockets: number, processes: number): Promise<ClientFleet> {
    const fleet = new ClientFleet(processes);
    await Promise.all(
      fleet.members.map((member, i) => {
        const share = Math.floor(sockets / processes) + (i < sockets % processes ? 1 : 0);
        fleet.send(member, { type: 'open', mode, sockets: share });
        return fleet.reply(member, 'ready');
      }),
    );
    return fleet;
  }

  get pids(): number[] {
    return this.members.map((m) => m.child.pid!);
  }

  get deliveries(): number {
    return this.members.reduce((sum, m) => sum + m.deliveries, 0);
  }

  /** The highest seq that every socket has received. */
  get low(): number {
    return Math.min(...this.members.map((m) => m.low));
  }

  /** Resolves at the next progress report from any client process (every 10 ms while they run). */
  progressed(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Waits until every socket has received `seq`, or `ms` passed; true if they all did. */
  async reached(seq: number, ms: number): Promise<boolean> {
    const deadline = performance.now() + ms;
    while (this.low < seq) {
      if (performance.now() > deadline) return false;
      await this.progressed();
    }
    return true;
  }

  record(on: boolean): void {
    for (const member of this.members) this.send(member, { type: 'record', on });
  }

  /** Receive times recorded since `record(true)`, and every socket's final tally. */
  async collect() {
    const replies = await Promise.all(
      this.members.map((member) => {
        this.send(member, { type: 'collect' });
        return this.reply(member, 'collected');
      }),
    );
    return {
      samples: replies.map(({ seqs, times }) => ({ seqs, times })),
      last: replies.flatMap((r) => r.last),
      skipped: replies.reduce((sum, r) => sum + r.skipped, 0),
      repeated: replies.reduce((sum, r) => sum + r.repeated, 0),
    };
  }

  async close(): Promise<void> {
    await Promise.all(
      this.members.map(async ({ child }) => {
        if (child.exitCode !== null || !child.connected) return;
        const exited = once(child, 'exit');
        this.send({ child } as Member, { type: 'close' });
        await exited;
      }),
    );
  }

  private send({ child }: Member, message: ToClients): void {
    child.send(message);
  }

  private reply<T extends FromClients['type']>({ child }: Member, type: T): Promise<Extract<FromClients, { type: T }>> {
    return new Promise((resolve, reject) => {
      const onMessage = (message: FromClients) => {
        if (message.type === type) {
          child.off('message', onMessage);
          resolve(message as Extract<FromClients, { type: T }>);
        } else if (message.type === 'failed') {
          child.off('message', onMessage);
          reject(new Error(`client: ${message.message}`));
        }
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`a client process exited with ${code}`)));
    });
  }
}
