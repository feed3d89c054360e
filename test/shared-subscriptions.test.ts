import { randomUUID } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Redis } from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { loadConfig } from '../src/config.ts';
import type { Job, JobStatus } from '../src/db/entities/job.ts';
import { createOrm, type Orm } from '../src/db/orm.ts';
import { createLogger } from '../src/logger.ts';
import { MAX_UNREAD_CHANGES } from '../resolvers/status-streams.ts';
import { publishJobStatus, transitionJob } from '../src/queue/job-transitions.ts';
import { claimJob, withLease, type Lease } from '../src/queue/lease.ts';
import { createRedisPubSub, type PubSub } from '../src/realtime/pubsub.ts';
import type { StatusChange } from '../src/realtime/topics.ts';
import { JobIngest } from '../workers/ingest.ts';
import { heartbeat, markStopped, registerWorker } from '../workers/registry.ts';
import { graphql } from './generated/index.ts';
import { errorCode, execute, ok } from './helpers/client.ts';
import { spawnWorker, waitFor } from './helpers/processes.ts';
import { createTestProject } from './helpers/project.ts';
import { openRawWs, type RawMessage, type RawWsConnection } from './helpers/raw-ws.ts';
import { startServer, type TestServer } from './helpers/server.ts';
import { collect } from './helpers/streams.ts';
import { connectWs, subscribeSse } from './helpers/subscriptions.ts';

const SharedSetup = graphql(`
  mutation SharedSetup($input: CreateDatasetInput!) {
    createDataset(input: $input) {
      dataset {
        id
      }
    }
  }
`);
const SharedBaseModels = graphql(`
  query SharedBaseModels {
    baseModels {
      id
    }
  }
`);
const SharedSubmit = graphql(`
  mutation SharedSubmit($input: SubmitJobInput!) {
    submitJob(input: $input) {
      job {
        id
      }
    }
  }
`);
const SharedCreateKey = graphql(`
  mutation SharedCreateKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
    }
  }
`);
const SharedViewer = graphql(`
  query SharedViewer {
    viewer {
      apiKey {
        id
      }
    }
  }
`);
const SharedCancelJob = graphql(`
  mutation SharedCancelJob($id: ID!) {
    cancelJob(id: $id) {
      job {
        id
      }
    }
  }
`);
const SharedMetrics = graphql(`
  subscription SharedMetrics($jobId: ID!, $afterSeq: Int) {
    jobMetrics(jobId: $jobId, afterSeq: $afterSeq) {
      seq
      step
      loss
    }
  }
`);
const SharedMetricsSince = graphql(`
  subscription SharedMetricsSince($jobId: ID!, $sinceStep: Int) {
    jobMetrics(jobId: $jobId, sinceStep: $sinceStep) {
      seq
      step
    }
  }
`);

const SharedLogs = graphql(`
  subscription SharedLogs($jobId: ID!, $afterSeq: Int) {
    jobLogs(jobId: $jobId, afterSeq: $afterSeq) {
      seq
      text
    }
  }
`);
const SharedJobStatus = graphql(`
  subscription SharedJobStatus($jobId: ID!) {
    jobStatus(jobId: $jobId) {
      status
      previousStatus
    }
  }
`);
const SharedProjectJobStatus = graphql(`
  subscription SharedProjectJobStatus {
    jobStatus {
      job {
        id
      }
      status
      previousStatus
    }
  }
`);
const SharedProjectJobStatusWithLogs = graphql(`
  subscription SharedProjectJobStatusWithLogs {
    jobStatus {
      status
      job {
        logs(limit: 50) {
          lines {
            text
          }
        }
      }
    }
  }
`);
const SharedJobTelemetry = graphql(`
  query SharedJobTelemetry($id: ID!) {
    job(id: $id) {
      metrics {
        latestSeq
        points {
          seq
        }
      }
      logs(sinceSeq: 0, limit: 5000) {
        latestSeq
        lines {
          seq
        }
      }
    }
  }
`);

