import { inject } from 'vitest';
import { buildApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { issueSecret } from '../../src/domain/api-key-secret.ts';
import { createLogger } from '../../src/logger.ts';

export interface TestServer {
  app: App;
  url: string;
  wsUrl: string;
  origin: string;
  /** Admin key of the installation's first project (created on first start, or already there). */
  adminKey: string;
  stop(): Promise<void>;
}

/**
 * The admin key every test server of this run shares: the first server to start creates the
 * default project with it, later ones add it to the existing project (TRAINYARD_ADMIN_KEY).
 */
const adminKey = issueSecret().secret;

/** A real API server on a free port, on the run's PostgreSQL database and Redis prefix. */
export async function startServer(env: Record<string, string> = {}): Promise<TestServer> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: inject('databaseUrl'),
    REDIS_URL: inject('redisUrl'),
    TRAINYARD_KEY_PREFIX: inject('keyPrefix'),
    TRAINYARD_ADMIN_KEY: adminKey,
    LOG_LEVEL: 'warn',
    // Every operation is counted, through Redis, but the run's test files share the admin key:
    // only rate-limits.test.ts sets a limit it reaches.
    TRAINYARD_RATE_LIMIT_PER_MINUTE: '1000000',
    ...env,
  });
  const app = await buildApp(config, createLogger(config.logLevel));
  const { url, port } = await app.start();
  const origin = `http://127.0.0.1:${port}`;
  return { app, url, wsUrl: url.replace(/^http/, 'ws'), origin, adminKey, stop: () => app.stop() };
}
