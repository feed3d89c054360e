import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Model } from '../db/entities/model.ts';
import { materializeModel } from '../models/model-files.ts';
import type { Services } from '../services.ts';
import type { Generation, GenerationRequest } from './generation-process.ts';

/** Generates with a model of the database: its files are materialised here first. */
export async function generateText(
  services: Services,
  em: SqlEntityManager,
  model: Pick<Model, 'id' | 'config'>,
  request: Omit<GenerationRequest, 'model'>,
  signal?: AbortSignal,
): Promise<Generation> {
  const config = await materializeModel(em, model, services.config.modelsDir);
  return services.generation.generate({ ...request, model: { key: model.id, config } }, signal);
}