const SharedJobLogs = graphql(`
  query SharedJobLogs($id: ID!, $sinceSeq: Int, $limit: Int) {
    job(id: $id) {
      logs(sinceSeq: $sinceSeq, limit: $limit) {
        latestSeq
        lines {
          seq
        }
      }
    }
  }
`);

const SharedWorkers = graphql(`
  query SharedWorkers {
    workers {
      id
      status
    }
  }
`);

let server: TestServer;
let owner: { id: string; key: string };
let stranger: { id: string; key: string };
let datasetId: string;
let baseModelId: string;
/** The worker side, as workers/main.ts builds it: its own ORM and Redis connections. */
let orm: Orm;
let pubsub: PubSub;
const workerId = randomUUID();

beforeAll(async () => {
  server = await startServer();
  [owner, stranger] = [await createTestProject(server), await createTestProject(server)];
  datasetId = (
    await ok(server.url, owner.key, SharedSetup, {
      input: { name: 'pairs', records: [{ prompt: 'x', completion: 'y' }] },
    })
  ).createDataset.dataset.id;
  baseModelId = (await ok(server.url, owner.key, SharedBaseModels)).baseModels[0]!.id;
  const logger = createLogger('warn');
  orm = await createOrm(loadConfig({ DATABASE_URL: inject('databaseUrl') }), logger);
  pubsub = createRedisPubSub(inject('redisUrl'), inject('keyPrefix'), logger);
  await registerWorker(orm.em.fork(), {
    id: workerId,
    environment: 'default',
    projectId: owner.id,
    trainers: ['test'],
    gpu: null,
  });
});

afterAll(async () => {
  await pubsub?.close();
  await orm?.close(true);
  await server?.stop();
});

/** Claims the owner's next queued job here, as a worker does, and checks that it is `jobId`. */
async function claimHere(jobId: string) {
  const claimed = await claimJob(orm.em.fork(), {
    workerId,
    environment: 'default',
    projectId: owner.id,
    leaseMs: 60_000,
    loadsHuggingFace: false,
  });
  expect(claimed?.job.id).toBe(jobId);
  return claimed!;
}

/**
 * A job of the owner's project, claimed here, reporting metric points the way a worker does
 * (JobIngest: lease-fenced batches, published after commit), one step per point.
 */
async function runningJob() {
  const { submitJob } = await ok(server.url, owner.key, SharedSubmit, {
    input: { type: 'FINETUNE', idempotencyKey: randomUUID(), baseModelId, datasetId },
  });
  const { lease } = await claimHere(submitJob.job.id);
  const ingest = new JobIngest(orm.em.fork(), pubsub, lease, owner.id, { capacity: 1000, maxBatch: 100, flushMs: 5 });
  let step = 0;
  return {
    id: submitJob.job.id,
    get reported() {
      return step;
    },
    /** Reports `points` steps, each with a console line when `withLogs`, and writes them. */
    async report(points: number, withLogs = false) {
      for (let i = 0; i < points; i += 1) {
        step += 1;
        if (withLogs) await ingest.pushLog('stdout', `step ${step}`);
        await ingest.pushMetric({
          type: 'metric',
          step,
          phase: 'train',
          cycle: null,
          loss: 1 / step,
          lr: 1e-3,
          throughput: null,
          vramGb: null,
          gradNorm: null,
        });
      }
      await ingest.flush();
    },
    /** Writes `lines` console lines of `bytes` characters each. */
    async log(lines: number, bytes: number) {
      for (let i = 0; i < lines; i += 1) await ingest.pushLog('stdout', 'x'.repeat(bytes));
      await ingest.flush();
    },
    async complete() {
      const done = await withLease(orm.em.fork(), lease, (tx, job) => transitionJob(tx, job, 'COMPLETED', {}));
      publishJobStatus(pubsub, done.job, done.previous);
    },
  };
}

interface ProjectJobStatusEvent {
  job: { id: string };
  status: string;
  previousStatus: string | null;
}

