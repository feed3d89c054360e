/**
 * How a subscription resolver and a transport share the live part of identical subscriptions
 * (same document, variables and auth scope; src/server/shared-subscriptions.ts for graphql-ws).
 * Each subscriber's stream replays what it is owed on its own, then hands the rest over to one
 * shared execution of the operation, whose every result the transport serialises once and
 * writes to all of them. Only streams whose items carry a per-stream `seq` cursor take part;
 * resolvers that ignore this run per subscriber, as they would without it.
 */
export type SubscriptionSharing = SharingMember | SharedExecution;

/** What a subscriber's own stream gets. */
export interface SharingMember {
  role: 'member';
  /**
   * Offers everything after `cursor` to the shared execution. `joined` settles when this
   * subscriber is done: the shared stream ended (resolves) or failed (rejects), or the subscriber
   * left (resolves). `behind`: the shared execution is already past `cursor`; replay up to that
   * seq from the store, then offer again.
   */
  handOff(cursor: number): { joined: Promise<void> } | { behind: number };
}

/** What the one shared execution gets. */
export interface SharedExecution {
  role: 'shared';
  /** Stream items after this seq, whatever cursor the operation's arguments name. */
  after: number;
  /** Called with each item's seq just before it is yielded: the transport's cursor per result. */
  yielding(seq: number): void;
}
