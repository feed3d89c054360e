import { EntitySchema, type OptionalProps } from '@mikro-orm/core';
import { createdAtProperty, foreignKey, idProperty, projectKey } from './common.ts';

/** Training data: uploaded directly, or compiled from a spec by a run. */
export interface Dataset {
  [OptionalProps]?: 'id' | 'createdAt';
  id: string;
  projectId: string;
  name: string;
  /** `upload`, or `spec:<specId>` for datasets compiled from a behaviour spec. */
  source: string;
  recordCount: number;
  tokenEstimate: number;
  bytes: number;
  createdAt: Date;
}

export const DatasetSchema = new EntitySchema<Dataset>({
  name: 'Dataset',
  tableName: 'dataset',
  properties: {
    id: idProperty,
    projectId: projectKey,
    name: { type: 'text' },
    source: { type: 'text' },
    recordCount: { type: 'integer' },
    tokenEstimate: { type: 'integer' },
    bytes: { type: 'integer' },
    createdAt: createdAtProperty,
  },
  indexes: [{ properties: ['projectId', 'createdAt', 'id'] }],
});

/** One prompt/completion pair; `provenance` says where an augmented record came from. */
export interface DatasetRecord {
  [OptionalProps]?: 'id' | 'provenance';
  id: string;
  projectId: string;
  datasetId: string;
  position: number;
  prompt: string;
  completion: string;
  provenance: Record<string, unknown> | null;
}

export const DatasetRecordSchema = new EntitySchema<DatasetRecord>({
  name: 'DatasetRecord',
  tableName: 'dataset_record',
  properties: {
    id: idProperty,
    projectId: projectKey,
    datasetId: foreignKey('Dataset', 'dataset_id', { index: false }),
    position: { type: 'integer' },
    prompt: { type: 'text' },
    completion: { type: 'text' },
    provenance: { type: 'json', nullable: true },
  },
  uniques: [{ properties: ['datasetId', 'position'] }],
});
