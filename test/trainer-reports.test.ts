import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.ts';
import { ok } from './helpers/client.ts';
import { spawnWorker, stopAll, waitFor } from './helpers/processes.ts';
import { createTestProject } from './helpers/project.ts';
import { startServer, type TestServer } from './helpers/server.ts';

const Setup = graphql(`
  mutation ReportsSetup($input: CreateDatasetInput!) {
    createDataset(input: $input) {
      dataset {
        id
      }
    }
  }
`);
const BaseModels = graphql(`
  query ReportsBaseModels {
    baseModels {
      id
    }
  }
`);
const Submit = graphql(`
  mutation ReportsSubmit($input: SubmitJobInput!) {
    submitJob(input: $input) {
      job {
        id
      }
    }
  }
`);
const Reported = graphql(`
  query ReportsJob($id: ID!) {
    job(id: $id) {
      status
      error
      result {
        lossFinal
        gpuSeconds
      }
      metrics {
        points {
          step
          loss
        }
      }
      logs {
        lines {
          stream
          text
        }
      }
    }
  }
`);

let api: TestServer;
let project: { id: string; key: string };
let datasetId: string;
let baseModelId: string;

beforeAll(async () => {
  api = await startServer();
  project = await createTestProject(api);
  const { createDataset } = await ok(api.url, project.key, Setup, {
    input: { name: 'pairs', records: [{ prompt: 'x', completion: 'y' }] },
  });
  datasetId = createDataset.dataset.id;
  baseModelId = (await ok(api.url, project.key, BaseModels)).baseModels[0]!.id;
});

afterAll(async () => {
  await stopAll();
  await api?.stop();
});

const line = (message: object) => JSON.stringify(message);
const metric = (step: number, loss: unknown) => line({ type: 'metric', step, phase: 'train', loss });
const result = (figures: object = {}) =>
  line({ type: 'result', result: { lossFinal: 0.5, gpuSeconds: 2, ...figures }, outputModel: null });

interface Script {
  exitCode?: number;
  /** A line printed first: `start`, then `chars` x characters. */
  longLine?: { start?: string; chars: number };
}

/**
 * The job once a trainer that prints `lines` and exits with `exitCode` ran it to its end: on a
 * worker of its own environment, so each test's trainer gets only its own job.
 */
async function jobRunBy(lines: string[], { exitCode = 0, longLine }: Script = {}) {
  const environment = `scripted-${randomUUID().slice(0, 8)}`;
  const worker = spawnWorker({
    TRAINYARD_WORKER_PROJECT: project.id,
    TRAINYARD_ENVIRONMENT: environment,
    TRAINYARD_TRAINER_COMMAND: 'node --import tsx test/fixtures/scripted-trainer.ts',
    TRAINYARD_DATA_DIR: '/tmp/trainyard-test-reports',
    FIXTURE_LINES: JSON.stringify(lines),
    FIXTURE_EXIT_CODE: String(exitCode),
    FIXTURE_LONG_LINE_START: longLine?.start,
    FIXTURE_LONG_LINE_CHARS: String(longLine?.chars ?? 0),
  });
  const { submitJob } = await ok(api.url, project.key, Submit, {
    input: {
      type: 'FINETUNE',
      idempotencyKey: randomUUID(),
      baseModelId,
      datasetId,
      environment,
      // One attempt: a failure is the answer, not a reason to try again.
      maxRetries: 0,
    },
  });
  const job = await waitFor(
    'the job to end',
    async () => {
      const { job } = await ok(api.url, project.key, Reported, { id: submitJob.job.id });
      return ['COMPLETED', 'FAILED'].includes(job!.status) && job!;
    },
    60_000,
  );
  worker.kill();
  await worker.exited;
  return job;
}

