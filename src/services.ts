import type { AuthenticationCache } from './auth/authentication-cache.ts';
import type { OperationRateLimit } from './auth/operation-rate-limit.ts';
import type { Config } from './config.ts';
import type { Orm } from './db/orm.ts';
import type { GenerationProcess } from './inference/generation-process.ts';
import type { Logger } from './logger.ts';
import type { PubSub } from './realtime/pubsub.ts';

/** Long-lived dependencies, built once per process by `buildApp`. */
export interface Services {
  config: Config;
  logger: Logger;
  orm: Orm;
  pubsub: PubSub;
  generation: GenerationProcess;
  authentication: AuthenticationCache;
  /** Null when TRAINYARD_RATE_LIMIT_PER_MINUTE is 0. */
  operationRateLimit: OperationRateLimit | null;
}
