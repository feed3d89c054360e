import { EntitySchema, type OptionalProps } from '@mikro-orm/core';
import { createdAtProperty, foreignKey, idProperty, projectKey } from './common.ts';

export const MODEL_KINDS = ['BASE', 'FINETUNED', 'GROWN', 'CONTRACTED'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

/** A base model from the catalog, or one a job produced (the job links to it as its output). */
export interface Model {
  [OptionalProps]?: 'id' | 'createdAt' | 'baseModelId';
  id: string;
  projectId: string;
  name: string;
  kind: ModelKind;
  params: number;
  baseModelId: string | null;
  /** Architecture and where the weights live; read by trainers, opaque to the API. */
  config: Record<string, unknown>;
  createdAt: Date;
}

export const ModelSchema = new EntitySchema<Model>({
  name: 'Model',
  tableName: 'model',
  properties: {
    id: idProperty,
    projectId: projectKey,
    name: { type: 'text' },
    kind: { enum: true, items: () => [...MODEL_KINDS], type: 'text' },
    params: { type: 'number', columnType: 'double precision' },
    baseModelId: foreignKey('Model', 'base_model_id', { nullable: true }),
    config: { type: 'json' },
    createdAt: createdAtProperty,
  },
  uniques: [{ properties: ['projectId', 'name'] }],
  indexes: [{ properties: ['projectId', 'kind', 'createdAt', 'id'] }],
});
