import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'pipelines/**/*.test.ts', 'test/**/*.test.ts', 'examples/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The compiled report command, built once for the tests that run it as a child process.
    globalSetup: ['test/global-setup.ts'],
    // Fixed time zone for anything that formats dates; seeds are fixed in each test.
    env: { TZ: 'Asia/Tokyo' },
  },
});
