import { EntitySchema, type OptionalProps } from '@mikro-orm/core';
import { createdAtProperty, idProperty, projectKey } from './common.ts';

/** A project's credential. Only the SHA-256 of the secret is stored; `prefix` is for display. */
export interface ApiKey {
  [OptionalProps]?: 'id' | 'createdAt' | 'scopes' | 'lastUsedAt' | 'revokedAt';
  id: string;
  projectId: string;
  label: string;
  prefix: string;
  secretHash: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export const ApiKeySchema = new EntitySchema<ApiKey>({
  name: 'ApiKey',
  tableName: 'api_key',
  properties: {
    id: idProperty,
    projectId: projectKey,
    label: { type: 'text' },
    prefix: { type: 'text' },
    secretHash: { type: 'text', unique: true },
    scopes: { type: 'text[]', default: '{}' },
    createdAt: createdAtProperty,
    lastUsedAt: { type: 'datetime', columnType: 'timestamptz(3)', nullable: true },
    revokedAt: { type: 'datetime', columnType: 'timestamptz(3)', nullable: true },
  },
  indexes: [{ properties: ['projectId', 'createdAt'] }],
});