// Each test waits up to a minute for its job to end.
describe("the worker, taking a trainer's reports", { timeout: 90_000 }, () => {
  it('says after each line it refused as a message why, and keeps the line', async () => {
    const longType = 'm'.repeat(5_000);
    const refused = [
      metric(1, 'NaN'),
      line({ type: 'metrik', step: 2 }),
      metric(-4, 1),
      line({ type: longType, step: 5 }),
    ];
    const plain = 'loading the base model';
    const job = await jobRunBy([refused[0]!, plain, ...refused.slice(1), metric(3, 0.75), result()]);
    expect(job.status).toBe('COMPLETED');
    expect(job.metrics.points).toEqual([{ step: 3, loss: 0.75 }]);
    const lines = job.logs.lines.map((l) => `${l.stream} ${l.text}`);
    const explained = (text: string) => lines.indexOf(`stdout ${text}`);
    for (const [text, why] of [
      [refused[0]!, /^stderr \[worker\] the line above is not a valid "metric" message: loss: .+/],
      [refused[1]!, /^stderr \[worker\] the line above is not a valid "metrik" message: type: .+/],
      [refused[2]!, /^stderr \[worker\] the line above is not a valid "metric" message: step: .+/],
      [refused[3]!, /^stderr \[worker\] the line above is not a valid "m{100} … \(4900 more characters cut\)" message/],
    ] as const) {
      expect(explained(text)).toBeGreaterThanOrEqual(0);
      expect(lines[explained(text) + 1]).toMatch(why);
    }
    // A plain line of output is not taken for a message and gets no note.
    expect(lines[explained(plain) + 1]).toBe(`stdout ${refused[1]}`);
    expect(lines.filter((l) => l.startsWith('stderr [worker]'))).toHaveLength(4);
  });

  it('fails the job with the reason its result was refused, a negative cost among them', async () => {
    const job = await jobRunBy([result({ gpuSeconds: -7200 })]);
    expect(job.status).toBe('FAILED');
    expect(job.error).toMatch(
      /^Trainer exited with code 0; its result was refused: result\.gpuSeconds: must be at least 0/,
    );
  });

  it('fails the job of a trainer that reported an error, even if a result and exit 0 followed', async () => {
    const job = await jobRunBy([line({ type: 'error', message: 'CUDA error: weights are garbage' }), result()]);
    expect(job.status).toBe('FAILED');
    expect(job.error).toBe('CUDA error: weights are garbage');
    expect(job.result).toBeNull();
  });

  it('keeps a long error message as the error, cut, not refused whole', async () => {
    const traceback = `Traceback (most recent call last):\n${'  File "train.py", line 1, in step\n'.repeat(500)}`;
    const job = await jobRunBy([line({ type: 'error', message: traceback })], { exitCode: 1 });
    expect(job.status).toBe('FAILED');
    expect(job.error!.startsWith(traceback.slice(0, 10_000))).toBe(true);
    expect(job.error).toMatch(new RegExp(` … \\(${traceback.length - 10_000} more characters cut\\)$`));
  });

  it('keeps a line too long to store cut, saying how much, and reads on', async () => {
    const job = await jobRunBy([metric(1, 0.5), result()], { longLine: { chars: 3_000_000 } });
    expect(job.status).toBe('COMPLETED');
    expect(job.metrics.points).toEqual([{ step: 1, loss: 0.5 }]);
    const [long] = job.logs.lines;
    expect(long!.text).toBe(`${'x'.repeat(64_000)} … (${3_000_000 - 64_000} more characters cut)`);
  });

  it('fails the job with why a result too long to be a message was refused', async () => {
    const start = `{"type": "result", "result": {"lossFinal": 0.5}, "outputModel": {"config": {"pad": "`;
    const job = await jobRunBy([], { longLine: { start, chars: 2_000_000 } });
    expect(job.status).toBe('FAILED');
    expect(job.error).toBe(
      `Trainer exited with code 0; its result was refused: the line is ${start.length + 2_000_000} characters, over the 1048576 a message may be`,
    );
  });

  it('says a result was discarded when its trainer then exited with an error code', async () => {
    const job = await jobRunBy([result()], { exitCode: 3 });
    expect(job.status).toBe('FAILED');
    expect(job.error).toBe('Trainer exited with code 3 after reporting its result, which is discarded');
  });
});
