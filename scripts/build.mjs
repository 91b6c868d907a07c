#!/usr/bin/env node
/**
 * `npm run build` (after the type check): the CLI bundled with esbuild into dist/,
 * what the Docker image runs (`node dist/cli.js`). One file for the entry,
 * dist/cli.js, and the code each command imports when it runs (`await import(…)`
 * in src/cli/program.ts) in chunks of its own under dist/chunks/, so `--help`
 * and `analyze` load a few files instead of a hundred modules (#15: start-up).
 * Dependencies stay in node_modules (native modules, and the chat SDKs that only
 * some commands load). The worker threads' scripts are entries of their own in
 * dist/chunks/, next to the code that starts them (`new URL('./…-worker.js',
 * import.meta.url)`); `demo` finds examples/ at ../.. from its chunk, as it did
 * from dist/cli/demo.js.
 *
 * `node scripts/build.mjs [--outdir DIR]` (default dist/); the folder is emptied first.
 */
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--outdir');
const outdir = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : join(root, 'dist');

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    cli: 'src/cli.ts',
    'chunks/analyze-worker': 'src/cli/analyze-worker.ts',
    'chunks/full-text-worker': 'src/feeds/full-text-worker.ts',
  },
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // Error classes name themselves after their class (src/core/errors.ts): no renaming when two modules share a name.
  keepNames: true,
  sourcemap: true,
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'warning',
});
