import { z } from 'zod';
import { parseStorableJson } from '../src/domain/storable-text.ts';

/**
 * The trainer protocol: one JSON object per line on the trainer's stdout. Documented for
 * trainer authors in workers/trainers/PROTOCOL.md; this file is the worker's parser for it.
 */
const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const optionalFinite = finite.nullish().transform((v) => v ?? null);
/** A count or a measure that cannot be negative (seconds, tokens, parameters, nats). */
const optionalAtLeast = (min: number) =>
  optionalFinite.refine((v) => v === null || v >= min, `must be at least ${min}`);

/** The longest console line kept whole, in a `log` message or printed plainly. */
export const MAX_LINE_CHARS = 64_000;

/**
 * The longest stdout line read as a message (or, from a generation process, an answer): a `log`
 * message of MAX_LINE_CHARS characters, or a result with a large config, still fits. A longer
 * one is cut and kept as a console line.
 */
export const MAX_MESSAGE_CHARS = 1 << 20;

/**
 * `text` kept up to `max` characters, the rest cut with a note of how much (with `cutBefore`
 * characters already cut from its end): a trainer's long traceback is still its error, not a
 * line refused whole.
 */
export function cutText(text: string, max: number, cutBefore = 0): string {
  const cut = Math.max(0, text.length - max) + cutBefore;
  return cut === 0 ? text : `${text.slice(0, max)} … (${cut} more characters cut)`;
}

const cutString = (max: number) => z.string().transform((text) => cutText(text, max));

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
  text: cutString(MAX_LINE_CHARS),
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
    // A perplexity is exp of a mean cross-entropy, which is never negative.
    pplBaseline: optionalAtLeast(1),
    pplFinal: optionalAtLeast(1),
    lossFinal: optionalAtLeast(0),
    paramsBefore: optionalAtLeast(0),
    paramsAfter: optionalAtLeast(0),
    functionPreservation: optionalAtLeast(0),
    gpuSeconds: optionalAtLeast(0),
    tokensProcessed: optionalAtLeast(0),
  }),
  outputModel: z
    .object({ name: z.string().min(1), params: finite.min(0), config: z.record(z.string(), z.unknown()) })
    .nullish(),
});

const ErrorMessage = z.object({
  type: z.literal('error'),
  message: cutString(10_000).pipe(z.string().min(1)),
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

/** The longest claimed `type` of a refused line repeated whole in the worker's note on it. */
const MAX_CLAIMED_TYPE_CHARS = 100;

/** A line that is not a valid message: why, and the `type` it claimed, if it named one. */
export interface InvalidLine {
  invalid: string;
  claimedType: string | null;
}

/**
 * Why a stdout line over MAX_MESSAGE_CHARS (`kept` characters held, `cut` more) is no message,
 * and the type it claims if it opens with one: a result too long to take is then refused as a
 * result, not lost as a console line.
 */
export function overlongLine(kept: string, cut: number): InvalidLine {
  const claimedType = /^\s*\{\s*"type"\s*:\s*"([^"\\]*)"/.exec(kept)?.[1];
  return {
    invalid: `the line is ${kept.length + cut} characters, over the ${MAX_MESSAGE_CHARS} a message may be`,
    claimedType: claimedType === undefined ? null : cutText(claimedType, MAX_CLAIMED_TYPE_CHARS),
  };
}

/**
 * A line the trainer printed that is not a valid message is not dropped: it becomes a log line
 * (stream `stdout`), followed by the worker's line saying why it was not taken as a message.
 * Every string of a message is `storable`.
 */
export function parseTrainerLine(line: string): { message: TrainerMessage } | InvalidLine {
  let json: unknown;
  try {
    json = parseStorableJson(line);
  } catch {
    return { invalid: 'not JSON', claimedType: null };
  }
  const parsed = TrainerMessage.safeParse(json);
  if (!parsed.success) {
    const type = (json as { type?: unknown } | null)?.type;
    return {
      invalid: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      // Cut: the claimed type is repeated in the worker's note, and a trainer can print anything.
      claimedType: typeof type === 'string' ? cutText(type, MAX_CLAIMED_TYPE_CHARS) : null,
    };
  }
  return { message: parsed.data };
}
