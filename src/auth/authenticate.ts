import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Authentication } from '../context.ts';
import { ApiKeySchema } from '../db/entities/api-key.ts';
import { ProjectSchema } from '../db/entities/project.ts';
import { hashSecret, isWellFormedSecret, secretMatches } from '../domain/api-key-secret.ts';
import { ADMIN_SCOPE } from '../projects/provision.ts';

/** How often `lastUsedAt` is refreshed: often enough to audit, rarely enough not to write per request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** Pulls the secret out of `Authorization: Bearer ty_…` (or a bare `ty_…`, as graphql-ws clients send). */
export function secretFromHeader(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  return match ? match[1] : header.trim();
}

interface KeyWithProjectRow extends Record<string, unknown> {
  project_name: string;
  project_created_at: Date;
}

export async function authenticate(em: SqlEntityManager, secret: string | undefined): Promise<Authentication> {
  if (!secret) {
    return { kind: 'anonymous', reason: 'Missing API key: send "Authorization: Bearer ty_…"' };
  }
  if (!isWellFormedSecret(secret)) {
    return { kind: 'anonymous', reason: 'Malformed API key: expected ty_ followed by 43 characters' };
  }
  // The key and its project in one round trip: this runs whenever a key is not in the cache
  // (authentication-cache.ts).
  const [row] = await em.execute<KeyWithProjectRow[]>(
    `select k.*, p.name as project_name, p.created_at as project_created_at
     from api_key k join project p on p.id = k.project_id where k.secret_hash = ?`,
    [hashSecret(secret)],
  );
  const { project_name: name, project_created_at: createdAt, ...keyRow } = row ?? {};
  const apiKey = row ? em.map(ApiKeySchema, keyRow) : null;
  // The lookup is by hash; the constant-time check guards against any index or collation surprise.
  if (!apiKey || !secretMatches(secret, apiKey.secretHash)) {
    return { kind: 'anonymous', reason: 'Unknown API key' };
  }
  if (apiKey.revokedAt) {
    return { kind: 'anonymous', reason: 'This API key was revoked' };
  }
  const project = em.map(ProjectSchema, { id: apiKey.projectId, name, created_at: createdAt });
  const now = Date.now();
  if (!apiKey.lastUsedAt || now - apiKey.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    apiKey.lastUsedAt = new Date(now);
    await em.nativeUpdate(ApiKeySchema, { id: apiKey.id }, { lastUsedAt: apiKey.lastUsedAt });
  }
  return {
    kind: 'authenticated',
    viewer: { project, apiKey, isAdmin: apiKey.scopes.includes(ADMIN_SCOPE) },
  };
}
