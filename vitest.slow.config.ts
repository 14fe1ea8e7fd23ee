import { defineConfig } from 'vitest/config';

/** `npm run test:slow`: the process-level suites (real concurrent writers, whole-corpus ingestion). */
export default defineConfig({
  test: {
    include: ['tests/**/*.slow.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: 'forks',
    // These suites start processes of their own: one file at a time keeps their timings honest.
    fileParallelism: false,
  },
});
