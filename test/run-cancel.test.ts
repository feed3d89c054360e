import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { RunDriver } from '../src/runs/run-driver.ts';
import { graphql } from './generated/index.ts';
import { ok } from './helpers/client.ts';
import { createIsolatedDatabase, type IsolatedDatabase } from './helpers/isolated-database.ts';
import { startOpenAiCompatibleServer, type OpenAiCompatibleServer } from './helpers/openai-compatible-server.ts';
import { waitFor } from './helpers/processes.ts';
import { startServer, type TestServer } from './helpers/server.ts';

const CreateSpec = graphql(`
  mutation CancelCreateSpec($input: CreateSpecInput!) {
    createSpec(input: $input) {
      spec {
        id
      }
    }
  }
`);
const StartRun = graphql(`
  mutation CancelStartRun($specId: ID!) {
    startRun(specId: $specId) {
      run {
        id
      }
    }
  }
`);
const CancelRun = graphql(`
  mutation CancelCancelRun($id: ID!) {
    cancelRun(id: $id) {
      run {
        status
      }
    }
  }
`);

/**
 * A lease renewed every 200 s: within this file, only the bus can tell the driver that its run
 * was cancelled.
 */
const LEASE_MS = 600_000;

let database: IsolatedDatabase;
let llm: OpenAiCompatibleServer;
let server: TestServer;
let driver: RunDriver;

beforeAll(async () => {
  // Its own database: the driver advances every live run it finds.
  database = await createIsolatedDatabase();
  llm = await startOpenAiCompatibleServer();
  server = await startServer({
    DATABASE_URL: database.url,
    TRAINYARD_KEY_PREFIX: database.keyPrefix,
    LLM_BASE_URL: llm.baseUrl,
    LLM_MODEL: 'test-model',
    LLM_MAX_RETRIES: '0',
  });
  driver = new RunDriver(server.app.services, { concurrency: 1, leaseMs: LEASE_MS });
  driver.start();
}, 60_000);

afterAll(async () => {
  await driver?.stop();
  await server?.stop();
  await llm?.close();
  await database?.drop();
});

it('stops a stage in flight as soon as its run is cancelled', async () => {
  // Augmentation answers only after the test is over: the stage waits on the LLM until aborted.
  llm.answerWith(() => ({ content: '{"inputs": []}', delayMs: 3_600_000 }));
  const { url, adminKey } = server;
  const spec = {
    name: 'pirate',
    systemPrompt: 'Reply like a pirate.',
    examples: [
      { input: 'Good morning', expected: 'Ahoy, a fine morning to ye!' },
      { input: 'Thank you', expected: 'Much obliged, ye scallywag!' },
    ],
  };
  const specId = (await ok(url, adminKey, CreateSpec, { input: spec })).createSpec.spec.id;
  const run = (await ok(url, adminKey, StartRun, { specId })).startRun.run;
  await waitFor('the driver to ask the LLM for variants', async () => llm.requests.length === 2);
  expect(llm.abandoned).toEqual([]);

  expect((await ok(url, adminKey, CancelRun, { id: run.id })).cancelRun.run.status).toBe('CANCELLED');
  await waitFor('the driver to abandon both requests', async () => llm.abandoned.length === 2);
  expect(llm.requests).toHaveLength(2);

  // Once the driver is done with it, the stage is not counted as failed: it was cancelled.
  await driver.stop();
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  try {
    const { rows } = await db.query('select attempts, last_error from run_pipeline where run_id = $1', [run.id]);
    expect(rows).toEqual([{ attempts: 0, last_error: null }]);
  } finally {
    await db.end();
  }
});
