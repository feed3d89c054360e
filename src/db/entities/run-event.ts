import { EntitySchema } from '@mikro-orm/core';
import { foreignKey, projectKey } from './common.ts';

/** A run's timeline: every status transition and pipeline milestone, with its details. */
export interface RunEvent {
  runId: string;
  seq: number;
  projectId: string;
  ts: Date;
  kind: string;
  payload: Record<string, unknown>;
}

export const RunEventSchema = new EntitySchema<RunEvent>({
  name: 'RunEvent',
  tableName: 'run_event',
  properties: {
    runId: { ...foreignKey('Run', 'run_id', { index: false }), primary: true },
    seq: { type: 'integer', primary: true },
    projectId: projectKey,
    ts: { type: 'datetime', columnType: 'timestamptz(3)' },
    kind: { type: 'text' },
    payload: { type: 'json' },
  },
});
