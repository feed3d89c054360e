import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { RunDriver } from '../src/runs/run-driver.ts';
import { pirateSpec } from './fixtures/pirate-spec.ts';
import { ok } from './helpers/client.ts';
import { createIsolatedDatabase, type IsolatedDatabase } from './helpers/isolated-database.ts';
import { startOpenAiCompatibleServer, type OpenAiCompatibleServer } from './helpers/openai-compatible-server.ts';
import { waitFor } from './helpers/processes.ts';
import { CancelRun, CreateSpec, StartRun } from './helpers/run-mutations.ts';
import { startServer, type TestServer } from './helpers/server.ts';

/**
 * A lease renewed every 200 s: within this file, a driver hears that its run was cancelled only
 * through the bus.
 */
const LEASE_MS = 600_000;

let database: IsolatedDatabase;
let llm: OpenAiCompatibleServer;
let server: TestServer;
let db: pg.Client;
const drivers: RunDriver[] = [];

beforeAll(async () => {
  // Its own database: a driver advances every live run it finds.
  database = await createIsolatedDatabase();
  llm = await startOpenAiCompatibleServer();
  // Augmentation answers only after the tests are over: a stage waits on the LLM until aborted.
  llm.answerWith(() => ({ content: '{"inputs": []}', delayMs: 3_600_000 }));
  server = await startServer({
    DATABASE_URL: database.url,
    TRAINYARD_KEY_PREFIX: database.keyPrefix,
    LLM_BASE_URL: llm.baseUrl,
    LLM_MODEL: 'test-model',
    LLM_MAX_RETRIES: '0',
  });
  db = new pg.Client({ connectionString: database.url });
  await db.connect();
}, 60_000);

afterAll(async () => {
  await Promise.all(drivers.map((driver) => driver.stop()));
  await db?.end();
  await server?.stop();
  await llm?.close();
  await database?.drop();
});

function startDriver(): RunDriver {
  const driver = new RunDriver(server.app.services, { concurrency: 1, leaseMs: LEASE_MS });
  drivers.push(driver);
  driver.start();
  return driver;
}

/** A run of a two-example spec, in PREPARING: its driver asks the LLM for variants of both at once. */
async function startRun(): Promise<string> {
  const spec = { ...pirateSpec, examples: pirateSpec.examples.slice(0, 2) };
  const { url, adminKey } = server;
  const specId = (await ok(url, adminKey, CreateSpec, { input: spec })).createSpec.spec.id;
  return (await ok(url, adminKey, StartRun, { specId })).startRun.run.id;
}

const pipelineOf = async (runId: string) =>
  (await db.query('select attempts, last_error, lease_token from run_pipeline where run_id = $1', [runId])).rows;

it('stops a stage in flight as soon as its run is cancelled', async () => {
  const driver = startDriver();
  const runId = await startRun();
  await waitFor('the driver to ask the LLM for variants', async () => llm.requests.length === 2);
  expect(llm.abandoned).toEqual([]);

  const { url, adminKey } = server;
  expect((await ok(url, adminKey, CancelRun, { id: runId })).cancelRun.run.status).toBe('CANCELLED');
  await waitFor('the driver to abandon both requests', async () => llm.abandoned.length === 2);
  expect(llm.requests).toHaveLength(2);

  // Once the driver is done with it, the stage is not counted as failed: it was cancelled.
  await driver.stop();
  expect(await pipelineOf(runId)).toEqual([{ attempts: 0, last_error: null, lease_token: expect.any(String) }]);
});

it('gives back, untouched, a run it claimed while it was being stopped', async () => {
  const runId = await startRun();
  const asked = llm.requests.length;
  const wakeAt = async () =>
    (await db.query<{ wake_at: Date }>('select wake_at from run_pipeline where run_id = $1', [runId])).rows[0]!.wake_at;
  const due = await wakeAt();
  // The claim is on its way to the database when the stop begins.
  const driver = startDriver();
  await driver.stop();
  expect(llm.requests).toHaveLength(asked);
  expect(await pipelineOf(runId)).toEqual([{ attempts: 0, last_error: null, lease_token: null }]);
  // Claimed and given back (due again now), not left alone.
  expect((await wakeAt()).getTime()).toBeGreaterThan(due.getTime());
});
