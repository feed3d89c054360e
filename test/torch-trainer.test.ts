import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import split2 from 'split2';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrainerJob } from '../workers/protocol.ts';
import { TRAINERS } from '../workers/trainers/catalog.ts';
import { loadTf } from '../workers/trainers/tfjs/backend.ts';
import { concatenate, evaluationWindows } from '../workers/trainers/tfjs/data.ts';
import { perplexity } from '../workers/trainers/tfjs/evaluate.ts';
import type { ModelConfig } from '../workers/trainers/tfjs/model-config.ts';
import { loadModel } from '../workers/trainers/tfjs/model-store.ts';
import { countParams } from '../workers/trainers/tfjs/model.ts';
import { recordTokens } from '../workers/trainers/tfjs/text-format.ts';
import { graphql } from './generated/index.ts';
import { ok } from './helpers/client.ts';
import { MODEL_CACHE } from './helpers/model-cache.ts';
import { spawnWorker, stopAll, waitFor, type SpawnedProcess } from './helpers/processes.ts';
import { createTestProject } from './helpers/project.ts';
import { startServer, type TestServer } from './helpers/server.ts';
import { torchPython } from './helpers/torch-python.ts';
import {
  greetings,
  ofType,
  runTrainer as runTrainerProgram,
  tinyBase,
  writeGreetings,
  type RunOptions,
  type TrainerRun,
} from './helpers/trainer-process.ts';
import { trainerContractTests } from './helpers/trainer-contract.ts';

let datasetPath: string;

beforeAll(async () => {
  datasetPath = await writeGreetings();
});

const runTrainer = (job: Partial<TrainerJob> & Pick<TrainerJob, 'type' | 'hyperparams'>, options?: RunOptions) =>
  runTrainerProgram(TRAINERS.torch(torchPython!), { datasetPath, ...job }, options);

const finetune = { steps: 12, lr: 3e-3, seqLen: 64, batchSize: 8, loraRank: 4, loraAlpha: 8, outputName: 'greeter' };
const grow = { turns: 1, cycles: 2, stepsPerCycle: 3, lr: 1e-3, seqLen: 64, batchSize: 8, outputName: 'grown' };

/** Every metric's numbers, for comparing two runs' series up to float rounding. */
const closeSeries = (run: TrainerRun) =>
  ofType(run, 'metric').map((m) => ({ step: m.step, cycle: m.cycle, lr: m.lr, loss: expect.closeTo(m.loss!, 5) }));

/** The torch trainer's held-out windows for the greetings dataset: every tenth record. */
const greetingsHeldOut = () =>
  evaluationWindows(concatenate(greetings.filter((_, i) => i % 10 === 9).map(recordTokens)).stream, 64, 32);

