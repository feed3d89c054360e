/** `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded database). */
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { createOrm, migrate } from './orm.ts';

const config = loadConfig();
const orm = await createOrm(config, createLogger(config.logLevel));
try {
  const applied = await migrate(orm);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
} finally {
  await orm.close(true);
}
