import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { claimJob } from '../src/queue/lease.ts';
import { registerWorker } from '../workers/registry.ts';
import { loadsHuggingFace } from '../workers/trainers/catalog.ts';
import { graphql } from './generated/index.ts';
import type { DsDatasetRecordsQuery } from './generated/graphql.ts';
import { errorCode, execute, ok } from './helpers/client.ts';
import { createTestProject } from './helpers/project.ts';
import { startServer, type TestServer } from './helpers/server.ts';

const DsCreateDataset = graphql(`
  mutation DsCreateDataset($input: CreateDatasetInput!) {
    createDataset(input: $input) {
      dataset {
        id
        name
        recordCount
        bytes
        tokenEstimate
        source
        createdAt
        records(first: 100) {
          totalCount
          edges {
            node {
              position
              prompt
              completion
              provenance
            }
          }
        }
      }
    }
  }
`);

const DsGetDataset = graphql(`
  query DsGetDataset($id: ID!) {
    dataset(id: $id) {
      id
      name
      recordCount
      bytes
      tokenEstimate
      source
      createdAt
    }
  }
`);

const DsDatasetRecords = graphql(`
  query DsDatasetRecords($id: ID!, $first: Int, $after: String) {
    dataset(id: $id) {
      records(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            position
            prompt
            completion
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const DsListDatasets = graphql(`
  query DsListDatasets($first: Int, $after: String) {
    datasets(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          name
          recordCount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const DsBaseModels = graphql(`
  query DsBaseModels {
    baseModels {
      id
      name
      kind
      params
      baseModel {
        id
      }
      job {
        id
      }
      createdAt
    }
  }
`);

const DsGetModel = graphql(`
  query DsGetModel($id: ID!) {
    model(id: $id) {
      id
      name
      kind
      params
    }
  }
`);

const DsListModels = graphql(`
  query DsListModels($kind: ModelKind, $first: Int) {
    models(kind: $kind, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          kind
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

let server: TestServer;
let key: string;

beforeAll(async () => {
  server = await startServer();
  key = (await createTestProject(server)).key;
});
afterAll(() => server.stop());

/** Multi-byte text on purpose: bytes must count UTF-8 bytes, not UTF-16 code units or characters. */
const records = [
  { prompt: 'Where is my order?', completion: 'Let me check that for you.' },
  { prompt: 'Crème brûlée recipe?', completion: 'Caramelise the sugar — carefully.' },
  { prompt: 'Say hi in Japanese', completion: 'こんにちは 👋' },
  { prompt: 'Count to three', completion: 'one, two, three' },
  { prompt: 'Last one', completion: 'ok!!' },
];

function utf8Bytes(rows: { prompt: string; completion: string }[]): number {
  return rows.reduce(
    (sum, r) => sum + Buffer.byteLength(r.prompt, 'utf8') + Buffer.byteLength(r.completion, 'utf8'),
    0,
  );
}

async function datasetCount(): Promise<number> {
  return (await ok(server.url, key, DsListDatasets, { first: 0 })).datasets.totalCount;
}

describe('datasets', () => {
  it('creates a dataset and reports its size from the UTF-8 bytes of its records', async () => {
    const expectedBytes = utf8Bytes(records);
    // The fixture is chosen so that bytes differ from characters and tokenEstimate must round up.
    expect(expectedBytes).not.toBe(records.reduce((n, r) => n + r.prompt.length + r.completion.length, 0));
    expect(expectedBytes % 4).not.toBe(0);

    const { createDataset } = await ok(server.url, key, DsCreateDataset, { input: { name: 'Support pairs', records } });
    expect(createDataset.dataset).toMatchObject({
      name: 'Support pairs',
      recordCount: 5,
      bytes: expectedBytes,
      tokenEstimate: Math.ceil(expectedBytes / 4),
      source: 'upload',
    });
    expect(createDataset.dataset.records.totalCount).toBe(5);
    expect(createDataset.dataset.records.edges.map((e) => e.node)).toEqual(
      records.map((r, position) => ({ position, prompt: r.prompt, completion: r.completion, provenance: null })),
    );

    const read = await ok(server.url, key, DsGetDataset, { id: createDataset.dataset.id });
    expect(read.dataset).toEqual({
      id: createDataset.dataset.id,
      name: 'Support pairs',
      recordCount: 5,
      bytes: expectedBytes,
      tokenEstimate: Math.ceil(expectedBytes / 4),
      source: 'upload',
      createdAt: createDataset.dataset.createdAt,
    });
  });

  it('pages through records in dataset order', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ prompt: `prompt ${i}`, completion: `completion ${i}` }));
    const { createDataset } = await ok(server.url, key, DsCreateDataset, {
      input: { name: 'Numbered', records: many },
    });
    const id = createDataset.dataset.id;

    const seen: { position: number; prompt: string; completion: string }[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result: DsDatasetRecordsQuery = await ok(server.url, key, DsDatasetRecords, { id, first: 5, after });
      const connection = result.dataset!.records;
      expect(connection.totalCount).toBe(12);
      seen.push(...connection.edges.map((e) => e.node));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual(many.map((r, position) => ({ position, ...r })));
  });

  it('lists datasets newest first and returns null for an unknown id', async () => {
    const first = await ok(server.url, key, DsCreateDataset, {
      input: { name: 'Older', records: [{ prompt: 'a', completion: 'b' }] },
    });
    const second = await ok(server.url, key, DsCreateDataset, {
      input: {
        name: 'Newer',
        records: [
          { prompt: 'c', completion: 'd' },
          { prompt: 'e', completion: 'f' },
        ],
      },
    });
    const list = await ok(server.url, key, DsListDatasets, { first: 100 });
    const ids = list.datasets.edges.map((e) => e.node.id);
    expect(list.datasets.totalCount).toBe(ids.length);
    expect(ids.indexOf(second.createDataset.dataset.id)).toBeLessThan(ids.indexOf(first.createDataset.dataset.id));
    expect(list.datasets.edges[0]!.node).toEqual({
      id: second.createDataset.dataset.id,
      name: 'Newer',
      recordCount: 2,
    });

    expect((await ok(server.url, key, DsGetDataset, { id: randomUUID() })).dataset).toBeNull();
  });

  it('keeps datasets private to their project', async () => {
    const { createDataset } = await ok(server.url, key, DsCreateDataset, {
      input: { name: 'Private', records: [{ prompt: 'x', completion: 'y' }] },
    });
    const other = await createTestProject(server);
    expect((await ok(server.url, other.key, DsGetDataset, { id: createDataset.dataset.id })).dataset).toBeNull();
    expect((await ok(server.url, other.key, DsListDatasets, {})).datasets.totalCount).toBe(0);
  });

  it('rejects an empty record list and writes nothing', async () => {
    const before = await datasetCount();
    const result = await execute(server.url, key, DsCreateDataset, { input: { name: 'Empty', records: [] } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(['input.records']);
    expect(await datasetCount()).toBe(before);
  });

  it('rejects empty prompts and completions with the path of each bad field, and writes nothing', async () => {
    const before = await datasetCount();
    const result = await execute(server.url, key, DsCreateDataset, {
      input: {
        name: ' ',
        records: [
          { prompt: '', completion: 'fine' },
          { prompt: 'fine', completion: 'fine' },
          { prompt: 'fine', completion: '   ' },
        ],
      },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.path).sort()).toEqual([
      'input.name',
      'input.records.0.prompt',
      'input.records.2.completion',
    ]);
    expect(result.data?.createDataset ?? null).toBeNull();
    expect(await datasetCount()).toBe(before);
  });

  it('rejects a non-UUID id with BAD_USER_INPUT on the id argument', async () => {
    const result = await execute(server.url, key, DsGetDataset, { id: 'not-a-uuid' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(['id']);
  });
});

describe('models', () => {
  it('lists the two catalog base models, smallest first', async () => {
    const { baseModels } = await ok(server.url, key, DsBaseModels);
    expect(baseModels.map((m) => m.name)).toEqual(['trainyard-byte-tiny', 'trainyard-byte-small']);
    for (const model of baseModels) {
      expect(model.kind).toBe('BASE');
      expect(model.params).toBeGreaterThan(0);
      expect(Number.isInteger(model.params)).toBe(true);
      expect(model.baseModel).toBeNull();
      expect(model.job).toBeNull();
    }
    const [tiny, small] = baseModels;
    expect(tiny!.params).toBeLessThan(small!.params);
  });

  it('gives every project its own catalog rows', async () => {
    const other = await createTestProject(server);
    const mine = (await ok(server.url, key, DsBaseModels)).baseModels;
    const theirs = (await ok(server.url, other.key, DsBaseModels)).baseModels;
    expect(theirs.map((m) => m.name)).toEqual(mine.map((m) => m.name));
    expect(theirs.map((m) => m.params)).toEqual(mine.map((m) => m.params));
    expect(theirs.some((m) => mine.some((n) => n.id === m.id))).toBe(false);
    expect((await ok(server.url, other.key, DsGetModel, { id: mine[0]!.id })).model).toBeNull();
  });

  it('reads a model by id and returns null for an unknown one', async () => {
    const { baseModels } = await ok(server.url, key, DsBaseModels);
    for (const model of baseModels) {
      const { model: read } = await ok(server.url, key, DsGetModel, { id: model.id });
      expect(read).toEqual({ id: model.id, name: model.name, kind: 'BASE', params: model.params });
    }
    expect((await ok(server.url, key, DsGetModel, { id: randomUUID() })).model).toBeNull();
  });

  it('lists models by kind as a connection', async () => {
    const { baseModels } = await ok(server.url, key, DsBaseModels);
    const base = await ok(server.url, key, DsListModels, { kind: 'BASE', first: 10 });
    expect(base.models.totalCount).toBe(2);
    expect(base.models.pageInfo.hasNextPage).toBe(false);
    expect(base.models.edges.map((e) => e.node.id).sort()).toEqual(baseModels.map((m) => m.id).sort());
    expect(base.models.edges.every((e) => e.node.kind === 'BASE')).toBe(true);

    const finetuned = await ok(server.url, key, DsListModels, { kind: 'FINETUNED' });
    expect(finetuned.models).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });

    const all = await ok(server.url, key, DsListModels, {});
    expect(all.models.totalCount).toBe(2);

    const onePage = await ok(server.url, key, DsListModels, { kind: 'BASE', first: 1 });
    expect(onePage.models.edges).toHaveLength(1);
    expect(onePage.models.pageInfo.hasNextPage).toBe(true);
  });

  it('rejects a non-UUID model id with BAD_USER_INPUT on the id argument', async () => {
    const result = await execute(server.url, key, DsGetModel, { id: '12345' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(['id']);
  });
});

const DsRegisterHf = graphql(`
  mutation DsRegisterHf($input: RegisterHuggingFaceModelInput!) {
    registerHuggingFaceModel(input: $input) {
      model {
        id
        name
        kind
        params
        config
      }
    }
  }
`);

const DsSubmitOnHf = graphql(`
  mutation DsSubmitOnHf($input: SubmitJobInput!) {
    submitJob(input: $input) {
      job {
        id
        hyperparams
      }
    }
  }
`);

const DsEligibleWorkers = graphql(`
  query DsEligibleWorkers($id: ID!) {
    job(id: $id) {
      eligibleWorkers {
        trainers
      }
    }
  }
`);

const DsGenerate = graphql(`
  mutation DsGenerate($input: GenerateInput!) {
    generate(input: $input) {
      text
    }
  }
`);

const DsRecommend = graphql(`
  query DsRecommend($input: TrainingRecommendationInput!) {
    trainingRecommendation(input: $input) {
      recommended
      windows
      notes
    }
  }
`);

const DsCreateSpec = graphql(`
  mutation DsCreateSpec($input: CreateSpecInput!) {
    createSpec(input: $input) {
      spec {
        id
      }
    }
  }
`);

const DsStartRun = graphql(`
  mutation DsStartRun($specId: ID!, $input: StartRunInput) {
    startRun(specId: $specId, input: $input) {
      run {
        id
      }
    }
  }
`);

describe('Hugging Face models', () => {
  const qwen = {
    name: 'qwen2.5-0.5b',
    path: '/models/Qwen2.5-0.5B',
    params: 494_032_768,
    contextLength: 32768,
    nLayers: 24,
  };

  it('registers a model directory as a base model that only FINETUNE jobs can use', async () => {
    const own = await createTestProject(server);
    const { registerHuggingFaceModel } = await ok(server.url, own.key, DsRegisterHf, { input: qwen });
    expect(registerHuggingFaceModel.model).toMatchObject({ name: qwen.name, kind: 'BASE', params: qwen.params });
    expect(registerHuggingFaceModel.model.config).toMatchObject({ format: 'huggingface/1', path: qwen.path });
    const baseModelId = registerHuggingFaceModel.model.id;
    const { createDataset } = await ok(server.url, own.key, DsCreateDataset, { input: { name: 'd', records } });
    const datasetId = createDataset.dataset.id;

    const queued = await ok(server.url, own.key, DsSubmitOnHf, {
      input: { type: 'FINETUNE', idempotencyKey: randomUUID(), baseModelId, datasetId, hyperparams: { seqLen: 512 } },
    });
    expect(queued.submitJob.job.hyperparams).toMatchObject({ seqLen: 512 });

    // A worker whose trainer cannot load it leaves it queued for one whose trainer can: the
    // built-in one failed it with a TensorFlow error about a tensor's shape.
    const em = server.app.services.orm.em.fork();
    const claimAs = async (trainer: string) => {
      const worker = { id: randomUUID(), environment: 'default', projectId: own.id, trainers: [trainer], gpu: null };
      await registerWorker(em, worker);
      const filter = { workerId: worker.id, environment: 'default', projectId: own.id, leaseMs: 60_000 };
      return claimJob(em, { ...filter, loadsHuggingFace: loadsHuggingFace(trainer) });
    };
    // The same for one that fine-tunes it further from it as its source (a torch adapter's output
    // is such a model too).
    const fromSource = await ok(server.url, own.key, DsSubmitOnHf, {
      input: { type: 'FINETUNE', idempotencyKey: randomUUID(), sourceModelId: baseModelId, datasetId },
    });
    // The API says as much: a worker whose trainer cannot load it is not one that may run it.
    const eligibleTrainers = async () =>
      (await ok(server.url, own.key, DsEligibleWorkers, { id: queued.submitJob.job.id })).job!.eligibleWorkers.map(
        (worker) => worker.trainers,
      );
    expect(await claimAs('tfjs')).toBeNull();
    expect(await eligibleTrainers()).toEqual([]);
    expect((await claimAs('torch'))?.job.id).toBe(queued.submitJob.job.id);
    expect(await eligibleTrainers()).toEqual([['torch']]);
    expect((await claimAs('torch'))?.job.id).toBe(fromSource.submitJob.job.id);

    const train = await execute(server.url, own.key, DsSubmitOnHf, {
      input: { type: 'TRAIN', idempotencyKey: randomUUID(), baseModelId, datasetId, hyperparams: {} },
    });
    expect(errorCode(train)).toBe('BAD_USER_INPUT');
    expect(train.errors?.[0]?.extensions?.fields?.[0]?.message).toMatch(/only FINETUNE/);
    const tooLong = await execute(server.url, own.key, DsSubmitOnHf, {
      input: {
        type: 'FINETUNE',
        idempotencyKey: randomUUID(),
        baseModelId,
        datasetId,
        hyperparams: { seqLen: 40_000 },
      },
    });
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
  });

  it('refuses to generate with one, or run a spec on it, on the built-in trainer, naming the field', async () => {
    const own = await createTestProject(server);
    const { registerHuggingFaceModel } = await ok(server.url, own.key, DsRegisterHf, { input: qwen });
    const modelId = registerHuggingFaceModel.model.id;
    // It answered INTERNAL: the built-in trainer cannot load the model.
    const generated = await execute(server.url, own.key, DsGenerate, { input: { modelId, prompt: 'a', maxTokens: 2 } });
    expect(errorCode(generated)).toBe('BAD_USER_INPUT');
    expect(generated.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({
      path: 'input.modelId',
      message: expect.stringMatching(/TRAINYARD_TRAINER=torch/),
    });
    // A run's evaluation generates on the API too: it would fail only after its training.
    const { createSpec } = await ok(server.url, own.key, DsCreateSpec, {
      input: { name: 'greeter', examples: [{ input: 'hi', expected: 'hello' }] },
    });
    const run = await execute(server.url, own.key, DsStartRun, {
      specId: createSpec.spec.id,
      input: { baseModelId: modelId },
    });
    expect(errorCode(run)).toBe('BAD_USER_INPUT');
    expect(run.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({
      path: 'input.baseModelId',
      message: expect.stringMatching(/TRAINYARD_TRAINER=torch on the API to evaluate a run of it/),
    });
  });

  it('recommends only what a FINETUNE job on it accepts, for a long context and a huge dataset', async () => {
    const own = await createTestProject(server);
    const { registerHuggingFaceModel } = await ok(server.url, own.key, DsRegisterHf, { input: qwen });
    const baseModelId = registerHuggingFaceModel.model.id;
    const { trainingRecommendation } = await ok(server.url, own.key, DsRecommend, {
      input: { baseModelId, datasetTokens: 2e9 },
    });
    const recommended = trainingRecommendation.recommended as { steps: number; lr: number };
    const windows = trainingRecommendation.windows as Record<'steps' | 'seqLen', { min: number; max: number }>;
    expect(trainingRecommendation.notes.join(' ')).toMatch(/more than one job runs/);
    const { createDataset } = await ok(server.url, own.key, DsCreateDataset, { input: { name: 'd', records } });
    // The top of every window, as a user would try it.
    const queued = await ok(server.url, own.key, DsSubmitOnHf, {
      input: {
        type: 'FINETUNE',
        idempotencyKey: randomUUID(),
        baseModelId,
        datasetId: createDataset.dataset.id,
        hyperparams: { steps: windows.steps.max, lr: recommended.lr, seqLen: windows.seqLen.max },
      },
    });
    expect(queued.submitJob.job.hyperparams).toMatchObject({ steps: windows.steps.max, seqLen: windows.seqLen.max });
    expect(recommended.steps).toBeLessThanOrEqual(windows.steps.max);
  });

  it('refuses a fine-tuned adapter as the model a job or a run starts from, naming the field', async () => {
    const own = await createTestProject(server);
    const { registerHuggingFaceModel } = await ok(server.url, own.key, DsRegisterHf, { input: qwen });
    // What a worker stores for a Hugging Face fine-tune (hugging_face.py): an adapter's files, no architecture.
    const adapterId = randomUUID();
    const db = new pg.Client({ connectionString: inject('databaseUrl') });
    await db.connect();
    try {
      await db.query(
        `insert into model (id, project_id, name, kind, params, base_model_id, config, created_at)
         values ($1, $2, 'qwen-adapter', 'FINETUNED', 1000, $3, $4, now())`,
        [
          adapterId,
          own.id,
          registerHuggingFaceModel.model.id,
          { format: 'huggingface/1', path: qwen.path, lora: { rank: 8, alpha: 16 }, files: {} },
        ],
      );
    } finally {
      await db.end();
    }
    const { createDataset } = await ok(server.url, own.key, DsCreateDataset, { input: { name: 'd', records } });
    const job = await execute(server.url, own.key, DsSubmitOnHf, {
      input: {
        type: 'FINETUNE',
        idempotencyKey: randomUUID(),
        sourceModelId: adapterId,
        datasetId: createDataset.dataset.id,
      },
    });
    expect(errorCode(job)).toBe('BAD_USER_INPUT');
    expect(job.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'input.sourceModelId', message: expect.stringMatching(/^has no architecture to train from/) },
    ]);
    const { createSpec } = await ok(server.url, own.key, DsCreateSpec, {
      input: { name: 'greeter', examples: [{ input: 'hi', expected: 'hello' }] },
    });
    const run = await execute(server.url, own.key, DsStartRun, {
      specId: createSpec.spec.id,
      input: { baseModelId: adapterId },
    });
    expect(errorCode(run)).toBe('BAD_USER_INPUT');
    expect(run.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(['input.baseModelId']);
  });

  it('rejects a duplicate name with CONFLICT and a relative path with BAD_USER_INPUT, changing nothing', async () => {
    const own = await createTestProject(server);
    await ok(server.url, own.key, DsRegisterHf, { input: qwen });
    const duplicate = await execute(server.url, own.key, DsRegisterHf, { input: { ...qwen, path: '/elsewhere' } });
    expect(errorCode(duplicate)).toBe('CONFLICT');
    const relative = await execute(server.url, own.key, DsRegisterHf, {
      input: { ...qwen, name: 'other', path: 'models/x', params: 0 },
    });
    expect(errorCode(relative)).toBe('BAD_USER_INPUT');
    expect(relative.errors?.[0]?.extensions?.fields?.map((f) => f.path).sort()).toEqual(['input.params', 'input.path']);
    const { models } = await ok(server.url, own.key, DsListModels, { kind: 'BASE' });
    expect(models.totalCount).toBe(3);
  });
});