const errorCodeOf = (message: RawMessage) =>
  (message.payload as { errors?: { extensions?: { code?: string } }[] } | undefined)?.errors?.[0]?.extensions?.code;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const nextSeqs = (messages: RawMessage[]) =>
  messages
    .filter((m) => m.type === 'next')
    .map((m) => (m.payload as { data: { jobMetrics: { seq: number } } }).data.jobMetrics.seq);

describe('identical graphql-ws subscriptions share one execution of their live part', () => {
  it('gives every subscriber exactly the points after its own cursor, whenever it joined', async () => {
    const job = await runningJob();
    await job.report(300);
    const connections = [connectWs(server.wsUrl, owner.key), connectWs(server.wsUrl, owner.key)];
    try {
      // Subscribers arrive while points stream in, a commit every few milliseconds: some with
      // the same variables (one shared execution), some with other cursors (one each), some far
      // behind the head, some at it.
      let joined = false;
      const reporting = (async () => {
        while (!joined || job.reported < 400) await job.report(2);
      })();
      const afterSeqs = [0, 0, 150, 298, 0, 60, 150, 0, 250, 0, 0, 60, 0, 298];
      const sinceSteps = [330, 330, 330];
      const streams: { expected: () => number[]; items: Promise<number[]> }[] = [];
      for (const [i, afterSeq] of afterSeqs.entries()) {
        streams.push({
          expected: () => range(afterSeq + 1, job.reported),
          items: collect(connections[i % 2]!, SharedMetrics, { jobId: job.id, afterSeq }, (d) => d.jobMetrics.seq),
        });
        await sleep(10);
      }
      for (const [i, sinceStep] of sinceSteps.entries()) {
        streams.push({
          expected: () => range(sinceStep + 1, job.reported),
          items: collect(
            connections[i % 2]!,
            SharedMetricsSince,
            { jobId: job.id, sinceStep },
            (d) => d.jobMetrics.step,
          ),
        });
        await sleep(10);
      }
      joined = true;
      await reporting;
      await job.complete();
      for (const stream of streams) expect(await stream.items).toEqual(stream.expected());
    } finally {
      await Promise.all(connections.map((c) => c.close()));
    }
  });

  it('makes a subscriber that replays while the shared stream moves on catch up before it joins', async () => {
    // A real worker process, reporting a point every millisecond or so: it does not wait for this
    // process's event loop, so the shared stream moves on while a late subscriber sends its replay.
    const worker = spawnWorker({
      TRAINYARD_WORKER_ID: randomUUID(),
      TRAINYARD_WORKER_PROJECT: owner.id,
      TRAINYARD_DATA_DIR: '/tmp/trainyard-test-shared',
      FIXTURE_STEP_MS: '1',
      FIXTURE_CHECKPOINT_EVERY: '1000',
    });
    const socket = await openRawWs(server.wsUrl, owner.key);
    try {
      const { submitJob } = await ok(server.url, owner.key, SharedSubmit, {
        input: { type: 'FINETUNE', idempotencyKey: randomUUID(), baseModelId, datasetId, hyperparams: { steps: 3000 } },
      });
      const variables = { jobId: submitJob.job.id, afterSeq: 0 };
      socket.subscribe('early', SharedMetrics, variables);
      await socket.until('1,200 points', () => nextSeqs(socket.of('early')).length >= 1200);
      socket.subscribe('late', SharedMetrics, variables);
      for (const id of ['early', 'late']) {
        await socket.until(`the end of "${id}"`, () => socket.of(id).some((m) => m.type !== 'next'));
        expect(socket.of(id).at(-1)).toEqual({ id, type: 'complete' });
        expect(nextSeqs(socket.of(id))).toEqual(range(1, 3000));
      }
    } finally {
      await socket.close();
      worker.kill('SIGKILL');
      await worker.exited;
    }
  });

  it("never sends a project's points to another project's subscriber with the same document and variables", async () => {
    const job = await runningJob();
    await job.report(5);
    const [mine, theirs] = [await openRawWs(server.wsUrl, owner.key), await openRawWs(server.wsUrl, stranger.key)];
    try {
      const variables = { jobId: job.id, afterSeq: 0 };
      mine.subscribe('1', SharedMetrics, variables);
      theirs.subscribe('1', SharedMetrics, variables);
      await mine.until('the first points', () => nextSeqs(mine.of('1')).length === 5);
      await job.report(10);
      await job.complete();
      await mine.until('the end of the stream', () => mine.of('1').some((m) => m.type === 'complete'));
      expect(nextSeqs(mine.of('1'))).toEqual(range(1, 15));
      // Another project's job reads as not found: NOT_FOUND, and the stream ends, with no point in it.
      expect(theirs.of('1').map((m) => [m.type, errorCodeOf(m)])).toEqual([
        ['next', 'NOT_FOUND'],
        ['complete', undefined],
      ]);
    } finally {
      await Promise.all([mine.close(), theirs.close()]);
    }
  });

  it('sends nothing more to a subscriber that completed, and goes on for the others', async () => {
    const job = await runningJob();
    const socket = await openRawWs(server.wsUrl, owner.key);
    try {
      const variables = { jobId: job.id, afterSeq: 0 };
      socket.subscribe('leaves', SharedMetrics, variables);
      socket.subscribe('stays', SharedMetrics, variables);
      await job.report(5);
      await socket.until('five points each', () =>
        ['leaves', 'stays'].every((id) => nextSeqs(socket.of(id)).length === 5),
      );
      socket.complete('leaves');
      await sleep(100);
      await job.report(5);
      await job.complete();
      await socket.until('the end of the stream', () => socket.of('stays').some((m) => m.type === 'complete'));
      expect(nextSeqs(socket.of('stays'))).toEqual(range(1, 10));
      expect(socket.of('leaves').map((m) => m.type)).toEqual(['next', 'next', 'next', 'next', 'next']);
    } finally {
      await socket.close();
    }
  });

  it("counts each subscriber against its key's rate limit, never the execution they share", async () => {
    const limited = await startServer({ TRAINYARD_RATE_LIMIT_PER_MINUTE: '3' });
    const { createApiKey } = await ok(server.url, owner.key, SharedCreateKey, { input: { label: randomUUID() } });
    const job = await runningJob();
    const socket = await openRawWs(limited.wsUrl, createApiKey.secret);
    try {
      const variables = { jobId: job.id, afterSeq: 0 };
      socket.subscribe('1', SharedMetrics, variables);
      socket.subscribe('2', SharedMetrics, variables);
      await job.report(3);
      await socket.until('three points each', () => ['1', '2'].every((id) => nextSeqs(socket.of(id)).length === 3));
      // Points after those can only come live, from the shared execution.
      await job.report(2);
      await job.complete();
      await socket.until('the end of both streams', () =>
        ['1', '2'].every((id) => socket.of(id).some((m) => m.type === 'complete')),
      );
      for (const id of ['1', '2']) expect(nextSeqs(socket.of(id))).toEqual(range(1, 5));
      // Two operations so far: one more is left to the key.
      await ok(limited.url, createApiKey.secret, SharedViewer);
      expect(errorCode(await execute(limited.url, createApiKey.secret, SharedViewer))).toBe('RATE_LIMITED');
    } finally {
      await socket.close();
      await limited.stop();
    }
  });
});

