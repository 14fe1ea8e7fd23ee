import { defineConfig } from 'vitest/config';

/**
 * `npm test`: every test but the process-level suites named *.slow.test.ts, which
 * `npm run test:slow` runs (vitest.slow.config.ts) and CI runs after this one.
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/**/*.slow.test.ts', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Native addons (better-sqlite3, nodejieba) are safest in forked processes.
    pool: 'forks',
  },
});
