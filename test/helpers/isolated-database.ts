import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createOrm, migrate } from '../../src/db/orm.ts';
import { createLogger } from '../../src/logger.ts';

export interface IsolatedDatabase {
  url: string;
  /** A Redis key prefix of its own, so its API processes share messages with nobody else. */
  keyPrefix: string;
  drop(): Promise<void>;
}

/**
 * A migrated database of its own on the run's PostgreSQL, for tests whose API processes drive
 * every live run they find: they must not advance the runs other test files created.
 */
export async function createIsolatedDatabase(): Promise<IsolatedDatabase> {
  const shared = new URL(inject('databaseUrl'));
  const name = `${shared.pathname.slice(1)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: inject('databaseUrl') });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const url = new URL(shared);
  url.pathname = `/${name}`;
  const orm = await createOrm(loadConfig({ DATABASE_URL: url.toString() }), createLogger('warn'));
  await migrate(orm);
  await orm.close(true);
  return {
    url: url.toString(),
    keyPrefix: `${inject('keyPrefix')}${name}:`,
    async drop() {
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
