/**
 * Benchmark 1: what GraphQL costs on top of plain HTTP.
 *
 * The same nested query (20 runs, each with spec, model and job; answered from memory) is
 * served by:
 *   raw          a node:http server sending the exact bytes the GraphQL servers produce;
 *   raw+json     the same, but parsing the request and serialising the data on every request,
 *                as any hand-written JSON endpoint must (what is left is GraphQL's own cost);
 *   yoga         graphql-yoga with default options;
 *   yoga+jit     the same plus graphql-jit (src/server/compiled-execution.ts), to separate the JIT's share;
 *   yoga+jit+nolimit  and without Yoga's streaming body-size limit (maxRequestBodySize: false);
 *   trainyard    createYogaServer() from src/server/yoga.ts: armor limits, error masking, the
 *                per-operation context factory (EM fork, anonymous auth) and its plugins.
 *
 * Each server runs alone in a child process (this file, re-executed with `serve <kind>`), and
 * autocannon runs in the parent process: on a 2-core machine that gives the server a core and
 * the load generator the other, instead of making them share one event loop.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import autocannon from 'autocannon';
import { execute, parse } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { useCompiledExecution } from '../src/server/compiled-execution.ts';

const QUERY = /* GraphQL */ `
  query BenchRuns {
    runs {
      id
      name
      status
      spec {
        id
        name
      }
      model {
        id
        name
        params
      }
      job {
        id
        status
      }
    }
  }
`;

const SERVERS = ['raw', 'raw+json', 'yoga', 'yoga+jit', 'yoga+jit+nolimit', 'trainyard'] as const;
type ServerKind = (typeof SERVERS)[number];

/** `BENCH_ROUNDS` overrides the number of rounds (e.g. 1 for a quick look). */
const SETTINGS = { connections: 10, pipelining: 1, warmupSeconds: 2, durationSeconds: 10, rounds: 3, runs: 20 };

// ---------------------------------------------------------------- the in-memory schema

interface Spec {
  id: string;
  name: string;
}
interface Model {
  id: string;
  name: string;
  params: number;
}
interface Job {
  id: string;
  status: string;
}
interface Run {
  id: string;
  name: string;
  status: string;
  spec: Spec;
  model: Model;
  job: Job;
}

const RUN_STATUSES = ['PREPARING', 'TRAINING', 'EVALUATING', 'COMPLETED', 'FAILED', 'CANCELLED'] as const;
const JOB_STATUSES = ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED'] as const;

const RUNS: Run[] = Array.from({ length: SETTINGS.runs }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  name: `support-tone #${i + 1}`,
  status: RUN_STATUSES[i % RUN_STATUSES.length]!,
  spec: { id: `10000000-0000-4000-8000-${String(i % 4).padStart(12, '0')}`, name: `spec ${i % 4}` },
  model: {
    id: `20000000-0000-4000-8000-${String(i % 3).padStart(12, '0')}`,
    name: `tiny-${i % 3}`,
    params: 1_000_000 * ((i % 3) + 1),
  },
  job: { id: `30000000-0000-4000-8000-${String(i).padStart(12, '0')}`, status: JOB_STATUSES[i % JOB_STATUSES.length]! },
}));

/**
 * Built with the same Pothos plugins as schema/builder.ts, and with a type-level auth scope on
 * Query as there, so resolvers are wrapped the way Trainyard's are; the scope always passes so
 * an anonymous request is answered without touching the database.
 */
