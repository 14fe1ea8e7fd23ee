import { defineConfig } from 'vitest/config';

/**
 * `npm run test:slow`: the suites named *.slow.test.ts: real processes (SIGKILL, concurrent
 * writers, load, hostile queries, the CLI ingesting twice), worker threads, OCR with tesseract,
 * and whole-corpus ingestion (../shared/corpus/real/laws, skipped with a message without it).
 */
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
