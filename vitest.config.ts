import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'pipelines/**/*.test.ts', 'test/**/*.test.ts', 'examples/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    // One test file per core. Vitest's default leaves a core free, which on a 2-core machine runs
    // the files one at a time: 522 s against 362 s with both cores. Much of a file's time is spent
    // waiting on a child process or the browser, and the timing tests compare ratios measured in
    // the same file, so sharing the cores does not change what they assert.
    maxWorkers: availableParallelism(),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The compiled report command, built once for the tests that run it as a child process.
    globalSetup: ['test/global-setup.ts'],
    // Fixed time zone for anything that formats dates; seeds are fixed in each test.
    env: { TZ: 'Asia/Tokyo' },
  },
});
