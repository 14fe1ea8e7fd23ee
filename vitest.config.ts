import { defineConfig } from 'vitest/config';

/**
 * `npm test`: every test but the suites named *.slow.test.ts (real processes killed or loaded,
 * worker threads, OCR, the 3,423 laws), which `npm run test:slow` runs (vitest.slow.config.ts)
 * and CI runs after this one. Tests whose point is the real corpus in ../shared/corpus go
 * through tests/shared-corpus.ts and are skipped, with a message naming the folder, without it.
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/**/*.slow.test.ts', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Native addons (better-sqlite3, nodejieba) are safest in forked processes.
    pool: 'forks',
    // Vitest's default on two cores is one fork; many suites wait on a child process or the
    // browser, so a second fork uses what the first leaves idle (one run each on this 2-core
    // machine at load 2–4.5: 151 s against 169 s).
    maxWorkers: 2,
  },
});
