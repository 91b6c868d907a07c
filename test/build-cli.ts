import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * One folder per content of the sources, `.test-dist-<hash>/` beside src/ (see test/built-cli.ts):
 * at the depth of dist/, since `demo` finds examples/ at `../..` from its own module.
 */
const ROOT = resolve('.');
const PREFIX = '.test-dist-';
/** Builds nobody has used for this long are removed (a run that is still going uses its folder and touched it at start). */
const STALE_MS = 6 * 60 * 60 * 1000;

const sourceFiles = (source: string): string[] =>
  readdirSync(source, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .sort();

/**
 * Transpiles src/ once per test run into `.test-dist-<hash>/` and returns that folder.
 * Runs never share a half-built or deleted folder: the hash names the sources (and
 * tsconfig, esbuild), a build goes to a temporary folder renamed into place whole,
 * and a folder already there for the same sources is used as it is. So two test runs
 * at once in the same checkout (a single file beside the whole suite) cannot break
 * each other, as the former rm -rf .test-dist and rebuild at every start could.
 */
export async function buildCliForTests(): Promise<string> {
  const esbuild = await import('esbuild');
  const source = resolve('src');
  const files = sourceFiles(source);
  const hash = createHash('sha256')
    .update(`esbuild ${esbuild.version}\n`)
    .update(readFileSync(resolve('tsconfig.json')));
  for (const file of files) hash.update(`\n${file}\n`).update(readFileSync(join(source, file)));
  const target = join(ROOT, `${PREFIX}${hash.digest('hex').slice(0, 16)}`);
  pruneStale(target);
  if (existsSync(target)) {
    const now = new Date();
    utimesSync(target, now, now);
    return target;
  }
  const building = join(ROOT, `${PREFIX}building-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await esbuild.build({
      entryPoints: files.map((file) => join(source, file)),
      outdir: building,
      outbase: source,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      sourcemap: 'inline',
      logLevel: 'error',
      tsconfig: resolve('tsconfig.json'),
    });
    renameSync(building, target);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    // Another run built the same sources meanwhile and renamed its folder first: use that one.
    if (!existsSync(join(target, 'cli.js'))) throw error;
  }
  return target;
}

function pruneStale(keep: string): void {
  for (const entry of readdirSync(ROOT)) {
    const path = join(ROOT, entry);
    if (!entry.startsWith(PREFIX) || path === keep) continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed by another run at the same moment.
    }
  }
}
