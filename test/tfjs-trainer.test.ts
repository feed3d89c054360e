import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  greetings as records,
  ofType,
  outputFile,
  runTrainer as runTrainerProgram,
  stepLosses,
  tinyBase as tiny,
  tinyBaseConfig as baseConfig,
  writeGreetings,
  type RunOptions,
  type TrainerRun,
} from './helpers/trainer-process.ts';
import { trainerContractTests } from './helpers/trainer-contract.ts';
import { MODEL_CACHE } from './helpers/model-cache.ts';
import type { TrainerJob } from '../workers/protocol.ts';
import { TRAINERS } from '../workers/trainers/catalog.ts';
import { loadTf } from '../workers/trainers/tfjs/backend.ts';
import { corpusSplit } from '../workers/trainers/tfjs/base-models.ts';
import {
  concatenate,
  evaluationWindows,
  recordEndStarts,
  seededRng,
  WindowSampler,
} from '../workers/trainers/tfjs/data.ts';
import { perplexity } from '../workers/trainers/tfjs/evaluate.ts';
import { Generator } from '../workers/trainers/tfjs/inference.ts';
import { attachLora, loraVariables } from '../workers/trainers/tfjs/lora.ts';
import { countParams } from '../workers/trainers/tfjs/model.ts';
import type { ModelConfig } from '../workers/trainers/tfjs/model-config.ts';
import { loadModel } from '../workers/trainers/tfjs/model-store.ts';
import { completionMask, recordTokens } from '../workers/trainers/tfjs/text-format.ts';
import { trainSegment } from '../workers/trainers/tfjs/train-loop.ts';

process.env.TRAINYARD_MODEL_CACHE = MODEL_CACHE;

let datasetPath: string;

beforeAll(async () => {
  datasetPath = await writeGreetings();
});

const runTrainer = (job: Partial<TrainerJob> & Pick<TrainerJob, 'type' | 'hyperparams'>, options?: RunOptions) =>
  runTrainerProgram(TRAINERS.tfjs(), { datasetPath, ...job }, options);

const finetune = { steps: 12, lr: 3e-3, seqLen: 64, loraRank: 4, loraAlpha: 8, outputName: 'greeter' };

