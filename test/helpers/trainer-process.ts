import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import split2 from 'split2';
import { BASE_MODEL_CATALOG } from '../../src/domain/model-catalog.ts';
import { parseTrainerLine, type TrainerJob, type TrainerMessage } from '../../workers/protocol.ts';
import { loadTf } from '../../workers/trainers/tfjs/backend.ts';
import { concatenate, evaluationWindows } from '../../workers/trainers/tfjs/data.ts';
import { perplexity } from '../../workers/trainers/tfjs/evaluate.ts';
import type { ModelConfig } from '../../workers/trainers/tfjs/model-config.ts';
import { loadModel } from '../../workers/trainers/tfjs/model-store.ts';
import { recordTokens } from '../../workers/trainers/tfjs/text-format.ts';
import { MODEL_CACHE } from './model-cache.ts';

/** Driving a trainer program as the worker does: a job file, protocol lines out, signals in. */

export const tinyBase = BASE_MODEL_CATALOG.find((m) => m.name === 'trainyard-byte-tiny')!;
export const tinyBaseConfig = { description: tinyBase.description, architecture: tinyBase.architecture };

export const greetings = Array.from({ length: 24 }, (_, i) => ({
  prompt: `Say hello to guest ${i % 6}`,
  completion: `Ahoy, guest ${i % 6}! Welcome aboard.`,
}));

/** `greetings` two to a `group`, as a compiled spec has each example and a rewrite of it. */
export const groupedGreetings = greetings.map((record, i) => ({ ...record, group: Math.floor(i / 2) }));

/** Writes `records` (by default `greetings`) as a dataset file and returns its path. */
export async function writeGreetings(records: readonly object[] = greetings): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'trainyard-dataset-')), 'dataset.jsonl');
  await writeFile(path, records.map((r) => JSON.stringify(r)).join('\n'));
  return path;
}

export interface TrainerRun {
  messages: TrainerMessage[];
  invalid: string[];
  code: number | null;
  workDir: string;
}

export interface RunOptions {
  checkpointEvery?: number;
  /** SIGTERM once this many metric points have arrived (0: once training starts, at its phase). */
  sigtermAfterMetrics?: number;
  /** Another attempt's work directory, to resume in it. */
  workDir?: string;
}

export async function runTrainer(
  command: readonly string[],
  job: Partial<TrainerJob> & Pick<TrainerJob, 'type' | 'hyperparams' | 'datasetPath'>,
  options: RunOptions = {},
): Promise<TrainerRun> {
  const workDir = options.workDir ?? (await mkdtemp(join(tmpdir(), 'trainyard-job-')));
  const full: TrainerJob = {
    jobId: '00000000-0000-4000-8000-00000000abcd',
    attempt: 1,
    model: { id: 'base', name: tinyBase.name, params: 0, config: tinyBaseConfig },
    workDir,
    resumeFrom: null,
    ...job,
  };
  const jobFile = join(workDir, `job-${Date.now()}.json`);
  await writeFile(jobFile, JSON.stringify(full));
  const [program, ...args] = command;
  const child = spawn(program!, [...args, '--job', jobFile], {
    env: {
      ...process.env,
      TRAINYARD_MODEL_CACHE: MODEL_CACHE,
      TRAINYARD_CHECKPOINT_EVERY: String(options.checkpointEvery ?? 1000),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const messages: TrainerMessage[] = [];
  const invalid: string[] = [];
  child.stdout.pipe(split2()).on('data', (line: string) => {
    const parsed = parseTrainerLine(line);
    if ('invalid' in parsed) invalid.push(line);
    else {
      messages.push(parsed.message);
      const { type } = parsed.message;
      const seen = messages.filter((m) => m.type === type).length;
      const due = type === 'metric' ? seen === options.sigtermAfterMetrics : type === 'phase' && seen === 1;
      if (due && (type === 'metric' || options.sigtermAfterMetrics === 0)) child.kill('SIGTERM');
    }
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  return { messages, invalid, code, workDir };
}

export const ofType = <T extends TrainerMessage['type']>(run: TrainerRun, type: T) =>
  run.messages.filter((m): m is Extract<TrainerMessage, { type: T }> => m.type === type);

/** The text of each `log` message, in order. */
export const logTexts = (run: TrainerRun) => ofType(run, 'log').map((message) => message.text);

export const stepLosses = (run: TrainerRun) => ofType(run, 'metric').map((m) => [m.step, m.loss]);

/** The bytes of one of the output model's files, by its name in `config.files`. */
export const outputFile = (run: TrainerRun, name: string) => {
  const config = ofType(run, 'result')[0]!.outputModel!.config as { files: Record<string, string> };
  return readFile(new URL(config.files[name]!));
};

/**
 * The perplexity a FINETUNE run's output model has, read back by the built-in trainer's code, on
 * the grouped greetings it should have held out (group 9: records 18 and 19, where every tenth
 * record would be records 9 and 19), over the perplexity the run reported.
 */
export async function groupedHeldOutPerplexityRatio(run: TrainerRun): Promise<number> {
  const { result, outputModel } = ofType(run, 'result')[0]!;
  const tf = await loadTf();
  const model = await loadModel(tf, outputModel!.config as unknown as ModelConfig);
  const heldOut = groupedGreetings.filter((record) => record.group % 10 === 9).map(recordTokens);
  const measured = await perplexity(tf, model, evaluationWindows(concatenate(heldOut).stream, 64, 32));
  tf.dispose(Object.values(model.weights));
  return measured / result.pplFinal!;
}
