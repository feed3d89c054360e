/**
 * Writes a migration for whatever the entities changed, diffing against a scratch database
 * migrated to head. Usage: `npm run migration:create` (needs PostgreSQL at DATABASE_URL).
 */
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { createOrm, migrate } from '../src/db/orm.ts';

const config = loadConfig();
if (!config.databaseUrl) throw new Error('Set DATABASE_URL to a scratch PostgreSQL database');
const orm = await createOrm(config, createLogger('warn'));
try {
  await migrate(orm);
  const initial = (await orm.getMigrator().getExecutedMigrations()).length === 0;
  const result = await orm.getMigrator().createMigration(undefined, false, initial);
  console.log(result.fileName ? `wrote ${result.fileName}: add it to src/db/migrations/index.ts` : 'no changes');
} finally {
  await orm.close(true);
}
