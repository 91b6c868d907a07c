import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { SlowFirstSequencer } from './slow-first.js';

/** The analysis tests: src/core is pure (no I/O, no clock, no environment), and so are they (they only read fixtures). */
const CORE = 'test/core/**/*.test.ts';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
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
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: [CORE],
          // One process runs core file after core file: each fresh process spent most of its time importing the
          // analysis modules again (test/core alone: 166 s CPU isolated, 34 s not, all 736 tests passing; 2 Dec).
          // The core keeps no state between calls that changes a result (`run` analyses article after article in one
          // process too), and these tests mock nothing and set no environment or clock.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'process',
          include: ['test/**/*.test.ts'],
          // Files that need a PostgreSQL server (test/scale/*.pg.test.ts) run only when NEWS_DIGEST_TEST_PG names one;
          // test/global-setup.ts prints the line saying so.
          exclude: [CORE, ...(process.env.NEWS_DIGEST_TEST_PG?.trim() ? [] : ['test/**/*.pg.test.ts'])],
          globalSetup: ['test/global-setup.ts'],
        },
      },
    ],
  },
});