describe.skipIf(!torchPython)('the PyTorch trainer', () => {
  // Its perplexity is read back by the built-in trainer's code, in another framework.
  trainerContractTests(runTrainer, { finetune, slowStep: {}, perplexityTolerance: 5e-5 });

  it("cuts a long Hugging Face record's prompt from the left, keeping its completion to learn from", () => {
    // transformers is not needed to encode: a byte tokenizer stands in for the model's.
    const encoded = execFileSync(
      torchPython!,
      [
        '-c',
        `
import json
from trainyard_torch.hugging_face import _encode
class Bytes:
    eos_token_id = 0
    def __call__(self, text, add_special_tokens=True):
        return {"input_ids": list(text.encode())}
print(json.dumps(_encode(Bytes(), {"prompt": "A long prompt here", "completion": "Yo"}, 6, True)))
`,
      ],
      { cwd: 'workers/trainers/torch', encoding: 'utf8' },
    );
    const [ids, labels] = JSON.parse(encoded) as [number[], number[]];
    expect(String.fromCharCode(...ids)).toBe('re\nYo\0');
    expect(labels).toEqual([-100, -100, -100, ...ids.slice(3)]);
  });

  it('fine-tunes with LoRA: a metric per step, lower perplexity, weights the built-in trainer loads', async () => {
    const run = await runTrainer({ type: 'FINETUNE', hyperparams: finetune }, { checkpointEvery: 6 });
    expect(run.invalid).toEqual([]);
    expect(run.code).toBe(0);
    const metrics = ofType(run, 'metric');
    expect(metrics.map((m) => m.step)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    for (const m of metrics) {
      expect(m.phase).toBe('finetune');
      expect(m.loss).toBeGreaterThan(0);
      expect(m.throughput).toBeGreaterThan(0);
      expect(m.gradNorm).toBeGreaterThan(0);
      expect(m.vramGb).toBeGreaterThan(0);
    }
    expect(ofType(run, 'checkpoint').map((c) => c.step)).toEqual([6]);
    const [{ result, outputModel }] = ofType(run, 'result') as [
      Extract<TrainerRun['messages'][number], { type: 'result' }>,
    ];
    expect(result.pplFinal!).toBeLessThan(result.pplBaseline!);
    expect(result.tokensProcessed).toBe(12 * 8 * 64);
    // The same file format and weight layout: the built-in trainer (and so the API's generation
    // process) reads the model and measures the same held-out perplexity.
    const tf = await loadTf();
    const model = await loadModel(tf, outputModel!.config as unknown as ModelConfig);
    expect(countParams(model)).toBe(outputModel!.params);
    expect(outputModel!.params).toBe(result.paramsBefore);
    expect((await perplexity(tf, model, greetingsHeldOut())) / result.pplFinal!).toBeCloseTo(1, 4);
    tf.dispose(Object.values(model.weights));
  }, 300_000);

  it('on SIGTERM checkpoints and exits 0, and the resumed attempt continues the same series', async () => {
    const straight = await runTrainer({ type: 'FINETUNE', hyperparams: finetune });
    const stopped = await runTrainer({ type: 'FINETUNE', hyperparams: finetune }, { sigtermAfterMetrics: 3 });
    expect(stopped.code).toBe(0);
    expect(ofType(stopped, 'result')).toEqual([]);
    const [checkpoint] = ofType(stopped, 'checkpoint');
    expect(checkpoint!.step).toBe(ofType(stopped, 'metric').at(-1)!.step);
    expect(checkpoint!.step).toBeLessThan(finetune.steps);
    const resumed = await runTrainer(
      {
        type: 'FINETUNE',
        hyperparams: finetune,
        attempt: 2,
        resumeFrom: { step: checkpoint!.step, uri: checkpoint!.uri },
      },
      { workDir: stopped.workDir },
    );
    expect(resumed.code).toBe(0);
    expect([...closeSeries(stopped), ...closeSeries(resumed)]).toEqual(closeSeries(straight));
    const [done] = ofType(resumed, 'result');
    const [reference] = ofType(straight, 'result');
    expect(done!.result.tokensProcessed).toBe(finetune.steps * 8 * 64);
    expect(done!.result.pplBaseline).toBe(reference!.result.pplBaseline);
    expect(done!.result.pplFinal!).toBeCloseTo(reference!.result.pplFinal!, 4);
  }, 300_000);

  it('grows by a function-preserving block, then trains in cycles, and resumes mid-cycle', async () => {
    const straight = await runTrainer({ type: 'TRAIN', hyperparams: grow }, { checkpointEvery: 4 });
    expect(straight.code).toBe(0);
    const [{ result, outputModel }] = ofType(straight, 'result') as [
      Extract<TrainerRun['messages'][number], { type: 'result' }>,
    ];
    expect(result.functionPreservation!).toBeLessThan(1e-6);
    expect(result.paramsAfter!).toBeGreaterThan(result.paramsBefore!);
    expect(ofType(straight, 'metric').map((m) => m.cycle)).toEqual([1, 1, 1, 2, 2, 2]);
    expect((outputModel!.config as { architecture: { nLayers: number } }).architecture.nLayers).toBe(
      tinyBase.architecture.nLayers + 1,
    );
    const [checkpoint] = ofType(straight, 'checkpoint');
    expect(checkpoint!.step).toBe(4);
    const resumed = await runTrainer(
      { type: 'TRAIN', hyperparams: grow, attempt: 2, resumeFrom: { step: 4, uri: checkpoint!.uri } },
      { checkpointEvery: 4 },
    );
    expect(closeSeries(resumed)).toEqual(closeSeries(straight).slice(4));
    const [again] = ofType(resumed, 'result');
    expect(again!.result.functionPreservation).toBe(result.functionPreservation);
    expect(again!.result.paramsAfter).toBe(result.paramsAfter);
  }, 300_000);

  it('contracts by pruning MLP neurons: the exact parameter drop, perplexity before and after', async () => {
    const run = await runTrainer({
      type: 'CONTRACT',
      datasetPath: null,
      hyperparams: { contractionRatio: 0.5, numLayersToContract: 2, outputName: 'pruned' },
    });
    expect(run.code).toBe(0);
    const [{ result, outputModel }] = ofType(run, 'result') as [
      Extract<TrainerRun['messages'][number], { type: 'result' }>,
    ];
    // Half of each layer's 256 MLP neurons, each with 64 inputs, 64 outputs and a bias.
    expect(result.paramsBefore! - result.paramsAfter!).toBe(2 * 128 * (64 + 64 + 1));
    expect(result.pplBaseline).toBeGreaterThan(1);
    expect(result.pplFinal).toBeGreaterThan(1);
    const tf = await loadTf();
    const model = await loadModel(tf, outputModel!.config as unknown as ModelConfig);
    expect(countParams(model)).toBe(result.paramsAfter);
    tf.dispose(Object.values(model.weights));
  }, 300_000);

  it('serves generation requests in order, with an error answer for a bad one', async () => {
    const child = spawn(TRAINERS.torch(torchPython!)[0], [TRAINERS.torch(torchPython!)[1]!, '--serve-generation'], {
      env: { ...process.env, TRAINYARD_MODEL_CACHE: MODEL_CACHE },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const answers: Record<string, unknown>[] = [];
    child.stdout.pipe(split2(JSON.parse)).on('data', (answer: Record<string, unknown>) => answers.push(answer));
    const model = { key: 'tiny', config: { description: tinyBase.description, architecture: tinyBase.architecture } };
    const request = { model, prompt: 'Call me', maxTokens: 20, temperature: 0.8, seed: 'same' };
    child.stdin.write(`${JSON.stringify({ id: 'a', ...request })}\n`);
    child.stdin.write(`${JSON.stringify({ id: 'b', ...request, maxTokens: 0 })}\n`);
    child.stdin.write(`${JSON.stringify({ id: 'c', ...request })}\n`);
    child.stdin.end();
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(0);
    expect(answers.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    const [first, bad, third] = answers;
    expect(first).toMatchObject({ promptTokens: 'Call me\n'.length, completionTokens: expect.any(Number) });
    expect(first!.completionTokens as number).toBeGreaterThan(0);
    expect(first!.completionTokens as number).toBeLessThanOrEqual(20);
    expect(bad!.error).toMatch(/maxTokens/);
    // Same seed, model and prompt: same text.
    expect(third!.text).toBe(first!.text);
  }, 300_000);
});

const TorchSetup = graphql(`
  mutation TorchSetup($input: CreateDatasetInput!) {
    createDataset(input: $input) {
      dataset {
        id
      }
    }
  }
`);
const TorchBaseModels = graphql(`
  query TorchBaseModels {
    baseModels {
      id
      name
    }
  }
`);
const TorchSubmit = graphql(`
  mutation TorchSubmit($input: SubmitJobInput!) {
    submitJob(input: $input) {
      job {
        id
      }
    }
  }
`);
const TorchJob = graphql(`
  query TorchJob($id: ID!) {
    job(id: $id) {
      status
      retries
      lastCheckpointStep
      error
      worker {
        id
      }
      result {
        pplBaseline
        pplFinal
        tokensProcessed
      }
      outputModel {
        id
        kind
        params
      }
      metrics(limit: 1000) {
        count
        points {
          step
          attempt
        }
      }
    }
  }
`);
const TorchRegisterHf = graphql(`
  mutation TorchRegisterHf($input: RegisterHuggingFaceModelInput!) {
    registerHuggingFaceModel(input: $input) {
      model {
        id
      }
    }
  }
`);
const TorchGenerate = graphql(`
  mutation TorchGenerate($input: GenerateInput!) {
    generate(input: $input) {
      text
      completionTokens
    }
  }
`);

describe.skipIf(!torchPython)('a worker running the PyTorch trainer', () => {
  let api: TestServer;
  let project: { id: string; key: string };
  const workers: SpawnedProcess[] = [];

  const startTorchWorker = () => {
    const worker = spawnWorker({
      TRAINYARD_TRAINER: 'torch',
      TRAINYARD_TRAINER_COMMAND: undefined,
      TRAINYARD_PYTHON: torchPython!,
      TRAINYARD_MODEL_CACHE: MODEL_CACHE,
      TRAINYARD_CHECKPOINT_EVERY: '10',
      TRAINYARD_WORKER_PROJECT: project.id,
      TRAINYARD_DATA_DIR: `/tmp/trainyard-test-torch-${randomUUID()}`,
      TRAINYARD_LEASE_MS: '3000',
    });
    workers.push(worker);
    return worker;
  };

  beforeAll(async () => {
    api = await startServer({ TRAINYARD_MODEL_CACHE: MODEL_CACHE });
    project = await createTestProject(api);
  });

  afterAll(async () => {
    await stopAll();
    await api?.stop();
  });

  it('fine-tunes through the worker, resumes on another worker from its checkpoint, and the API serves the model', async () => {
    const { createDataset } = await ok(api.url, project.key, TorchSetup, {
      input: { name: 'greetings', records: greetings },
    });
    const { baseModels } = await ok(api.url, project.key, TorchBaseModels);
    const base = baseModels.find((m) => m.name === tinyBase.name)!;
    const { submitJob } = await ok(api.url, project.key, TorchSubmit, {
      input: {
        type: 'FINETUNE',
        idempotencyKey: randomUUID(),
        baseModelId: base.id,
        datasetId: createDataset.dataset.id,
        hyperparams: { steps: 60, lr: 3e-3, seqLen: 64, loraRank: 4 },
      },
    });
    const jobId = submitJob.job.id;
    const job = async () => (await ok(api.url, project.key, TorchJob, { id: jobId })).job!;

    const first = startTorchWorker();
    await waitFor('a checkpoint from the first worker', async () => (await job()).lastCheckpointStep, 240_000);
    first.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
    const handedBack = await job();
    expect(handedBack.status).toBe('QUEUED');
    const resumeStep = handedBack.lastCheckpointStep!;

    startTorchWorker();
    const done = await waitFor(
      'the job to complete on the second worker',
      async () => {
        const state = await job();
        return ['COMPLETED', 'FAILED'].includes(state.status) && state;
      },
      240_000,
    );
    expect(done.error).toBeNull();
    expect(done.status).toBe('COMPLETED');
    expect(done.retries).toBe(1);
    // Every step once in the effective series; the second attempt started after the checkpoint.
    expect(done.metrics.points.map((p) => p.step)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(done.metrics.points.find((p) => p.attempt === 2)!.step).toBe(resumeStep + 1);
    expect(done.result!.pplFinal!).toBeLessThan(done.result!.pplBaseline!);
    expect(done.result!.tokensProcessed).toBe(60 * 8 * 64);
    expect(done.outputModel).toMatchObject({ kind: 'FINETUNED', params: 124_672 });

    // The API's generation process runs the built-in trainer, and it reads the torch trainer's weights.
    const { generate } = await ok(api.url, project.key, TorchGenerate, {
      input: { modelId: done.outputModel!.id, prompt: 'Say hello to guest 2', maxTokens: 40, temperature: 0 },
    });
    expect(generate.completionTokens).toBeGreaterThan(0);
  }, 600_000);

  it('fails a Hugging Face job it cannot run with a clear error', async () => {
    const { registerHuggingFaceModel } = await ok(api.url, project.key, TorchRegisterHf, {
      input: { name: 'missing-hf', path: '/nonexistent/hf-model', params: 1000, contextLength: 512, nLayers: 2 },
    });
    const { createDataset } = await ok(api.url, project.key, TorchSetup, {
      input: { name: 'hf-greetings', records: greetings },
    });
    const { submitJob } = await ok(api.url, project.key, TorchSubmit, {
      input: {
        type: 'FINETUNE',
        idempotencyKey: randomUUID(),
        baseModelId: registerHuggingFaceModel.model.id,
        datasetId: createDataset.dataset.id,
        hyperparams: { steps: 5 },
      },
    });
    if (!workers.some((w) => w.child.exitCode === null)) startTorchWorker();
    const failed = await waitFor(
      'the job to fail',
      async () => {
        const state = (await ok(api.url, project.key, TorchJob, { id: submitJob.job.id })).job!;
        return state.status === 'FAILED' && state;
      },
      60_000,
    );
    // Without transformers and peft (Debian's torch alone) the worker says what to install;
    // with them, that the directory is not there.
    expect(failed.error).toMatch(/transformers and peft packages|\/nonexistent\/hf-model/);
  }, 120_000);
});
