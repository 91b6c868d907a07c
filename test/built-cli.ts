import { join } from 'node:path';
import { inject } from 'vitest';

/**
 * The tests run the `news-digest` command many hundred times. Through tsx each
 * start pays for the loader thread and a cache lookup per module, about twice
 * the CPU of the command itself; so once per test run (test/global-setup.ts,
 * test/build-cli.ts) the sources are transpiled with esbuild (the transform tsx
 * applies, file by file, no bundling, no type check) into
 * `.test-dist-<hash of the sources>/`, laid out like `dist/`, and the tests
 * start that. What `npm start`, `npm run cli` and bin/news-digest.js run
 * through tsx is still tested as such (test/readme.test.ts,
 * test/cli/signals.test.ts, test/cli/startup.test.ts).
 */
declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder test/build-cli.ts built this run's command into. */
    testDist: string;
  }
}

/** Arguments for `spawn(process.execPath, …)` that run `news-digest …args`. */
export const cliArgv = (args: readonly string[]): string[] => [join(inject('testDist'), 'cli.js'), ...args];
