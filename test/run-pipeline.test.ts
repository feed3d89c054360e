import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { graphql } from './generated/index.ts';
import type { StartRunInput } from './generated/graphql.ts';
import { errorCode, execute, ok } from './helpers/client.ts';
import { createIsolatedDatabase, type IsolatedDatabase } from './helpers/isolated-database.ts';
import { pirateSpec as spec } from './fixtures/pirate-spec.ts';
import { MODEL_CACHE } from './helpers/model-cache.ts';
import {
  inTurn,
  startOpenAiCompatibleServer,
  userPayload,
  type OpenAiCompatibleServer,
  type ReplyPlan,
} from './helpers/openai-compatible-server.ts';
import { freePort, spawnScript, stopAll, waitFor, type SpawnedProcess } from './helpers/processes.ts';
import { CancelRun, CreateSpec, StartRun } from './helpers/run-mutations.ts';
import { collect } from './helpers/streams.ts';
import { connectWs } from './helpers/subscriptions.ts';
import { issueSecret } from '../src/domain/api-key-secret.ts';
import { formatPrompt } from '../src/pipeline/compile-spec.ts';
import { MAX_STAGE_ATTEMPTS } from '../src/runs/run-driver.ts';
import { similarity } from '../src/pipeline/similarity.ts';

const JobLog = graphql(`
  query PipelineJobLog($id: ID!) {
    job(id: $id) {
      logs {
        lines {
          text
        }
      }
    }
  }
`);
/** The worker's TRAINYARD_GPU_HOUR_USD. */
const GPU_HOUR_USD = 2.4;

const RunDetails = graphql(`
  query PipelineRun($id: ID!) {
    run(id: $id) {
      status
      error
      costUsd
      baseModel {
        id
      }
      model {
        id
        kind
      }
      dataset {
        recordCount
        records(first: 100) {
          edges {
            node {
              prompt
              completion
              provenance
            }
          }
        }
      }
      job {
        id
        idempotencyKey
        status
        hyperparams
        result {
          gpuSeconds
          costUsd
        }
        metrics {
          count
        }
      }
      evalSummary {
        total
        avgScore
        passRate
        exactMatchRate
        avgLatencyMs
        scoringMethod
        regressions
        improvements
      }
      evals(first: 50) {
        edges {
          node {
            prompt
            expected
            actual
            score
            passed
            reasoning
            scoringMethod
            latencyMs
            completionTokens
            previousScore
          }
        }
      }
      tokens {
        total
      }
      events {
        kind
        payload
      }
    }
  }
`);
const Generate = graphql(`
  mutation PipelineGenerate($input: GenerateInput!) {
    generate(input: $input) {
      text
      latencyMs
      promptTokens
      completionTokens
    }
  }
`);
const WatchRuns = graphql(`
  subscription PipelineRunStatus($specId: ID!) {
    runStatus(specId: $specId) {
      status
      run {
        id
      }
    }
  }
`);
const WatchMetrics = graphql(`
  subscription PipelineJobMetrics($jobId: ID!) {
    jobMetrics(jobId: $jobId) {
      seq
      step
      loss
    }
  }
`);
const WatchLogs = graphql(`
  subscription PipelineJobLogs($jobId: ID!) {
    jobLogs(jobId: $jobId) {
      seq
      text
    }
  }
`);

const isAugmentation = (request: Parameters<ReplyPlan>[0]) =>
  request.messages.some((m) => m.role === 'system' && m.content.startsWith('You write training data'));

/** Augmentation: four fresh inputs per example; judging: a reply that is not JSON (similarity stands in). */
const plan =
  (augmentDelayMs = 0, judgeDelayMs = 0): ReplyPlan =>
  (request) => {
    if (isAugmentation(request)) {
      const { input } = userPayload(request) as { input: string };
      const inputs = ['Well,', 'Oi!', 'Say:', 'Hey there,'].map((prefix) => `${prefix} ${input.toLowerCase()}`);
      return { content: JSON.stringify({ inputs }), delayMs: augmentDelayMs };
    }
    return inTurn({ content: 'a fine answer, I reckon', delayMs: judgeDelayMs })(request);
  };

let database: IsolatedDatabase;
let llm: OpenAiCompatibleServer;
let api: SpawnedProcess;
let url: string;
let dataDir: string;
const adminKey = issueSecret().secret;
const port = await freePort();

