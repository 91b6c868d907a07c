import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The tests run the `news-digest` command many hundred times. Through tsx each
 * start pays for the loader thread and a cache lookup per module, about twice
 * the CPU of the command itself; so once per test run the sources are
 * transpiled with esbuild (the transform tsx applies, file by file, no
 * bundling, no type check) into `.test-dist/`, laid out like `dist/`, and the
 * tests start that. What `npm start`, `npm run cli` and bin/news-digest.js
 * run through tsx is still tested as such (test/readme.test.ts,
 * test/cli/signals.test.ts, test/cli/startup.test.ts).
 */
export const TEST_DIST = resolve('.test-dist');

/** The transpiled entry point: `[process.execPath, [BUILT_CLI, ...args]]` is `news-digest ...args`. */
export const BUILT_CLI = join(TEST_DIST, 'cli.js');

/** Arguments for `spawn(process.execPath, …)` that run `news-digest …args`. */
export const cliArgv = (args: readonly string[]): string[] => [BUILT_CLI, ...args];

export async function buildCliForTests(): Promise<void> {
  const { build } = await import('esbuild');
  const source = resolve('src');
  const entryPoints = readdirSync(source, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => join(source, name));
  rmSync(TEST_DIST, { recursive: true, force: true });
  await build({
    entryPoints,
    outdir: TEST_DIST,
    outbase: source,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'error',
    tsconfig: resolve('tsconfig.json'),
  });
}
