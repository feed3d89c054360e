import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from './generated/index.ts';
import { errorCode, execute, ok } from './helpers/client.ts';
import {
  spawnWorker,
  STACK_FRAME,
  stopAll,
  waitFor,
  type SpawnedProcess,
  type SpawnOptions,
} from './helpers/processes.ts';
import { createTestProject } from './helpers/project.ts';
import { startServer, type TestServer } from './helpers/server.ts';
import { collect } from './helpers/streams.ts';
import { connectWs } from './helpers/subscriptions.ts';

const Setup = graphql(`
  mutation WorkSetup($input: CreateDatasetInput!) {
    createDataset(input: $input) {
      dataset {
        id
      }
    }
  }
`);
const BaseModels = graphql(`
  query WorkBaseModels {
    baseModels {
      id
    }
  }
`);
const Submit = graphql(`
  mutation WorkSubmit($input: SubmitJobInput!) {
    submitJob(input: $input) {
      job {
        id
        status
      }
      created
    }
  }
`);
const JobState = graphql(`
  query WorkJobState($id: ID!) {
    job(id: $id) {
      id
      status
      retries
      interruptions
      lastCheckpointStep
      error
      worker {
        id
      }
      result {
        lossFinal
        paramsAfter
      }
      outputModel {
        id
        kind
        name
      }
      metrics {
        count
        latestStep
        latestSeq
        points {
          seq
          step
          attempt
          loss
        }
      }
      logs(limit: 5000) {
        latestSeq
        lines {
          seq
          text
        }
      }
      events {
        kind
        payload
      }
    }
  }
`);
const Cancel = graphql(`
  mutation WorkCancel($id: ID!) {
    cancelJob(id: $id) {
      job {
        id
        status
      }
    }
  }
`);
const Metrics = graphql(`
  subscription WorkMetrics($jobId: ID!, $afterSeq: Int) {
    jobMetrics(jobId: $jobId, afterSeq: $afterSeq) {
      seq
      step
      attempt
      loss
    }
  }
`);
const EligibleWorkers = graphql(`
  query WorkEligibleWorkers($id: ID!) {
    job(id: $id) {
      status
      eligibleWorkers {
        id
        environment
      }
    }
  }
`);
const Logs = graphql(`
  subscription WorkLogs($jobId: ID!, $afterSeq: Int) {
    jobLogs(jobId: $jobId, afterSeq: $afterSeq) {
      seq
      text
    }
  }
`);

let apiA: TestServer;
let apiB: TestServer;
let project: { id: string; key: string };
let datasetId: string;
let baseModelId: string;
const workers: SpawnedProcess[] = [];

const WorkerStatuses = graphql(`
  query WorkerStatuses {
    workers {
      id
      status
    }
  }
`);

/** Live processes whose command line holds `text`, read from /proc. */
const processesNaming = (text: string) =>
  readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
      } catch {
        return false; // it ended while the list was read
      }
    });

const WORKER_DATA_DIR = '/tmp/trainyard-test-workers';
/** Where every worker of this file keeps a job's files (workers/config.ts, job-workspace.ts). */
const workDirOf = (jobId: string) => join(WORKER_DATA_DIR, 'work', jobId);

/** Workers serve only this file's project, so jobs other test files queue stay theirs. */
function startWorker(env: Record<string, string> = {}, options?: SpawnOptions): SpawnedProcess {
  const worker = spawnWorker(
    {
      TRAINYARD_WORKER_ID: randomUUID(),
      TRAINYARD_WORKER_PROJECT: project.id,
      TRAINYARD_LEASE_MS: '2000',
      TRAINYARD_DATA_DIR: WORKER_DATA_DIR,
      FIXTURE_STEP_MS: '40',
      FIXTURE_CHECKPOINT_EVERY: '10',
      ...env,
    },
    options,
  );
  workers.push(worker);
  return worker;
}

async function submit(steps: number, maxRetries?: number) {
  const { submitJob } = await ok(apiB.url, project.key, Submit, {
    input: {
      type: 'FINETUNE',
      idempotencyKey: randomUUID(),
      baseModelId,
      datasetId,
      maxRetries,
      hyperparams: { steps, lr: 0.05 },
    },
  });
  return submitJob.job.id;
}

const jobState = async (id: string) => (await ok(apiA.url, project.key, JobState, { id })).job!;
type JobView = Awaited<ReturnType<typeof jobState>>;

