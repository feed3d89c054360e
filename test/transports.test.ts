import type { GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AUTHENTICATION_TTL_MS } from '../src/auth/authentication-cache.ts';
import { ApiKeySchema } from '../src/db/entities/api-key.ts';
import { issueSecret } from '../src/domain/api-key-secret.ts';
import { graphql } from './generated/index.ts';
import { ok } from './helpers/client.ts';
import { createTestProject } from './helpers/project.ts';
import { startServer, type TestServer } from './helpers/server.ts';
import { openRawWs } from './helpers/raw-ws.ts';
import { connectWs, executeWs, subscribeSse, type Closable } from './helpers/subscriptions.ts';

const TransCreateSpec = graphql(`
  mutation TransCreateSpec($input: CreateSpecInput!) {
    createSpec(input: $input) {
      spec {
        id
      }
    }
  }
`);

const TransStartRun = graphql(`
  mutation TransStartRun($specId: ID!) {
    startRun(specId: $specId) {
      run {
        id
        status
      }
    }
  }
`);

const TransCancelRun = graphql(`
  mutation TransCancelRun($id: ID!) {
    cancelRun(id: $id) {
      run {
        id
        status
      }
    }
  }
`);

const TransRunOfSpecStatus = graphql(`
  subscription TransRunOfSpecStatus($runId: ID!, $specId: ID!) {
    runStatus(runId: $runId, specId: $specId) {
      status
    }
  }
`);

const TransSpecRunsStatus = graphql(`
  subscription TransSpecRunsStatus($specId: ID!) {
    runStatus(specId: $specId) {
      status
    }
  }
`);

const TransDeleteSpec = graphql(`
  mutation TransDeleteSpec($id: ID!) {
    deleteSpec(id: $id) {
      id
    }
  }
`);

const TransRunStatus = graphql(`
  subscription TransRunStatus($runId: ID!) {
    runStatus(runId: $runId) {
      status
      previousStatus
      at
      run {
        id
        status
      }
    }
  }
`);

/**
 * The same subscription with a first event that takes several sequential database round trips
 * to resolve (nested connections), which widens the moment between reading the run's current
 * status and the live subscription taking over.
 */
const TransRunStatusNested = graphql(`
  subscription TransRunStatusNested($runId: ID!) {
    runStatus(runId: $runId) {
      status
      previousStatus
      run {
        id
        spec {
          runs {
            totalCount
          }
          latestRun {
            spec {
              runs {
                totalCount
              }
              latestRun {
                spec {
                  runs {
                    totalCount
                  }
                  latestRun {
                    id
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

const TransBaseModels = graphql(`
  query TransBaseModels {
    baseModels {
      id
      name
    }
  }
`);

const TransCreateDataset = graphql(`
  mutation TransCreateDataset($input: CreateDatasetInput!) {
    createDataset(input: $input) {
      dataset {
        id
      }
    }
  }
`);

const TransSubmitJob = graphql(`
  mutation TransSubmitJob($input: SubmitJobInput!) {
    submitJob(input: $input) {
      created
      job {
        id
        status
      }
    }
  }
`);

const TransCancelJob = graphql(`
  mutation TransCancelJob($id: ID!) {
    cancelJob(id: $id) {
      job {
        id
        status
      }
    }
  }
`);

const TransJobStatus = graphql(`
  subscription TransJobStatus($jobId: ID!) {
    jobStatus(jobId: $jobId) {
      status
      previousStatus
      at
      job {
        id
        status
      }
    }
  }
`);

// The job id in a variable named otherwise than the argument, and the argument `jobId` inline.
const TransJobStatusRenamed = graphql(`
  subscription TransJobStatusRenamed($job: ID!) {
    jobStatus(jobId: $job) {
      status
      previousStatus
      job {
        id
      }
    }
  }
`);

const TransViewer = graphql(`
  query TransViewer {
    viewer {
      project {
        id
        name
      }
      apiKey {
        id
      }
    }
  }
`);

const TransCreateApiKey = graphql(`
  mutation TransCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      apiKey {
        id
      }
      secret
    }
  }
