import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.ts'],
    // Files that need a PostgreSQL server (test/scale/*.pg.test.ts) run only when NEWS_DIGEST_TEST_PG names one;
    // test/global-setup.ts prints the line saying so.
    exclude: process.env.NEWS_DIGEST_TEST_PG?.trim() ? [] : ['test/**/*.pg.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
