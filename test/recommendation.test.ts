import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.ts';
import type { TrainingRecommendationInput } from './generated/graphql.ts';
import { errorCode, execute, ok } from './helpers/client.ts';
import { createTestProject } from './helpers/project.ts';
import { startServer, type TestServer } from './helpers/server.ts';

const RecommendationBaseModels = graphql(`
  query RecommendationBaseModels {
    baseModels {
      id
      name
      params
    }
  }
`);

const RecommendationCreateDataset = graphql(`
  mutation RecommendationCreateDataset($input: CreateDatasetInput!) {
    createDataset(input: $input) {
      dataset {
        id
        tokenEstimate
      }
    }
  }
`);

const Recommend = graphql(`
  query Recommend($input: TrainingRecommendationInput!) {
    trainingRecommendation(input: $input) {
      modelParams
      datasetTokensEst
      recommended
      windows
      notes
      disclaimer
    }
  }
`);

const RecommendationSubmitTrain = graphql(`
  mutation RecommendationSubmitTrain($input: SubmitJobInput!) {
    submitJob(input: $input) {
      job {
        status
      }
    }
  }
`);

interface Recommended {
  turns: number;
  cycles: number;
  stepsPerCycle: number;
  steps: number;
  lr: number;
  seqLen: number;
}
type Windows = Record<keyof Recommended, { min: number; max: number }>;

let server: TestServer;
let key: string;

beforeAll(async () => {
  server = await startServer();
  key = (await createTestProject(server)).key;
});
afterAll(() => server.stop());

async function recommend(input: TrainingRecommendationInput) {
  const { trainingRecommendation } = await ok(server.url, key, Recommend, { input });
  return {
    ...trainingRecommendation,
    recommended: trainingRecommendation.recommended as Recommended,
    windows: trainingRecommendation.windows as Windows,
  };
}

const trainedTokens = (r: Recommended) => r.turns * r.cycles * r.stepsPerCycle;

