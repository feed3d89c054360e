import { z } from 'zod';
import { parseStorableJson } from '../src/domain/storable-text.ts';

/**
 * The trainer protocol: one JSON object per line on the trainer's stdout. Documented for
 * trainer authors in workers/trainers/PROTOCOL.md; this file is the worker's parser for it.
 */
const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const optionalFinite = finite.nullish().transform((v) => v ?? null);

const PhaseMessage = z.object({
  type: z.literal('phase'),
  phase: z.string().min(1).max(64),
  detail: z.record(z.string(), z.unknown()).optional(),
});

const MetricMessage = z.object({
  type: z.literal('metric'),
  step: z.int().min(0),
  phase: z.string().min(1).max(64),
  cycle: z
    .int()
    .min(0)
    .nullish()
    .transform((v) => v ?? null),
  loss: optionalFinite,
  lr: optionalFinite,
  throughput: optionalFinite,
  vramGb: optionalFinite,
  gradNorm: optionalFinite,
});

const LogMessage = z.object({
  type: z.literal('log'),
  text: z.string().max(64_000),
  stream: z.enum(['stdout', 'stderr']).default('stdout'),
});

const CheckpointMessage = z.object({
  type: z.literal('checkpoint'),
  step: z.int().min(0),
  uri: z.string().min(1),
});

const ResultMessage = z.object({
  type: z.literal('result'),
  result: z.object({
    pplBaseline: optionalFinite,
    pplFinal: optionalFinite,
    lossFinal: optionalFinite,
    paramsBefore: optionalFinite,
    paramsAfter: optionalFinite,
    functionPreservation: optionalFinite,
    gpuSeconds: optionalFinite,
    tokensProcessed: optionalFinite,
  }),
  outputModel: z
    .object({ name: z.string().min(1), params: finite, config: z.record(z.string(), z.unknown()) })
    .nullish(),
});

const ErrorMessage = z.object({
  type: z.literal('error'),
  message: z.string().min(1).max(10_000),
});

export const TrainerMessage = z.discriminatedUnion('type', [
  PhaseMessage,
  MetricMessage,
  LogMessage,
  CheckpointMessage,
  ResultMessage,
  ErrorMessage,
]);

export type TrainerMessage = z.output<typeof TrainerMessage>;
export type MetricMessage = z.output<typeof MetricMessage>;
export type ResultMessage = z.output<typeof ResultMessage>;

/** What the worker hands a trainer: written as JSON to the file named by `--job`. */
export interface TrainerJob {
  jobId: string;
  type: 'TRAIN' | 'FINETUNE' | 'CONTRACT';
  attempt: number;
  hyperparams: Record<string, unknown>;
  /** Model to start from: its row's config (architecture, weights location). */
  model: { id: string; name: string; params: number; config: Record<string, unknown> };
  /** Training records, when the job has a dataset. */
  datasetPath: string | null;
  /** Where checkpoints and the output model go. */
  workDir: string;
  /** Set when an earlier attempt left a durable checkpoint: continue after this step. */
  resumeFrom: { step: number; uri: string } | null;
}

/**
 * A line the trainer printed that is not a valid message is not dropped: it becomes a log line
 * (stream `stdout`), with the parse problem logged by the worker. Every string of a message is
 * `storable`.
 */
export function parseTrainerLine(line: string): { message: TrainerMessage } | { invalid: string } {
  let json: unknown;
  try {
    json = parseStorableJson(line);
  } catch {
    return { invalid: 'not JSON' };
  }
  const parsed = TrainerMessage.safeParse(json);
  if (!parsed.success) {
    return { invalid: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  }
  return { message: parsed.data };
}
