import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122082359 } from './Migration20261122082359.ts';
import { Migration20261122112848 } from './Migration20261122112848.ts';
import { Migration20261122133015 } from './Migration20261122133015.ts';
import { Migration20261122151036 } from './Migration20261122151036.ts';
import { Migration20261129192641 } from './Migration20261129192641.ts';
import { Migration20261129214500 } from './Migration20261129214500.ts';
import { Migration20261130000000 } from './Migration20261130000000.ts';
import { Migration20261130033000 } from './Migration20261130033000.ts';
import { Migration20261130050000 } from './Migration20261130050000.ts';
import { Migration20261130090000 } from './Migration20261130090000.ts';
import { Migration20261130150000 } from './Migration20261130150000.ts';
import { Migration20261130170000 } from './Migration20261130170000.ts';

/** Every migration, in order. `npm run migration:create` writes a file; list it here. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261122082359', class: Migration20261122082359 },
  { name: 'Migration20261122112848', class: Migration20261122112848 },
  { name: 'Migration20261122133015', class: Migration20261122133015 },
  { name: 'Migration20261122151036', class: Migration20261122151036 },
  { name: 'Migration20261129192641', class: Migration20261129192641 },
  { name: 'Migration20261129214500', class: Migration20261129214500 },
  { name: 'Migration20261130000000', class: Migration20261130000000 },
  { name: 'Migration20261130033000', class: Migration20261130033000 },
  { name: 'Migration20261130050000', class: Migration20261130050000 },
  { name: 'Migration20261130090000', class: Migration20261130090000 },
  { name: 'Migration20261130150000', class: Migration20261130150000 },
  { name: 'Migration20261130170000', class: Migration20261130170000 },
];