/** The status moves of a job's claims, from its timeline: [from, to] of each `claimed` event. */
const claimMoves = (job: JobView) =>
  job.events
    .filter((e) => e.kind === 'claimed')
    .map((e) => {
      const { from, to } = e.payload as { from: string; to: string };
      return [from, to];
    });

/** Polls the job until `reached` holds, and returns it as it was then. */
const untilJob = (what: string, id: string, reached: (job: JobView) => boolean, ms?: number) =>
  waitFor(
    what,
    async () => {
      const job = await jobState(id);
      return reached(job) && job;
    },
    ms,
  );

/**
 * A project of its own, served by one worker started with `env` (a fixture behaviour, a trainer
 * command): its jobs reach no other worker, and no other job reaches it.
 */
async function projectWithOwnWorker(env: Record<string, string>, options?: SpawnOptions) {
  const own = await createTestProject(apiA);
  const { createDataset } = await ok(apiA.url, own.key, Setup, {
    input: { name: 'pairs', records: [{ prompt: 'x', completion: 'y' }] },
  });
  const ownBase = (await ok(apiA.url, own.key, BaseModels)).baseModels[0]!.id;
  const worker = startWorker({ TRAINYARD_WORKER_PROJECT: own.id, ...env }, options);
  const state = async (id: string) => (await ok(apiA.url, own.key, JobState, { id })).job!;
  return {
    id: own.id,
    key: own.key,
    worker,
    state,
    /** Submits a FINETUNE job on the project's dataset and base model; returns its id. */
    async submit(input: {
      hyperparams?: { steps: number; lr: number; outputName?: string };
      maxRetries?: number;
      environment?: string;
    }) {
      const { submitJob } = await ok(apiB.url, own.key, Submit, {
        input: {
          type: 'FINETUNE',
          idempotencyKey: randomUUID(),
          baseModelId: ownBase,
          datasetId: createDataset.dataset.id,
          ...input,
        },
      });
      return submitJob.job.id;
    },
    /** The job once it reached `status`: the first job also waits for the worker to start. */
    reached: (id: string, status: string) =>
      waitFor(
        `the job to be ${status}`,
        async () => {
          const job = await state(id);
          return job.status === status && job;
        },
        60_000,
      ),
  };
}

/** The live worker process holding a job (its log lines carry its worker id). */
const holderOf = (job: JobView): SpawnedProcess | undefined =>
  workers.find((w) => w.child.exitCode === null && w.output().includes(job.worker!.id));

beforeAll(async () => {
  [apiA, apiB] = await Promise.all([startServer(), startServer()]);
  project = await createTestProject(apiA);
  const { createDataset } = await ok(apiA.url, project.key, Setup, {
    input: { name: 'pairs', records: [{ prompt: 'x', completion: 'y' }] },
  });
  datasetId = createDataset.dataset.id;
  baseModelId = (await ok(apiA.url, project.key, BaseModels)).baseModels[0]!.id;
  // Two worker processes serve this file's project; a test that kills one starts a replacement.
  startWorker();
  startWorker();
});

afterAll(async () => {
  await stopAll();
  await Promise.all([apiA?.stop(), apiB?.stop()]);
});

/** Steps 1..n, each exactly once, in order: the effective series of a job with no lost step. */
const expectCompleteSeries = (steps: number[], n: number) =>
  expect(steps).toEqual(Array.from({ length: n }, (_, i) => i + 1));

