import { ApiKeySchema, type ApiKey } from '../src/db/entities/api-key.ts';
import type { Context } from '../src/context.ts';
import { issueSecret } from '../src/domain/api-key-secret.ts';
import type { CreateApiKeyInput } from '../src/domain/inputs/access.ts';
import { ForbiddenError } from '../src/domain/errors.ts';
import { ADMIN_SCOPE, provisionProject, type ProvisionedProject } from '../src/projects/provision.ts';
import { keysetConnection, type ConnectionArgs } from './connection.ts';
import { changeInProject, projectIdOf, viewerOf } from './scope.ts';

/** A new tenant with its own catalog and admin key (admins only, enforced by the schema). */
export function createProject(ctx: Context, name: string): Promise<ProvisionedProject> {
  return provisionProject(ctx.em, name);
}

export async function createApiKey(ctx: Context, input: CreateApiKeyInput) {
  if (input.scopes.includes(ADMIN_SCOPE) && !viewerOf(ctx).isAdmin) {
    throw new ForbiddenError('Only an admin key can issue another admin key');
  }
  const issued = issueSecret();
  const apiKey = ctx.em.create(ApiKeySchema, {
    projectId: projectIdOf(ctx),
    label: input.label,
    prefix: issued.prefix,
    secretHash: issued.hash,
    scopes: input.scopes,
  });
  await ctx.em.flush();
  return { apiKey, secret: issued.secret };
}

/**
 * Idempotent: revoking a revoked key keeps its first revocation time. Only an admin key revokes
 * an admin key, as only one issues it: a plain key could otherwise lock its project's admins out.
 */
export async function revokeApiKey(ctx: Context, id: string): Promise<ApiKey> {
  const apiKey = await changeInProject(ctx, ApiKeySchema, id, 'ApiKey', {}, (key) => {
    if (key.scopes.includes(ADMIN_SCOPE) && !viewerOf(ctx).isAdmin) {
      throw new ForbiddenError('Only an admin key can revoke an admin key');
    }
    key.revokedAt ??= new Date();
    return key;
  });
  ctx.services.authentication.revoked(apiKey.id);
  return apiKey;
}

export function listApiKeys(ctx: Context, args: ConnectionArgs) {
  return keysetConnection(args, {
    em: ctx.em,
    entity: ApiKeySchema,
    where: { projectId: projectIdOf(ctx) },
    orderBy: 'createdAt',
    direction: 'desc',
  });
}
