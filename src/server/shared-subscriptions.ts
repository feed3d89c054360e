import type { ExecutionResult } from 'graphql';
import { WebSocket } from 'ws';
import { canonicalHash } from '../domain/canonical-hash.ts';
import type { SharedExecution, SharingMember } from '../realtime/subscription-sharing.ts';

/** Runs the operation once more, through the same envelope, as the shared execution. */
export type SubscribeShared = (
  sharing: SharedExecution,
) => Promise<AsyncIterable<ExecutionResult> | ExecutionResult> | AsyncIterable<ExecutionResult> | ExecutionResult;

/** What makes two subscriptions identical. */
export interface OperationKey {
  /** Who asks: results are shared only within one project and one set of auth scopes. */
  scope: string;
  query: string;
  operationName: string | null | undefined;
  variables: Record<string, unknown> | null | undefined;
}

/**
 * Subscription deduplication for graphql-ws, per API instance: identical subscriptions (same
 * document, operation name, variables and auth scope) that reached their live part are served by
 * one execution of the operation, whose every result is serialised once and written as the same
 * JSON to every subscriber's socket. Live events are thus executed once, however many clients
 * watch a job. What each subscriber is owed before that (its replay after its own cursor) it
 * gets on its own stream; see subscription-sharing.ts for the handover.
 */
export class SharedSubscriptions {
  private readonly executions = new Map<string, Execution>();

  /** The sharing handle for subscription `id` on `socket`. */
  member(socket: WebSocket, id: string, key: OperationKey, subscribe: SubscribeShared): Member {
    return new Member(this, socket, id, canonicalHash(key), subscribe);
  }

  /** The running execution for `key`, if any. */
  running(key: string): Execution | undefined {
    return this.executions.get(key);
  }

  start(key: string, after: number, subscribe: SubscribeShared): Execution {
    const execution = new Execution(after, () => {
      if (this.executions.get(key) === execution) this.executions.delete(key);
    });
    this.executions.set(key, execution);
    void execution.run(subscribe);
    return execution;
  }
}

/**
 * Bytes a socket may hold unsent before its client counts as gone. A shared stream does not wait
 * for any one reader, so a client that stopped reading would otherwise grow this process's memory
 * without bound; closed with 1013 (Try Again Later), it resumes from the last seq it received.
 */
const MAX_UNSENT_BYTES = 4 * 1024 * 1024;

/** One subscriber: where its socket is, and the seq of the last item it was sent. */
export class Member implements SharingMember {
  readonly role = 'member';
  private cursor = 0;
  private execution: Execution | undefined;
  private left = false;
  private settle: { resolve: () => void; reject: (error: unknown) => void } | undefined;
  /** graphql-ws' `next` message around a serialised result; same key order as graphql-ws writes. */
  private readonly prefix: string;

  constructor(
    private readonly registry: SharedSubscriptions,
    private readonly socket: WebSocket,
    id: string,
    private readonly key: string,
    private readonly subscribe: SubscribeShared,
  ) {
    this.prefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  }

  handOff(cursor: number): { joined: Promise<void> } | { behind: number } {
    if (this.left) return { joined: Promise.resolve() };
    const running = this.registry.running(this.key);
    // Joining behind the shared stream would skip what it already sent: replay up to it first.
    if (running && running.position > cursor) return { behind: running.position };
    const joined = new Promise<void>((resolve, reject) => (this.settle = { resolve, reject }));
    this.cursor = cursor;
    this.execution = running ?? this.registry.start(this.key, cursor, this.subscribe);
    this.execution.add(this);
    return { joined };
  }

  /** Sends the result for item `seq` unless this subscriber already has it. */
  deliver(seq: number, payload: string): void {
    if (seq <= this.cursor) return;
    this.cursor = seq;
    if (this.socket.readyState !== WebSocket.OPEN) return;
    if (this.socket.bufferedAmount > MAX_UNSENT_BYTES) {
      this.socket.close(1013, 'Try Again Later: too far behind the stream; resubscribe with afterSeq');
      return;
    }
    this.socket.send(this.prefix + payload + '}');
  }

  /**
   * The subscription's results as graphql-ws iterates them. graphql-ws returns them when the
   * client completes the subscription or its socket closes; the stream may then be parked in
   * its hand-over, which only leaving settles, so that comes first.
   */
  results<T>(results: AsyncIterable<T>): AsyncGenerator<T> {
    const iterator = results[Symbol.asyncIterator]();
    const generator: AsyncGenerator<T> = {
      next: () => iterator.next(),
      return: (value) => {
        this.leave();
        return iterator.return ? iterator.return(value) : Promise.resolve({ done: true, value });
      },
      throw: (error) => (iterator.throw ? iterator.throw(error) : Promise.reject(error)),
      [Symbol.asyncIterator]: () => generator,
    };
    return generator;
  }

  /** The subscriber completed or its socket closed: nothing more is sent to it. */
  private leave(): void {
    this.left = true;
    this.execution?.remove(this);
    this.settle?.resolve();
  }

  /** The shared stream is over: the subscriber's own stream ends (and graphql-ws completes it). */
  ended(error: unknown): void {
    if (error === undefined) this.settle?.resolve();
    else this.settle?.reject(error);
  }
}

/** The one execution of an operation; lives while it has subscribers and its stream goes on. */
class Execution {
  private readonly members = new Set<Member>();
  private iterator: AsyncIterator<ExecutionResult> | undefined;
  private stopped = false;

  constructor(
    /** Seq of the item whose result was (or is being) sent. */
    public position: number,
    private readonly onEnd: () => void,
  ) {}

  add(member: Member): void {
    this.members.add(member);
  }

  remove(member: Member): void {
    this.members.delete(member);
    if (this.members.size > 0) return;
    this.stopped = true;
    this.onEnd();
    this.stop();
  }

  /** Ends the shared stream; its resolvers' `finally` blocks unsubscribe from the bus. */
  private stop(): void {
    this.iterator?.return?.().catch(() => undefined);
  }

  async run(subscribe: SubscribeShared): Promise<void> {
    let failure: unknown;
    try {
      const result = await subscribe({
        role: 'shared',
        after: this.position,
        yielding: (seq) => (this.position = seq),
      });
      if (!(Symbol.asyncIterator in result)) throw result.errors?.[0] ?? new Error('the shared subscription failed');
      this.iterator = result[Symbol.asyncIterator]();
      if (this.stopped) return this.stop();
      for (;;) {
        const next = await this.iterator.next();
        if (next.done) break;
        const payload = JSON.stringify(next.value);
        for (const member of this.members) member.deliver(this.position, payload);
      }
    } catch (error) {
      failure = error;
    } finally {
      this.onEnd();
      for (const member of this.members) member.ended(failure);
      this.members.clear();
    }
  }
}
