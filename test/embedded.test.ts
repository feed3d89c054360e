import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { issueSecret } from '../src/domain/api-key-secret.ts';
import { graphql } from './generated/index.ts';
import { ok } from './helpers/client.ts';
import { MODEL_CACHE } from './helpers/model-cache.ts';
import { freePort, STACK_FRAME, waitFor } from './helpers/processes.ts';

const EmbBaseModels = graphql(`
  query EmbBaseModels {
    baseModels {
      id
      name
      params
    }
  }
`);

const EmbCreateSpec = graphql(`
  mutation EmbCreateSpec($input: CreateSpecInput!) {
    createSpec(input: $input) {
      spec {
        id
        name
      }
    }
  }
`);

const EmbGetSpec = graphql(`
  query EmbGetSpec($id: ID!) {
    spec(id: $id) {
      id
      name
      examples {
        input
        expected
      }
    }
  }
`);

const EmbWorkers = graphql(`
  query EmbWorkers {
    workers {
      id
    }
  }
`);

const EmbViewer = graphql(`
  query EmbViewer {
    viewer {
      project {
        name
      }
    }
  }
`);

/** PGlite's first start (initdb + migrations) takes a few seconds. */
const EmbCreateDataset = graphql(`
  mutation EmbCreateDataset($input: CreateDatasetInput!) {
    createDataset(input: $input) {
      dataset {
        id
      }
    }
  }
`);

const EmbSubmit = graphql(`
  mutation EmbSubmit($input: SubmitJobInput!) {
    submitJob(input: $input) {
      job {
        id
      }
    }
  }
`);

const EmbJob = graphql(`
  query EmbJob($id: ID!) {
    job(id: $id) {
      status
      error
      result {
        pplBaseline
        pplFinal
      }
      outputModel {
        id
        kind
      }
      metrics {
        count
      }
    }
  }
`);

const PROCESS_TIMEOUT_MS = 60_000;

const START_DEADLINE_MS = 45_000;
const EXIT_DEADLINE_MS = 10_000;
const ADMIN_KEY = /ty_[A-Za-z0-9_-]{43}/;

interface ApiProcess {
  child: ChildProcess;
  url: string;
  stdout(): string;
  /** Everything it printed, for failure messages. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const spawned = new Set<ApiProcess>();
const dataDirs: string[] = [];

async function freshDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'trainyard-embedded-'));
  dataDirs.push(dir);
  return dir;
}

/** `npm start` as a user runs it: no DATABASE_URL or REDIS_URL, so PGlite and in-process pub/sub. */
async function startApi(dataDir: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  // The embedded default, unless `env` says otherwise: the test run's own servers stay out.
  const { DATABASE_URL: _database, REDIS_URL: _redis, ...inherited } = process.env;
  const childEnv: NodeJS.ProcessEnv = {
    ...inherited,
    PORT: String(port),
    TRAINYARD_DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    ...env,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: process.cwd(),
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    output += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
  }));
  const api: ApiProcess = {
    child,
    url: `http://127.0.0.1:${port}/graphql`,
    stdout: () => stdout,
    output: () => output,
    exited,
  };
  spawned.add(api);
  void exited.then(() => spawned.delete(api));
  return api;
}

function isRunning(api: ApiProcess): boolean {
  return api.child.exitCode === null && api.child.signalCode === null;
}

