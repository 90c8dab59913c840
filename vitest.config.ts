import { defineConfig } from 'vitest/config';

// Three tiers: unit (pure functions, seconds), build (the real build's
// output and its error messages) and browser (the built site in Chromium).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: these machines have two cores. Within a
          // file, tests marked concurrent (one page each) run two at a time.
          fileParallelism: false,
          maxConcurrency: 2,
        },
      },
    ],
  },
});
