import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';

const HEAVY = [
  /\/node_modules\/discord\.js\//,
  /\/node_modules\/@slack\/bolt\//,
  /\/node_modules\/better-sqlite3\//,
  /\/src\/http\/server\.ts$/,
  /\/src\/store\/sqlite\//,
  /\/node_modules\/pg\//,
  /\/node_modules\/pg-[a-z-]+\//,
  /\/src\/store\/postgres\//,
];

function trace(args: string[]): Promise<{ code: number | null; modules: string[] }> {
  const file = join(mkdtempSync(join(tmpdir(), 'nd-trace-')), 'imports.txt');
  const hook = pathToFileURL(resolve('test/cli/fixtures/trace-imports.mjs')).href;
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', hook, 'bin/news-digest.js', ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TRACE_IMPORTS: file },
      stdio: 'ignore',
    });
    child.on('close', (code) => done({ code, modules: existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : [] }));
  });
}

it.each([
  ['--help', ['--help']],
  ['analyze', ['analyze', 'examples/feeds/westwind.xml']],
  ['healthcheck', ['--config', 'examples/news-digest.config.yaml', 'healthcheck', '--timeout-seconds', '1']],
])('`news-digest %s` loads no chat SDK, HTTP server or database driver', async (_name, args) => {
  const { modules } = await trace(args);
  expect(modules.some((url) => url.endsWith('/src/cli.ts'))).toBe(true); // the trace works
  expect(modules.filter((url) => HEAVY.some((pattern) => pattern.test(url)))).toEqual([]);
});

it('`news-digest analyze` on a plain text article loads neither the feed parsers nor a DOM nor worker threads', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'nd-plain-')), 'article.txt');
  writeFileSync(file, 'Gipfeltreffen in Genf\n\nDie Präsidenten wollen sich treffen, sagte ein Sprecher.\n');
  const { code, modules } = await trace(['analyze', '--json', file]);
  expect(code).toBe(0);
  expect(modules.some((url) => url.endsWith('/src/core/analyze.ts'))).toBe(true); // the article was analysed
  const loaded = modules.filter((url) => /\/src\/feeds\/|\/node_modules\/(?:linkedom|@mozilla\/readability|rss-parser|piscina|undici)\//.test(url));
  expect(loaded).toEqual([]);
});

it('`news-digest analyze` on a feed file loads the feed parsers but no HTTP client, DOM or Readability', async () => {
  const { code, modules } = await trace(['analyze', '--json', 'examples/feeds/westwind.xml']);
  expect(code).toBe(0);
  expect(modules.some((url) => url.endsWith('/src/feeds/parse.ts'))).toBe(true); // the feed was parsed
  const loaded = modules.filter((url) =>
    /\/src\/feeds\/(?:index|fetch|full-text[\w-]*)\.ts$|\/node_modules\/(?:linkedom|@mozilla\/readability|undici)\//.test(url),
  );
  expect(loaded).toEqual([]);
});
