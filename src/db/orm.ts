import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type Options } from '@mikro-orm/core';
import { PostgreSqlDriver, type AbstractSqlDriver, type SqlEntityManager } from '@mikro-orm/postgresql';
import { PGliteDriver } from 'mikro-orm-pglite';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { StartupError } from '../startup-error.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { entities } from './entities/index.ts';
import { migrationsList } from './migrations/index.ts';

/** Both drivers are SQL drivers on the PostgreSQL platform; code depends on that much only. */
export type Orm = MikroORM<AbstractSqlDriver, SqlEntityManager>;

type OrmOptions = Options<AbstractSqlDriver, SqlEntityManager>;

function baseOptions(logger: Logger): OrmOptions {
  return {
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      // Where `npm run migration:create` writes new files; running reads `migrationsList`.
      path: fileURLToPath(new URL('./migrations', import.meta.url)),
      emit: 'ts',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    // Forks are explicit (one per operation); the global EM is never used for work.
    allowGlobalContext: false,
    debug: false,
    logger: (message) => logger.debug({ orm: message }),
    discovery: { warnWhenNoEntities: true },
  };
}

/** Where DATABASE_URL points, without its credentials: host (or socket directory) and database. */
function databaseOf(databaseUrl: string): string {
  if (!URL.canParse(databaseUrl)) return 'an address that is not a URL';
  const url = new URL(databaseUrl);
  return `${url.host || url.searchParams.get('host') || 'localhost'}${url.pathname}`;
}

/**
 * What a failed connection says. Refused on every address a name resolves to (`localhost`:
 * ::1 and 127.0.0.1), Node throws an AggregateError whose own message is empty.
 */
function connectionFailure(error: unknown): string {
  if (error instanceof AggregateError && !error.message) return error.errors.map(connectionFailure).join('; ');
  return error instanceof Error ? error.message || String((error as NodeJS.ErrnoException).code) : String(error);
}

/**
 * PostgreSQL through `pg` when DATABASE_URL is set; otherwise PGlite, persisted under the data
 * directory, so `npm start` works with nothing installed.
 */
export async function createOrm(config: Config, logger: Logger): Promise<Orm> {
  if (config.databaseUrl) {
    const databaseUrl = config.databaseUrl;
    return MikroORM.init<AbstractSqlDriver, SqlEntityManager>({
      ...baseOptions(logger),
      driver: PostgreSqlDriver,
      clientUrl: databaseUrl,
      pool: { min: 0, max: config.dbPoolMax },
      // Facet and stats statements are costed high enough to be JIT-compiled, which takes longer
      // (100+ ms, bench/SEARCH.md) than running them; nothing this API sends gains from JIT.
      driverOptions: { connection: { options: '-c jit=off' } },
    }).catch((error: unknown) => {
      const where = databaseOf(databaseUrl);
      throw new StartupError(`cannot connect to PostgreSQL at ${where} (DATABASE_URL): ${connectionFailure(error)}`, {
        cause: error,
      });
    });
  }
  const dataDir = join(config.dataDir, 'pgdata');
  mkdirSync(dataDir, { recursive: true });
  const unlock = await lockDataDir(dataDir);
  try {
    const pglite = new PGlite(dataDir);
    const orm = await MikroORM.init<AbstractSqlDriver, SqlEntityManager>({
      ...baseOptions(logger),
      driver: PGliteDriver,
      dbName: 'postgres',
      driverOptions: { connection: { pglite: () => pglite } },
    });
    const close = orm.close.bind(orm);
    orm.close = async (force?: boolean) => {
      await close(force);
      await pglite.close();
      await unlock();
    };
    return orm;
  } catch (error) {
    await unlock();
    throw error;
  }
}

export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
