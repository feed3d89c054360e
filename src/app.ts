import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { schema } from '../schema/index.ts';
import { AuthenticationCache } from './auth/authentication-cache.ts';
import { OperationRateLimit } from './auth/operation-rate-limit.ts';
import type { Config } from './config.ts';
import { createOrm, migrate } from './db/orm.ts';
import { GenerationProcess } from './inference/generation-process.ts';
import type { Logger } from './logger.ts';
import { bootstrap, type BootstrapOutcome } from './projects/bootstrap.ts';
import { createInProcessPubSub, createRedisPubSub } from './realtime/pubsub.ts';
import { readiness } from './server/health.ts';
import { requestScope } from './server/request-scope.ts';
import { attachWebSocketServer } from './server/websocket.ts';
import { createYogaServer } from './server/yoga.ts';
import type { Services } from './services.ts';
import { StartupError } from './startup-error.ts';

export interface App {
  services: Services;
  bootstrapped: BootstrapOutcome;
  /** Listens on the configured port (0 picks a free one) and returns the GraphQL URL. */
  start(): Promise<{ url: string; port: number }>;
  /** Graceful: stops accepting, completes subscriptions, then closes pools. */
  stop(): Promise<void>;
}

/** How long in-flight HTTP requests (and SSE streams) get to finish on shutdown. */
const SHUTDOWN_GRACE_MS = 5_000;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Refuses bodies over the configured size before Yoga reads them. */
function rejectOversized(req: IncomingMessage, res: ServerResponse, maxBytes: number): boolean {
  if (req.method !== 'POST') return false;
  const length = req.headers['content-length'];
  const problem =
    length === undefined
      ? { status: 411, message: 'Send a Content-Length header' }
      : Number(length) > maxBytes
        ? { status: 413, message: `Request body is over the ${maxBytes}-byte limit` }
        : undefined;
  if (!problem) return false;
  sendJson(res, problem.status, { errors: [{ message: problem.message, extensions: { code: 'BAD_USER_INPUT' } }] });
  return true;
}

/** A failed listen, said as what to change when it is HOST or PORT's doing. */
function listenError(error: NodeJS.ErrnoException, config: Config): Error {
  const where = `port ${config.port} on ${config.host}`;
  const problems: Record<string, string> = {
    EADDRINUSE: `${where} is in use by another program: stop it, or set PORT to a free port`,
    EACCES: `${where} needs privileges this process lacks (ports below 1024 do): set PORT to 1024 or above`,
    EADDRNOTAVAIL: `${config.host} is not an address of this machine: set HOST (0.0.0.0 listens on all of them)`,
    ENOTFOUND: `${config.host} is not a name this machine can resolve: set HOST`,
    EAI_AGAIN: `${config.host} could not be resolved (name lookup failed for now): set HOST, or try again`,
  };
  const problem = error.code && problems[error.code];
  return problem ? new StartupError(problem, { cause: error }) : error;
}

async function connectStore(config: Config, logger: Logger) {
  const orm = await createOrm(config, logger);
  if (!config.databaseUrl) {
    await migrate(orm);
    return orm;
  }
  const pending = await orm.getMigrator().getPendingMigrations();
  if (pending.length > 0) {
    await orm.close(true);
    throw new StartupError(`The database has ${pending.length} pending migration(s): run "npm run migrate" first`);
  }
  return orm;
}

export async function buildApp(config: Config, logger: Logger): Promise<App> {
  const orm = await connectStore(config, logger);
  const pubsub = config.redisUrl
    ? createRedisPubSub(config.redisUrl, config.keyPrefix, logger)
    : createInProcessPubSub(config.keyPrefix);
  const generation = new GenerationProcess(config.trainer.command, logger.child({ component: 'generation' }));
  const authentication = new AuthenticationCache(pubsub, logger, () => orm.em.fork());
  const operationRateLimit = OperationRateLimit.fromConfig(config, logger);
  const services: Services = { config, logger, orm, pubsub, generation, authentication, operationRateLimit };
  const bootstrapped = await bootstrap(orm.em.fork(), config.adminKey);

  const yoga = createYogaServer(schema, services);
  let stopping = false;
  const server = createServer((req, res) => {
    const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
    res.setHeader('x-request-id', requestId);
    const path = req.url?.split('?')[0];
    if (path === '/healthz') return sendJson(res, stopping ? 503 : 200, { status: stopping ? 'stopping' : 'ok' });
    if (path === '/readyz') {
      if (stopping) return sendJson(res, 503, { ready: false, checks: {} });
      void readiness(services).then((r) => sendJson(res, r.ready ? 200 : 503, r));
      return;
    }
    if (rejectOversized(req, res, config.maxRequestBytes)) return;
    requestScope.run({ requestId }, () => void yoga(req, res));
  });
  let websockets: ReturnType<typeof attachWebSocketServer> | undefined;

  return {
    services,
    bootstrapped,
    start: () =>
      new Promise((resolve, reject) => {
        server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, config)));
        server.listen(config.port, config.host, () => {
          // Attached once listening: before, ws passed a failed listen on to the WebSocket server,
          // where graphql-ws printed it as an internal error of ours.
          websockets = attachWebSocketServer(server, yoga, services);
          const { port } = server.address() as AddressInfo;
          const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
          resolve({ url: `http://${host}:${port}${yoga.graphqlEndpoint}`, port });
        });
      }),
    async stop() {
      if (stopping) return;
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await websockets?.close();
      server.closeIdleConnections();
      const grace = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
      await closed;
      clearTimeout(grace);
      await yoga.dispose();
      await generation.close();
      await authentication.close();
      operationRateLimit?.close();
      await pubsub.close();
      await orm.close();
    },
  };
}