function buildBenchSchema() {
  const builder = new SchemaBuilder<{ AuthScopes: { public: boolean }; DefaultFieldNullability: false }>({
    plugins: [ScopeAuthPlugin, RelayPlugin, DataloaderPlugin, ValidationPlugin],
    defaultFieldNullability: false,
    scopeAuth: { authScopes: () => ({ public: true }) },
  });
  const RunStatus = builder.enumType('RunStatus', { values: RUN_STATUSES });
  const JobStatus = builder.enumType('JobStatus', { values: JOB_STATUSES });
  const SpecRef = builder.objectRef<Spec>('BehaviorSpec').implement({
    fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name') }),
  });
  const ModelRef = builder.objectRef<Model>('Model').implement({
    fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name'), params: t.exposeInt('params') }),
  });
  const JobRef = builder.objectRef<Job>('Job').implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      status: t.field({ type: JobStatus, resolve: (job) => job.status as never }),
    }),
  });
  const RunRef = builder.objectRef<Run>('Run').implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      name: t.exposeString('name'),
      status: t.field({ type: RunStatus, resolve: (run) => run.status as never }),
      spec: t.field({ type: SpecRef, resolve: (run) => run.spec }),
      model: t.field({ type: ModelRef, resolve: (run) => run.model }),
      job: t.field({ type: JobRef, resolve: (run) => run.job }),
    }),
  });
  builder.queryType({
    authScopes: { public: true },
    fields: (t) => ({ runs: t.field({ type: [RunRef], resolve: () => RUNS }) }),
  });
  return builder.toSchema();
}

// ---------------------------------------------------------------- child: one server

async function handlerFor(kind: ServerKind): Promise<RequestListener> {
  const schema = buildBenchSchema();
  switch (kind) {
    case 'raw': {
      // The bytes Yoga sends: JSON.stringify of the execution result (Pothos needs a context
      // object). Computed once; the parent checks every server answers with these bytes.
      const body = Buffer.from(JSON.stringify(await execute({ schema, document: parse(QUERY), contextValue: {} })));
      return (req, res) => {
        req.resume(); // drain the request body so keep-alive works, as any server must
        req.on('end', () => {
          res.writeHead(200, {
            'content-type': 'application/graphql-response+json; charset=utf-8',
            'content-length': body.length,
          });
          res.end(body);
        });
      };
    }
    case 'raw+json':
      return (req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          JSON.parse(Buffer.concat(chunks).toString('utf8'));
          // RUNS' objects hold exactly the queried fields, in query order.
          const body = JSON.stringify({ data: { runs: RUNS } });
          res.writeHead(200, {
            'content-type': 'application/graphql-response+json; charset=utf-8',
            'content-length': Buffer.byteLength(body),
          });
          res.end(body);
        });
      };
    case 'yoga':
      return createYoga({ schema });
    case 'yoga+jit':
      return createYoga({ schema, plugins: [useCompiledExecution(schema)] });
    case 'yoga+jit+nolimit':
      return createYoga({ schema, maxRequestBodySize: false, plugins: [useCompiledExecution(schema)] });
    case 'trainyard': {
      // Imported here so the other children don't load MikroORM & co.
      const { loadConfig } = await import('../src/config.ts');
      const { createOrm } = await import('../src/db/orm.ts');
      const { createLogger } = await import('../src/logger.ts');
      const { GenerationProcess } = await import('../src/inference/generation-process.ts');
      const { AuthenticationCache } = await import('../src/auth/authentication-cache.ts');
      const { OperationRateLimit } = await import('../src/auth/operation-rate-limit.ts');
      const { createInProcessPubSub } = await import('../src/realtime/pubsub.ts');
      const { createYogaServer } = await import('../src/server/yoga.ts');
      // A real Services object: embedded PGlite in a throwaway directory (never queried, as
      // requests carry no API key, and so are not counted by the rate limit), the in-process
      // pub/sub, a generation process never started.
      const config = loadConfig({ TRAINYARD_DATA_DIR: process.env.BENCH_DATA_DIR, LOG_LEVEL: 'warn' });
      const logger = createLogger(config.logLevel);
      const orm = await createOrm(config, logger);
      const pubsub = createInProcessPubSub(config.keyPrefix);
      const generation = new GenerationProcess(config.trainer.command, logger);
      const authentication = new AuthenticationCache(pubsub, logger, () => orm.em.fork());
      const operationRateLimit = OperationRateLimit.fromConfig(config, logger);
      const services = { config, logger, orm, pubsub, generation, authentication, operationRateLimit };
      const yoga = createYogaServer(schema, services);
      return (req, res) => void yoga(req, res);
    }
  }
}

