import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds lib/ (the CLI) and the action bundle from src/ when src/ is newer: process tests never
    // run stale code, and a plain `npx vitest` needs no build first (test/build/builds.ts).
    globalSetup: ['test/build/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Tests spawn CLI processes and servers; two cores are all CI has.
    pool: 'forks',
    maxWorkers: 2,
  },
});
