import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    // Build and browser tests share build/ and a Chromium: run files one after another.
    fileParallelism: false,
  },
});
