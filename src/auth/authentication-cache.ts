import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { LRUCache } from 'lru-cache';
import type { Authentication } from '../context.ts';
import { ApiKeySchema } from '../db/entities/api-key.ts';
import { hashSecret } from '../domain/api-key-secret.ts';
import type { Logger } from '../logger.ts';
import type { PubSub, Subscription } from '../realtime/pubsub.ts';
import { authenticate } from './authenticate.ts';

type Authenticated = Extract<Authentication, { kind: 'authenticated' }>;

/**
 * How long a key read from the database is trusted without reading it again. Revocations reach
 * every instance through the bus at once; this bounds how long a key revoked while an instance
 * missed that message (its Redis connection down) keeps working there.
 */
export const AUTHENTICATION_TTL_MS = 30_000;
const MAX_CACHED_KEYS = 10_000;

/** The bus topic's single channel: every instance hears every revocation. */
const REVOCATIONS = 'all';

/**
 * Keys that authenticated recently, by the hash of their secret. Looking a key up costs a
 * database round trip, which was the largest part of a small request (bench/SEARCH.md); a
 * dashboard sends the same key many times a second. Only valid keys are kept: an unknown or
 * revoked one is read again on every request. `lastUsedAt` is refreshed when a key is read
 * from the database and its value is over a minute old, so it still moves every minute or two
 * while a key is in use.
 */
export class AuthenticationCache {
  private readonly keys = new LRUCache<string, Authenticated>({ max: MAX_CACHED_KEYS, ttl: AUTHENTICATION_TTL_MS });
  /** Counts revocations heard, so a lookup that raced one does not cache what it read before it. */
  private revocationsHeard = 0;
  /** What else must drop a key when it is revoked: live connections it opened. */
  private readonly revocationListeners = new Set<(apiKeyId: string) => void>();
  /** Set once the bus confirmed the subscription to revocations. */
  private revocations?: Subscription<{ apiKeyId: string }>;
  private closing = false;
  /** API keys that live connections were opened with, and how many hold each. */
  private readonly held = new Map<string, number>();
  private readonly rereadTimer: NodeJS.Timeout;
  private rereading: Promise<void> | undefined;

  /**
   * Starts listening for revocations without waiting for the bus: an instance starts, and
   * serves, while Redis is away (the bus reconnects by itself; /readyz tells a balancer).
   */
  constructor(
    private readonly pubsub: PubSub,
    private readonly logger: Logger,
    private readonly em: () => SqlEntityManager,
  ) {
    this.rereadTimer = setInterval(() => void this.rereadHeld(), AUTHENTICATION_TTL_MS).unref();
    void (async () => {
      const revocations = await pubsub.subscribe('apiKeyRevoked', REVOCATIONS);
      this.revocations = revocations;
      if (this.closing) await revocations.return?.();
      for await (const { apiKeyId } of revocations) this.forget(apiKeyId);
    })().catch((error: unknown) => {
      // Closing the bus fails a subscription it never confirmed.
      if (!this.closing) this.logger.error({ err: error }, 'API key revocations stopped');
    });
  }

  async authenticate(em: SqlEntityManager, secret: string | undefined): Promise<Authentication> {
    const hash = secret && hashSecret(secret);
    const cached = hash ? this.keys.get(hash) : undefined;
    if (cached) return cached;
    const heard = this.revocationsHeard;
    const auth = await authenticate(em, secret);
    if (heard === this.revocationsHeard) {
      if (hash && auth.kind === 'authenticated') this.keys.set(hash, auth);
      return auth;
    }
    // A key was revoked while this one was read, and it may be this one: its revocation was
    // committed before it was announced, so a second read sees it. A socket opened with what
    // the first read said would otherwise outlive the revocation.
    return authenticate(em, secret);
  }

  /** Drops the key here at once and tells every other instance to drop it too. */
  revoked(apiKeyId: string): void {
    this.forget(apiKeyId);
    this.pubsub.publish('apiKeyRevoked', REVOCATIONS, { apiKeyId });
  }

  /**
   * Marks a key as held by a live connection (a WebSocket, an SSE stream) until the returned
   * release. Held keys are read again every AUTHENTICATION_TTL_MS, and one revoked meanwhile is
   * dropped as if its revocation had been heard: an instance that missed the message (its Redis
   * connection down) would otherwise keep such a connection open on it for good.
   */
  hold(apiKeyId: string): () => void {
    this.held.set(apiKeyId, (this.held.get(apiKeyId) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const holders = this.held.get(apiKeyId)! - 1;
      if (holders > 0) this.held.set(apiKeyId, holders);
      else this.held.delete(apiKeyId);
    };
  }

  private rereadHeld(): Promise<void> {
    // One at a time: on a slow database, reads every 30 s would otherwise pile up.
    this.rereading ??= this.readHeldKeys().finally(() => (this.rereading = undefined));
    return this.rereading;
  }

  private async readHeldKeys(): Promise<void> {
    const ids = [...this.held.keys()];
    if (ids.length === 0) return;
    try {
      const live = await this.em().find(ApiKeySchema, { id: { $in: ids }, revokedAt: null }, { fields: ['id'] });
      const valid = new Set(live.map((key) => key.id));
      for (const id of ids) if (!valid.has(id)) this.forget(id);
    } catch (error) {
      this.logger.warn({ err: error }, 'could not read the API keys of open connections again');
    }
  }

  /** Calls `listener` with every key revoked, here or on another instance; returns how to stop. */
  onRevoked(listener: (apiKeyId: string) => void): () => void {
    this.revocationListeners.add(listener);
    return () => {
      this.revocationListeners.delete(listener);
    };
  }

  private forget(apiKeyId: string): void {
    this.revocationsHeard++;
    const hashes = [...this.keys.entries()].filter(([, auth]) => auth.viewer.apiKey.id === apiKeyId);
    for (const [hash] of hashes) this.keys.delete(hash);
    for (const listener of this.revocationListeners) listener(apiKeyId);
  }

  /** Stops hearing revocations; call before closing the bus. */
  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.rereadTimer);
    await this.rereading;
    await this.revocations?.return?.();
  }
}
