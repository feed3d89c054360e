import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../src/context.ts';
import { ModelSchema, type Model, type ModelKind } from '../src/db/entities/model.ts';
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