async function serve(kind: ServerKind) {
  const server = createServer(await handlerFor(kind));
  server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
  process.on('disconnect', () => process.exit(0));
}

// ---------------------------------------------------------------- parent: load generation

const REQUEST = {
  method: 'POST' as const,
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query: QUERY }),
};

interface Server {
  kind: ServerKind;
  url: string;
  child: ChildProcess;
}

interface Sample {
  requestsPerSecond: number;
  errors: number;
  /** CPU that processes other than the server and autocannon used meanwhile, in cores. */
  otherCores: number;
}

async function startServer(kind: ServerKind, dataDir: string): Promise<Server> {
  const child = fork(fileURLToPath(import.meta.url), ['serve', kind], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_DATA_DIR: dataDir },
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
  return { kind, child, url: `http://127.0.0.1:${port}/graphql` };
}

async function stopServer({ child }: Server) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.disconnect();
  await exited;
}

/** Busy CPU seconds of the whole machine, and of this process plus the server's. */
function cpuSeconds(serverPid: number) {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = ticks as number[];
  const busy = (user! + nice! + system! + irq! + softirq! + steal!) / 100; // USER_HZ
  const stat = readFileSync(`/proc/${serverPid}/stat`, 'utf8');
  const [utime, stime] = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .slice(11, 13)
    .map(Number);
  const own = process.cpuUsage();
  return { busy, ours: (utime! + stime!) / 100 + (own.user + own.system) / 1e6 };
}

function load(url: string, seconds: number) {
  return autocannon({
    url,
    ...REQUEST,
    connections: SETTINGS.connections,
    pipelining: SETTINGS.pipelining,
    duration: seconds,
  });
}

