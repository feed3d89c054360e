import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.ts';
import type { JobWhere, SubmitJobInput } from './generated/graphql.ts';
import { errorCode, execute, ok } from './helpers/client.ts';
import { createTestProject } from './helpers/project.ts';
import { startServer, type TestServer } from './helpers/server.ts';

const JobsBaseModels = graphql(`
  query JobsBaseModels {
    baseModels {
      id
      name
    }
  }
`);

const JobsCreateDataset = graphql(`
  mutation JobsCreateDataset($input: CreateDatasetInput!) {
    createDataset(input: $input) {
      dataset {
        id
      }
    }
  }
`);

const JobsSubmit = graphql(`
  mutation JobsSubmit($input: SubmitJobInput!) {
    submitJob(input: $input) {
      created
      job {
        id
        type
        status
        idempotencyKey
        retries
        lastCheckpointStep
        error
        hyperparams
        environment
        createdAt
        startedAt
        finishedAt
        baseModel {
          id
        }
        sourceModel {
          id
        }
        dataset {
          id
        }
        outputModel {
          id
        }
        result {
          costUsd
        }
      }
    }
  }
`);

const JobsGet = graphql(`
  query JobsGet($id: ID!) {
    job(id: $id) {
      id
      type
      status
      idempotencyKey
      retries
      lastCheckpointStep
      hyperparams
      finishedAt
    }
  }
`);

const JobsList = graphql(`
  query JobsList($where: JobWhere, $first: Int) {
    jobs(where: $where, first: $first) {
      totalCount
      edges {
        node {
          id
          type
          status
        }
      }
    }
  }
`);

const JobsCancel = graphql(`
  mutation JobsCancel($id: ID!) {
    cancelJob(id: $id) {
      job {
        id
        status
        finishedAt
      }
    }
  }
`);

let server: TestServer;
let key: string;
let tinyModelId: string;
let datasetId: string;

/**
 * Every job of this file runs in an environment no worker serves, so a worker started by another
 * test file can never claim one and change its status under these assertions.
 */
