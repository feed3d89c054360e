import { EntitySchema, type OptionalProps } from '@mikro-orm/core';
import { createdAtProperty, foreignKey, idProperty, projectKey } from './common.ts';

/** The fine-tuned model's answer to one spec example, scored. */
export interface Eval {
  [OptionalProps]?: 'id' | 'createdAt' | 'reasoning' | 'previousScore';
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
  latencyMs: number;
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
    latencyMs: { type: 'integer' },
    previousScore: { type: 'number', columnType: 'double precision', nullable: true },
    createdAt: createdAtProperty,
  },
  uniques: [{ properties: ['runId', 'position'] }],
  // run.evals is worst first.
  indexes: [{ properties: ['runId', 'score', 'id'] }],
});