describe('trainingRecommendation', () => {
  it('reads the model and dataset by id, with every recommendation inside its window', async () => {
    const { baseModels } = await ok(server.url, key, RecommendationBaseModels);
    const tiny = baseModels.find((m) => m.name === 'trainyard-byte-tiny')!;
    const records = Array.from({ length: 100 }, (_, i) => ({ prompt: `question ${i}`, completion: `answer ${i}` }));
    const { createDataset } = await ok(server.url, key, RecommendationCreateDataset, {
      input: { name: 'recommendation-data', records },
    });

    const result = await recommend({ baseModelId: tiny.id, datasetId: createDataset.dataset.id });
    expect(result.modelParams).toBe(tiny.params);
    expect(result.datasetTokensEst).toBe(createDataset.dataset.tokenEstimate);
    expect(result.recommended.seqLen).toBe(128); // capped by the tiny model's context
    for (const [name, value] of Object.entries(result.recommended)) {
      const window = result.windows[name as keyof Recommended];
      expect(window.min, name).toBeLessThanOrEqual(value);
      expect(window.max, name).toBeGreaterThanOrEqual(value);
    }
    expect(result.notes.join(' ')).toMatch(/Small dataset/);
    expect(result.disclaimer).toMatch(/starting points/);
  });

  it("keeps every TRAIN setting in its windows a job submitJob accepts, up to the cap on a job's steps", async () => {
    const { baseModels } = await ok(server.url, key, RecommendationBaseModels);
    const { createDataset } = await ok(server.url, key, RecommendationCreateDataset, {
      input: { name: 'recommendation-cap', records: [{ prompt: 'a', completion: 'b' }] },
    });
    // From a dataset three epochs of which fit one job, to one whose three epochs would not.
    for (const datasetTokens of [1e6, 1e8, 6e8, 1e10]) {
      const { recommended, windows } = await recommend({ params: 1e8, datasetTokens });
      for (const name of ['turns', 'cycles', 'stepsPerCycle'] as const) {
        expect(windows[name].min, name).toBeLessThanOrEqual(recommended[name]);
        expect(windows[name].max, name).toBeGreaterThanOrEqual(recommended[name]);
      }
      const highest = {
        turns: windows.turns.max,
        cycles: windows.cycles.max,
        stepsPerCycle: windows.stepsPerCycle.max,
      };
      const submitted = await execute(server.url, key, RecommendationSubmitTrain, {
        input: {
          type: 'TRAIN',
          idempotencyKey: `recommendation-cap-${datasetTokens}`,
          baseModelId: baseModels[0]!.id,
          datasetId: createDataset.dataset.id,
          // Nothing claims this project's jobs: they stay queued.
          environment: 'recommendation-test',
          hyperparams: highest,
        },
      });
      expect(submitted.errors, `${datasetTokens} tokens: ${JSON.stringify(highest)}`).toBeUndefined();
    }
  });

  it('matches the seed example for a 7B model', async () => {
    const result = await recommend({ params: 7e9, datasetTokens: 2.1e6 });
    expect(result.recommended.lr).toBeGreaterThan(5e-5);
    expect(result.recommended.lr).toBeLessThan(1e-4);
    expect(result.windows.lr).toEqual({ min: result.recommended.lr / 2, max: result.recommended.lr * 2 });
    expect(result.notes).toContain('Learning rate tuned for a ~7B-parameter model');
    expect(result.notes[0]).toMatch(/≈3 epochs over your ~2.1M-token dataset/);
  });

  it('lowers the learning rate as the model grows', async () => {
    const sizes = [1e5, 1e6, 1e7, 1e8, 1e9, 7e9, 7e10];
    const rates = [];
    for (const params of sizes) rates.push((await recommend({ params, datasetTokens: 1e6 })).recommended.lr);
    for (let i = 1; i < rates.length; i++) expect(rates[i]!).toBeLessThanOrEqual(rates[i - 1]!);
    expect(rates.at(-1)!).toBeLessThan(rates[0]!);
  });

  it('trains longer on larger datasets', async () => {
    const sizes = [1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
    const amounts = [];
    for (const datasetTokens of sizes) {
      const { recommended } = await recommend({ params: 1e8, datasetTokens });
      expect(recommended.steps).toBeLessThanOrEqual(trainedTokens(recommended));
      amounts.push(trainedTokens(recommended));
    }
    for (let i = 1; i < amounts.length; i++) expect(amounts[i]!).toBeGreaterThanOrEqual(amounts[i - 1]!);
    expect(amounts.at(-1)!).toBeGreaterThan(amounts[0]!);
  });

  it('estimates tokens from bytes', async () => {
    const result = await recommend({ params: 1e6, datasetBytes: 4000 });
    expect(result.datasetTokensEst).toBe(1000);
  });

  it('rejects ambiguous or missing subjects and unknown ids', async () => {
    const both = await execute(server.url, key, Recommend, {
      input: { params: 1e6, baseModelId: '00000000-0000-4000-8000-000000000000', datasetTokens: 10 },
    });
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    expect(both.errors?.[0]?.extensions?.fields?.[0]?.message).toMatch(/exactly one of baseModelId, params/);

    const noDataset = await execute(server.url, key, Recommend, { input: { params: 1e6 } });
    expect(errorCode(noDataset)).toBe('BAD_USER_INPUT');

    const negative = await execute(server.url, key, Recommend, { input: { params: -1, datasetTokens: 10 } });
    expect(errorCode(negative)).toBe('BAD_USER_INPUT');
    // Counts are whole: a "~0-parameter model" is no subject.
    const fraction = await execute(server.url, key, Recommend, { input: { params: 1e-300, datasetTokens: 0.001 } });
    expect(errorCode(fraction)).toBe('BAD_USER_INPUT');
    expect(fraction.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual([
      'input.params',
      'input.datasetTokens',
    ]);

    // An id in the input that names nothing of the project's is bad input, on its field.
    const unknownModel = await execute(server.url, key, Recommend, {
      input: { baseModelId: '00000000-0000-4000-8000-000000000000', datasetTokens: 10 },
    });
    expect(errorCode(unknownModel)).toBe('BAD_USER_INPUT');
    expect(unknownModel.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('input.baseModelId');
    const unknownDataset = await execute(server.url, key, Recommend, {
      input: { params: 1e6, datasetId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(errorCode(unknownDataset)).toBe('BAD_USER_INPUT');
    expect(unknownDataset.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('input.datasetId');
  });
});
