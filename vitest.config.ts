import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // Each file starts its own API server (and processes); files run in parallel in forks.
    pool: 'forks',
    // Vitest's default, a worker per core but one, runs files one at a time on a 2-core machine.
    // Most of a file's time is spent waiting on its worker and trainer processes, lease periods
    // and kills, so two at a time there took the suite from 935 s to 396 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Limits that catch a hung test, not slow ones: with two files sharing two cores, a test
    // that takes 25 s alone took 30 s (bench/RESULTS.md keeps speed figures, not these).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
