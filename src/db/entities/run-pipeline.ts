import { EntitySchema, type OptionalProps } from '@mikro-orm/core';
import { foreignKey, projectKey } from './common.ts';

/**
 * The durable state of a run's pipeline, apart from the run itself: which driver holds it (a
 * lease, like a job's) and when it next needs attention. Any API instance can pick a run up
 * where another left it, so a restart mid-run loses nothing.
 */
export interface RunPipeline {
  [OptionalProps]?: 'leaseToken' | 'leaseExpiresAt' | 'attempts' | 'lastError';
  runId: string;
  projectId: string;
  leaseToken: string | null;
  leaseExpiresAt: Date | null;
  /** The driver looks at the run again no earlier than this. */
  wakeAt: Date;
  /** Times a stage was interrupted or failed transiently; the run fails past a limit. */
  attempts: number;
  lastError: string | null;
}

const timestamp = { type: 'datetime', columnType: 'timestamptz(3)' } as const;

export const RunPipelineSchema = new EntitySchema<RunPipeline>({
  name: 'RunPipeline',
  tableName: 'run_pipeline',
  properties: {
    runId: { ...foreignKey('Run', 'run_id', { index: false }), primary: true },
    projectId: projectKey,
    leaseToken: { type: 'uuid', nullable: true },
    leaseExpiresAt: { ...timestamp, nullable: true },
    wakeAt: timestamp,
    attempts: { type: 'integer', default: 0 },
    lastError: { type: 'text', nullable: true },
  },
  indexes: [{ properties: ['wakeAt'] }],
});
