import { EntitySchema, type OptionalProps } from '@mikro-orm/core';
import { createdAtProperty, foreignKey } from './common.ts';

export interface GpuInfo {
  [OptionalProps]?: 'createdAt' | 'projectId' | 'gpu';
  name: string;
  memoryGb: number;
  count: number;
}

/**
 * A worker process. Workers are shared infrastructure: `projectId` null means the worker claims
 * jobs of every project; set, it serves that project only.
 */
export interface Worker {
  id: string;
  projectId: string | null;
  host: string;
  environment: string;
  trainers: string[];
  gpu: GpuInfo | null;
  status: string;
  lastHeartbeatAt: Date;
  createdAt: Date;
}

export const WorkerSchema = new EntitySchema<Worker>({
  name: 'Worker',
  tableName: 'worker',
  properties: {
    id: { type: 'uuid', primary: true },
    projectId: foreignKey('Project', 'project_id', { nullable: true, deleteRule: 'cascade' }),
    host: { type: 'text' },
    environment: { type: 'text' },
    trainers: { type: 'text[]' },
    gpu: { type: 'json', nullable: true },
    status: { type: 'text' },
    lastHeartbeatAt: { type: 'datetime', columnType: 'timestamptz(3)' },
    createdAt: createdAtProperty,
  },
  indexes: [{ properties: ['environment', 'lastHeartbeatAt'] }],
});
