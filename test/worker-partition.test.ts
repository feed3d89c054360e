import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { graphql } from './generated/index.ts';
import { ok } from './helpers/client.ts';
import { pidsWithCommandLine } from './helpers/proc.ts';
import { spawnWorker, stopAll, waitFor, type SpawnedProcess } from './helpers/processes.ts';
import { createTestProject } from './helpers/project.ts';
import { startServer, type TestServer } from './helpers/server.ts';
import { startTcpProxy, type TcpProxy } from './helpers/tcp-proxy.ts';

const PartitionSetup = graphql(`
  mutation PartitionSetup($input: CreateDatasetInput!) {
    createDataset(input: $input) {
      dataset {
        id
      }
    }
  }
`);
const PartitionBaseModels = graphql(`
  query PartitionBaseModels {
    baseModels {
      id
    }
  }
`);
const PartitionSubmit = graphql(`
  mutation PartitionSubmit($input: SubmitJobInput!) {
    submitJob(input: $input) {
      job {
        id
      }
    }
  }
`);
const PartitionJob = graphql(`
  query PartitionJob($id: ID!) {
    job(id: $id) {
      status
      retries
      lastCheckpointStep
      metrics {
        points {
          step
          attempt
        }
      }
    }
  }
`);
const PartitionWorkers = graphql(`
  query PartitionWorkers {
    workers {
      id
      lastHeartbeatAt
    }
  }
`);

const LEASE_MS = 2000;

let api: TestServer;
let project: { id: string; key: string };
let proxy: TcpProxy;

/** A worker of `environment`: each test's jobs go to its own workers only. */
function startWorker(databaseUrl: string, environment: string, env: Record<string, string> = {}): SpawnedProcess {
  return spawnWorker({
    DATABASE_URL: databaseUrl,
    TRAINYARD_WORKER_PROJECT: project.id,
    TRAINYARD_ENVIRONMENT: environment,
    TRAINYARD_LEASE_MS: String(LEASE_MS),
    TRAINYARD_STOP_GRACE_MS: '1000',
    TRAINYARD_DATA_DIR: '/tmp/trainyard-test-partition',
    FIXTURE_CHECKPOINT_EVERY: '1',
    ...env,
  });
}

beforeAll(async () => {
  api = await startServer();
  project = await createTestProject(api);
  const database = new URL(inject('databaseUrl'));
  proxy = await startTcpProxy({ host: database.hostname, port: Number(database.port || 5432) });
});

afterAll(async () => {
  await stopAll();
  await proxy?.close();
  await api?.stop();
});

const outages = {
  'cut off from PostgreSQL': { renewals: 'have failed', begin: () => proxy.cut(), end: () => proxy.restore() },
  // Nothing fails there: every query waits, the lease renewals among them.
  'whose packets to PostgreSQL are dropped': {
    renewals: 'have hung',
    begin: async () => proxy.stall(),
    end: async () => proxy.unstall(),
  },
};

describe.each(Object.entries(outages))('a worker %s', (_, outage) => {
  it(`stops its trainer once renewals ${outage.renewals} for a lease period, and the job resumes elsewhere`, async () => {
    const environment = `partition-${randomUUID().slice(0, 8)}`;
    const partitionedUrl = new URL(inject('databaseUrl'));
    partitionedUrl.host = `127.0.0.1:${proxy.port}`;
    const workerId = randomUUID();
    // Minute-long steps: the trainer is silent between steps, so only the lease renewals can notice the
    // outage in time for the 20 s wait below.
    const partitioned = startWorker(partitionedUrl.toString(), environment, {
      TRAINYARD_WORKER_ID: workerId,
      FIXTURE_STEP_MS: '60000',
    });

    const { createDataset } = await ok(api.url, project.key, PartitionSetup, {
      input: { name: 'partition-pairs', records: [{ prompt: 'x', completion: 'y' }] },
    });
    const baseModelId = (await ok(api.url, project.key, PartitionBaseModels)).baseModels[0]!.id;
    const { submitJob } = await ok(api.url, project.key, PartitionSubmit, {
      input: {
        type: 'FINETUNE',
        idempotencyKey: randomUUID(),
        baseModelId,
        datasetId: createDataset.dataset.id,
        environment,
        hyperparams: { steps: 5, lr: 0.05 },
      },
    });
    const jobId = submitJob.job.id;
    const jobState = async () => (await ok(api.url, project.key, PartitionJob, { id: jobId })).job!;

    await waitFor('the first checkpoint', async () => (await jobState()).lastCheckpointStep >= 1);
    const [trainerPid] = await pidsWithCommandLine(jobId);
    expect(trainerPid, 'the trainer process of the job').toBeDefined();

    await outage.begin();
    const cutAt = Date.now();
    await waitFor('the trainer to be stopped', async () => !(await pidsWithCommandLine(jobId)).includes(trainerPid!));
    const stoppedAfter = Date.now() - cutAt;
    // Not at the first failed renewal: only once a whole lease period has gone without one.
    expect(stoppedAfter).toBeGreaterThanOrEqual(LEASE_MS - 1000);
    expect(partitioned.child.exitCode, partitioned.output()).toBeNull();

    startWorker(inject('databaseUrl'), environment, { TRAINYARD_WORKER_ID: randomUUID(), FIXTURE_STEP_MS: '40' });
    const done = await waitFor(
      'the job to complete on another worker',
      async () => {
        const job = await jobState();
        return job.status === 'COMPLETED' && job;
      },
      30_000,
    );
    expect(done.retries).toBe(1);
    expect(done.metrics.points.map((p) => p.step)).toEqual([1, 2, 3, 4, 5]);
    expect(done.metrics.points[0]!.attempt).toBe(1);
    expect(done.metrics.points.at(-1)!.attempt).toBe(2);

    // The cut-off worker rides the outage out: once the network is back it heartbeats again.
    await outage.end();
    const restoredAt = Date.now();
    await waitFor('a heartbeat after the outage', async () => {
      const { workers } = await ok(api.url, project.key, PartitionWorkers);
      const worker = workers.find((w) => w.id === workerId);
      return worker && new Date(worker.lastHeartbeatAt as string).getTime() > restoredAt;
    });
    expect(partitioned.child.exitCode, partitioned.output()).toBeNull();
  });
});
