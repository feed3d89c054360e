import { EntitySchema, type OptionalProps } from '@mikro-orm/core';
import { createdAtProperty, foreignKey, idProperty, projectKey } from './common.ts';
import type { EvalSummary } from './run.ts';

/** The fine-tuned model's answer to one spec example, scored. */
export interface Eval {
  [OptionalProps]?:
    'id' | 'createdAt' | 'reasoning' | 'previousScore' | 'scoringMethod' | 'promptTokens' | 'completionTokens';
  id: string;
  projectId: string;
  runId: string;
  /** Index of the example in the run's spec snapshot. */
  position: number;
  prompt: string;
  expected: string;
  actual: string;
  score: number;
  passed: boolean;
  reasoning: string | null;
  /** SIMILARITY also where the LLM judge failed and similarity stood in (the reasoning says why). */
  scoringMethod: EvalSummary['scoringMethod'];
  latencyMs: number;
  /** Tokens of the prompt as the model saw it, and tokens it generated. */
  promptTokens: number;
  completionTokens: number;
  previousScore: number | null;
  createdAt: Date;
}

export const EvalSchema = new EntitySchema<Eval>({
  name: 'Eval',
  tableName: 'eval',
  properties: {
    id: idProperty,
    projectId: projectKey,
    runId: foreignKey('Run', 'run_id', { index: false }),
    position: { type: 'integer' },
    prompt: { type: 'text' },
    expected: { type: 'text' },
    actual: { type: 'text' },
    score: { type: 'number', columnType: 'double precision' },
    passed: { type: 'boolean' },
    reasoning: { type: 'text', nullable: true },
    scoringMethod: { enum: true, items: () => ['LLM_JUDGE', 'SIMILARITY'], type: 'text', default: 'SIMILARITY' },
    latencyMs: { type: 'integer' },
    promptTokens: { type: 'integer', default: 0 },
    completionTokens: { type: 'integer', default: 0 },
    previousScore: { type: 'number', columnType: 'double precision', nullable: true },
    createdAt: createdAtProperty,
  },
  uniques: [{ properties: ['runId', 'position'] }],
  // run.evals is worst first.
  indexes: [{ properties: ['runId', 'score', 'id'] }],
});
