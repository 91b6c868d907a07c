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

/** What only a command that reads a config file, logs, schedules or answers chat needs: never `--help` or `analyze` on plain text. */
const NOT_AT_START_UP = [
  /\/node_modules\/zod\//,
  /\/node_modules\/yaml\//,
  /\/node_modules\/pino\//,
  /\/node_modules\/node-cron\//,
  /\/src\/config\/(?:schema|env|load|index)\.[jt]s$/,
  /\/src\/chat\/(?:index|adapters|start-adapters)\.[jt]s$/,
  /\/src\/chat\/commands\/(?:index|handle|option-read)\.[jt]s$/,
  /\/src\/chat\/(?:discord|slack|console)\//,
  /\/src\/core\/digest\/cron\.[jt]s$/,
  /\/src\/store\/(?:index|open)\.[jt]s$/,
  ...HEAVY,
];

/** What only analysing needs: `--help` loads none of it (the option descriptions import core leaf modules only). */
const ANALYSIS = [/\/src\/core\/(?:index|analyze)\.[jt]s$/, /\/src\/core\/(?:topics|entities|quotes|stories|language)\//, /\/node_modules\/franc-min\//];

/** Runs the CLI (from the sources, as bin/news-digest.js does in a clone) and lists what it loaded; `cwd` keeps a developer's .env out. */
function trace(args: string[], cwd = process.cwd()): Promise<{ code: number | null; modules: string[] }> {
  const file = join(mkdtempSync(join(tmpdir(), 'nd-trace-')), 'imports.txt');
  const hook = pathToFileURL(resolve('test/cli/fixtures/trace-imports.mjs')).href;
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', hook, resolve('bin/news-digest.js'), ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TRACE_IMPORTS: file },
      stdio: 'ignore',
    });
    child.on('close', (code) => done({ code, modules: existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : [] }));
  });
}

const traced = new Map<string, ReturnType<typeof trace>>();
/** One start per command line and folder in this file: `--help` is checked by two tests below, each with its own expectations on the same trace. */
function traceOnce(args: string[], cwd = process.cwd()): ReturnType<typeof trace> {
  const key = JSON.stringify([args, cwd]);
  if (!traced.has(key)) traced.set(key, trace(args, cwd));
  return traced.get(key)!;
}

it.each([
  ['--help', ['--help']],
  ['analyze', ['analyze', 'examples/feeds/westwind.xml']],
  ['healthcheck', ['--config', 'examples/news-digest.config.yaml', 'healthcheck', '--timeout-seconds', '1']],
])('`news-digest %s` loads no chat SDK, HTTP server or database driver', async (_name, args) => {
  const { modules } = await traceOnce(args);
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
  // Loaded on first use: an HTML parser only for HTML, franc only when the stop words leave the language open, one stemmer per language read.
  expect(modules.filter((url) => /\/node_modules\/(?:htmlparser2|franc-min)\//.test(url))).toEqual([]);
  expect([
    ...new Set(modules.filter((url) => url.includes('/node_modules/@orama/stemmers/')).map((url) => url.replace(/.*\/dist\/(\w+)\.c?js$/, '$1'))),
  ]).toEqual(['de']);
});

it('`news-digest analyze` loads franc when the stop words leave the language open', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'nd-plain-')), 'article.txt');
  writeFileSync(file, 'Haushalt\n\nBundestag Regierung Opposition Koalition Haushalt Finanzminister Steuern Reform Abstimmung Mehrheit\n');
  const { code, modules } = await trace(['analyze', '--json', file]);
  expect(code).toBe(0);
  expect(modules.some((url) => /\/node_modules\/franc-min\//.test(url))).toBe(true);
});

it.each([
  ['--help', ['--help']],
  ['subscribe --help', ['subscribe', '--help']],
  ['digest --help', ['digest', '--help']],
])('`news-digest %s` loads commander and the option descriptions only: no config schema, logger, scheduler, chat handlers or analysis', async (_name, args) => {
  const { code, modules } = await traceOnce(args);
  expect(code).toBe(0);
  expect(modules.some((url) => url.endsWith('/src/chat/commands/options.ts'))).toBe(true); // the trace works
  expect(modules.filter((url) => [...NOT_AT_START_UP, ...ANALYSIS].some((pattern) => pattern.test(url)))).toEqual([]);
});

it('`news-digest analyze` on a plain text article without a config file loads no config schema, YAML parser, logger, scheduler or chat handlers', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nd-plain-'));
  writeFileSync(join(dir, 'article.txt'), 'Gipfeltreffen in Genf\n\nDie Präsidenten wollen sich treffen, sagte ein Sprecher.\n');
  const { code, modules } = await trace(['analyze', '--json', 'article.txt'], dir);
  expect(code).toBe(0);
  expect(modules.some((url) => url.endsWith('/src/core/analyze.ts'))).toBe(true); // the article was analysed
  expect(modules.filter((url) => NOT_AT_START_UP.some((pattern) => pattern.test(url)))).toEqual([]);
});

it('`news-digest analyze` with a config file reads and checks it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nd-plain-'));
  writeFileSync(join(dir, 'article.txt'), 'Gipfeltreffen in Genf\n\nDie Präsidenten wollen sich treffen, sagte ein Sprecher.\n');
  writeFileSync(join(dir, 'config.yaml'), 'digest:\n  storyWindowHours: 12\n');
  const { code, modules } = await trace(['--config', join(dir, 'config.yaml'), 'analyze', '--json', join(dir, 'article.txt')]);
  expect(code).toBe(0);
  expect(modules.some((url) => /\/node_modules\/yaml\//.test(url))).toBe(true);
  expect(modules.some((url) => url.endsWith('/src/config/schema.ts'))).toBe(true);
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