/** Polls GET /readyz until 200, failing early if the process exits. */
async function waitUntilReady(api: ApiProcess): Promise<void> {
  const readyz = api.url.replace(/\/graphql$/, '/readyz');
  const deadline = Date.now() + START_DEADLINE_MS;
  while (Date.now() < deadline) {
    if (!isRunning(api)) throw new Error(`the API exited before it was ready:\n${api.output()}`);
    const status = await fetch(readyz).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the API was not ready within ${START_DEADLINE_MS} ms:\n${api.output()}`);
}

/** Waits until stdout matches `pattern` and returns the match, failing early if the process exits. */
async function waitForStdout(api: ApiProcess, pattern: RegExp): Promise<string> {
  const deadline = Date.now() + START_DEADLINE_MS;
  for (;;) {
    const match = pattern.exec(api.stdout());
    if (match) return match[0];
    if (!isRunning(api)) throw new Error(`the API exited before printing ${pattern}:\n${api.output()}`);
    if (Date.now() > deadline)
      throw new Error(`${pattern} not printed within ${START_DEADLINE_MS} ms:\n${api.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The log line main.ts writes right before the first-start banner, in the same tick: once it is
 * there, the banner is too if there is one.
 */
const LISTENING = /Trainyard is listening/;

/** SIGTERM, then the exit, which must come soon and be clean. */
async function terminate(api: ApiProcess, withinMs = EXIT_DEADLINE_MS) {
  api.child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no exit within ${withinMs} ms of SIGTERM:\n${api.output()}`)), withinMs);
  });
  return Promise.race([api.exited, deadline]).finally(() => clearTimeout(timer));
}

afterEach(async () => {
  // A test that failed half-way may leave its API running: kill it, and wait until it is gone.
  await Promise.all(
    [...spawned].map(async (api) => {
      if (isRunning(api)) api.child.kill('SIGKILL');
      await api.exited;
    }),
  );
});
afterAll(async () => {
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the embedded default (npm start with nothing installed)', () => {
  it(
    'prints an admin key on first start, serves the API, stops cleanly and keeps its data',
    async () => {
      const dataDir = await freshDataDir();
      const first = await startApi(dataDir);
      const key = await waitForStdout(first, ADMIN_KEY);
      await waitUntilReady(first);

      const { baseModels } = await ok(first.url, key, EmbBaseModels);
      expect(baseModels).toHaveLength(2);
      for (const model of baseModels) {
        expect(model.name).toEqual(expect.any(String));
        expect(model.params).toBeGreaterThan(0);
      }
      const { createSpec } = await ok(first.url, key, EmbCreateSpec, {
        input: { name: 'Persisted spec', examples: [{ input: 'hello', expected: 'world' }] },
      });

      expect(await terminate(first)).toEqual({ code: 0, signal: null });

      const second = await startApi(dataDir);
      await waitUntilReady(second);
      await waitForStdout(second, LISTENING);
      // The project exists, so nothing new is printed; the old key and the spec survived.
      expect(second.stdout()).not.toMatch(ADMIN_KEY);
      // Its worker too: the same one, not one more row per start.
      expect((await ok(second.url, key, EmbWorkers)).workers).toHaveLength(1);
      const { spec } = await ok(second.url, key, EmbGetSpec, { id: createSpec.spec.id });
      expect(spec).toEqual({
        id: createSpec.spec.id,
        name: 'Persisted spec',
        examples: [{ input: 'hello', expected: 'world' }],
      });
      expect(await terminate(second)).toEqual({ code: 0, signal: null });
    },
    PROCESS_TIMEOUT_MS * 2,
  );

  it.each<[string, (api: ApiProcess, dataDir: string) => boolean]>([
    // The embedded database's lock is taken as the app is built, before its migrations run.
    ['migrates its database', (_api, dataDir) => existsSync(join(dataDir, 'pgdata.lock'))],
    // Printed once the database is ready, before the server listens and the worker registers.
    ['starts serving', (api) => ADMIN_KEY.test(api.stdout())],
  ])(
    'stops cleanly on a SIGTERM that comes while it %s, and starts again',
    async (moment, reached) => {
      const dataDir = await freshDataDir();
      const api = await startApi(dataDir);
      await waitFor(`the API to be about to ${moment}`, async () => {
        if (!isRunning(api)) throw new Error(`the API exited:\n${api.output()}`);
        return reached(api, dataDir);
      });
      // It finishes building first (its migrations, slower under a loaded CI), then stops.
      expect(await terminate(api, START_DEADLINE_MS)).toEqual({ code: 0, signal: null });
      // Nothing started that the stop then had to undo.
      if (moment === 'migrates its database') expect(api.output()).not.toMatch(/Trainyard is listening|worker started/);

      const again = await startApi(dataDir);
      await waitUntilReady(again);
      // One of the two starts made the first project and printed its key; the other did not.
      const keys = [api, again].flatMap((start) => start.stdout().match(new RegExp(ADMIN_KEY, 'g')) ?? []);
      expect(keys).toHaveLength(1);
      expect((await ok(again.url, keys[0]!, EmbViewer)).viewer.project.name).toBe('default');
      expect(await terminate(again)).toEqual({ code: 0, signal: null });
    },
    PROCESS_TIMEOUT_MS * 2,
  );

  it(
    'uses TRAINYARD_ADMIN_KEY as the first project’s admin key, without printing it',
    async () => {
      const { secret } = issueSecret();
      const api = await startApi(await freshDataDir(), { TRAINYARD_ADMIN_KEY: secret });
      await waitUntilReady(api);
      await waitForStdout(api, LISTENING);

      const { viewer } = await ok(api.url, secret, EmbViewer);
      expect(viewer.project.name).toBe('default');
      expect(api.stdout()).not.toMatch(ADMIN_KEY);
      expect(await terminate(api)).toEqual({ code: 0, signal: null });
    },
    PROCESS_TIMEOUT_MS,
  );

  it(
    'refuses a second start on a data directory in use, and leaves the first one serving',
    async () => {
      const { secret } = issueSecret();
      const dataDir = await freshDataDir();
      const first = await startApi(dataDir, { TRAINYARD_ADMIN_KEY: secret });
      await waitUntilReady(first);
      const { createSpec } = await ok(first.url, secret, EmbCreateSpec, {
        input: { name: 'Held', examples: [{ input: 'a', expected: 'b' }] },
      });

      const second = await startApi(dataDir, { TRAINYARD_ADMIN_KEY: secret });
      expect((await second.exited).code).not.toBe(0);
      expect(second.output()).toContain('is in use by another Trainyard process');
      const { spec } = await ok(first.url, secret, EmbGetSpec, { id: createSpec.spec.id });
      expect(spec?.name).toBe('Held');
      expect(await terminate(first)).toEqual({ code: 0, signal: null });

      // A clean stop lets the directory go.
      const third = await startApi(dataDir, { TRAINYARD_ADMIN_KEY: secret });
      await waitUntilReady(third);
      expect((await ok(third.url, secret, EmbGetSpec, { id: createSpec.spec.id })).spec?.name).toBe('Held');
      expect(await terminate(third)).toEqual({ code: 0, signal: null });
    },
    PROCESS_TIMEOUT_MS * 3,
  );

  it(
    'says why it cannot start, without a stack trace, when a setting or the database is wrong',
    async () => {
      const dataDir = await freshDataDir();
      const badPort = await startApi(dataDir, { PORT: 'soon' });
      expect((await badPort.exited).code).toBe(1);
      expect(badPort.output()).toMatch(/^Trainyard could not start: Invalid configuration:\n {2}PORT: /m);
      expect(badPort.output()).not.toMatch(STACK_FRAME);

      const nowhere = `postgres://trainyard:hunter2@127.0.0.1:${await freePort()}/trainyard`;
      const noDatabase = await startApi(dataDir, { DATABASE_URL: nowhere });
      expect((await noDatabase.exited).code).toBe(1);
      expect(noDatabase.output()).toMatch(
        /^Trainyard could not start: cannot connect to PostgreSQL at 127\.0\.0\.1:\d+\/trainyard \(DATABASE_URL\): connect ECONNREFUSED/m,
      );
      expect(noDatabase.output()).not.toContain('hunter2');
      expect(noDatabase.output()).not.toMatch(STACK_FRAME);
    },
    PROCESS_TIMEOUT_MS,
  );

  it(
    'prints the admin key of a first start that fails later, so it is not lost',
    async () => {
      const dataDir = await freshDataDir();
      const taken = createServer();
      await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
      try {
        const port = String((taken.address() as AddressInfo).port);
        const failed = await startApi(dataDir, { PORT: port, HOST: '127.0.0.1' });
        expect((await failed.exited).code).toBe(1);
        expect(failed.output()).toContain(
          `Trainyard could not start: port ${port} on 127.0.0.1 is in use by another program: stop it, or set PORT`,
        );
        expect(failed.output()).not.toMatch(STACK_FRAME);
        // ws passed the failed listen on to graphql-ws, which called it an internal error of ours.
        expect(failed.output()).not.toContain('Internal error');
        const key = ADMIN_KEY.exec(failed.stdout())?.[0];
        expect(key, failed.output()).toBeDefined();

        const api = await startApi(dataDir);
        await waitUntilReady(api);
        expect((await ok(api.url, key!, EmbViewer)).viewer.project.name).toBe('default');
        expect(await terminate(api)).toEqual({ code: 0, signal: null });
      } finally {
        taken.close();
      }
    },
    PROCESS_TIMEOUT_MS * 2,
  );

  it(
    'runs jobs on its in-process worker with the built-in trainer, with nothing configured',
    async () => {
      const { secret } = issueSecret();
      const api = await startApi(await freshDataDir(), {
        TRAINYARD_ADMIN_KEY: secret,
        TRAINYARD_MODEL_CACHE: MODEL_CACHE,
      });
      await waitUntilReady(api);
      const { baseModels } = await ok(api.url, secret, EmbBaseModels);
      const tiny = baseModels.find((m) => m.name === 'trainyard-byte-tiny')!;
      const { createDataset } = await ok(api.url, secret, EmbCreateDataset, {
        input: {
          name: 'greetings',
          records: Array.from({ length: 12 }, (_, i) => ({ prompt: `greet ${i}`, completion: `hello ${i}!` })),
        },
      });
      const finetune = async (source: { baseModelId?: string; sourceModelId?: string }) => {
        const { submitJob } = await ok(api.url, secret, EmbSubmit, {
          input: {
            type: 'FINETUNE',
            idempotencyKey: `embedded-${Math.random()}`,
            datasetId: createDataset.dataset.id,
            hyperparams: { steps: 8, lr: 3e-3, loraRank: 4 },
            ...source,
          },
        });
        for (;;) {
          const { job } = await ok(api.url, secret, EmbJob, { id: submitJob.job.id });
          if (job!.status === 'COMPLETED' || job!.status === 'FAILED') return job!;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      };

      const first = await finetune({ baseModelId: tiny.id });
      expect(first.error).toBeNull();
      expect(first).toMatchObject({ status: 'COMPLETED', outputModel: { kind: 'FINETUNED' }, metrics: { count: 8 } });
      expect(first.result!.pplFinal!).toBeLessThan(first.result!.pplBaseline!);
      // Fine-tuning the fine-tuned model reads its adapter back from the database.
      const second = await finetune({ sourceModelId: first.outputModel!.id });
      expect(second.error).toBeNull();
      expect(second.status).toBe('COMPLETED');
      expect(await terminate(api)).toEqual({ code: 0, signal: null });
    },
    PROCESS_TIMEOUT_MS * 5,
  );
});