/** An API process (which drives runs) on the isolated database; the same port after a restart. */
async function startApi(): Promise<SpawnedProcess> {
  const started = spawnScript('src/main.ts', {
    DATABASE_URL: database.url,
    REDIS_URL: inject('redisUrl'),
    TRAINYARD_KEY_PREFIX: database.keyPrefix,
    TRAINYARD_ADMIN_KEY: adminKey,
    TRAINYARD_DATA_DIR: dataDir,
    TRAINYARD_MODEL_CACHE: MODEL_CACHE,
    TRAINYARD_RUN_LEASE_MS: '3000',
    LLM_BASE_URL: llm.baseUrl,
    LLM_MODEL: 'test-model',
    LLM_MAX_RETRIES: '0',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    // The tests poll runs ten times a second, some several at once (helpers/server.ts says why).
    TRAINYARD_RATE_LIMIT_PER_MINUTE: '1000000',
  });
  await waitFor(
    'the API to listen',
    () =>
      fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      ),
    60_000,
  );
  return started;
}

beforeAll(async () => {
  database = await createIsolatedDatabase();
  llm = await startOpenAiCompatibleServer();
  llm.answerWith(plan());
  dataDir = await mkdtemp(join(tmpdir(), 'trainyard-runs-'));
  url = `http://127.0.0.1:${port}/graphql`;
  api = await startApi();
  spawnScript('workers/main.ts', {
    DATABASE_URL: database.url,
    REDIS_URL: inject('redisUrl'),
    TRAINYARD_KEY_PREFIX: database.keyPrefix,
    TRAINYARD_DATA_DIR: await mkdtemp(join(tmpdir(), 'trainyard-runs-worker-')),
    TRAINYARD_MODEL_CACHE: MODEL_CACHE,
    TRAINYARD_POLL_MS: '100',
    TRAINYARD_GPU_HOUR_USD: String(GPU_HOUR_USD),
  });
}, 120_000);

afterAll(async () => {
  await stopAll();
  await llm?.close();
  await database?.drop();
});

const createSpec = async () => (await ok(url, adminKey, CreateSpec, { input: spec })).createSpec.spec.id;
const startRun = async (specId: string, input: StartRunInput = {}) =>
  (await ok(url, adminKey, StartRun, { specId, input })).startRun.run;
const runDetails = async (id: string) => (await ok(url, adminKey, RunDetails, { id })).run!;
const statusOf = async (id: string) => (await runDetails(id)).status;
const untilStatus = (id: string, status: string, ms = 180_000) =>
  waitFor(`run ${id} to be ${status}`, async () => (await statusOf(id)) === status, ms);
/** The status a run ended in. */
const untilEnded = (id: string, ms = 180_000) =>
  waitFor(
    `run ${id} to end`,
    async () => {
      const status = await statusOf(id);
      return ['COMPLETED', 'FAILED', 'CANCELLED'].includes(status) && status;
    },
    ms,
  );

