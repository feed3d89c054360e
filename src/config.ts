import { resolve } from 'node:path';
import { z } from 'zod';
import { modelsDirOf, parseEnv, TrainerEnv, trainerOf, type TrainerChoice } from '../workers/config.ts';
import { StartupError } from './startup-error.ts';

/**
 * Every environment variable Trainyard reads, parsed once. The README's configuration table
 * mirrors this schema; keep them in step.
 */
const EnvSchema = TrainerEnv.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().optional(),
  TRAINYARD_ADMIN_KEY: z.string().optional(),
  TRAINYARD_KEY_PREFIX: z.string().default('trainyard:'),
  TRAINYARD_PUBLIC_URL: z.string().url().optional(),
  TRAINYARD_MAX_REQUEST_BYTES: z.coerce.number().int().positive().default(1_000_000),
  TRAINYARD_DB_POOL_MAX: z.coerce.number().int().positive().default(10),
  TRAINYARD_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRAINYARD_RUN_DRIVERS: z.coerce.number().int().min(0).max(64).default(2),
  TRAINYARD_RUN_LEASE_MS: z.coerce.number().int().min(1000).default(30_000),
  LLM_BASE_URL: z.string().url().optional(),
  LLM_API_KEY: z.string().min(1).optional(),
  LLM_MODEL: z.string().min(1).optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
});

type Env = z.infer<typeof EnvSchema>;

/** An OpenAI-compatible chat completions endpoint, for augmentation and LLM-judge scoring. */
export interface LlmConfig {
  /** Up to and including the API version, e.g. `https://api.openai.com/v1`. */
  baseUrl: string;
  /** Sent as the bearer token; servers without authentication accept any value. */
  apiKey: string;
  model: string;
  /** Per HTTP attempt. */
  timeoutMs: number;
  /** Further attempts after a connection error, timeout, 408, 409, 429 or 5xx. */
  maxRetries: number;
}

export interface Config {
  port: number;
  host: string;
  /** Real PostgreSQL when set; otherwise the embedded PGlite database under `dataDir`. */
  databaseUrl: string | undefined;
  /** Real Redis pub/sub when set; otherwise an in-process event bus. */
  redisUrl: string | undefined;
  dataDir: string;
  adminKey: string | undefined;
  /** Prefix for every Redis channel, so several deployments (or test runs) can share one Redis. */
  keyPrefix: string;
  publicUrl: string | undefined;
  maxRequestBytes: number;
  dbPoolMax: number;
  /** Operations each API key may start per minute, across all instances; 0: no limit. */
  operationsPerMinute: number;
  logLevel: Env['LOG_LEVEL'];
  /** The trainer program whose `--serve-generation` mode answers `generate` and evaluations. */
  trainer: TrainerChoice;
  /** Where models are materialised from PostgreSQL for generation (`dataDir/models`). */
  modelsDir: string;
  /** Runs this process advances at once (0: it drives none; another process must). */
  runDrivers: number;
  /** A driver that stops renewing its claim on a run loses it after this long. */
  runLeaseMs: number;
  /** Set when LLM_BASE_URL is: augmentation asks this model, and it judges evals. */
  llm: LlmConfig | undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = parseEnv(EnvSchema, env);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    dataDir: resolve(e.TRAINYARD_DATA_DIR),
    adminKey: e.TRAINYARD_ADMIN_KEY,
    keyPrefix: e.TRAINYARD_KEY_PREFIX,
    publicUrl: e.TRAINYARD_PUBLIC_URL,
    maxRequestBytes: e.TRAINYARD_MAX_REQUEST_BYTES,
    dbPoolMax: e.TRAINYARD_DB_POOL_MAX,
    operationsPerMinute: e.TRAINYARD_RATE_LIMIT_PER_MINUTE,
    logLevel: e.LOG_LEVEL,
    trainer: trainerOf(e),
    modelsDir: modelsDirOf(e.TRAINYARD_DATA_DIR),
    runDrivers: e.TRAINYARD_RUN_DRIVERS,
    runLeaseMs: e.TRAINYARD_RUN_LEASE_MS,
    llm: llmConfigOf(e),
  };
}

/** The LLM endpoint is optional; once LLM_BASE_URL names one, LLM_MODEL must say which model to ask. */
function llmConfigOf(e: Env): LlmConfig | undefined {
  if (!e.LLM_BASE_URL) return undefined;
  if (!e.LLM_MODEL) throw new StartupError('Invalid configuration:\n  LLM_MODEL: is required when LLM_BASE_URL is set');
  return {
    baseUrl: e.LLM_BASE_URL,
    apiKey: e.LLM_API_KEY ?? 'none',
    model: e.LLM_MODEL,
    timeoutMs: e.LLM_TIMEOUT_MS,
    maxRetries: e.LLM_MAX_RETRIES,
  };
}
