import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { SlowFirstSequencer } from './slow-first.js';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.ts'],
    // Files that need a PostgreSQL server (test/scale/*.pg.test.ts) run only when NEWS_DIGEST_TEST_PG names one;
    // test/global-setup.ts prints the line saying so.
    exclude: process.env.NEWS_DIGEST_TEST_PG?.trim() ? [] : ['test/**/*.pg.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // A test that starts the command a dozen times in a row took 60 s under load 11 with two files at a time
    // (feeds-listing: 11 starts); time on a busy machine grows with its load, and only a hang takes this long.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two files at a time, one per core. They share nothing that could race: servers listen on port 0 (a child
    // `run` reports its port in NEWS_DIGEST_HTTP_PORT_FILE: test/ports.ts), every store gets its own SQLite file
    // or PostgreSQL database (test/store/engines.ts), temporary folders come from mkdtemp, and the command the
    // tests start is built once per run in globalSetup (test/build-cli.ts).
    maxWorkers: 2,
    // The longest files start first (test/slow-first.ts), so none of them is left running alone at the end.
    sequence: { sequencer: SlowFirstSequencer },
  },
});
