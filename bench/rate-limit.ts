/**
 * Benchmark: what counting each operation against its API key's rate limit adds to a request.
 *
 * Four real apps (buildApp) on one throwaway database, alike but for two settings: the embedded
 * in-process pub/sub or Redis, and TRAINYARD_RATE_LIMIT_PER_MINUTE off (0) or on (a limit never
 * reached: every operation is counted, none refused). With Redis the count is an EVAL on Redis
 * per operation, as in production; without, a map in the process. One authenticated query whose
 * answer needs no SQL (`{ viewer { apiKey { id } } }`: the key is cached) goes to each app in
 * turn over keep-alive `node:http`, so the limit's cost is not hidden behind a database's.
 * BENCH_RATE_LIMIT_ROUNDS (default 2,000) sets the measured rounds.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { buildApp, type App } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { REDIS_URL, withBenchDatabase } from './bench-database.ts';
import { graphqlClient, timeRounds, timing, type Timing } from './latency.ts';

const ROUNDS = Number(process.env.BENCH_RATE_LIMIT_ROUNDS ?? 2000);
const WARM_UP_ROUNDS = 200;
const QUERY = '{ viewer { apiKey { id } } }';
const NEVER_REACHED = String(1_000_000_000);

const SETUPS = [
  { name: 'in-process pub/sub, limit off', redis: false, limit: '0' },
  { name: 'in-process pub/sub, counted in the process', redis: false, limit: NEVER_REACHED },
  { name: 'Redis, limit off', redis: true, limit: '0' },
  { name: 'Redis, counted in Redis', redis: true, limit: NEVER_REACHED },
] as const;

const ms = (value: number) => value.toFixed(3);

export async function runRateLimitBench(): Promise<{ markdown: string }> {
  const keyPrefix = `trainyard-bench-${randomBytes(4).toString('hex')}:`;
  const timings = await withBenchDatabase(async (db) => {
    const apps: App[] = [];
    try {
      const senders = [];
      for (const setup of SETUPS) {
        const config = loadConfig({
          DATABASE_URL: db.url,
          ...(setup.redis ? { REDIS_URL } : {}),
          TRAINYARD_KEY_PREFIX: keyPrefix,
          TRAINYARD_RATE_LIMIT_PER_MINUTE: setup.limit,
          PORT: '0',
          HOST: '127.0.0.1',
          LOG_LEVEL: 'warn',
        });
        const app = await buildApp(config, createLogger('warn'));
        apps.push(app);
        const send = graphqlClient((await app.start()).url, db.secret);
        senders.push(async () => {
          const body = await send({ query: QUERY, variables: {} });
          if (body.errors || !body.data) throw new Error(`${setup.name}: ${JSON.stringify(body.errors)}`);
        });
      }
      return (await timeRounds(WARM_UP_ROUNDS, ROUNDS, senders)).map(timing);
    } finally {
      for (const app of apps) await app.stop();
      const redis = new Redis(REDIS_URL);
      const keys = await redis.keys(`${keyPrefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    }
  });
  return { markdown: report(timings) };
}

function report(timings: Timing[]): string {
  const added = (i: number, baseline: number) => ({
    p50: timings[i]!.p50 - timings[baseline]!.p50,
    p95: timings[i]!.p95 - timings[baseline]!.p95,
  });
  const inProcess = added(1, 0);
  const inRedis = added(3, 2);
  return [
    '## 7. What the rate limit adds to a request',
    '',
    `Query (HTTP, the project's admin key, real apps from \`buildApp\` on one throwaway PostgreSQL database): \`${QUERY}\`, answered from the key the app has cached, without SQL. Four apps, alike but for the pub/sub (in-process or Redis at ${REDIS_URL}) and \`TRAINYARD_RATE_LIMIT_PER_MINUTE\` (0, or a limit never reached: each operation counted, none refused); one keep-alive \`node:http\` connection each, the client in the same process; ${ROUNDS} rounds after ${WARM_UP_ROUNDS} thrown away, the four apps in turn in each round (bench/rate-limit.ts). Times in ms.`,
    '',
    '| app | p50 | p95 | added p50 | added p95 |',
    '|---|---:|---:|---:|---:|',
    ...SETUPS.map((setup, i) => {
      const delta = i === 1 ? inProcess : i === 3 ? inRedis : null;
      const cell = (value: number | undefined) => (value === undefined ? '' : ms(value));
      return `| ${setup.name} | ${ms(timings[i]!.p50)} | ${ms(timings[i]!.p95)} | ${cell(delta?.p50)} | ${cell(delta?.p95)} |`;
    }),
    '',
    `**Counting in Redis adds ${ms(inRedis.p50)} ms at p50 and ${ms(inRedis.p95)} ms at p95 to a request; counting in the process, ${ms(inProcess.p50)} and ${ms(inProcess.p95)} ms** (no target: the figure is what a limit shared by every instance costs; "added" is against the same pub/sub with the limit off, in the same rounds).`,
    '',
  ].join('\n');
}
