import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { Context } from '../src/context.ts';
import { ModelSchema, type Model, type ModelKind } from '../src/db/entities/model.ts';
import { ConflictError } from '../src/domain/errors.ts';
import type { RegisterHuggingFaceModelInput } from '../src/domain/inputs/model.ts';
import { HUGGING_FACE_FORMAT } from '../src/domain/model-formats.ts';
import { keysetConnection, type ConnectionArgs } from './connection.ts';
import { findInProject, projectIdOf } from './scope.ts';

export function findModel(ctx: Context, id: string): Promise<Model | null> {
  return findInProject(ctx, ModelSchema, id);
}

export function listModels(ctx: Context, kind: ModelKind | null | undefined, args: ConnectionArgs) {
  const where: FilterQuery<Model> = { projectId: projectIdOf(ctx), ...(kind ? { kind } : {}) };
  return keysetConnection(args, { em: ctx.em, entity: ModelSchema, where, orderBy: 'createdAt', direction: 'desc' });
}

/** The catalog, smallest first. */
export function listBaseModels(ctx: Context): Promise<Model[]> {
  return ctx.em.find(
    ModelSchema,
    { projectId: projectIdOf(ctx), kind: 'BASE' },
    { orderBy: { params: 'asc', id: 'asc' } },
  );
}

/** A new BASE model whose weights are a Hugging Face directory on the workers. */
export async function registerHuggingFaceModel(ctx: Context, input: RegisterHuggingFaceModelInput): Promise<Model> {
  const projectId = projectIdOf(ctx);
  const config = {
    format: HUGGING_FACE_FORMAT,
    path: input.path,
    description: input.description ?? null,
    architecture: { family: 'huggingface', contextLength: input.contextLength, nLayers: input.nLayers },
  };
  const model = ctx.em.create(ModelSchema, { projectId, name: input.name, kind: 'BASE', params: input.params, config });
  try {
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw new ConflictError(`a model named "${input.name}" already exists`);
    }
    throw error;
  }
  return model;
}
