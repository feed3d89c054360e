import { buildApp, type App } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { startEmbeddedWorker } from './embedded-worker.ts';
import { createLogger } from './logger.ts';
import { RunDriver } from './runs/run-driver.ts';
import { stopOnSignal } from './shutdown-signals.ts';
import { exitOnStartupFailure } from './startup-error.ts';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    return exitOnStartupFailure(error);
  }
}

const config = readConfig();
const logger = createLogger(config.logLevel);
// Listening for signals before anything starts: a SIGTERM during start-up (a deploy rolling on,
// Ctrl-C) waits for it, then stops what started, as later, instead of killing the process with
// its embedded database locked, its embedded worker registered and runs claimed.
let stopping = false;
const built = buildApp(config, logger);
// Null when a signal came while the app was built: nothing more starts once a stop is asked for
// (startServing checks between its steps too).
const serving = built.then((app) => (stopping ? null : startServing(app)));
stopOnSignal(logger, 'shutting down', async () => {
  stopping = true;
  const app = await built;
  const started = await serving;
  await Promise.all([started?.worker?.stop(), started?.runDriver.stop()]);
  await app.stop();
});

const app = await built.catch(exitOnStartupFailure);
if (app.bootstrapped.kind === 'created') {
  // Printed once, as soon as it exists (a start that fails after this would lose it): the key
  // is not stored anywhere in clear.
  const key = app.bootstrapped.fromEnvironment ? '(the value of TRAINYARD_ADMIN_KEY)' : app.bootstrapped.secret;
  process.stdout.write(
    `\nCreated project "${app.bootstrapped.projectName}". Its admin API key (shown once, store it now):\n\n  ${key}\n\n`,
  );
}
const started = await serving.catch(async (error: unknown) => {
  // What did start (the database, the HTTP server) is closed first: the embedded database's
  // directory is then free for the next start at once.
  try {
    await app.stop();
  } finally {
    exitOnStartupFailure(error);
  }
});
// A signal that came while it started has begun the stop, which ends the process.
if (started && !stopping) {
  const graphiql = config.publicUrl ?? started.url;
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
}

/**
 * The HTTP server, then the embedded worker (without DATABASE_URL), then the run drivers; those
 * two only while no stop was asked for, so a deploy's SIGTERM does not claim a job or a run.
 */
async function startServing(app: App) {
  const { url } = await app.start();
  const worker = config.databaseUrl || stopping ? null : await startEmbeddedWorker(app);
  const runDriver = new RunDriver(app.services, { concurrency: config.runDrivers, leaseMs: config.runLeaseMs });
  if (!stopping) runDriver.start();
  return { url, worker, runDriver };
}
