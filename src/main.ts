import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { startEmbeddedWorker } from './embedded-worker.ts';
import { createLogger } from './logger.ts';
import { RunDriver } from './runs/run-driver.ts';
import { stopOnSignal } from './shutdown-signals.ts';
import { exitOnStartupFailure } from './startup-error.ts';

/** The app, built: its store connected (and migrated, when embedded) and its first project made. */
async function build() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  return { config, logger, app: await buildApp(config, logger) };
}

const { config, logger, app } = await build().catch(exitOnStartupFailure);
// Listening for signals before anything starts: a SIGTERM during start-up (a deploy rolling on,
// Ctrl-C) waits for it, then stops what started, as later, instead of killing the process with
// its embedded worker registered and runs claimed.
const started = startServing();
stopOnSignal(logger, 'shutting down', async () => {
  const { worker, runDriver } = await started;
  await Promise.all([worker?.stop(), runDriver.stop()]);
  await app.stop();
});
if (app.bootstrapped.kind === 'created') {
  // Printed once, as soon as it exists (a start that fails after this would lose it): the key
  // is not stored anywhere in clear.
  const key = app.bootstrapped.fromEnvironment ? '(the value of TRAINYARD_ADMIN_KEY)' : app.bootstrapped.secret;
  process.stdout.write(
    `\nCreated project "${app.bootstrapped.projectName}". Its admin API key (shown once, store it now):\n\n  ${key}\n\n`,
  );
}
const { url } = await started.catch(async (error: unknown) => {
  // What did start (the database, the HTTP server) is closed first: the embedded database's
  // directory is then free for the next start at once.
  await app.stop();
  return exitOnStartupFailure(error);
});
const graphiql = config.publicUrl ?? url;

logger.info(
  {
    url: graphiql,
    database: config.databaseUrl ? 'postgresql' : `pglite:${config.dataDir}`,
    pubsub: app.services.pubsub.kind,
  },
  'Trainyard is listening',
);
if (app.bootstrapped.kind === 'created') {
  process.stdout.write(`Open ${graphiql} and set the header  Authorization: Bearer <key>\n\n`);
}

/** The HTTP server, then the embedded worker (without DATABASE_URL), then the run drivers. */
async function startServing() {
  const { url } = await app.start();
  const worker = config.databaseUrl ? null : await startEmbeddedWorker(app);
  const runDriver = new RunDriver(app.services, { concurrency: config.runDrivers, leaseMs: config.runLeaseMs });
  runDriver.start();
  return { url, worker, runDriver };
}
