import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphql } from './generated/index.ts';
import { ok } from './helpers/client.ts';
import { freePort, spawnWorker, stopAll, waitFor } from './helpers/processes.ts';
import { createTestProject } from './helpers/project.ts';
import { startServer, type TestServer } from './helpers/server.ts';
import { collect } from './helpers/streams.ts';
import { connectWs } from './helpers/subscriptions.ts';

const Setup = graphql(`
  mutation RedisSetup($input: CreateDatasetInput!) {
    createDataset(input: $input) {
      dataset {
        id
      }
    }
  }
`);
const BaseModels = graphql(`
  query RedisBaseModels {
    baseModels {
      id
    }
  }
`);
const Submit = graphql(`
  mutation RedisSubmit($input: SubmitJobInput!) {
    submitJob(input: $input) {
      job {
        id
      }
    }
  }
`);
const JobState = graphql(`
  query RedisJobState($id: ID!) {
    job(id: $id) {
      status
      metrics {
        latestSeq
      }
    }
  }
`);
const Metrics = graphql(`
  subscription RedisMetrics($jobId: ID!) {
    jobMetrics(jobId: $jobId) {
      seq
      step
    }
  }
`);

/** This file's own Redis, so restarting it disturbs no other test. */
let redis: ChildProcess | undefined;
let redisPort: number;
let api: TestServer;

async function startRedis(): Promise<void> {
  redis = spawn(
    'redis-server',
    ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  await waitFor('redis to listen', async () => {
    const probe = spawn('redis-cli', ['-p', String(redisPort), 'ping'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    probe.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    await once(probe, 'exit');
    return out.trim() === 'PONG';
  });
}

async function stopRedis(): Promise<void> {
  if (!redis) return;
  redis.kill('SIGKILL');
  await once(redis, 'exit');
  redis = undefined;
}

beforeAll(async () => {
  redisPort = await freePort();
  await startRedis();
  api = await startServer({ REDIS_URL: `redis://127.0.0.1:${redisPort}` });
});

afterAll(async () => {
  await stopAll();
  await api?.stop();
  await stopRedis();
});

it('loses nothing when Redis restarts mid-stream: the store has every point and the subscriber catches up', async () => {
  const project = await createTestProject(api);
  const { createDataset } = await ok(api.url, project.key, Setup, {
    input: { name: 'pairs', records: [{ prompt: 'x', completion: 'y' }] },
  });
  const baseModelId = (await ok(api.url, project.key, BaseModels)).baseModels[0]!.id;
  spawnWorker({
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    TRAINYARD_WORKER_PROJECT: project.id,
    TRAINYARD_DATA_DIR: '/tmp/trainyard-test-redis',
    FIXTURE_STEP_MS: '50',
  });
  const { submitJob } = await ok(api.url, project.key, Submit, {
    input: {
      type: 'FINETUNE',
      idempotencyKey: randomUUID(),
      baseModelId,
      datasetId: createDataset.dataset.id,
      hyperparams: { steps: 80 },
    },
  });
  const jobId = submitJob.job.id;
  const client = connectWs(api.wsUrl, project.key);
  try {
    let restarted = false;
    const points = await collect(
      client,
      Metrics,
      { jobId },
      (d) => d.jobMetrics,
      (_p, all) => {
        if (all.length === 10 && !restarted) {
          restarted = true;
          void stopRedis()
            .then(() => new Promise((r) => setTimeout(r, 1500)))
            .then(startRedis);
        }
      },
    );
    expect(restarted).toBe(true);
    const job = (await ok(api.url, project.key, JobState, { id: jobId })).job!;
    expect(job.status).toBe('COMPLETED');
    expect(job.metrics.latestSeq).toBe(80);
    expect(points.map((p) => p.seq)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
  } finally {
    await client.close();
  }
});

it('starts, serves and stops while Redis is away', async () => {
  const project = await createTestProject(api);
  const nobodyListens = await freePort();
  const alone = await startServer({ REDIS_URL: `redis://127.0.0.1:${nobodyListens}` });
  try {
    const { baseModels } = await ok(alone.url, project.key, BaseModels);
    expect(baseModels.length).toBeGreaterThan(0);
  } finally {
    await alone.stop();
  }
});
