import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Browser and build tests share one built site; see test/setup/global-build.ts.
    fileParallelism: true,
  },
});
