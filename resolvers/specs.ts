import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../src/context.ts';
import { BehaviorSpecSchema, type BehaviorSpec } from '../src/db/entities/behavior-spec.ts';
import { NotFoundError } from '../src/domain/errors.ts';
import type { CreateSpecInput, UpdateSpecInput } from '../src/domain/inputs/spec.ts';
import { keysetConnection, type ConnectionArgs } from './connection.ts';
import { changeInProject, projectIdOf } from './scope.ts';

/** Live specs of the caller's project; deleted specs stay readable only through their runs. */
function liveSpec(ctx: Context, id: string): Promise<BehaviorSpec | null> {
  return ctx.em.findOne(BehaviorSpecSchema, { id, projectId: projectIdOf(ctx), deletedAt: null });
}

export async function getLiveSpec(ctx: Context, id: string): Promise<BehaviorSpec> {
  const spec = await liveSpec(ctx, id);
  if (!spec) throw new NotFoundError('BehaviorSpec', id);
  return spec;
}

export const findSpec = liveSpec;

export function listSpecs(ctx: Context, search: string | null | undefined, args: ConnectionArgs) {
  const where: FilterQuery<BehaviorSpec> = { projectId: projectIdOf(ctx), deletedAt: null };
  const term = search?.trim();
  if (term) {
    const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.$or = [{ name: { $ilike: pattern } }, { description: { $ilike: pattern } }, { tags: { $overlap: [term] } }];
  }
  return keysetConnection(args, {
    em: ctx.em,
    entity: BehaviorSpecSchema,
    where,
    orderBy: 'createdAt',
    direction: 'desc',
  });
}

export async function createSpec(ctx: Context, input: CreateSpecInput): Promise<BehaviorSpec> {
  const spec = ctx.em.create(BehaviorSpecSchema, {
    projectId: projectIdOf(ctx),
    name: input.name,
    description: input.description ?? null,
    systemPrompt: input.systemPrompt ?? null,
    examples: input.examples,
    tags: input.tags ?? [],
    updatedAt: new Date(),
  });
  await ctx.em.flush();
  return spec;
}

/** Edits the spec only; runs keep the snapshot they froze when they started. */
export function updateSpec(ctx: Context, id: string, input: UpdateSpecInput): Promise<BehaviorSpec> {
  return changeInProject(ctx, BehaviorSpecSchema, id, 'BehaviorSpec', { deletedAt: null }, (spec) => {
    if (input.name !== undefined) spec.name = input.name;
    if (input.description !== undefined) spec.description = input.description;
    if (input.systemPrompt !== undefined) spec.systemPrompt = input.systemPrompt;
    if (input.examples !== undefined) spec.examples = input.examples;
    if (input.tags !== undefined) spec.tags = input.tags;
    return spec;
  });
}

/** Soft delete: the spec leaves every list, while its runs still show what they trained on. */
export function deleteSpec(ctx: Context, id: string): Promise<string> {
  return changeInProject(ctx, BehaviorSpecSchema, id, 'BehaviorSpec', { deletedAt: null }, (spec) => {
    spec.deletedAt = new Date();
    return spec.id;
  });
}
