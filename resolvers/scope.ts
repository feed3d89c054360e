import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { Context, Viewer } from '../src/context.ts';
import { NotFoundError, UnauthenticatedError, ValidationError } from '../src/domain/errors.ts';

/** The caller's identity; scope-auth has already rejected anonymous calls before resolvers run. */
export function viewerOf(ctx: Context): Viewer {
  if (ctx.auth.kind !== 'authenticated') throw new UnauthenticatedError(ctx.auth.reason);
  return ctx.auth.viewer;
}

export function projectIdOf(ctx: Context): string {
  return viewerOf(ctx).project.id;
}

/** A row of the caller's project, or null: another project's id is indistinguishable from none. */
export function findInProject<T extends { id: string; projectId: string | null }>(
  ctx: Context,
  entity: EntityName<T>,
  id: string,
): Promise<T | null> {
  return ctx.em.findOne(entity, { id, projectId: projectIdOf(ctx) } as FilterQuery<T>);
}

/** As findInProject, but NOT_FOUND when absent (for mutations and required references). */
export async function getInProject<T extends { id: string; projectId: string | null }>(
  ctx: Context,
  entity: EntityName<T>,
  id: string,
  label: string,
): Promise<T> {
  const row = await findInProject(ctx, entity, id);
  if (!row) throw new NotFoundError(label, id);
  return row;
}

/**
 * A row an operation's `input` names at `path` (`input.modelId`): BAD_USER_INPUT on that field
 * when the project has none. NOT_FOUND is for what the operation acts on, its `id` arguments.
 */
export async function referencedInProject<T extends { id: string; projectId: string | null }>(
  ctx: Context,
  entity: EntityName<T>,
  id: string,
  path: string,
  label: string,
): Promise<T> {
  const row = await findInProject(ctx, entity, id);
  if (!row) throw ValidationError.field(path, `no such ${label} in this project`);
  return row;
}
