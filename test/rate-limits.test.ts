import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from './generated/index.ts';
import { errorCode, execute, ok, type Result } from './helpers/client.ts';
import { freePort } from './helpers/processes.ts';
import { createTestProject } from './helpers/project.ts';
import { startServer, type TestServer } from './helpers/server.ts';
import { connectWs, executeWs, subscribeSse, type Closable } from './helpers/subscriptions.ts';
import { startTcpProxy } from './helpers/tcp-proxy.ts';

const RateViewer = graphql(`
  query RateViewer {
    viewer {
      apiKey {
        id
      }
    }
  }
`);

const RateCreateKey = graphql(`
  mutation RateCreateKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
    }
  }
`);

const RateCreateSpec = graphql(`
  mutation RateCreateSpec($input: CreateSpecInput!) {
    createSpec(input: $input) {
      spec {
        id
      }
    }
  }
`);

const RateSpecs = graphql(`
  query RateSpecs {
    specs(first: 100) {
      edges {
        node {
          name
        }
      }
    }
  }
`);

const RateJobStatus = graphql(`
  subscription RateJobStatus($jobId: ID!) {
    jobStatus(jobId: $jobId) {
      status
    }
  }
`);

const LIMIT = 4;

/** Counts nothing it reaches: setting up and checking what the limited instances wrote. */
let unlimited: TestServer;
/** Two instances on the same Redis, each allowing a key LIMIT operations a minute. */
let a: TestServer;
let b: TestServer;
let project: Awaited<ReturnType<typeof createTestProject>>;
const open: Closable[] = [];

beforeAll(async () => {
  unlimited = await startServer();
  const limit = { TRAINYARD_RATE_LIMIT_PER_MINUTE: String(LIMIT) };
  [a, b] = await Promise.all([startServer(limit), startServer(limit)]);
  project = await createTestProject(unlimited);
});

afterAll(async () => {
  await Promise.all(open.map((c) => c.close()));
  await Promise.all([unlimited, a, b].map((server) => server?.stop()));
});

/** A new key of the test project: its minute starts unspent. */
async function freshKey(): Promise<string> {
  const { createApiKey } = await ok(unlimited.url, project.key, RateCreateKey, { input: { label: randomUUID() } });
  return createApiKey.secret;
}

function expectRateLimited(result: Result<unknown>) {
  expect(result.data ?? null).toBeNull();
  expect(errorCode(result)).toBe('RATE_LIMITED');
  const retryAfterMs = result.errors![0]!.extensions!.retryAfterMs as number;
  expect(retryAfterMs).toBeGreaterThan(0);
  expect(retryAfterMs).toBeLessThanOrEqual(60_000);
  return retryAfterMs;
}

describe('operations per API key and minute', () => {
  it("counts a key's operations on every instance and refuses the one past its limit with 429", async () => {
    const key = await freshKey();
    for (const server of [a, a, b, b]) await ok(server.url, key, RateViewer);

    const refused = await execute(a.url, key, RateViewer);
    const retryAfterMs = expectRateLimited(refused);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(Math.ceil(retryAfterMs / 1000)));
    expectRateLimited(await execute(b.url, key, RateViewer));

    // Another key of the same project has a minute of its own.
    await ok(a.url, await freshKey(), RateViewer);
  });

  it('writes nothing for a refused mutation', async () => {
    const key = await freshKey();
    for (let i = 0; i < LIMIT; i++) await ok(a.url, key, RateViewer);
    const name = `refused-${randomUUID()}`;
    const input = { name, examples: [{ input: 'a', expected: 'b' }] };
    expectRateLimited(await execute(b.url, key, RateCreateSpec, { input }));

    const { specs } = await ok(unlimited.url, project.key, RateSpecs);
    expect(specs.edges.map((edge) => edge.node.name)).not.toContain(name);
  });

  it('counts what a WebSocket sends, and subscriptions over SSE, and refuses them alike', async () => {
    const key = await freshKey();
    for (let i = 0; i < LIMIT - 1; i++) await ok(a.url, key, RateViewer);
    const socket = connectWs(b.wsUrl, key);
    open.push(socket);
    expect((await executeWs(socket, RateViewer, {})).data?.viewer.apiKey.id).toBeTruthy();

    const overSocket = socket.subscribe(RateJobStatus, { jobId: randomUUID() });
    open.push(overSocket);
    const refusal = await overSocket.next();
    expect(refusal.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // The status and header are HTTP's; a WebSocket message carries neither.
    expect(refusal.errors?.[0]?.extensions?.http).toBeUndefined();
    await overSocket.completed();

    const overSse = await subscribeSse(a.url, { header: key }, RateJobStatus, { jobId: randomUUID() });
    open.push(overSse);
    expect(overSse.status).toBe(429);
    expect((await overSse.next()).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('does not count a caller without a valid key, which is refused UNAUTHENTICATED', async () => {
    for (let i = 0; i <= LIMIT; i++)
      expect(errorCode(await execute(a.url, 'ty_not-a-key', RateViewer))).toBe('UNAUTHENTICATED');
  });

  it('counts in the instance when Redis stops answering, rather than hold operations up', async () => {
    const redisUrl = new URL(inject('redisUrl'));
    const proxy = await startTcpProxy({ host: redisUrl.hostname, port: Number(redisUrl.port || 6379) });
    const slow = await startServer({
      REDIS_URL: `redis://127.0.0.1:${proxy.port}`,
      TRAINYARD_RATE_LIMIT_PER_MINUTE: '2',
    });
    const redis = new Redis(inject('redisUrl'));
    try {
      const key = await freshKey();
      const { viewer } = await ok(slow.url, key, RateViewer);
      // Counted in Redis, so the connection was up before it stalls.
      expect(await redis.get(`${inject('keyPrefix')}operations:${viewer.apiKey.id}`)).toBe('1');
      proxy.stall();
      // Neither waits for Redis: the instance counts them itself, from 0, up to the limit.
      await ok(slow.url, key, RateViewer);
      await ok(slow.url, key, RateViewer);
      expectRateLimited(await execute(slow.url, key, RateViewer));
    } finally {
      proxy.unstall();
      redis.disconnect();
      await slow.stop();
      await proxy.close();
    }
  });

  it('counts in each instance while Redis is away, and serves what is within the limit', async () => {
    const alone = await startServer({
      REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
      TRAINYARD_RATE_LIMIT_PER_MINUTE: '2',
    });
    try {
      const key = await freshKey();
      await ok(alone.url, key, RateViewer);
      await ok(alone.url, key, RateViewer);
      expectRateLimited(await execute(alone.url, key, RateViewer));
    } finally {
      await alone.stop();
    }
  });
});
