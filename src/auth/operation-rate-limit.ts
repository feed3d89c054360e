import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../config.ts';
import { RateLimitedError } from '../domain/errors.ts';
import type { Logger } from '../logger.ts';

const WINDOW_SECONDS = 60;
/** How long an operation waits for Redis to count it (the count takes well under 1 ms). */
const REDIS_ANSWER_MS = 100;

/**
 * Counts the operations (queries, mutations, subscriptions) each API key starts, in fixed
 * one-minute windows, and refuses those past `config.operationsPerMinute`. With Redis the count
 * is shared by every API instance; on the embedded default it lives in this process. While Redis
 * is away each instance counts on its own (the insurance limiter), so an outage lets a key start
 * up to its limit on every instance rather than refusing everyone.
 */
export class OperationRateLimit {
  private constructor(
    private readonly perMinute: number,
    private readonly limiter: RateLimiterAbstract,
    private readonly redis: Redis | undefined,
  ) {}

  /** Null when the limit is off (0). */
  static fromConfig(config: Config, logger: Logger): OperationRateLimit | null {
    const perMinute = config.operationsPerMinute;
    if (perMinute === 0) return null;
    const options = { points: perMinute, duration: WINDOW_SECONDS, keyPrefix: `${config.keyPrefix}operations` };
    const inProcess = new RateLimiterMemory(options);
    if (!config.redisUrl) return new OperationRateLimit(perMinute, inProcess, undefined);
    // Commands fail at once while the connection is down, and after REDIS_ANSWER_MS on one that
    // stopped answering, so that the insurance answers: Redis never holds up an operation.
    const redis = new Redis(config.redisUrl, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: REDIS_ANSWER_MS,
    });
    let down = false;
    redis.on('error', (error: Error) => {
      if (!down) logger.warn({ err: error, role: 'rate limit' }, 'redis unreachable; counting operations here');
      down = true;
    });
    redis.on('ready', () => (down = false));
    const shared = new RateLimiterRedis({
      ...options,
      storeClient: redis,
      // A key past its limit is refused here, without asking Redis, until its window ends: a
      // runaway script costs Redis nothing more.
      inMemoryBlockOnConsumed: perMinute + 1,
      rejectIfRedisNotReady: true,
      insuranceLimiter: inProcess,
    });
    return new OperationRateLimit(perMinute, shared, redis);
  }

  /** Counts one operation of the key; throws RateLimitedError when its minute is spent. */
  async take(apiKeyId: string): Promise<void> {
    try {
      await this.limiter.consume(apiKeyId);
    } catch (refusal: unknown) {
      // The limiter rejects with its tally when the key is out of points, with an Error otherwise.
      if (refusal instanceof RateLimiterRes) throw new RateLimitedError(this.perMinute, refusal.msBeforeNext);
      throw refusal;
    }
  }

  /** Nothing waits to be written, and a Redis that stopped answering would hold up a QUIT. */
  close(): void {
    this.redis?.disconnect();
  }
}
