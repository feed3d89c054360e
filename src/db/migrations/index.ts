import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122082359 } from './Migration20261122082359.ts';

/** Every migration, in order. `npm run migration:create` writes a file; list it here. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261122082359', class: Migration20261122082359 },
];