const environment = `jobs-test-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  server = await startServer();
  key = (await createTestProject(server)).key;
  const { baseModels } = await ok(server.url, key, JobsBaseModels);
  const tiny = baseModels.find((m) => m.name === 'trainyard-byte-tiny');
  if (!tiny) throw new Error('the catalog has no trainyard-byte-tiny model');
  tinyModelId = tiny.id;
  const { createDataset } = await ok(server.url, key, JobsCreateDataset, {
    input: {
      name: 'jobs-dataset',
      records: [
        { prompt: 'Hello', completion: 'Hi there!' },
        { prompt: 'Bye', completion: 'See you soon.' },
      ],
    },
  });
  datasetId = createDataset.dataset.id;
});
afterAll(() => server.stop());

const uniqueKey = (label: string) => `${label}-${randomUUID()}`;

function submit(input: Omit<SubmitJobInput, 'environment'> & { environment?: string }) {
  return execute(server.url, key, JobsSubmit, { input: { environment, ...input } });
}

async function submitOk(input: Omit<SubmitJobInput, 'environment'> & { environment?: string }) {
  return (await ok(server.url, key, JobsSubmit, { input: { environment, ...input } })).submitJob;
}

async function jobCount(where?: JobWhere): Promise<number> {
  return (await ok(server.url, key, JobsList, { where, first: 0 })).jobs.totalCount;
}

function fieldPaths(result: Awaited<ReturnType<typeof submit>>): string[] {
  return result.errors?.[0]?.extensions?.fields?.map((f) => f.path) ?? [];
}

describe('submitJob per job type', () => {
  it('queues a TRAIN job on a base model and a dataset, with defaults resolved', async () => {
    const idempotencyKey = uniqueKey('train');
    const { created, job } = await submitOk({ type: 'TRAIN', idempotencyKey, baseModelId: tinyModelId, datasetId });
    expect(created).toBe(true);
    expect(job).toMatchObject({
      type: 'TRAIN',
      status: 'QUEUED',
      idempotencyKey,
      retries: 0,
      lastCheckpointStep: 0,
      error: null,
      environment,
      startedAt: null,
      finishedAt: null,
      baseModel: { id: tinyModelId },
      sourceModel: null,
      dataset: { id: datasetId },
      outputModel: null,
      result: null,
    });
    expect(job.hyperparams).toMatchObject({ turns: 1 });
    const hyperparams = job.hyperparams as Record<string, unknown>;
    // Knobs only FINETUNE or CONTRACT read are not part of a TRAIN job's settings.
    expect(hyperparams).not.toHaveProperty('loraRank');
    expect(hyperparams).not.toHaveProperty('contractionRatio');
    expect(Number.isNaN(Date.parse(job.createdAt))).toBe(false);
  });

  it('keeps the TRAIN hyperparams it was given and fills in the rest', async () => {
    const { job } = await submitOk({
      type: 'TRAIN',
      idempotencyKey: uniqueKey('train-custom'),
      baseModelId: tinyModelId,
      datasetId,
      hyperparams: { turns: 2, outputName: 'my-model' },
    });
    expect(job.hyperparams).toMatchObject({ turns: 2, outputName: 'my-model' });
  });

  it('queues a FINETUNE job from a source model and a dataset, with loraRank 32, loraAlpha 64 and steps 2000', async () => {
    const { created, job } = await submitOk({
      type: 'FINETUNE',
      idempotencyKey: uniqueKey('finetune-source'),
      sourceModelId: tinyModelId,
      datasetId,
    });
    expect(created).toBe(true);
    expect(job).toMatchObject({
      type: 'FINETUNE',
      status: 'QUEUED',
      retries: 0,
      lastCheckpointStep: 0,
      sourceModel: { id: tinyModelId },
      dataset: { id: datasetId },
    });
    expect(job.hyperparams).toMatchObject({ loraRank: 32, loraAlpha: 64, steps: 2000 });
    expect(job.hyperparams as Record<string, unknown>).not.toHaveProperty('turns');
  });

  it('queues a FINETUNE job from a catalog base model and a dataset', async () => {
    const { created, job } = await submitOk({
      type: 'FINETUNE',
      idempotencyKey: uniqueKey('finetune-base'),
      baseModelId: tinyModelId,
      datasetId,
    });
    expect(created).toBe(true);
    expect(job).toMatchObject({
      type: 'FINETUNE',
      status: 'QUEUED',
      retries: 0,
      lastCheckpointStep: 0,
      baseModel: { id: tinyModelId },
    });
    expect(job.hyperparams).toMatchObject({ loraRank: 32, steps: 2000 });
  });

  it('derives loraAlpha from a given loraRank unless it is given too', async () => {
    const derived = await submitOk({
      type: 'FINETUNE',
      idempotencyKey: uniqueKey('finetune-alpha-derived'),
      baseModelId: tinyModelId,
      datasetId,
      hyperparams: { loraRank: 4 },
    });
    expect(derived.job.hyperparams).toMatchObject({ loraRank: 4, loraAlpha: 8 });
    const given = await submitOk({
      type: 'FINETUNE',
      idempotencyKey: uniqueKey('finetune-alpha-given'),
      baseModelId: tinyModelId,
      datasetId,
      hyperparams: { loraRank: 4, loraAlpha: 12 },
    });
    expect(given.job.hyperparams).toMatchObject({ loraRank: 4, loraAlpha: 12 });
  });

  it('queues a CONTRACT job from a source model alone, capping numLayersToContract at the model depth', async () => {
    const { created, job } = await submitOk({
      type: 'CONTRACT',
      idempotencyKey: uniqueKey('contract'),
      sourceModelId: tinyModelId,
    });
    expect(created).toBe(true);
    expect(job).toMatchObject({
      type: 'CONTRACT',
      status: 'QUEUED',
      retries: 0,
      lastCheckpointStep: 0,
      sourceModel: { id: tinyModelId },
      dataset: null,
    });
    // The tiny catalog model has 2 layers: the default of 8 resolves to min(8, 2).
    expect(job.hyperparams).toMatchObject({ contractionRatio: 0.5, numLayersToContract: 2 });
    expect(job.hyperparams as Record<string, unknown>).not.toHaveProperty('turns');
  });
});

describe('submitJob validation', () => {
  it('requires a dataset for TRAIN jobs', async () => {
    const before = await jobCount();
    const result = await submit({ type: 'TRAIN', idempotencyKey: uniqueKey('no-dataset'), baseModelId: tinyModelId });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldPaths(result)).toContain('input.datasetId');
    expect(await jobCount()).toBe(before);
  });

  it('refuses a dataset on CONTRACT jobs', async () => {
    const before = await jobCount();
    const result = await submit({
      type: 'CONTRACT',
      idempotencyKey: uniqueKey('contract-dataset'),
      sourceModelId: tinyModelId,
      datasetId,
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldPaths(result)).toContain('input.datasetId');
    expect(await jobCount()).toBe(before);
  });

  it('refuses a hyperparam the job type does not read, naming it', async () => {
    const before = await jobCount();
    const result = await submit({
      type: 'FINETUNE',
      idempotencyKey: uniqueKey('foreign-knob'),
      sourceModelId: tinyModelId,
      datasetId,
      hyperparams: { contractionRatio: 0.3 },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldPaths(result)).toEqual(['input.hyperparams.contractionRatio']);
    expect(await jobCount()).toBe(before);
  });

  it('refuses an empty or blank idempotencyKey', async () => {
    const before = await jobCount();
    for (const idempotencyKey of ['', '   ']) {
      const result = await submit({ type: 'CONTRACT', idempotencyKey, sourceModelId: tinyModelId });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldPaths(result)).toEqual(['input.idempotencyKey']);
    }
    expect(await jobCount()).toBe(before);
  });

  it("refuses an idempotencyKey in Trainyard's own namespace, where spec runs queue their jobs", async () => {
    const before = await jobCount();
    const result = await submit({
      type: 'CONTRACT',
      idempotencyKey: `trainyard:run:${randomUUID()}`,
      sourceModelId: tinyModelId,
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldPaths(result)).toEqual(['input.idempotencyKey']);
    expect(await jobCount()).toBe(before);
  });

  it.each([
    ['a contractionRatio over 1', 'CONTRACT', { contractionRatio: 1.5 }, 'contractionRatio'],
    [
      'a contractionRatio of 1, which would prune every neuron',
      'CONTRACT',
      { contractionRatio: 1 },
      'contractionRatio',
    ],
    ['a contractionRatio of 0, which would prune none', 'CONTRACT', { contractionRatio: 0 }, 'contractionRatio'],
    [
      // Half a neuron of the tiny model's 256 per MLP: round(255.5) keeps all of them.
      'a contractionRatio too small to prune a single neuron',
      'CONTRACT',
      { contractionRatio: 0.5 / 256 },
      'contractionRatio',
    ],
    [
      'numLayersToContract larger than the model has layers',
      'CONTRACT',
      { numLayersToContract: 3 },
      'numLayersToContract',
    ],
    ["a loraRank wider than the model's width", 'FINETUNE', { loraRank: 65 }, 'loraRank'],
    [
      'a TRAIN job of more than a million steps',
      'TRAIN',
      { turns: 10, cycles: 100, stepsPerCycle: 1001 },
      'stepsPerCycle',
    ],
  ] as const)('refuses %s, naming the field, and queues nothing', async (_what, type, hyperparams, field) => {
    const before = await jobCount();
    const result = await submit({
      type,
      idempotencyKey: uniqueKey(field),
      // TRAIN grows a base model; the others start from any model, FINETUNE on a dataset.
      ...(type === 'TRAIN' ? { baseModelId: tinyModelId, datasetId } : { sourceModelId: tinyModelId }),
      ...(type === 'FINETUNE' ? { datasetId } : {}),
      hyperparams,
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldPaths(result)).toEqual([`input.hyperparams.${field}`]);
    expect(await jobCount()).toBe(before);
  });
});

describe('submitJob idempotency', () => {
  it('returns the same job for the same key and payload', async () => {
    const input = {
      type: 'TRAIN' as const,
      idempotencyKey: uniqueKey('replay'),
      baseModelId: tinyModelId,
      datasetId,
      hyperparams: { turns: 2 },
    };
    const first = await submitOk(input);
    const countAfterFirst = await jobCount();
    const second = await submitOk(input);
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.job.id).toBe(first.job.id);
    expect(second.job).toMatchObject({ status: 'QUEUED', hyperparams: first.job.hyperparams });
    expect(await jobCount()).toBe(countAfterFirst);
  });

  it('keeps a key exactly as sent: one with spaces around it is another key', async () => {
    const key = uniqueKey('spaced');
    const input = { type: 'CONTRACT' as const, sourceModelId: tinyModelId };
    const spaced = await submitOk({ ...input, idempotencyKey: ` ${key} ` });
    const bare = await submitOk({ ...input, idempotencyKey: key });
    expect([spaced.created, bare.created]).toEqual([true, true]);
    expect(spaced.job.idempotencyKey).toBe(` ${key} `);
    expect(bare.job.id).not.toBe(spaced.job.id);
  });

  it('is a CONFLICT to reuse a key with a different payload, and changes nothing', async () => {
    const idempotencyKey = uniqueKey('conflict');
    const original = await submitOk({
      type: 'TRAIN',
      idempotencyKey,
      baseModelId: tinyModelId,
      datasetId,
      hyperparams: { turns: 2 },
    });
    const before = await jobCount();
    const result = await submit({
      type: 'TRAIN',
      idempotencyKey,
      baseModelId: tinyModelId,
      datasetId,
      hyperparams: { turns: 3 },
    });
    expect(errorCode(result)).toBe('CONFLICT');
    expect(result.data).toBeNull();
    expect(await jobCount()).toBe(before);
    const { job } = await ok(server.url, key, JobsGet, { id: original.job.id });
    expect(job).toMatchObject({
      id: original.job.id,
      status: 'QUEUED',
      idempotencyKey,
      hyperparams: original.job.hyperparams,
    });
    expect(job?.hyperparams).toMatchObject({ turns: 2 });
  });

  it('creates exactly one job from 50 concurrent identical submissions', async () => {
    const before = await jobCount();
    const input = { type: 'CONTRACT' as const, idempotencyKey: uniqueKey('concurrent'), sourceModelId: tinyModelId };
    const results = await Promise.all(Array.from({ length: 50 }, () => submitOk(input)));
    const ids = new Set(results.map((r) => r.job.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await jobCount()).toBe(before + 1);
  });
});

describe('reading and cancelling jobs', () => {
  it('cancels a QUEUED job once; a second cancel is a CONFLICT', async () => {
    const { job } = await submitOk({
      type: 'CONTRACT',
      idempotencyKey: uniqueKey('cancel'),
      sourceModelId: tinyModelId,
    });
    expect(job.status).toBe('QUEUED');

    const { cancelJob } = await ok(server.url, key, JobsCancel, { id: job.id });
    expect(cancelJob.job).toMatchObject({ id: job.id, status: 'CANCELLED' });
    expect(cancelJob.job.finishedAt).not.toBeNull();

    const again = await execute(server.url, key, JobsCancel, { id: job.id });
    expect(errorCode(again)).toBe('CONFLICT');
    const read = await ok(server.url, key, JobsGet, { id: job.id });
    expect(read.job).toMatchObject({ id: job.id, status: 'CANCELLED', finishedAt: cancelJob.job.finishedAt });
  });

  it('reads a job by id, and null for an unknown id', async () => {
    const { job } = await submitOk({
      type: 'FINETUNE',
      idempotencyKey: uniqueKey('read'),
      sourceModelId: tinyModelId,
      datasetId,
    });
    const read = await ok(server.url, key, JobsGet, { id: job.id });
    expect(read.job).toEqual({
      id: job.id,
      type: 'FINETUNE',
      status: 'QUEUED',
      idempotencyKey: job.idempotencyKey,
      retries: 0,
      lastCheckpointStep: 0,
      hyperparams: job.hyperparams,
      finishedAt: null,
    });
    expect((await ok(server.url, key, JobsGet, { id: randomUUID() })).job).toBeNull();
  });

  it('lists jobs newest first, filtered by type and by status', async () => {
    // A dedicated environment, so the lists hold exactly the jobs of this test.
    const listEnv = `jobs-list-${randomUUID().slice(0, 8)}`;
    const submitted: { id: string; type: string }[] = [];
    for (const input of [
      { type: 'TRAIN' as const, baseModelId: tinyModelId, datasetId },
      { type: 'CONTRACT' as const, sourceModelId: tinyModelId },
      { type: 'FINETUNE' as const, sourceModelId: tinyModelId, datasetId },
      { type: 'TRAIN' as const, baseModelId: tinyModelId, datasetId },
    ]) {
      const { job } = await submitOk({ ...input, idempotencyKey: uniqueKey('list'), environment: listEnv });
      submitted.push({ id: job.id, type: job.type });
    }
    const newestFirst = [...submitted].reverse();
    const cancelled = submitted[1]!;
    await ok(server.url, key, JobsCancel, { id: cancelled.id });

    const list = async (where: JobWhere) =>
      (await ok(server.url, key, JobsList, { where: { environment: [listEnv], ...where }, first: 50 })).jobs;

    const all = await list({});
    expect(all.totalCount).toBe(4);
    expect(all.edges.map((e) => e.node.id)).toEqual(newestFirst.map((j) => j.id));

    const trains = await list({ type: ['TRAIN'] });
    expect(trains.totalCount).toBe(2);
    expect(trains.edges.map((e) => e.node.id)).toEqual(newestFirst.filter((j) => j.type === 'TRAIN').map((j) => j.id));
    expect(trains.edges.every((e) => e.node.type === 'TRAIN')).toBe(true);

    const twoTypes = await list({ type: ['CONTRACT', 'FINETUNE'] });
    expect(twoTypes.edges.map((e) => e.node.id)).toEqual(
      newestFirst.filter((j) => j.type !== 'TRAIN').map((j) => j.id),
    );

    const cancelledJobs = await list({ status: ['CANCELLED'] });
    expect(cancelledJobs.totalCount).toBe(1);
    expect(cancelledJobs.edges.map((e) => e.node)).toEqual([
      { id: cancelled.id, type: 'CONTRACT', status: 'CANCELLED' },
    ]);

    const queued = await list({ status: ['QUEUED'] });
    expect(queued.edges.map((e) => e.node.id)).toEqual(
      newestFirst.filter((j) => j.id !== cancelled.id).map((j) => j.id),
    );
    expect(queued.edges.every((e) => e.node.status === 'QUEUED')).toBe(true);

    const queuedTrains = await list({ type: ['TRAIN'], status: ['QUEUED'] });
    expect(queuedTrains.totalCount).toBe(2);
  });
});
