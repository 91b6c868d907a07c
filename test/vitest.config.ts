import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { SlowFirstSequencer } from './slow-first.js';

/**
 * Files that run one after another in a reused process: the analysis and renderer tests (src/core and src/render are
 * pure: no I/O, no clock; the lint rule in .ci/eslint.config.js keeps them so) and the chat command tests (each test its
 * own SQLite file in a mkdtemp folder, closed after it). None of them mocks a module or sets the environment or a clock,
 * and what their modules keep between calls are caches of fixed values (word ids, Intl formatters, language names).
 */
const REUSED = ['test/core/**/*.test.ts', 'test/render/**/*.test.ts', 'test/chat/commands/**/*.test.ts'];

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
          name: 'reused',
          include: REUSED,
          // Each fresh process spent most of its time importing the same modules again (2 Dec, load ~17 on 2 cores,
          // CPU user+sys): test/core 166 -> 34 s (87 files, 736 tests), test/render with test/chat/commands 64 -> 32 s
          // (15 files, 112 tests); every test passes either way.
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
          exclude: [...REUSED, ...(process.env.NEWS_DIGEST_TEST_PG?.trim() ? [] : ['test/**/*.pg.test.ts'])],
          globalSetup: ['test/global-setup.ts'],
        },
      },
    ],
  },
});