describe('a client that stops reading', () => {
  it('is disconnected with 1013 instead of buffered without bound, and resumes from its last seq', async () => {
    const job = await runningJob();
    const lineSeqs = (socket: RawWsConnection, id: string) =>
      socket
        .of(id)
        .filter((m) => m.type === 'next')
        .map((m) => (m.payload as { data: { jobLogs: { seq: number } } }).data.jobLogs.seq);
    const stalled = await openRawWs(server.wsUrl, owner.key);
    stalled.subscribe('logs', SharedLogs, { jobId: job.id });
    await job.log(1, 10);
    await stalled.until('the first line', () => lineSeqs(stalled, 'logs').length === 1);
    stalled.pause();
    // 36 MB: more than the kernel's socket buffers and MAX_UNSENT_BYTES together.
    await job.log(600, 60_000);
    await sleep(500);
    stalled.resume();
    await stalled.until('the disconnect', () => stalled.closeCode() !== undefined);
    expect(stalled.closeCode()).toBe(1013);
    const received = lineSeqs(stalled, 'logs');
    expect(received).toEqual(range(1, received.length));
    expect(received.length).toBeLessThan(601);

    const resumed = await openRawWs(server.wsUrl, owner.key);
    try {
      resumed.subscribe('rest', SharedLogs, { jobId: job.id, afterSeq: received.at(-1)! });
      await resumed.until('the rest', () => lineSeqs(resumed, 'rest').length === 601 - received.length);
      expect(lineSeqs(resumed, 'rest')).toEqual(range(received.length + 1, 601));
    } finally {
      await resumed.close();
    }
  });
});