`);

const TransRevokeApiKey = graphql(`
  mutation TransRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      apiKey {
        id
        revokedAt
      }
    }
  }
`);

const TransNode = graphql(`
  query TransNode($id: ID!) {
    node(id: $id) {
      __typename
      id
    }
  }
`);

let server: TestServer;
let key: string;
let projectId: string;

beforeAll(async () => {
  server = await startServer();
  ({ key, id: projectId } = await createTestProject(server));
});
afterAll(() => server.stop());

/** Sockets, streams and extra servers a test opened: closed after it, whatever happened. */
const opened: Closable[] = [];
function track<T extends Closable>(resource: T): T {
  opened.push(resource);
  return resource;
}
afterEach(async () => {
  // Newest first: streams before their socket, sockets before the server they are on.
  for (const resource of opened.splice(0).reverse()) await resource.close();
});

async function createSpec(): Promise<string> {
  const { createSpec } = await ok(server.url, key, TransCreateSpec, {
    input: { name: `transport ${randomUUID().slice(0, 8)}`, examples: [{ input: 'ping', expected: 'pong' }] },
  });
  return createSpec.spec.id;
}

async function startRun(): Promise<string> {
  const { startRun } = await ok(server.url, key, TransStartRun, { specId: await createSpec() });
  expect(startRun.run.status).toBe('PREPARING');
  return startRun.run.id;
}

async function submitJob(): Promise<string> {
  const { baseModels } = await ok(server.url, key, TransBaseModels);
  const { createDataset } = await ok(server.url, key, TransCreateDataset, {
    input: { name: 'transport data', records: [{ prompt: 'ping', completion: 'pong' }] },
  });
  const { submitJob } = await ok(server.url, key, TransSubmitJob, {
    input: {
      type: 'FINETUNE',
      idempotencyKey: randomUUID(),
      baseModelId: baseModels[0]!.id,
      datasetId: createDataset.dataset.id,
    },
  });
  expect(submitJob).toMatchObject({ created: true, job: { status: 'QUEUED' } });
  return submitJob.job.id;
}

describe('graphql-ws', () => {
  it('streams a run from PREPARING to CANCELLED, then completes', async () => {
    const runId = await startRun();
    const socket = track(connectWs(server.wsUrl, key));
    await socket.connected();
    const stream = track(socket.subscribe(TransRunStatus, { runId }));

    const first = await stream.next();
    expect(first.errors).toBeUndefined();
    expect(first.data?.runStatus).toMatchObject({
      status: 'PREPARING',
      previousStatus: null,
      run: { id: runId, status: 'PREPARING' },
    });

    await ok(server.url, key, TransCancelRun, { id: runId });
    const second = await stream.next();
    expect(second.data?.runStatus).toMatchObject({
      status: 'CANCELLED',
      previousStatus: 'PREPARING',
      run: { id: runId, status: 'CANCELLED' },
    });
    expect(Date.parse(second.data!.runStatus.at)).not.toBeNaN();
    await stream.completed();
  });

  it('streams a job from QUEUED to CANCELLED, then completes', async () => {
    const jobId = await submitJob();
    const socket = track(connectWs(server.wsUrl, key));
    const stream = track(socket.subscribe(TransJobStatus, { jobId }));

    const first = await stream.next();
    expect(first.errors).toBeUndefined();
    expect(first.data?.jobStatus).toMatchObject({
      status: 'QUEUED',
      previousStatus: null,
      job: { id: jobId, status: 'QUEUED' },
    });

    await ok(server.url, key, TransCancelJob, { id: jobId });
    const second = await stream.next();
    expect(second.data?.jobStatus).toMatchObject({
      status: 'CANCELLED',
      previousStatus: 'QUEUED',
      job: { id: jobId, status: 'CANCELLED' },
    });
    await stream.completed();
  });

  it("reads a subscription's arguments, not its variables: a variable may have any name", async () => {
    const jobId = await submitJob();
    const socket = track(connectWs(server.wsUrl, key));
    const stream = track(socket.subscribe(TransJobStatusRenamed, { job: jobId }));
    expect(await stream.next()).toEqual({
      data: { jobStatus: { status: 'QUEUED', previousStatus: null, job: { id: jobId } } },
    });
    await ok(server.url, key, TransCancelJob, { id: jobId });
    expect((await stream.next()).data?.jobStatus).toMatchObject({ status: 'CANCELLED', job: { id: jobId } });
    await stream.completed();
  });

  it('answers a subscription to a job that does not exist with NOT_FOUND, then ends', async () => {
    const socket = track(connectWs(server.wsUrl, key));
    const stream = track(socket.subscribe(TransJobStatus, { jobId: randomUUID() }));
    expect((await stream.next()).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await stream.completed();
  });

  it("answers a subscription to a deleted spec's runs with NOT_FOUND, then ends", async () => {
    const specId = await createSpec();
    await ok(server.url, key, TransDeleteSpec, { id: specId });
    const socket = track(connectWs(server.wsUrl, key));
    const stream = track(socket.subscribe(TransSpecRunsStatus, { specId }));
    expect((await stream.next()).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await stream.completed();
  });

  it('never loses a cancel that races the subscription (the stream always ends CANCELLED)', async () => {
    const specId = await createSpec();
    const socket = track(connectWs(server.wsUrl, key));
    await socket.connected();
    // A lost change is a narrow race, so try it repeatedly; each try costs a few milliseconds.
    for (let attempt = 0; attempt < 20; attempt++) {
      const { startRun } = await ok(server.url, key, TransStartRun, { specId });
      const runId = startRun.run.id;
      const stream = track(socket.subscribe(TransRunStatusNested, { runId }));
      await ok(server.url, key, TransCancelRun, { id: runId });

      const statuses: string[] = [];
      for (;;) {
        const event = (
          await stream.next().catch((error: Error) => {
            throw new Error(
              `attempt ${attempt}: the run is CANCELLED but after [${statuses.join(', ')}] ${error.message}`,
            );
          })
        ).data?.runStatus;
        statuses.push(`${event?.previousStatus ?? 'null'}->${event?.status}`);
        if (event?.status === 'CANCELLED') break;
      }
      expect([['null->CANCELLED'], ['null->PREPARING', 'PREPARING->CANCELLED']], `attempt ${attempt}`).toContainEqual(
        statuses,
      );
      await stream.completed();
    }
  });

  it('subscribing to a run that already ended emits its status once and completes', async () => {
    const runId = await startRun();
    await ok(server.url, key, TransCancelRun, { id: runId });
    const socket = track(connectWs(server.wsUrl, key));
    const stream = track(socket.subscribe(TransRunStatus, { runId }));

    expect((await stream.next()).data?.runStatus).toMatchObject({ status: 'CANCELLED', previousStatus: null });
    await stream.completed();
  });

  it('answers queries over the socket, as the key’s project', async () => {
    const socket = track(connectWs(server.wsUrl, key));
    const result = await executeWs(socket, TransViewer, {});
    expect(result.errors).toBeUndefined();
    expect(result.data?.viewer.project.id).toBe(projectId);
  });

  it('answers a subscribe it cannot run with BAD_USER_INPUT for that one, and keeps the socket', async () => {
    const jobId = await submitJob();
    const socket = await openRawWs(server.wsUrl, key);
    try {
      socket.subscribe('live', TransJobStatus, { jobId });
      await socket.until('the first status', () => socket.of('live').length > 0);
      const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: viewer { apiKey { id } }`).join(' ');
      const refused = {
        syntax: { query: 'subscription { jobStatus( }' },
        limit: { query: `{ ${aliases} }` },
        unknownOperation: { query: 'query Q { __typename }', operationName: 'Nope' },
        unnamedOperation: { query: 'query A { __typename } query B { __typename }' },
        variable: { query: 'query($n: Int) { runs(first: $n) { totalCount } }', variables: { n: 'x' } },
      };
      for (const [id, payload] of Object.entries(refused)) socket.send({ id, type: 'subscribe', payload });
      const ids = Object.keys(refused);
      await socket.until('an answer to each', () => ids.every((id) => socket.of(id).length > 0));
      for (const id of ids) {
        // Refused before it runs (an `error` message), or run and answered with errors only.
        const answer = socket.of(id)[0]!;
        const errors = (
          answer.type === 'next' ? (answer.payload as { errors: unknown[] }).errors : answer.payload
        ) as GraphQLFormattedError[];
        expect(answer.type === 'error' || socket.of(id)[1]?.type === 'complete', id).toBe(true);
        expect(errors.length, id).toBeGreaterThan(0);
        for (const error of errors) {
          expect(Object.keys(error.extensions ?? {}).sort(), id).toEqual(['code', 'fields']);
          expect(error.extensions?.code, id).toBe('BAD_USER_INPUT');
        }
      }
      await ok(server.url, key, TransCancelJob, { id: jobId });
      await socket.until('CANCELLED', () => socket.of('live').some((m) => m.type === 'complete'));
      expect(socket.closeCode()).toBeUndefined();
    } finally {
      await socket.close();
    }
  });

  it('closes a socket sent a message over the request size limit with 1009', async () => {
    const socket = await openRawWs(server.wsUrl, key);
    const padding = 'x'.repeat(server.app.services.config.maxRequestBytes);
    socket.send({ id: 'big', type: 'subscribe', payload: { query: `{ __typename }`, variables: { padding } } });
    await socket.until('the close', () => socket.closeCode() !== undefined);
    expect(socket.closeCode()).toBe(1009);
  });

  describe('refuses a connection with close code 4401', () => {
    it.each([
      ['no key', async () => undefined],
      ['an unknown key', async () => issueSecret().secret],
      [
        'a revoked key',
        async () => {
          const { createApiKey } = await ok(server.url, key, TransCreateApiKey, { input: { label: 'to revoke' } });
          const { revokeApiKey } = await ok(server.url, key, TransRevokeApiKey, { id: createApiKey.apiKey.id });
          expect(revokeApiKey.apiKey.revokedAt).not.toBeNull();
          return createApiKey.secret;
        },
      ],
    ])('with %s', async (_case, keyFor) => {
      const socket = track(connectWs(server.wsUrl, await keyFor()));
      const closed = await socket.closed();
      expect(closed.code).toBe(4401);
      expect(closed.reason).toMatch(/^UNAUTHENTICATED/);
      // The client gives up at once (4401 is fatal for graphql-ws), with the close event.
      expect(await socket.refused()).toMatchObject({ code: 4401 });
    });
  });
});