describe('a spec run on the built-in trainer', () => {
  let firstRun: { id: string; specId: string; evals: Map<string, number> };

  it('goes from createSpec to COMPLETED, live, and its fine-tuned model beats the base model', async () => {
    const specId = await createSpec();
    const ws = connectWs(url.replace(/^http/, 'ws'), adminKey);
    try {
      const statuses = collect(
        ws,
        WatchRuns,
        { specId },
        (d) => d.runStatus.status,
        (s) => s === 'COMPLETED',
      );
      const run = await startRun(specId, { hyperparameters: { nEpochs: 20 } });
      expect(run).toMatchObject({ status: 'PREPARING', runNumber: 1 });

      const jobId = await waitFor('the run to queue its job', async () => (await runDetails(run.id)).job?.id, 30_000);
      const [metrics, logs] = await Promise.all([
        collect(ws, WatchMetrics, { jobId }, (d) => d.jobMetrics),
        collect(ws, WatchLogs, { jobId }, (d) => d.jobLogs),
      ]);
      expect(await statuses).toEqual(['PREPARING', 'TRAINING', 'EVALUATING', 'COMPLETED']);

      const done = await runDetails(run.id);
      // 5 examples, each with 4 inputs from the LLM: 25 records, provenance kept.
      expect(done.dataset!.recordCount).toBe(25);
      const provenance = done.dataset!.records.edges.map((e) => e.node.provenance as { method: string });
      expect(provenance.filter((p) => p.method === 'llm')).toHaveLength(20);
      expect(done.dataset!.records.edges[1]!.node.prompt).toBe(formatPrompt(spec.systemPrompt, 'Well, good morning'));
      // nEpochs 20 over 25 records in batches of 8.
      expect(done.job!.hyperparams).toMatchObject({ steps: 20 * 4, batchSize: 8, loraRank: 8, loraAlpha: 16 });
      // Trainyard's own key, which no caller may submit: a caller's job cannot take it first.
      expect(done.job!.idempotencyKey).toBe(`trainyard:run:${run.id}`);
      // The trainer's compute seconds at the worker's price, and the run's cost is its job's.
      const { gpuSeconds, costUsd } = done.job!.result!;
      expect(gpuSeconds).toBeGreaterThan(0);
      expect(costUsd).toBeCloseTo((gpuSeconds! / 3600) * GPU_HOUR_USD, 12);
      expect(done.costUsd).toBe(costUsd);
      expect(metrics.map((m) => m.step)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
      expect(done.job!.metrics.count).toBe(80);
      expect(logs.length).toBeGreaterThan(0);
      expect(logs.map((l) => l.seq)).toEqual(logs.map((_, i) => i + 1));
      expect(done.model).toMatchObject({ kind: 'FINETUNED' });
      expect(done.events.map((e) => e.kind)).toEqual(['preparing', 'training', 'evaluating', 'completed']);

      // Judged by the LLM, whose replies were malformed: similarity stood in, and says so.
      const evals = done.evals.edges.map((e) => e.node);
      expect(evals).toHaveLength(5);
      const scores = evals.map((e) => e.score);
      expect(scores).toEqual([...scores].sort((a, b) => a - b));
      for (const e of evals) {
        expect(e.scoringMethod).toBe('SIMILARITY');
        expect(e.reasoning).toMatch(/^LLM judge failed/);
        expect(e.score).toBeCloseTo(similarity(e.expected, e.actual).score, 12);
        expect(e.previousScore).toBeNull();
        expect(e.completionTokens).toBeGreaterThan(0);
      }
      const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
      expect(done.evalSummary).toMatchObject({
        total: 5,
        scoringMethod: 'SIMILARITY',
        regressions: 0,
        improvements: 0,
      });
      expect(done.evalSummary!.avgScore).toBeCloseTo(mean(scores), 12);
      expect(done.tokens!.total).toBeGreaterThan(0);

      // The same examples asked of the base model, as the run asked its fine-tuned one.
      const baseScores = [];
      for (const { input, expected } of spec.examples) {
        const { generate } = await ok(url, adminKey, Generate, {
          input: {
            modelId: done.baseModel.id,
            prompt: formatPrompt(spec.systemPrompt, input),
            maxTokens: 2 * Buffer.byteLength(expected) + 16,
            temperature: 0,
          },
        });
        baseScores.push(similarity(expected, generate.text).score);
      }
      expect(done.evalSummary!.avgScore).toBeGreaterThan(mean(baseScores));
      firstRun = { id: run.id, specId, evals: new Map(evals.map((e) => [e.prompt, e.score])) };
    } finally {
      await ws.close();
    }
  }, 300_000);

  it('gives its trainer each record in the group of the example it was written from', async () => {
    // A worker of its own environment whose trainer logs the dataset file it was given. It
    // would take jobs of no environment too, so it is stopped before anything else runs.
    const environment = 'dataset-echo';
    const echo = spawnScript('workers/main.ts', {
      DATABASE_URL: database.url,
      REDIS_URL: inject('redisUrl'),
      TRAINYARD_KEY_PREFIX: database.keyPrefix,
      TRAINYARD_DATA_DIR: await mkdtemp(join(tmpdir(), 'trainyard-runs-echo-')),
      TRAINYARD_ENVIRONMENT: environment,
      TRAINYARD_POLL_MS: '100',
      TRAINYARD_TRAINER_COMMAND: 'node --import tsx test/fixtures/scripted-trainer.ts',
      FIXTURE_PRINT_DATASET: '1',
    });
    const run = await startRun(await createSpec(), { environment });
    // It reports no result, so the run fails once its dataset is logged.
    const ended = await untilEnded(run.id).finally(async () => {
      echo.kill();
      await echo.exited;
    });
    expect(ended).toBe('FAILED');
    const { job } = await ok(url, adminKey, JobLog, { id: (await runDetails(run.id)).job!.id });
    const records = job!.logs.lines.map((line) => JSON.parse(line.text) as { completion: string; group: number });
    // Each example and its four rewrites (plan above), under the example's index.
    expect(records).toHaveLength(spec.examples.length * 5);
    expect(records.map((r) => spec.examples[r.group]?.expected)).toEqual(records.map((r) => r.completion));
    expect(new Set(records.map((r) => r.group)).size).toBe(spec.examples.length);
  });

  it('survives its API process being killed mid-evaluation again and again, and compares with the previous run', async () => {
    llm.answerWith(plan(0, 1_500));
    const run = await startRun(firstRun.specId, { parentRunId: firstRun.id, hyperparameters: { nEpochs: 2 } });
    await untilStatus(run.id, 'EVALUATING');
    // As many interruptions in a row as fail a stage, each after one more eval: one stored starts
    // the count again, so a stage that gets further between crashes goes on.
    let stored = 0;
    for (let kill = 0; kill < MAX_STAGE_ATTEMPTS; kill++) {
      // A restarted API takes the run over once the dead one's lease expires.
      stored = await waitFor(
        `an eval after ${stored}`,
        async () => {
          const evals = (await runDetails(run.id)).evals.edges.length;
          return evals > stored && evals;
        },
        60_000,
      );
      // The kill must land mid-stage, with an eval left for the process after it to store.
      expect(stored).toBeLessThan(spec.examples.length);
      api.kill('SIGKILL');
      await api.exited;
      api = await startApi();
    }
    expect(await untilEnded(run.id)).toBe('COMPLETED');
    llm.answerWith(plan());

    const done = await runDetails(run.id);
    const evals = done.evals.edges.map((e) => e.node);
    expect(evals.map((e) => e.prompt).sort()).toEqual(spec.examples.map((e) => e.input).sort());
    for (const e of evals) expect(e.previousScore).toBe(firstRun.evals.get(e.prompt));
    const changes = evals.map((e) => e.score - e.previousScore!);
    expect(done.evalSummary).toMatchObject({
      total: 5,
      improvements: changes.filter((c) => c >= 0.1 - 1e-9).length,
      regressions: changes.filter((c) => c <= -0.1 + 1e-9).length,
    });
  }, 300_000);

  it('cancels in PREPARING, TRAINING and EVALUATING, and stays cancelled', async () => {
    const specId = await createSpec();
    const cancelIn = async (status: string, setup: ReplyPlan, hyperparameters = {}) => {
      llm.answerWith(setup);
      const run = await startRun(specId, { hyperparameters });
      if (status !== 'PREPARING') await untilStatus(run.id, status);
      expect((await ok(url, adminKey, CancelRun, { id: run.id })).cancelRun.run.status).toBe('CANCELLED');
      return run.id;
    };
    const preparing = await cancelIn('PREPARING', plan(3_000));
    const training = await cancelIn('TRAINING', plan(), { nEpochs: 20 });
    const evaluating = await cancelIn('EVALUATING', plan(0, 2_000));
    llm.answerWith(plan());
    // Long enough for anything the pipeline still had in hand to land, if it were going to.
    await new Promise((resolve) => setTimeout(resolve, 5_000));

    const [p, t, e] = [await runDetails(preparing), await runDetails(training), await runDetails(evaluating)];
    expect([p.status, t.status, e.status]).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED']);
    expect(p.job).toBeNull();
    expect(t.job!.status).toBe('CANCELLED');
    expect(e.job!.status).toBe('COMPLETED');
    expect(e.evalSummary).toBeNull();
    expect(e.evals.edges.length).toBeLessThan(5);
    for (const run of [p, t, e]) expect(run.events.at(-1)!.kind).toBe('cancelled');
  }, 300_000);

  it('stops augmenting a run cancelled in PREPARING', async () => {
    const specId = await createSpec();
    const augmentations = () => llm.requests.filter((r) => isAugmentation(r.body)).length;
    const before = augmentations();
    // Five examples, four asked at a time, each answered after 4 s: the fifth waits for the first four.
    llm.answerWith(plan(4_000));
    const run = await startRun(specId);
    await waitFor('the first four augmentation requests', async () => augmentations() === before + 4);
    expect((await ok(url, adminKey, CancelRun, { id: run.id })).cancelRun.run.status).toBe('CANCELLED');
    // Past the first four answers: a driver still augmenting would ask for the fifth example then.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    llm.answerWith(plan());
    expect(augmentations()).toBe(before + 4);
  }, 120_000);

  it('generates with any model: repeatable with a seed, typed errors for bad input', async () => {
    const { baseModel } = await runDetails(firstRun.id);
    const input = { modelId: baseModel.id, prompt: 'Call me', maxTokens: 24, temperature: 1, seed: 'ishmael' };
    const [a, b] = [await ok(url, adminKey, Generate, { input }), await ok(url, adminKey, Generate, { input })];
    expect(a.generate.text).toBe(b.generate.text);
    expect(a.generate).toMatchObject({ promptTokens: 'Call me\n'.length });
    expect(a.generate.completionTokens).toBeLessThanOrEqual(24);

    const refusal = (change: object) => execute(url, adminKey, Generate, { input: { ...input, ...change } });
    const bad = async (change: object) => errorCode(await refusal(change));
    const unknownModel = await refusal({ modelId: '00000000-0000-4000-8000-000000000000' });
    expect(errorCode(unknownModel)).toBe('BAD_USER_INPUT');
    expect(unknownModel.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('input.modelId');
    expect(await bad({ maxTokens: 0 })).toBe('BAD_USER_INPUT');
    expect(await bad({ temperature: 3 })).toBe('BAD_USER_INPUT');
    expect(await bad({ prompt: '' })).toBe('BAD_USER_INPUT');
  }, 120_000);
});
