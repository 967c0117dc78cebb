import { defineConfig } from 'vitest/config';

// Two kinds of test, apart: unit tests run on small fixtures and the corpus in memory;
// end-to-end and browser tests read the site that test/setup/build-site.ts builds once.
// Benchmarks (test/bench, `npm run bench`) run in the unit project and print figures.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          benchmark: { include: ['test/bench/**/*.bench.ts'] },
          globalSetup: ['test/setup/temp-dir.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts', 'test/browser/**/*.test.ts'],
          benchmark: { include: [] },
          globalSetup: ['test/setup/temp-dir.ts', 'test/setup/browser-path.ts', 'test/setup/build-site.ts'],
          hookTimeout: 120_000,
          testTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