async function measure(server: Server): Promise<Sample> {
  await load(server.url, SETTINGS.warmupSeconds);
  const before = cpuSeconds(server.child.pid!);
  const result = await load(server.url, SETTINGS.durationSeconds);
  const after = cpuSeconds(server.child.pid!);
  return {
    requestsPerSecond: result.requests.average,
    errors: result.errors + result.timeouts + result.non2xx,
    otherCores: Math.max(0, after.busy - before.busy - (after.ours - before.ours)) / result.duration,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export async function runGraphqlOverhead(): Promise<{ markdown: string; ratio: number }> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? SETTINGS.rounds);
  const dataDir = mkdtempSync(join(tmpdir(), 'trainyard-bench-'));
  const servers: Server[] = [];
  const samples = new Map<ServerKind, Sample[]>(SERVERS.map((kind) => [kind, []]));
  let body = '';
  try {
    for (const kind of SERVERS) {
      const server = await startServer(kind, dataDir);
      servers.push(server);
      const response = await fetch(server.url, REQUEST);
      const text = await response.text();
      // Same bytes from every server, or the comparison means nothing.
      if (response.status !== 200 || (body && text !== body)) {
        throw new Error(`${kind} answered ${response.status} with a different body:\n${text.slice(0, 500)}`);
      }
      body = text;
    }
    // Rounds interleave the servers, so a burst of load from elsewhere hits all of them alike.
    for (let round = 1; round <= rounds; round++) {
      for (const server of servers) {
        const sample = await measure(server);
        samples.get(server.kind)!.push(sample);
        console.log(
          `  round ${round} ${server.kind}: ${sample.requestsPerSecond.toFixed(0)} req/s ` +
            `(other load ${sample.otherCores.toFixed(2)} cores)`,
        );
      }
    }
  } finally {
    await Promise.all(servers.map(stopServer));
    rmSync(dataDir, { recursive: true, force: true });
  }

  const rps = (kind: ServerKind) => median(samples.get(kind)!.map((s) => s.requestsPerSecond));
  const baseline = rps('raw');
  const ratio = rps('trainyard') / baseline;
  const perRound = samples
    .get('trainyard')!
    .map((s, i) => pct(s.requestsPerSecond / samples.get('raw')![i]!.requestsPerSecond));
  const rows = SERVERS.map((kind) => {
    const list = samples.get(kind)!;
    const all = list.map((s) => s.requestsPerSecond.toFixed(0)).join(', ');
    const other = Math.max(...list.map((s) => s.otherCores)).toFixed(2);
    const errors = list.reduce((n, s) => n + s.errors, 0);
    return `| ${kind} | **${rps(kind).toFixed(0)}** | ${pct(rps(kind) / baseline)} | ${all} | ${errors} | ${other} |`;
  });
  const markdown = [
    '## 1. GraphQL overhead',
    '',
    `Query: a list of ${SETTINGS.runs} runs, each with \`id name status spec { id name } model { id name params } job { id status }\` ` +
      `(${Buffer.byteLength(body)} bytes of JSON), answered from memory by a Pothos schema built with Trainyard's plugins ` +
      '(bench/graphql-overhead.ts). Every server was checked to answer with byte-identical bodies before measuring.',
    '',
    `Load: autocannon in the parent process (bench/run.ts), each server alone in a child process, so on this ` +
      `${availableParallelism()}-core machine each gets about one core; ` +
      `${SETTINGS.connections} connections, pipelining ${SETTINGS.pipelining}; per server and round ${SETTINGS.warmupSeconds} s warm-up (discarded) ` +
      `then ${SETTINGS.durationSeconds} s measured; ${rounds} round(s), servers interleaved within each round; the figure is the median over rounds.`,
    '',
    '| server | req/s (median) | of raw | req/s per round | errors | max other load (cores) |',
    '|---|---:|---:|---|---:|---:|',
    ...rows,
    '',
    `**Trainyard's Yoga configuration serves ${pct(ratio)} of the raw node:http baseline's requests/s** ` +
      `(target: at least 40%; ${ratio >= 0.4 ? 'met' : 'NOT met'}). Per round: ${perRound.join(', ')}. ` +
      `Against raw+json it serves ${pct(rps('trainyard') / rps('raw+json'))}; raw+json itself serves ${pct(rps('raw+json') / baseline)} ` +
      'of raw, i.e. parsing the request and serialising the response already cost more than the whole raw request.',
    '',
    '- raw: node:http sending the precomputed response bytes (drains the request body, does not parse it). The baseline.',
    '- raw+json: node:http that JSON-parses the request and JSON-serialises the data on every request, as any hand-written ' +
      'JSON endpoint must; the gap between it and the GraphQL servers is what GraphQL itself costs.',
    '- yoga: `createYoga({ schema })`, all defaults (parse/validate cache on).',
    "- yoga+jit: `createYoga({ schema, plugins: [useCompiledExecution(schema)] })`, to show the JIT's share.",
    '- yoga+jit+nolimit: the same with `maxRequestBodySize: false` (Trainyard checks the size from Content-Length in app.ts ' +
      "instead of Yoga piping every body through a counting stream), to show that setting's share.",
    '- trainyard: `createYogaServer(schema, services)` from src/server/yoga.ts (armor limits, error masking, context factory, ' +
      'graphql-jit, `maxRequestBodySize: false`) with a real Services object (PGlite in a temp dir, in-process pub/sub); ' +
      "no API key is sent, so the context factory forks an EM but runs no SQL. Mounted on node:http directly: app.ts's " +
      'Content-Length check (a header comparison) is not included.',
    '- other load: CPU used by the rest of the machine during the measured seconds (from /proc/stat, minus the server and autocannon); ' +
      'anything well above 0 means the figure is depressed by a neighbour.',
  ].join('\n');
  return { markdown, ratio };
}

if (process.argv[2] === 'serve') await serve(process.argv[3] as ServerKind);
