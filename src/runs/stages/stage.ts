import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Run } from '../../db/entities/run.ts';
import type { LlmClient } from '../../pipeline/llm-client.ts';
import type { Services } from '../../services.ts';
import type { RunLease } from '../pipeline-lease.ts';

/** What a stage of the run pipeline works with: a claimed run, under its lease. */
export interface StageContext {
  services: Services;
  em: SqlEntityManager;
  run: Run;
  lease: RunLease;
  /** The configured OpenAI-compatible endpoint, or null (local augmentation, similarity). */
  llm: LlmClient | null;
  /** Aborted when the driver stops or loses the lease. */
  signal: AbortSignal;
}

/** When the driver should look at the run again: at once (it moved on), later, or never. */
export type StageOutcome = { next: 'now' } | { next: 'later'; afterMs: number } | { next: 'done' };