describe('a job read while it reports', () => {
  it('returns every point and line up to the latestSeq it gives, for a client to resume from', async () => {
    const job = await runningJob();
    let reading = true;
    // A batch commits every few milliseconds, between and during the reads.
    const reporting = (async () => {
      while (reading) await job.report(2, true);
    })();
    try {
      for (let read = 0; read < 150; read += 1) {
        const { metrics, logs } = (await ok(server.url, owner.key, SharedJobTelemetry, { id: job.id })).job!;
        expect(metrics.points.map((p) => p.seq)).toEqual(range(1, metrics.latestSeq ?? 0));
        expect(logs.lines.map((l) => l.seq)).toEqual(range(1, logs.latestSeq ?? 0));
      }
    } finally {
      reading = false;
      await reporting;
    }
  });

  it('gives, as latestSeq, where to poll on from: the last line of a page that limit cut', async () => {
    const job = await runningJob();
    await job.report(25, true);
    const seen: number[] = [];
    let sinceSeq = 0;
    for (let poll = 0; poll < 10; poll += 1) {
      const { logs } = (await ok(server.url, owner.key, SharedJobLogs, { id: job.id, sinceSeq, limit: 10 })).job!;
      seen.push(...logs.lines.map((l) => l.seq));
      if (logs.lines.length === 0) break;
      sinceSeq = logs.latestSeq!;
    }
    expect(seen).toEqual(range(1, 25));
  });
});

describe("a worker's heartbeat", () => {
  it('leaves a worker that stopped cleanly stopped, though it lands after the stop', async () => {
    const id = randomUUID();
    await registerWorker(orm.em.fork(), { id, environment: 'default', projectId: owner.id, trainers: [], gpu: null });
    await markStopped(orm.em.fork(), id);
    await heartbeat(orm.em.fork(), id, 'busy');
    const { workers } = await ok(server.url, owner.key, SharedWorkers);
    expect(workers.find((w) => w.id === id)?.status).toBe('stopped');
  });
});

