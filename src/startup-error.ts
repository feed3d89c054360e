/**
 * Why a process cannot start, when its operator is the one to fix it (a setting, a port, the
 * database, a migration): printed as its message alone, without a stack trace to bury it.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}

/**
 * Ends a process whose start failed, with exit code 1: a StartupError as its message, anything
 * else (a bug) with its stack.
 */
export function exitOnStartupFailure(error: unknown): never {
  const reason = error instanceof StartupError ? error.message : error instanceof Error ? error.stack : String(error);
  process.stderr.write(`Trainyard could not start: ${reason}\n`);
  process.exit(1);
}
