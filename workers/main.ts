/**
 * `npm run worker`: a worker process. Needs DATABASE_URL (the control plane's PostgreSQL) and
 * REDIS_URL (to stream what it reports to every API instance).
 */
import { loadConfig } from '../src/config.ts';
import { createOrm } from '../src/db/orm.ts';
import { createLogger } from '../src/logger.ts';
import { createRedisPubSub } from '../src/realtime/pubsub.ts';
import { stopOnSignal } from '../src/shutdown-signals.ts';
import { exitOnStartupFailure, StartupError } from '../src/startup-error.ts';
import { loadWorkerConfig } from './config.ts';
import { createWorkerRuntime } from './runtime.ts';

/** Its settings read and its database connected: what a worker needs before it registers. */
async function open() {
  const config = loadConfig();
  const workerConfig = loadWorkerConfig();
  if (!config.databaseUrl || !config.redisUrl) {
    throw new StartupError(
      'A worker process needs DATABASE_URL and REDIS_URL (the embedded default runs its worker in-process)',
    );
  }
  const logger = createLogger(config.logLevel).child({ component: 'worker', workerId: workerConfig.workerId });
  const orm = await createOrm(config, logger);
  return { config, workerConfig, logger, orm, redisUrl: config.redisUrl };
}

const { config, workerConfig, logger, orm, redisUrl } = await open().catch(exitOnStartupFailure);
const pubsub = createRedisPubSub(redisUrl, config.keyPrefix, logger);
const runtime = await createWorkerRuntime(orm, pubsub, logger, workerConfig);
// Listening before the worker registers: once its row is there, a SIGTERM is a clean stop.
const started = runtime.start();

stopOnSignal(logger, 'stopping: the current job checkpoints and goes back to the queue', async () => {
  await started;
  await runtime.stop();
  await pubsub.close();
  await orm.close();
});

await started;