describe('a client leaving the stream of a quiet job', () => {
  it('releases its Redis subscriptions at once: metrics over graphql-ws and SSE, status over graphql-ws', async () => {
    // The stranger's project has no worker: its jobs stay QUEUED and report nothing.
    const { createDataset } = await ok(server.url, stranger.key, SharedSetup, {
      input: { name: 'quiet', records: [{ prompt: 'x', completion: 'y' }] },
    });
    const strangersBase = (await ok(server.url, stranger.key, SharedBaseModels)).baseModels[0]!.id;
    const quietJob = async () =>
      (
        await ok(server.url, stranger.key, SharedSubmit, {
          input: {
            type: 'FINETUNE',
            idempotencyKey: randomUUID(),
            baseModelId: strangersBase,
            datasetId: createDataset.dataset.id,
          },
        })
      ).submitJob.job.id;
    const redis = new Redis(inject('redisUrl'));
    const listening = async (channel: string) => {
      const [, count] = (await redis.pubsub('NUMSUB', `${inject('keyPrefix')}${channel}`)) as [string, number];
      return Number(count);
    };
    const subscribers = (jobId: string) => listening(`jobMetrics:${jobId}`);
    try {
      const overWs = await quietJob();
      const socket = await openRawWs(server.wsUrl, stranger.key);
      socket.subscribe('quiet', SharedMetrics, { jobId: overWs });
      await waitFor('the API to subscribe for the socket', async () => (await subscribers(overWs)) === 1);
      socket.complete('quiet');
      // Within the 3 s the stream waits between two looks at the store, without anything to yield.
      await waitFor('the API to unsubscribe for the socket', async () => (await subscribers(overWs)) === 0, 2000);
      await socket.close();

      const overSse = await quietJob();
      const stream = await subscribeSse(server.url, { header: stranger.key }, SharedMetrics, { jobId: overSse });
      await waitFor('the API to subscribe for the event stream', async () => (await subscribers(overSse)) === 1);
      await stream.close();
      await waitFor(
        'the API to unsubscribe for the event stream',
        async () => (await subscribers(overSse)) === 0,
        2000,
      );

      // A job's status stream listens to its project's status changes, which are as quiet.
      const statuses = () => listening(`jobStatus:${stranger.id}`);
      const statusSocket = await openRawWs(server.wsUrl, stranger.key);
      statusSocket.subscribe('status', SharedJobStatus, { jobId: overWs });
      await statusSocket.until('the QUEUED snapshot', () => statusSocket.of('status').length === 1);
      expect(await statuses()).toBe(1);
      statusSocket.complete('status');
      await waitFor('the API to unsubscribe for the status stream', async () => (await statuses()) === 0, 2000);

      // A job already over: the stream ends after its snapshot, before it ever reads a change.
      await ok(server.url, stranger.key, SharedCancelJob, { id: overWs });
      statusSocket.subscribe('over', SharedJobStatus, { jobId: overWs });
      await statusSocket.until('the end of the stream', () =>
        statusSocket.of('over').some((m) => m.type === 'complete'),
      );
      await waitFor('the API to unsubscribe for the ended stream', async () => (await statuses()) === 0, 2000);
      await statusSocket.close();
    } finally {
      redis.disconnect();
    }
  });
});

