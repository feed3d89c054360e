import { LockMode, type EntityName, type FilterQuery } from '@mikro-orm/core';
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

/**
 * Runs `change` on the caller's project's row `id` (that also matches `where`), held FOR UPDATE
 * in a transaction that commits what `change` did once it returns; NOT_FOUND when there is none.
 * Read first and written after without the lock, two changes at once could each act on what the
 * other had already changed. A write committed while the lock waited is seen: PostgreSQL reads
 * the row again for the lock.
 */
export function changeInProject<T extends { id: string; projectId: string | null }, R>(
  ctx: Context,
  entity: EntityName<T>,
  id: string,
  label: string,
  where: FilterQuery<T>,
  change: (row: T) => R,
): Promise<R> {
  return ctx.em.transactional(async (tx) => {
    const row = await tx.findOne(entity, { ...(where as object), id, projectId: projectIdOf(ctx) } as FilterQuery<T>, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
    });
    if (!row) throw new NotFoundError(label, id);
    return change(row);
  });
}
