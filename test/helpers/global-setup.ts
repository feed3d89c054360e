import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.ts';
import { createOrm, migrate } from '../../src/db/orm.ts';
import { createLogger } from '../../src/logger.ts';
import { pretrainTinyBase } from './model-cache.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    redisUrl: string;
    keyPrefix: string;
  }
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with "npm test" (scripts/with-services.sh)`);
  return value;
}

/**
 * One database and one Redis key prefix per test run, migrated once and removed afterwards, so
 * runs never see each other's rows or messages.
 */
export default async function setup(project: TestProject) {
  const adminUrl = required('TEST_PG_URL');
  const redisUrl = required('TEST_REDIS_URL');
  const runId = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const databaseName = `trainyard_test_${runId}`;
  const keyPrefix = `trainyard-test-${runId}:`;

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${databaseName}"`);
  const databaseUrl = new URL(adminUrl);
  databaseUrl.pathname = `/${databaseName}`;

  await pretrainTinyBase();
  const orm = await createOrm(loadConfig({ DATABASE_URL: databaseUrl.toString() }), createLogger('warn'));
  await migrate(orm);
  await orm.close(true);

  project.provide('databaseUrl', databaseUrl.toString());
  project.provide('redisUrl', redisUrl);
  project.provide('keyPrefix', keyPrefix);

  return async () => {
    await admin.query(`drop database if exists "${databaseName}" with (force)`);
    await admin.end();
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  };
}