describe("a job's status stream", () => {
  /**
   * Submits a job, follows its status over a socket from the QUEUED snapshot on, claims it here
   * (announcing RUNNING as a worker does), runs `finish` (which can wait for the stream to have
   * received so many events), and returns every event once the stream ended.
   */
  async function statusEventsOfJob(
    finish: (claimed: { job: Job; lease: Lease }, received: (events: number) => Promise<void>) => Promise<void>,
  ) {
    const { submitJob } = await ok(server.url, owner.key, SharedSubmit, {
      input: { type: 'FINETUNE', idempotencyKey: randomUUID(), baseModelId, datasetId },
    });
    const socket = await openRawWs(server.wsUrl, owner.key);
    try {
      socket.subscribe('status', SharedJobStatus, { jobId: submitJob.job.id });
      await socket.until('the snapshot', () => socket.of('status').length === 1);
      const claimed = await claimHere(submitJob.job.id);
      publishJobStatus(pubsub, claimed.job, 'QUEUED');
      const events = () =>
        socket
          .of('status')
          .filter((m) => m.type === 'next')
          .map((m) => (m.payload as { data: { jobStatus: unknown } }).data.jobStatus);
      await finish(claimed, (count) => socket.until(`event ${count}`, () => events().length >= count));
      await socket.until('the end', () => socket.of('status').some((m) => m.type === 'complete'));
      return events();
    } finally {
      await socket.close();
    }
  }
  const complete = (lease: Lease) =>
    withLease(orm.em.fork(), lease, (tx, job) => transitionJob(tx, job, 'COMPLETED', {}));
  const queuedRunningCompleted = [
    { status: 'QUEUED', previousStatus: null },
    { status: 'RUNNING', previousStatus: 'QUEUED' },
    { status: 'COMPLETED', previousStatus: 'RUNNING' },
  ];

  it('ignores its creation announcement when it arrives after the claim', async () => {
    const events = await statusEventsOfJob(async ({ job, lease }) => {
      // The API's announcement of the new job, overtaken by the worker's.
      publishJobStatus(pubsub, { ...job, status: 'QUEUED' }, null);
      const done = await complete(lease);
      publishJobStatus(pubsub, done.job, done.previous);
    });
    expect(events).toEqual(queuedRunningCompleted);
  });

  /**
   * As statusEventsOfJob, over the project's stream (alone on its channel once earlier streams
   * left): from the new job's announcement on, until the stream showed it COMPLETED.
   */
  async function projectStatusEventsOfJob(
    finish: (claimed: { job: Job; lease: Lease }, received: (events: number) => Promise<void>) => Promise<void>,
  ) {
    const socket = await openRawWs(server.wsUrl, owner.key);
    const redis = new Redis(inject('redisUrl'));
    try {
      const channel = `${inject('keyPrefix')}jobStatus:${owner.id}`;
      const listeners = async () => ((await redis.pubsub('NUMSUB', channel)) as [string, number])[1];
      await waitFor('earlier streams to leave', async () => (await listeners()) === 0);
      socket.subscribe('project', SharedProjectJobStatus, {});
      await waitFor('the API to subscribe', async () => (await listeners()) === 1);
      const { submitJob } = await ok(server.url, owner.key, SharedSubmit, {
        input: { type: 'FINETUNE', idempotencyKey: randomUUID(), baseModelId, datasetId },
      });
      const events = () =>
        socket
          .of('project')
          .filter((m) => m.type === 'next')
          .map((m) => (m.payload as { data: { jobStatus: ProjectJobStatusEvent } }).data.jobStatus)
          .filter((event) => event.job.id === submitJob.job.id)
          .map(({ job: _, ...change }) => change);
      await socket.until('the announcement', () => events().length === 1);
      const claimed = await claimHere(submitJob.job.id);
      publishJobStatus(pubsub, claimed.job, 'QUEUED');
      await finish(claimed, (count) => socket.until(`event ${count}`, () => events().length >= count));
      await socket.until('the completion', () => events().some((event) => event.status === 'COMPLETED'));
      return events();
    } finally {
      redis.disconnect();
      await socket.close();
    }
  }

  it("leaves a late creation announcement out of the project's stream too", async () => {
    const events = await projectStatusEventsOfJob(async ({ job, lease }) => {
      // The announcement again, as late as when the claim overtakes it.
      publishJobStatus(pubsub, { ...job, status: 'QUEUED' }, null);
      const done = await complete(lease);
      publishJobStatus(pubsub, done.job, done.previous);
    });
    expect(events).toEqual(queuedRunningCompleted);
  });

  it("makes up in the project's stream for a lost change of a job it showed", async () => {
    const events = await projectStatusEventsOfJob(async ({ lease }, received) => {
      await received(2);
      // Committed, but its announcement is lost (as in a Redis outage): nothing is published.
      await complete(lease);
    });
    expect(events).toEqual(queuedRunningCompleted);
  });

  it('does not go back to a status that a reread passed when held-back messages come late', async () => {
    const events = await statusEventsOfJob(async ({ job, lease }, received) => {
      // Handed back, claimed again and handed back again while Redis holds the messages back.
      const heldBack: StatusChange<JobStatus>[] = [];
      const handBack = async (held: Lease) => {
        const back = await withLease(orm.em.fork(), held, (tx, current) =>
          transitionJob(tx, current, 'QUEUED', { leaseToken: null, leaseExpiresAt: null }),
        );
        heldBack.push({ id: job.id, status: 'QUEUED', previousStatus: back.previous, at: new Date().toISOString() });
      };
      await handBack(lease);
      const again = await claimHere(job.id);
      heldBack.push({ id: job.id, status: 'RUNNING', previousStatus: 'QUEUED', at: new Date().toISOString() });
      await handBack(again.lease);
      await received(3);
      for (const change of heldBack) pubsub.publish('jobStatus', owner.id, change);
      const last = await claimHere(job.id);
      publishJobStatus(pubsub, last.job, 'QUEUED');
      const done = await complete(last.lease);
      publishJobStatus(pubsub, done.job, done.previous);
    });
    expect(events).toEqual([
      { status: 'QUEUED', previousStatus: null },
      { status: 'RUNNING', previousStatus: 'QUEUED' },
      // Found by rereading; what was held back is older, and none of it is sent.
      { status: 'QUEUED', previousStatus: 'RUNNING' },
      { status: 'RUNNING', previousStatus: 'QUEUED' },
      { status: 'COMPLETED', previousStatus: 'RUNNING' },
    ]);
  });

  it('still comes to its end when the message of the last change was lost', async () => {
    // Committed, but its announcement is lost (as in a Redis outage): nothing is published.
    const events = await statusEventsOfJob(async ({ lease }) => void (await complete(lease)));
    expect(events).toEqual(queuedRunningCompleted);
  });
});

