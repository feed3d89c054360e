import { EntitySchema } from '@mikro-orm/core';
import { foreignKey, projectKey } from './common.ts';

/**
 * A file of a trained model (weights, adapter), kept in PostgreSQL so that any worker or API
 * instance can load the model, not only the machine that trained it. Trainers name their files
 * in the output model's `config.files`; the worker uploads them when the job completes.
 */
export interface ModelFile {
  modelId: string;
  name: string;
  projectId: string;
  bytes: Buffer;
  sha256: string;
}

export const ModelFileSchema = new EntitySchema<ModelFile>({
  name: 'ModelFile',
  tableName: 'model_file',
  properties: {
    modelId: { ...foreignKey('Model', 'model_id', { index: false }), primary: true },
    name: { type: 'text', primary: true },
    projectId: projectKey,
    bytes: { type: 'blob', columnType: 'bytea', lazy: true },
    sha256: { type: 'text' },
  },
});