describe('the built-in TensorFlow.js trainer', () => {
  // A step of 64 windows outlasts a SIGTERM sent as training starts; the perplexity read back
  // is computed by the same code.
  trainerContractTests(runTrainer, { finetune, slowStep: { batchSize: 64 }, perplexityTolerance: 1e-5 });

  it('fine-tunes with LoRA: lower held-out perplexity, a metric per step, a compact adapter', async () => {
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
    }
    expect(ofType(run, 'checkpoint').map((c) => c.step)).toEqual([6]);
    const [result] = ofType(run, 'result');
    expect(result!.result.pplFinal!).toBeLessThan(result!.result.pplBaseline!);
    expect(result!.result.paramsAfter).toBe(result!.result.paramsBefore);
    expect(result!.result.tokensProcessed).toBe(12 * 8 * 64);
    const config = result!.outputModel!.config as { files: { adapter: string }; lora: object };
    expect(config.lora).toEqual({ rank: 4, alpha: 8 });
    const adapterBytes = (await readFile(new URL(config.files.adapter))).length;
    // Rank-4 adapters on six projections per layer: far smaller than the 125k-parameter base.
    expect(adapterBytes).toBeLessThan(result!.outputModel!.params);
  }, 300_000);

  it('resumes from a checkpoint exactly where the uninterrupted run was', async () => {
    const straight = await runTrainer({ type: 'FINETUNE', hyperparams: finetune }, { checkpointEvery: 6 });
    const checkpoint = ofType(straight, 'checkpoint')[0]!;
    const resumed = await runTrainer(
      {
        type: 'FINETUNE',
        hyperparams: finetune,
        attempt: 2,
        resumeFrom: { step: checkpoint.step, uri: checkpoint.uri },
      },
      { checkpointEvery: 6 },
    );
    expect(resumed.code).toBe(0);
    expect(stepLosses(resumed)).toEqual(stepLosses(straight).slice(6));
    expect((await outputFile(resumed, 'adapter')).equals(await outputFile(straight, 'adapter'))).toBe(true);
  }, 300_000);

  it('on SIGTERM finishes the step, checkpoints and exits 0 without a result', async () => {
    const run = await runTrainer(
      { type: 'FINETUNE', hyperparams: { ...finetune, steps: 500 } },
      { sigtermAfterMetrics: 2 },
    );
    expect(run.code).toBe(0);
    expect(ofType(run, 'result')).toEqual([]);
    const [checkpoint] = ofType(run, 'checkpoint');
    expect(checkpoint!.step).toBe(ofType(run, 'metric').at(-1)!.step);
    // Sent on the second metric, the signal lands in the third step or just before it: a
    // trainer that saw it a step late ran a fourth.
    expect(checkpoint!.step).toBeLessThanOrEqual(3);
  }, 300_000);

  it('resumes a job stopped by SIGTERM from its checkpoint as if it had never stopped', async () => {
    const straight = await runTrainer({ type: 'FINETUNE', hyperparams: finetune });
    const stopped = await runTrainer({ type: 'FINETUNE', hyperparams: finetune }, { sigtermAfterMetrics: 3 });
    const [checkpoint] = ofType(stopped, 'checkpoint');
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
    expect([...stepLosses(stopped), ...stepLosses(resumed)]).toEqual(stepLosses(straight));
    expect(ofType(resumed, 'result')[0]!.result.tokensProcessed).toBe(finetune.steps * 8 * 64);
    expect((await outputFile(resumed, 'adapter')).equals(await outputFile(straight, 'adapter'))).toBe(true);
  }, 300_000);

  it('counts only completion tokens in the fine-tuning loss', () => {
    const record = { prompt: 'Hi', completion: 'Yo' };
    const { stream, starts } = concatenate([recordTokens(record)]);
    const mask = Uint8Array.from(completionMask(record));
    const { windows, targetWeights } = new WindowSampler(stream, starts, 4, seededRng('mask'), mask).next(1);
    // Window "Hi\nYo" predicts "i", "\n", "Y", "o": only the completion's bytes count.
    expect(Array.from(windows)).toEqual([...'Hi\nYo'].map((c) => c.charCodeAt(0)));
    expect(Array.from(targetWeights!)).toEqual([0, 0, 1, 1]);
    expect(new WindowSampler(stream, starts, 4, seededRng('mask')).next(1).targetWeights).toBeNull();
  });

  it("keeps a long record's completion in its window, cutting the prompt from the left", () => {
    const records = [
      { prompt: 'A long system prompt and question', completion: 'Yo' },
      { prompt: 'Hi', completion: 'Ok' },
    ];
    const { stream, starts } = concatenate(records.map(recordTokens));
    const mask = Uint8Array.from(concatenate(records.map(completionMask)).stream);
    const seqLen = 6;
    const ends = recordEndStarts(starts, stream.length, seqLen);
    // The long record's window is its last 7 tokens; the short one starts where it starts.
    expect(Array.from(ends)).toEqual([starts[1]! - 7, starts[1]!]);
    const sampler = new WindowSampler(stream, Int32Array.of(ends[0]!), seqLen, seededRng('long'), mask);
    const { windows, targetWeights } = sampler.next(1);
    expect(String.fromCharCode(...Array.from(windows).slice(0, 6))).toBe('ion\nYo');
    // It predicts "o", "n", "\n", "Y", "o" and the end: the completion and the end count.
    expect(Array.from(targetWeights!)).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('fails with the step instead of training on when the loss is not finite', async () => {
    const tf = await loadTf();
    const model = await loadModel(tf, baseConfig);
    attachLora(tf, model, 4, 8, 1);
    const data = concatenate(records.map(recordTokens));
    // No token to count in any window: the loss is 0 / 0.
    const nothing = new Uint8Array(data.stream.length);
    const sampler = new WindowSampler(data.stream, data.starts, 16, seededRng('nan'), nothing);
    await expect(
      trainSegment(
        tf,
        model,
        tf.train.adam(1e-2),
        loraVariables(model.lora!),
        sampler,
        { phase: 'finetune', firstStep: 0, steps: 3, batch: 2, seqLen: 16, lrAt: () => 1e-2, quiet: true },
        { checkpointDue: () => false, checkpoint: async () => undefined, stopRequested: () => false },
      ),
    ).rejects.toThrow('the loss is NaN at finetune step 1');
  }, 300_000);

  it('never changes a base weight while training LoRA adapters', async () => {
    const tf = await loadTf();
    const model = await loadModel(tf, baseConfig);
    const before = Object.fromEntries(
      await Promise.all(Object.entries(model.weights).map(async ([name, w]) => [name, await w.data()] as const)),
    );
    attachLora(tf, model, 4, 8, 1);
    const data = concatenate(records.map(recordTokens));
    const sampler = new WindowSampler(data.stream, data.starts, 32, seededRng('frozen'));
    const optimizer = tf.train.adam(1e-2);
    await trainSegment(
      tf,
      model,
      optimizer,
      loraVariables(model.lora!),
      sampler,
      { phase: 'test', firstStep: 0, steps: 3, batch: 4, seqLen: 32, lrAt: () => 1e-2, quiet: true },
      { checkpointDue: () => false, checkpoint: async () => undefined, stopRequested: () => false },
    );
    for (const [name, w] of Object.entries(model.weights)) expect(await w.data(), name).toEqual(before[name]);
    const adapterB = await Object.values(model.lora!.adapters)[0]!.b.data();
    expect(adapterB.some((v) => v !== 0)).toBe(true);
  }, 300_000);

  it('grows by a function-preserving block, then trains in cycles', async () => {
    const run = await runTrainer({
      type: 'TRAIN',
      hyperparams: { turns: 1, cycles: 2, stepsPerCycle: 3, lr: 1e-3, seqLen: 64, outputName: 'grown' },
    });
    expect(run.code).toBe(0);
    const [result] = ofType(run, 'result');
    expect(result!.result.functionPreservation!).toBeLessThan(1e-6);
    expect(result!.result.paramsAfter!).toBeGreaterThan(result!.result.paramsBefore!);
    expect(ofType(run, 'metric').map((m) => m.cycle)).toEqual([1, 1, 1, 2, 2, 2]);
    const config = result!.outputModel!.config as { architecture: { nLayers: number } };
    expect(config.architecture.nLayers).toBe(tiny.architecture.nLayers + 1);
  }, 300_000);

  it('resumes a grown model mid-cycle with the same schedule, losses, measurements and weights', async () => {
    const hyperparams = { turns: 1, cycles: 2, stepsPerCycle: 3, lr: 1e-3, seqLen: 64, outputName: 'grown' };
    const straight = await runTrainer({ type: 'TRAIN', hyperparams }, { checkpointEvery: 4 });
    const [checkpoint] = ofType(straight, 'checkpoint');
    expect(checkpoint!.step).toBe(4);
    const resumed = await runTrainer(
      { type: 'TRAIN', hyperparams, attempt: 2, resumeFrom: { step: checkpoint!.step, uri: checkpoint!.uri } },
      { checkpointEvery: 4 },
    );
    expect(resumed.code).toBe(0);
    const schedule = (run: TrainerRun) => ofType(run, 'metric').map((m) => [m.step, m.cycle, m.lr, m.loss]);
    expect(schedule(resumed)).toEqual(schedule(straight).slice(4));
    // Baseline, parameters before and functionPreservation were measured by the first attempt
    // and came back from the checkpoint; only the compute time differs.
    const result = (run: TrainerRun) => ({ ...ofType(run, 'result')[0]!.result, gpuSeconds: null });
    expect(result(resumed)).toEqual(result(straight));
    expect((await outputFile(resumed, 'weights')).equals(await outputFile(straight, 'weights'))).toBe(true);
  }, 300_000);

  it('contracts by pruning MLP neurons: fewer parameters, perplexity before and after', async () => {
    const run = await runTrainer({
      type: 'CONTRACT',
      datasetPath: null,
      hyperparams: { contractionRatio: 0.5, numLayersToContract: 2, outputName: 'pruned' },
    });
    expect(run.code).toBe(0);
    const [result] = ofType(run, 'result');
    const { paramsBefore, paramsAfter, pplBaseline, pplFinal } = result!.result;
    // Half of each layer's 256 MLP neurons, each with 64 inputs, 64 outputs and a bias.
    expect(paramsBefore! - paramsAfter!).toBe(2 * 128 * (64 + 64 + 1));
    expect(pplBaseline).toBeGreaterThan(1);
    expect(pplFinal).toBeGreaterThan(1);
  }, 300_000);

  it('writes models another process loads to the same held-out perplexity, pruned ones included', async () => {
    const finetuned = await runTrainer({ type: 'FINETUNE', hyperparams: finetune });
    const contracted = await runTrainer({
      type: 'CONTRACT',
      datasetPath: null,
      hyperparams: { contractionRatio: 0.25, numLayersToContract: 1, outputName: 'pruned' },
    });
    const tf = await loadTf();
    // The trainer's held-out text (README): every tenth record; for CONTRACT, Moby-Dick's last 2%.
    const heldOutRecords = records.filter((_, i) => i % 10 === 9).map(recordTokens);
    const runs = [
      { run: finetuned, heldOut: evaluationWindows(concatenate(heldOutRecords).stream, 64, 32) },
      { run: contracted, heldOut: evaluationWindows((await corpusSplit()).heldOut, 64, 32) },
    ];
    for (const { run, heldOut } of runs) {
      const { result, outputModel } = ofType(run, 'result')[0]!;
      // The adapter or the pruning really changed the model, so reading it back wrongly would show.
      expect(Math.abs(result.pplFinal! / result.pplBaseline! - 1)).toBeGreaterThan(1e-3);
      const model = await loadModel(tf, outputModel!.config as unknown as ModelConfig);
      expect(countParams(model)).toBe(outputModel!.params);
      expect(Math.abs((await perplexity(tf, model, heldOut)) / result.pplFinal! - 1)).toBeLessThan(1e-5);
      tf.dispose(Object.values(model.weights));
    }
  }, 300_000);

  it('generates text with its latency, from a fine-tuned model', async () => {
    const run = await runTrainer({ type: 'FINETUNE', hyperparams: { ...finetune, steps: 30 } });
    const config = ofType(run, 'result')[0]!.outputModel!.config;
    const generator = await Generator.create();
    const generation = await generator.generate({
      modelKey: 'greeter',
      config: config as never,
      prompt: 'Say hello to guest 3',
      maxTokens: 40,
      temperature: 0,
    });
    expect(generation.completionTokens).toBeGreaterThan(0);
    expect(generation.completionTokens).toBeLessThanOrEqual(40);
    expect(generation.promptTokens).toBe('Say hello to guest 3\n'.length);
    expect(generation.latencyMs).toBeGreaterThan(0);
    expect(generation.text.length).toBeGreaterThan(0);
  }, 300_000);
});