describe('workers', () => {
  it('hands a job back when its worker is stopped with SIGTERM, and another worker resumes it', async () => {
    // maxRetries 0: a clean hand-back is no interruption (four deploys failed a job).
    const jobId = await submit(50, 0);
    const running = await untilJob(
      'the job to run',
      jobId,
      (job) => job.status === 'RUNNING' && job.metrics.count >= 5,
    );
    const holder = holderOf(running)!;
    holder.kill('SIGTERM');
    expect((await holder.exited).code).toBe(0);
    startWorker();
    const done = await untilJob('completion', jobId, (job) => job.status === 'COMPLETED', 30_000);
    const kinds = done.events.map((e) => e.kind);
    expect(kinds).toContain('queued');
    expect(claimMoves(done)).toEqual([
      ['QUEUED', 'RUNNING'],
      ['QUEUED', 'RUNNING'],
    ]);
    const handBack = done.events.find((e) => (e.payload as { reason?: string }).reason === 'worker stopping');
    expect(handBack?.kind).toBe('queued');
    expect([done.retries, done.interruptions]).toEqual([1, 0]);
    expectCompleteSeries(
      done.metrics.points.map((p) => p.step),
      50,
    );
  });

  it('kills its trainer when a second signal makes it exit without waiting', async () => {
    // A trainer slow to checkpoint keeps the first signal's clean stop waiting.
    const own = await projectWithOwnWorker({ FIXTURE_IGNORE_SIGTERM: '1' });
    const jobId = await own.submit({ hyperparams: { steps: 400, lr: 0.05 } });
    await waitFor('three steps', async () => (await own.state(jobId)).metrics.count >= 3);
    // The trainer's command line names its job file, in the job's work directory.
    expect(processesNaming(jobId)).not.toEqual([]);
    own.worker.kill('SIGINT');
    await waitFor('the stop to begin', async () => own.worker.output().includes('stopping:'));
    own.worker.kill('SIGINT');
    expect((await own.worker.exited).code).toBe(1);
    await waitFor('the trainer to be gone', async () => processesNaming(jobId).length === 0, 5_000);
  });

  it('refuses to start with a setting it cannot read, naming it, not with a stack', async () => {
    const worker = startWorker({
      TRAINYARD_WORKER_ID: 'gpu-box-1',
      TRAINYARD_LEASE_MS: 'soon',
      // The shipped trainers' own setting: 0 made the built-in one never checkpoint.
      TRAINYARD_CHECKPOINT_EVERY: '0',
    });
    expect((await worker.exited).code).not.toBe(0);
    expect(worker.output()).toMatch(
      /Invalid configuration:\n {2}TRAINYARD_CHECKPOINT_EVERY: .+\n {2}TRAINYARD_WORKER_ID: .+\n {2}TRAINYARD_LEASE_MS: /,
    );
    expect(worker.output()).not.toContain('ZodError');
    expect(worker.output()).toMatch(/^Trainyard could not start: Invalid configuration:/m);
    expect(worker.output()).not.toMatch(STACK_FRAME);
  });

  it('checkpoints where it stopped on Ctrl-C in a terminal, which signals its whole process group', async () => {
    // No checkpoint on the way: one can only come from the stop.
    const own = await projectWithOwnWorker({ FIXTURE_CHECKPOINT_EVERY: '100000' }, { ownProcessGroup: true });
    const jobId = await own.submit({ hyperparams: { steps: 400, lr: 0.05 } });
    await waitFor('five steps', async () => {
      const job = await own.state(jobId);
      return job.status === 'RUNNING' && job.metrics.count >= 5;
    });
    process.kill(-own.worker.child.pid!, 'SIGINT');
    expect((await own.worker.exited).code).toBe(0);
    const handedBack = await own.state(jobId);
    expect(handedBack.status).toBe('QUEUED');
    expect(handedBack.lastCheckpointStep).toBeGreaterThanOrEqual(5);
  });

  it('streams what a worker reports, through instance B, to a subscriber on instance A, exactly once', async () => {
    const client = connectWs(apiA.wsUrl, project.key);
    try {
      const jobId = await submit(30);
      const [points, lines] = await Promise.all([
        collect(client, Metrics, { jobId }, (d) => d.jobMetrics),
        collect(client, Logs, { jobId }, (d) => d.jobLogs),
      ]);
      const job = await jobState(jobId);
      expect(job.status).toBe('COMPLETED');
      expect(points.map((p) => p.seq)).toEqual(job.metrics.points.map((p) => p.seq));
      expectCompleteSeries(
        points.map((p) => p.step),
        30,
      );
      expect(lines.map((l) => l.seq)).toEqual(Array.from({ length: job.logs.latestSeq! }, (_, i) => i + 1));
      expect(job.outputModel?.kind).toBe('FINETUNED');
      expect(job.events.map((e) => e.kind)).toEqual(
        expect.arrayContaining(['queued', 'claimed', 'phase', 'checkpoint', 'completed']),
      );
      // The loss curve comes from real gradient steps: it falls.
      expect(points.at(-1)!.loss!).toBeLessThan(points[0]!.loss!);
    } finally {
      await client.close();
    }
  });

  it('resumes a job from its checkpoint on another worker when its worker is killed', async () => {
    const jobId = await submit(60);
    const held = await untilJob(
      'a second checkpoint',
      jobId,
      (job) => job.status === 'RUNNING' && job.lastCheckpointStep >= 20,
    );
    const holder = holderOf(held);
    expect(holder, 'the worker holding the job').toBeDefined();
    holder!.kill('SIGKILL');
    await holder!.exited;
    // Nobody can claim the job before its lease expires: the directory is as the dead worker left
    // it. The durable checkpoint is there, the ones it superseded are not (one the trainer wrote
    // but the worker never recorded may be).
    const durable = (await jobState(jobId)).lastCheckpointStep;
    const kept = readdirSync(workDirOf(jobId)).flatMap((name) => /^checkpoint-(\d+)\.json$/.exec(name)?.[1] ?? []);
    expect(kept.map(Number)).toContain(durable);
    expect(Math.min(...kept.map(Number))).toBe(durable);
    startWorker();

    const done = await untilJob('completion', jobId, (job) => job.status === 'COMPLETED', 30_000);
    expect(done.retries).toBe(1);
    const steps = done.metrics.points.map((p) => p.step);
    expectCompleteSeries(steps, 60);
    const resumedFrom = done.events
      .filter((e) => e.kind === 'claimed')
      .map((e) => (e.payload as { resumeStep: number }).resumeStep);
    expect(resumedFrom).toHaveLength(2);
    // Taken over from a dead worker: the job was still RUNNING when the second one claimed it.
    expect(claimMoves(done)).toEqual([
      ['QUEUED', 'RUNNING'],
      ['RUNNING', 'RUNNING'],
    ]);
    const checkpoint = resumedFrom[1]!;
    expect(checkpoint).toBeGreaterThanOrEqual(10);
    for (const point of done.metrics.points) expect(point.attempt).toBe(point.step <= checkpoint ? 1 : 2);
    await waitFor("the completed job's directory to be deleted", async () => !existsSync(workDirOf(jobId)));
  });

  it('keeps what a trainer prints with NUL characters, as U+FFFD, and completes the job', async () => {
    // Only this worker's trainer prints NULs.
    const own = await projectWithOwnWorker({ FIXTURE_NUL_OUTPUT: '1' });
    const done = await own.reached(await own.submit({ hyperparams: { steps: 5, lr: 0.05 } }), 'COMPLETED');
    expect(done.retries).toBe(0);
    const texts = done.logs.lines.map((l) => l.text);
    for (const text of ['raw\uFFFDstdout', 'raw\uFFFDstderr', 'logged\uFFFDtext', '[phase] warm\uFFFDup']) {
      expect(texts).toContain(text);
    }
    expect(done.events.find((e) => e.kind === 'phase')?.payload).toEqual({ phase: 'warm\uFFFDup', note: 'a\uFFFDb' });
  });

  it('completes a job whose trainer reported its result when its worker is stopped', async () => {
    const own = await projectWithOwnWorker({ FIXTURE_LINGER_MS: '20000' });
    const jobId = await own.submit({ hyperparams: { steps: 5, lr: 0.05 } });
    await waitFor('the result', async () =>
      (await own.state(jobId)).logs.lines.some((l) => l.text === 'result reported; lingering'),
    );
    own.worker.kill('SIGTERM');
    expect((await own.worker.exited).code).toBe(0);
    const done = await own.state(jobId);
    expect(done.status).toBe('COMPLETED');
    expect(done.retries).toBe(0);
    expect(done.result?.lossFinal).toBeTypeOf('number');
    expect(done.events.filter((e) => e.kind === 'queued')).toHaveLength(1);
  });

  it("starts every job's timeline with queued, however soon a worker claims it", async () => {
    // A worker polling every 10 ms claims a job the moment it is committed.
    const own = await projectWithOwnWorker({ TRAINYARD_POLL_MS: '10', FIXTURE_STEP_MS: '0' });
    for (let round = 0; round < 25; round += 1) {
      const done = await own.reached(await own.submit({ hyperparams: { steps: 1, lr: 0.05 } }), 'COMPLETED');
      expect(done.events.slice(0, 2).map((e) => e.kind)).toEqual(['queued', 'claimed']);
    }
    // 25 jobs in a row: about 20 s on a quiet two-core machine.
  }, 120_000);

  it('reads a killed worker as lost once its heartbeats stop, and one that shut down as stopped', async () => {
    const [killedId, stoppedId] = [randomUUID(), randomUUID()];
    const killed = startWorker({ TRAINYARD_WORKER_ID: killedId });
    const stopped = startWorker({ TRAINYARD_WORKER_ID: stoppedId });
    const statuses = async () =>
      new Map((await ok(apiA.url, project.key, WorkerStatuses)).workers.map((w) => [w.id, w.status]));
    const alive = ['idle', 'busy'];
    await waitFor(
      'both workers to heartbeat',
      async () => {
        const now = await statuses();
        return alive.includes(now.get(killedId) ?? '') && alive.includes(now.get(stoppedId) ?? '');
      },
      60_000,
    );
    killed.kill('SIGKILL');
    stopped.kill('SIGTERM');
    expect(await stopped.exited, stopped.output()).toEqual({ code: 0, signal: null });
    // Fifteen seconds without a heartbeat (WORKER_LOST_AFTER_MS).
    await waitFor('the killed worker to read as lost', async () => (await statuses()).get(killedId) === 'lost', 60_000);
    expect((await statuses()).get(stoppedId)).toBe('stopped');
  }, 120_000);

  it('lists the live workers that would claim a job, and none for an environment no worker serves', async () => {
    const [served, unserved] = [`gpu-${randomUUID()}`, `gpu-${randomUUID()}`];
    const own = await projectWithOwnWorker({ TRAINYARD_ENVIRONMENT: served });
    const eligible = async (id: string) => (await ok(apiA.url, own.key, EligibleWorkers, { id })).job!;
    const stranded = await own.submit({ environment: unserved, hyperparams: { steps: 3, lr: 0.05 } });
    // 500 steps of 40 ms hold the worker while the checks below run.
    const long = await own.submit({ environment: served, hyperparams: { steps: 500, lr: 0.05 } });
    const running = await own.reached(long, 'RUNNING');
    const waiting = await own.submit({ hyperparams: { steps: 3, lr: 0.05 } }); // any environment
    const mine = [{ id: running.worker!.id, environment: served }];

    expect(await eligible(stranded)).toEqual({ status: 'QUEUED', eligibleWorkers: [] });
    expect(await eligible(long)).toEqual({ status: 'RUNNING', eligibleWorkers: mine });
    expect(await eligible(waiting)).toEqual({ status: 'QUEUED', eligibleWorkers: mine });
    // A job that has ended is no worker's to claim.
    await ok(apiA.url, own.key, Cancel, { id: waiting });
    expect(await eligible(waiting)).toEqual({ status: 'CANCELLED', eligibleWorkers: [] });

    // A worker that shut down is no longer one that may run them; it handed its job back.
    own.worker.kill('SIGTERM');
    expect(await own.worker.exited, own.worker.output()).toEqual({ code: 0, signal: null });
    expect(await eligible(long)).toEqual({ status: 'QUEUED', eligibleWorkers: [] });
    expect(await eligible(stranded)).toEqual({ status: 'QUEUED', eligibleWorkers: [] });
  }, 90_000);

  it('hands back an attempt that failed at once, and names its cause when it gives up', async () => {
    const own = await projectWithOwnWorker({ TRAINYARD_TRAINER_COMMAND: '/nonexistent/trainer' });
    const failed = await own.reached(await own.submit({ maxRetries: 1 }), 'FAILED');
    expect(failed.error).toBe(
      'Gave up after 2 interrupted attempt(s) (maxRetries 1); the last one failed: spawn /nonexistent/trainer ENOENT',
    );
    const handedBack = failed.events.filter((e) => (e.payload as { reason?: string }).reason === 'attempt failed');
    expect(handedBack).toHaveLength(2);
  });

  it('fails a job with a clear error once it was interrupted more than maxRetries times', async () => {
    const jobId = await submit(200, 0);
    const running = await untilJob('the job to run', jobId, (job) => job.status === 'RUNNING' && job.metrics.count > 0);
    const holder = holderOf(running)!;
    holder.kill('SIGKILL');
    startWorker();
    const failed = await untilJob('the job to fail', jobId, (job) => job.status === 'FAILED', 30_000);
    expect([failed.retries, failed.interruptions]).toEqual([1, 1]);
    expect(failed.error).toBe('Gave up after 1 interrupted attempt(s) (maxRetries 0)');
    // The claim that gave up is on the timeline too, before the failure it led to.
    expect(claimMoves(failed)).toEqual([
      ['QUEUED', 'RUNNING'],
      ['RUNNING', 'RUNNING'],
    ]);
    expect(failed.events.at(-1)?.kind).toBe('failed');
  });

  it('completes a job at once when another takes its model name as it finishes, naming its model apart', async () => {
    const own = await projectWithOwnWorker({});
    const name = `contested-${randomUUID().slice(0, 8)}`;
    // Another job's completion, caught between its insert of the name and its commit.
    const other = new pg.Client({ connectionString: inject('databaseUrl') });
    // A session of its own: pg_stat_activity holds still for the length of a transaction.
    const watcher = new pg.Client({ connectionString: inject('databaseUrl') });
    await Promise.all([other.connect(), watcher.connect()]);
    try {
      const otherPid = (await other.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
      await other.query('begin');
      await other.query(
        `insert into model (id, project_id, name, kind, params, config, created_at)
         values (gen_random_uuid(), $1, $2, 'FINETUNED', 2, '{}', now())`,
        [own.id, name],
      );
      const jobId = await own.submit({ hyperparams: { steps: 5, lr: 0.05, outputName: name } });
      await waitFor('the completion to wait on the name', async () => {
        const { rows } = await watcher.query(
          // Waiting on `other` itself: another test file's writes may wait on locks too.
          `select 1 from pg_stat_activity where $1 = any(pg_blocking_pids(pid)) and query like 'insert into "model"%'`,
          [otherPid],
        );
        return rows.length > 0;
      });
      await other.query('commit');
      const job = await own.reached(jobId, 'COMPLETED');
      // Before: the unique key failed the completion, and the job trained a second time.
      expect([job.retries, job.interruptions]).toEqual([0, 0]);
      expect(job.outputModel?.name).toBe(`${name}-${jobId.slice(0, 8)}`);
    } finally {
      await Promise.all([other.end(), watcher.end()]);
    }
  });

  it('ends in exactly one terminal state when a cancel races the completion', async () => {
    const TERMINAL = ['completed', 'cancelled', 'failed'];
    for (let round = 0; round < 8; round += 1) {
      const jobId = await submit(12);
      // Cancel as the job is about to finish: sometimes before, sometimes after the completion.
      await untilJob('the job to near its end', jobId, (job) => job.metrics.count >= 10 || job.status === 'COMPLETED');
      const cancel = await execute(apiB.url, project.key, Cancel, { id: jobId });
      const job = await untilJob('a terminal state', jobId, (j) => ['COMPLETED', 'CANCELLED'].includes(j.status));
      const terminalEvents = job.events.filter((e) => TERMINAL.includes(e.kind));
      expect(terminalEvents).toHaveLength(1);
      expect(terminalEvents[0]!.kind).toBe(job.status.toLowerCase());
      if (job.status === 'CANCELLED') {
        expect(cancel.data?.cancelJob.job.status).toBe('CANCELLED');
        expect(job.outputModel).toBeNull();
      } else {
        expect(errorCode(cancel)).toBe('CONFLICT');
        expect(job.outputModel).not.toBeNull();
      }
    }
  });

  it('delivers every point exactly once to a client that reconnects with the last seq it saw', async () => {
    const jobId = await submit(40);
    const first = connectWs(apiB.wsUrl, project.key);
    const before = await collect(
      first,
      Metrics,
      { jobId },
      (d) => d.jobMetrics,
      (_item, all) => all.length >= 12,
    );
    await first.close();
    const second = connectWs(apiA.wsUrl, project.key);
    try {
      const after = await collect(second, Metrics, { jobId, afterSeq: before.at(-1)!.seq }, (d) => d.jobMetrics);
      const seqs = [...before, ...after].map((p) => p.seq);
      const job = await jobState(jobId);
      expect(seqs).toEqual(Array.from({ length: job.metrics.latestSeq! }, (_, i) => i + 1));
    } finally {
      await second.close();
    }
  });

  it('cancels a running job within seconds and keeps it cancelled', async () => {
    const jobId = await submit(400);
    const running = await untilJob('the job to run', jobId, (job) => job.status === 'RUNNING' && job.metrics.count > 0);
    const holder = holderOf(running)!;
    const started = Date.now();
    const { cancelJob } = await ok(apiA.url, project.key, Cancel, { id: jobId });
    expect(cancelJob.job.status).toBe('CANCELLED');
    // The worker finds its lease gone at the next renewal and stops the trainer.
    await waitFor('the worker to stop the trainer', async () =>
      holder
        .output()
        .split('\n')
        .some((line) => line.includes(jobId) && line.includes('"outcome":"lease-lost"')),
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    const cancelled = await jobState(jobId);
    expect(cancelled.status).toBe('CANCELLED');
    // Nothing the trainer did after the cancel reached the timeline: its late checkpoint was refused.
    expect(cancelled.events.at(-1)?.kind).toBe('cancelled');
    expect(cancelled.metrics.count).toBeLessThan(400);
    await waitFor("the cancelled job's directory to be deleted", async () => !existsSync(workDirOf(jobId)));
  });
});
