/**
 * Benchmark 6: a default spec run on the embedded default, end to end, by phase.
 *
 * Starts `src/main.ts` exactly as `npm start` does with nothing configured (PGlite, in-process
 * pub/sub, the embedded worker with the built-in trainer), creates a 5-example spec and starts
 * runs with every default (augmentation on, nEpochs 4, batchSize 8), and reads each phase's
 * length from the run's own timeline. Baseline, same run: the FINETUNE that run queued, given to
 * the trainer program directly (no API, queue or worker), on the same records and settings.
 * BENCH_PIPELINE_RUNS (default 3) runs one after another.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueSecret } from '../src/domain/api-key-secret.ts';
import { BASE_MODEL_CATALOG } from '../src/domain/model-catalog.ts';
import { pirateSpec } from '../test/fixtures/pirate-spec.ts';
import { TRAINERS } from '../workers/trainers/catalog.ts';
import { freePort } from './processes.ts';

const RUNS = Number(process.env.BENCH_PIPELINE_RUNS ?? 3);

interface RunTimeline {
  status: string;
  createdAt: string;
  evalSummary: { avgScore: number } | null;
  events: { kind: string; ts: string }[];
  job: { hyperparams: Record<string, unknown>; result: { gpuSeconds: number | null } | null };
  dataset: { records: { edges: { node: { prompt: string; completion: string } }[] } };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runPipelineBench(): Promise<{ markdown: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'trainyard-bench-runs-'));
  const key = issueSecret().secret;
  const port = await freePort();
  const api = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      TRAINYARD_DATA_DIR: dataDir,
      TRAINYARD_ADMIN_KEY: key,
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  try {
    for (let up = false; !up; await sleep(200)) {
      up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
    }
    const { createSpec } = await gql<{ createSpec: { spec: { id: string } } }>(
      'mutation($input: CreateSpecInput!) { createSpec(input: $input) { spec { id } } }',
      { input: pirateSpec },
    );
    const timelines: RunTimeline[] = [];
    for (let i = 0; i < RUNS; i++) {
      const { startRun } = await gql<{ startRun: { run: { id: string } } }>(
        'mutation($id: ID!) { startRun(specId: $id) { run { id } } }',
        { id: createSpec.spec.id },
      );
      for (;;) {
        const { run } = await gql<{ run: RunTimeline }>(
          `query($id: ID!) { run(id: $id) { status createdAt evalSummary { avgScore } events { kind ts }
             job { hyperparams result { gpuSeconds } }
             dataset { records(first: 100) { edges { node { prompt completion } } } } } }`,
          { id: startRun.run.id },
        );
        if (run.status === 'COMPLETED') {
          timelines.push(run);
          break;
        }
        if (run.status === 'FAILED' || run.status === 'CANCELLED') throw new Error(`run ended ${run.status}`);
        await sleep(200);
      }
    }
    const baseline = await trainerAlone(timelines[0]!, join(dataDir, 'model-cache'));
    return { markdown: report(timelines, baseline) };
  } finally {
    api.kill('SIGTERM');
    await once(api, 'exit');
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The run's FINETUNE, straight through the trainer program: what the pipeline adds is the rest. */
async function trainerAlone(run: RunTimeline, modelCache: string): Promise<number> {
  const workDir = await mkdtemp(join(tmpdir(), 'trainyard-bench-trainer-'));
  try {
    const datasetPath = join(workDir, 'dataset.jsonl');
    await writeFile(datasetPath, run.dataset.records.edges.map((e) => `${JSON.stringify(e.node)}\n`).join(''));
    const tiny = BASE_MODEL_CATALOG.find((m) => m.name === 'trainyard-byte-tiny')!;
    const job = {
      jobId: '00000000-0000-4000-8000-0000000bench',
      type: 'FINETUNE',
      attempt: 1,
      model: {
        id: 'base',
        name: tiny.name,
        params: 0,
        config: { description: tiny.description, architecture: tiny.architecture },
      },
      hyperparams: run.job.hyperparams,
      datasetPath,
      workDir,
      resumeFrom: null,
    };
    const jobFile = join(workDir, 'job.json');
    await writeFile(jobFile, JSON.stringify(job));
    const [command, ...args] = TRAINERS.tfjs();
    const started = performance.now();
    // The API's model cache, where the first run left the pretrained base.
    const env = { ...process.env, TRAINYARD_MODEL_CACHE: modelCache };
    const child = spawn(command, [...args, '--job', jobFile], { stdio: 'ignore', env });
    const [code] = (await once(child, 'exit')) as [number | null];
    if (code !== 0) throw new Error(`the trainer exited with ${code}`);
    return (performance.now() - started) / 1000;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

function phases(run: RunTimeline) {
  const at = (kind: string) => Date.parse(run.events.find((e) => e.kind === kind)!.ts);
  const created = Date.parse(run.createdAt);
  return {
    preparing: (at('training') - created) / 1000,
    training: (at('evaluating') - at('training')) / 1000,
    evaluating: (at('completed') - at('evaluating')) / 1000,
    total: (at('completed') - created) / 1000,
  };
}

function report(runs: RunTimeline[], trainerSeconds: number): string {
  const rows = runs.map((run, i) => {
    const p = phases(run);
    const compute = run.job.result?.gpuSeconds;
    return `| ${i + 1} | ${p.preparing.toFixed(1)} s | ${p.training.toFixed(1)} s | ${p.evaluating.toFixed(1)} s | **${p.total.toFixed(1)} s** | ${compute?.toFixed(1) ?? '-'} s | ${run.evalSummary!.avgScore.toFixed(3)} |`;
  });
  const warm = runs
    .slice(1)
    .map((run) => phases(run).total)
    .sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)] ?? Number.NaN;
  const fresh = phases(runs[0]!).total;
  const h = runs[0]!.job.hyperparams;
  return [
    '## 6. A default spec run, end to end',
    '',
    `\`src/main.ts\` with nothing configured (embedded PGlite, in-process pub/sub and worker, built-in trainer on trainyard-byte-tiny); a spec of 5 examples; \`startRun\` with every default: augmentation on (local rewrites, 25 records), nEpochs 4, batchSize 8, so the FINETUNE job has ${h.steps} steps of ${h.batchSize} windows of ${h.seqLen} bytes at lr ${Number(h.lr).toExponential(2)}. Phases from the run's own timeline (\`run.events\`); ${runs.length} runs one after another on the same spec (a fresh install: the first run's FINETUNE also pretrains the tiny base, about a minute, and its EVALUATING starts the generation process).`,
    '',
    '| run | PREPARING | TRAINING | EVALUATING | total | trainer compute (job result) | avgScore |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `**End to end: ${median.toFixed(1)} s (median of runs 2-${runs.length}), ${fresh.toFixed(1)} s on a fresh install** (target: under 120 s; ${Math.max(median, fresh) < 120 ? 'met' : 'NOT met'}). Baseline, same run: the first run's FINETUNE given to the trainer program directly (same records and hyperparameters, the base already pretrained, no API, queue or worker) took ${trainerSeconds.toFixed(1)} s of wall time, start-up and perplexity measurement included, against the median run's TRAINING phase.`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log((await runPipelineBench()).markdown);