describe('an event-stream client that stops reading', () => {
  it("ends a project's status stream with RATE_LIMITED after the changes it held, instead of holding all", async () => {
    const job = await runningJob();
    // 50 KB of console per event, so that the sockets' buffers fill after a few hundred events.
    await job.log(50, 1000);
    const redis = new Redis(inject('redisUrl'));
    const channel = `${inject('keyPrefix')}jobStatus:${owner.id}`;
    const listeners = async () => ((await redis.pubsub('NUMSUB', channel)) as [string, number])[1];
    let stream: Awaited<ReturnType<typeof subscribeSse<unknown, unknown>>> | undefined;
    try {
      await waitFor('earlier streams to leave', async () => (await listeners()) === 0);
      stream = await subscribeSse(server.url, { header: owner.key }, SharedProjectJobStatusWithLogs, {});
      await waitFor('the API to subscribe', async () => (await listeners()) === 1);
      stream.pause();
      const changes = 3 * MAX_UNREAD_CHANGES;
      // Handed back and claimed again, over and over: each message a change from the one before,
      // and later than any reread of the job while the test runs (so none of them is stale).
      const later = Date.now() + 60_000;
      for (let i = 0; i < changes; i++) {
        const [status, previousStatus] =
          i % 2 === 0 ? (['QUEUED', 'RUNNING'] as const) : (['RUNNING', 'QUEUED'] as const);
        const at = new Date(later + i).toISOString();
        pubsub.publish('jobStatus', owner.id, { id: job.id, status, previousStatus, at });
      }
      // Past what it holds, the stream lets its subscription go while its client still reads nothing.
      await waitFor('the stream to fall behind', async () => (await listeners()) === 0);
      stream.resume();
      let received = 0;
      for (;;) {
        const event = await stream.next();
        if (event.errors) {
          expect(event.errors[0]?.extensions?.code).toBe('RATE_LIMITED');
          break;
        }
        received += 1;
      }
      await stream.completed();
      expect(received).toBeGreaterThanOrEqual(MAX_UNREAD_CHANGES);
      expect(received).toBeLessThan(changes);
    } finally {
      await stream?.close();
      await redis.quit();
      await job.complete();
    }
  });

  it('costs the API a bounded backlog, not every line meanwhile, and then gets each line once', async () => {
    // The API runs in this process: its live objects are what a full collection leaves.
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    const heapMb = () => {
      collectGarbage();
      return process.memoryUsage().heapUsed / 2 ** 20;
    };
    const job = await runningJob();
    const stream = await subscribeSse(server.url, { header: owner.key }, SharedLogs, { jobId: job.id });
    const seqs: number[] = [];
    const readUntil = async (seq: number) => {
      while (seqs.at(-1) !== seq) seqs.push((await stream.next()).data!.jobLogs.seq);
    };
    try {
      await job.log(1, 10);
      await readUntil(1);
      stream.pause();
      const before = heapMb();
      // 60 MB of lines while the client reads nothing (the API kept 62 MB of them before).
      const lines = 60_000;
      await job.log(lines, 1000);
      await sleep(1000);
      const grown = heapMb() - before;
      stream.resume();
      await readUntil(lines + 1);
      expect(seqs).toEqual(range(1, lines + 1));
      expect(grown).toBeLessThan(20);
    } finally {
      await stream.close();
    }
  });
});
