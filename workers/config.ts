import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { TRAINERS, TRAINER_NAMES } from './trainers/catalog.ts';

/** Worker settings, from the environment (README: "Running workers"). */
const WorkerEnv = z.object({
  TRAINYARD_WORKER_ID: z.uuid().optional(),
  TRAINYARD_ENVIRONMENT: z.string().min(1).default('default'),
  TRAINYARD_WORKER_PROJECT: z.uuid().optional(),
  TRAINYARD_TRAINER: z.enum(TRAINER_NAMES).default('tfjs'),
  TRAINYARD_TRAINER_COMMAND: z.string().min(1).optional(),
  TRAINYARD_LEASE_MS: z.coerce.number().int().min(1000).default(15_000),
  TRAINYARD_POLL_MS: z.coerce.number().int().min(10).default(500),
  TRAINYARD_STOP_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  TRAINYARD_DATA_DIR: z.string().default('./.trainyard'),
});

export interface WorkerConfig {
  workerId: string;
  environment: string;
  projectId: string | null;
  /** Shown in `workers { trainers }`: the built-in trainer's name, or the custom command. */
  trainerName: string;
  /** argv of the trainer program; the worker appends `--job <file>`. */
  trainerCommand: string[];
  leaseMs: number;
  pollMs: number;
  stopGraceMs: number;
  workRoot: string;
  /** Where models used by jobs are materialised from PostgreSQL. */
  modelsDir: string;
}

export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const e = WorkerEnv.parse(env);
  return {
    workerId: e.TRAINYARD_WORKER_ID ?? randomUUID(),
    environment: e.TRAINYARD_ENVIRONMENT,
    projectId: e.TRAINYARD_WORKER_PROJECT ?? null,
    trainerName: e.TRAINYARD_TRAINER_COMMAND ?? e.TRAINYARD_TRAINER,
    trainerCommand: e.TRAINYARD_TRAINER_COMMAND
      ? e.TRAINYARD_TRAINER_COMMAND.split(/\s+/)
      : [...TRAINERS[e.TRAINYARD_TRAINER]],
    leaseMs: e.TRAINYARD_LEASE_MS,
    pollMs: e.TRAINYARD_POLL_MS,
    stopGraceMs: e.TRAINYARD_STOP_GRACE_MS,
    workRoot: join(resolve(e.TRAINYARD_DATA_DIR), 'work'),
    modelsDir: join(resolve(e.TRAINYARD_DATA_DIR), 'models'),
  };
}