describe('SSE', () => {
  it.each([
    ['the Authorization header', (secret: string) => ({ header: secret })],
    ['the access_token query parameter', (secret: string) => ({ accessToken: secret })],
  ])('streams a run to CANCELLED, then completes, with the key in %s', async (_case, auth) => {
    const runId = await startRun();
    const stream = track(await subscribeSse(server.url, auth(key), TransRunStatus, { runId }));
    expect(stream.status).toBe(200);
    expect(stream.contentType).toMatch(/^text\/event-stream/);

    const first = await stream.next();
    expect(first.errors).toBeUndefined();
    expect(first.data?.runStatus).toMatchObject({ status: 'PREPARING', previousStatus: null, run: { id: runId } });

    await ok(server.url, key, TransCancelRun, { id: runId });
    expect((await stream.next()).data?.runStatus).toMatchObject({ status: 'CANCELLED', previousStatus: 'PREPARING' });
    await stream.completed();
    expect(stream.events.map((e) => e.event)).toEqual(['next', 'next', 'complete']);
  });

  it("reads a subscription's arguments, not its variables", async () => {
    const jobId = await submitJob();
    const stream = track(await subscribeSse(server.url, { header: key }, TransJobStatusRenamed, { job: jobId }));
    expect((await stream.next()).data?.jobStatus).toMatchObject({ status: 'QUEUED', job: { id: jobId } });
    await ok(server.url, key, TransCancelJob, { id: jobId });
    expect((await stream.next()).data?.jobStatus).toMatchObject({ status: 'CANCELLED', job: { id: jobId } });
    await stream.completed();
  });

  it('answers a subscription to a run that does not exist with NOT_FOUND, then ends', async () => {
    const stream = track(await subscribeSse(server.url, { header: key }, TransRunStatus, { runId: randomUUID() }));
    const refusal = await stream.next();
    expect(refusal.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await stream.completed();
  });

  it("answers a subscription to a run and another spec's runs with BAD_USER_INPUT on specId, then ends", async () => {
    const [runId, otherSpecId] = [await startRun(), await createSpec()];
    const stream = track(
      await subscribeSse(server.url, { header: key }, TransRunOfSpecStatus, { runId, specId: otherSpecId }),
    );
    const refusal = await stream.next();
    expect(refusal.data ?? null).toBeNull();
    expect(refusal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refusal.errors?.[0]?.extensions?.fields?.map((f: { path: string }) => f.path)).toEqual(['specId']);
    await stream.completed();
  });

  it('answers a subscription without a key with UNAUTHENTICATED', async () => {
    const runId = await startRun();
    const stream = track(await subscribeSse(server.url, {}, TransRunStatus, { runId }));
    expect(stream.contentType).toMatch(/^text\/event-stream/);
    const refusal = await stream.next();
    expect(refusal.data ?? null).toBeNull();
    expect(refusal.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await stream.completed();
  });
});

describe('node(id:)', () => {
  it('resolves every entity type by its id, and null for an unknown one', async () => {
    const specId = await createSpec();
    const { startRun } = await ok(server.url, key, TransStartRun, { specId });
    const jobId = await submitJob();
    const { baseModels } = await ok(server.url, key, TransBaseModels);
    const { createDataset } = await ok(server.url, key, TransCreateDataset, {
      input: { name: 'node data', records: [{ prompt: 'a', completion: 'b' }] },
    });
    const { viewer } = await ok(server.url, key, TransViewer);

    const expected = [
      ['BehaviorSpec', specId],
      ['Run', startRun.run.id],
      ['Dataset', createDataset.dataset.id],
      ['Model', baseModels[0]!.id],
      ['Job', jobId],
      ['ApiKey', viewer.apiKey.id],
      ['Project', viewer.project.id],
    ] as const;
    for (const [typename, id] of expected) {
      const { node } = await ok(server.url, key, TransNode, { id });
      expect(node, typename).toEqual({ __typename: typename, id });
    }
    expect((await ok(server.url, key, TransNode, { id: randomUUID() })).node).toBeNull();
  });

  it('does not resolve another project’s entities', async () => {
    const specId = await createSpec();
    const other = await createTestProject(server);
    expect((await ok(server.url, other.key, TransNode, { id: specId })).node).toBeNull();
    expect((await ok(server.url, other.key, TransNode, { id: projectId })).node).toBeNull();
  });
});

describe('an API key revoked while this instance missed the message', () => {
  it(
    'closes its WebSockets and ends its SSE subscriptions when the key is read again',
    async () => {
      const { createApiKey } = await ok(server.url, key, TransCreateApiKey, { input: { label: 'unheard' } });
      const runId = await startRun();
      const socket = track(connectWs(server.wsUrl, createApiKey.secret));
      const stream = track(socket.subscribe(TransRunStatus, { runId }));
      const sse = track(await subscribeSse(server.url, { header: createApiKey.secret }, TransRunStatus, { runId }));
      expect((await stream.next()).data?.runStatus.status).toBe('PREPARING');
      expect((await sse.next()).data?.runStatus.status).toBe('PREPARING');

      // Revoked behind this instance's back, as by another one while this one's Redis was down.
      await server.app.services.orm.em
        .fork()
        .nativeUpdate(ApiKeySchema, { id: createApiKey.apiKey.id }, { revokedAt: new Date() });
      expect(await socket.closed(AUTHENTICATION_TTL_MS + 10_000)).toEqual({
        code: 4401,
        reason: 'UNAUTHENTICATED: API key revoked',
      });
      expect((await sse.next()).errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      await ok(server.url, key, TransCancelRun, { id: runId });
    },
    AUTHENTICATION_TTL_MS + 30_000,
  );
});

describe('across API instances', () => {
  it('delivers a change made through one instance to a subscriber on another (Redis pub/sub)', async () => {
    const other = await startServer();
    track({ close: () => other.stop() });
    const runId = await startRun();
    const socket = track(connectWs(server.wsUrl, key));
    const stream = track(socket.subscribe(TransRunStatus, { runId }));
    expect((await stream.next()).data?.runStatus.status).toBe('PREPARING');

    const { cancelRun } = await ok(other.url, key, TransCancelRun, { id: runId });
    expect(cancelRun.run.status).toBe('CANCELLED');
    expect((await stream.next()).data?.runStatus).toMatchObject({
      status: 'CANCELLED',
      previousStatus: 'PREPARING',
      run: { id: runId, status: 'CANCELLED' },
    });
    await stream.completed();
  });

  it("closes a revoked key's WebSockets and ends its SSE subscriptions on every instance", async () => {
    const other = await startServer();
    track({ close: () => other.stop() });
    const { createApiKey } = await ok(server.url, key, TransCreateApiKey, { input: { label: 'live' } });
    const runId = await startRun();
    const sockets = [server, other].map((instance) => track(connectWs(instance.wsUrl, createApiKey.secret)));
    const socketStreams = sockets.map((socket) => track(socket.subscribe(TransRunStatus, { runId })));
    const sseStreams = await Promise.all(
      [server, other].map(async (instance) =>
        track(await subscribeSse(instance.url, { header: createApiKey.secret }, TransRunStatus, { runId })),
      ),
    );
    for (const stream of [...socketStreams, ...sseStreams]) {
      expect((await stream.next()).data?.runStatus.status).toBe('PREPARING');
    }
    // Another key with the same scopes, watching the same run on the same instance, shares the
    // execution of the revoked key's subscription there (shared-subscriptions.ts): it stays.
    const { createApiKey: kept } = await ok(server.url, key, TransCreateApiKey, { input: { label: 'kept' } });
    const bystander = track(connectWs(other.wsUrl, kept.secret));
    const watching = track(bystander.subscribe(TransRunStatus, { runId }));
    expect((await watching.next()).data?.runStatus.status).toBe('PREPARING');

    await ok(server.url, key, TransRevokeApiKey, { id: createApiKey.apiKey.id });

    for (const socket of sockets) {
      expect(await socket.closed()).toEqual({ code: 4401, reason: 'UNAUTHENTICATED: API key revoked' });
    }
    for (const stream of sseStreams) {
      const last = await stream.next();
      expect(last.data ?? null).toBeNull();
      expect(last.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
        ['This API key was revoked', 'UNAUTHENTICATED'],
      ]);
      await stream.completed();
    }
    expect((await executeWs(bystander, TransViewer, {})).data?.viewer.apiKey.id).toBe(kept.apiKey.id);
    await ok(server.url, key, TransCancelRun, { id: runId });
    expect((await watching.next()).data?.runStatus.status).toBe('CANCELLED');
  });
});
