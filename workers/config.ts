import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { StartupError } from '../src/startup-error.ts';
import { loadsHuggingFace, TRAINERS, TRAINER_NAMES } from './trainers/catalog.ts';

/**
 * Which trainer program runs jobs (on workers) and generation (in the API), and the data
 * directory it shares with the process that starts it.
 */
export const TrainerEnv = z.object({
  TRAINYARD_TRAINER: z.enum(TRAINER_NAMES).default('tfjs'),
  TRAINYARD_TRAINER_COMMAND: z.string().min(1).optional(),
  /** The Python interpreter that runs the torch trainer (one that can `import torch`). */
  TRAINYARD_PYTHON: z.string().min(1).default('python3'),
  /** Where models are materialised, jobs work, and the shipped trainers cache base models. */
  TRAINYARD_DATA_DIR: z.string().default('./.trainyard'),
});

/** Where models are materialised from PostgreSQL for a process on `dataDir`. */
export const modelsDirOf = (dataDir: string) => join(resolve(dataDir), 'models');

/**
 * What the shipped trainers read from the environment they inherit. The worker checks it at its
 * own start too, so a bad value stops the worker, not every job it claims.
 */
export const ShippedTrainerEnv = z.object({
  // Digits only: the torch trainer reads it with Python's int(), which refuses "1e2" or "0x10".
  TRAINYARD_CHECKPOINT_EVERY: z
    .string()
    .regex(/^[0-9]+$/, 'must be a whole number of steps, in digits')
    .default('50')
    .transform(Number)
    .pipe(z.int().min(1)),
});

/**
 * `schema` read from the environment, or one error that lists each variable that does not fit,
 * as a person who set them can read it (not a ZodError's stack).
 */
export function parseEnv<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv): z.output<T> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new StartupError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
}

export interface TrainerChoice {
  /** Shown in `workers { trainers }`: the built-in trainer's name, or the custom command. */
  name: string;
  /** argv of the trainer program, before `--job <file>` or `--serve-generation`. */
  command: string[];
}

export function trainerOf(e: z.infer<typeof TrainerEnv>): TrainerChoice {
  return e.TRAINYARD_TRAINER_COMMAND
    ? { name: e.TRAINYARD_TRAINER_COMMAND, command: e.TRAINYARD_TRAINER_COMMAND.split(/\s+/) }
    : { name: e.TRAINYARD_TRAINER, command: TRAINERS[e.TRAINYARD_TRAINER](e.TRAINYARD_PYTHON) };
}

/** Worker settings, from the environment (README: "Running workers"). */
const WorkerEnv = TrainerEnv.extend({
  ...ShippedTrainerEnv.shape,
  TRAINYARD_WORKER_ID: z.uuid().optional(),
  TRAINYARD_ENVIRONMENT: z.string().min(1).default('default'),
  TRAINYARD_WORKER_PROJECT: z.uuid().optional(),
  TRAINYARD_LEASE_MS: z.coerce.number().int().min(1000).default(15_000),
  TRAINYARD_POLL_MS: z.coerce.number().int().min(10).default(500),
  TRAINYARD_STOP_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  TRAINYARD_GPU_HOUR_USD: z.coerce.number().min(0).optional(),
});

export interface WorkerConfig {
  workerId: string;
  environment: string;
  projectId: string | null;
  /** Shown in `workers { trainers }`: the built-in trainer's name, or the custom command. */
  trainerName: string;
  /** argv of the trainer program; the worker appends `--job <file>`. */
  trainerCommand: string[];
  /** Whether the trainer loads registered Hugging Face models (only then are jobs on one claimed). */
  loadsHuggingFace: boolean;
  leaseMs: number;
  pollMs: number;
  stopGraceMs: number;
  workRoot: string;
  /** Where models used by jobs are materialised from PostgreSQL. */
  modelsDir: string;
  /** What an hour of this worker's compute costs, in US dollars; null: no price set. */
  gpuHourUsd: number | null;
}

export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const e = parseEnv(WorkerEnv, env);
  const trainer = trainerOf(e);
  return {
    workerId: e.TRAINYARD_WORKER_ID ?? randomUUID(),
    environment: e.TRAINYARD_ENVIRONMENT,
    projectId: e.TRAINYARD_WORKER_PROJECT ?? null,
    trainerName: trainer.name,
    trainerCommand: trainer.command,
    loadsHuggingFace: loadsHuggingFace(trainer.name),
    leaseMs: e.TRAINYARD_LEASE_MS,
    pollMs: e.TRAINYARD_POLL_MS,
    stopGraceMs: e.TRAINYARD_STOP_GRACE_MS,
    workRoot: join(resolve(e.TRAINYARD_DATA_DIR), 'work'),
    modelsDir: modelsDirOf(e.TRAINYARD_DATA_DIR),
    gpuHourUsd: e.TRAINYARD_GPU_HOUR_USD ?? null,
  };
}
