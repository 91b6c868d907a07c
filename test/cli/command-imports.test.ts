import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { cliArgv } from '../built-cli.js';

/**
 * The commands that read or change the store without fetching (listings, subscriptions, lookups, previews)
 * start without the chat SDKs, the HTTP client, a DOM or a worker pool: loading those took about two thirds
 * of each start's CPU, and the tests start these commands hundreds of times.
 */
const NOT_NEEDED = /\/node_modules\/(?:discord\.js|@discordjs\/[\w-]+|@slack\/bolt|undici|linkedom|@mozilla\/readability|piscina)\//;

const dir = mkdtempSync(join(tmpdir(), 'nd-command-imports-'));
const config = join(dir, 'config.yaml');
writeFileSync(config, 'fetch:\n  allowPrivateAddresses: true\n');

/** Runs the command as the tests build it (test/built-cli.ts) and lists the modules it loaded (test/cli/fixtures/trace-imports.mjs). */
function trace(args: string[]): Promise<{ code: number | null; stderr: string; modules: string[] }> {
  const file = join(mkdtempSync(join(tmpdir(), 'nd-trace-')), 'imports.txt');
  const hook = pathToFileURL(resolve('test/cli/fixtures/trace-imports.mjs')).href;
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', hook, ...cliArgv(['--config', config, '--db', join(dir, 'news.db'), ...args])], {
      cwd: dir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'silent', TRACE_IMPORTS: file },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => done({ code, stderr, modules: existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : [] }));
  });
}

it.each([
  ['feeds --json', ['feeds', '--json'], '/cli/feeds.js'],
  ['subscribe', ['subscribe', '--platform', 'console', '--channel', 'stdout', '--topics', 'summits'], '/cli/subscriptions.js'],
  ['search', ['search', 'Gipfeltreffen'], '/cli/lookups.js'],
  ['digest --preview', ['digest', '--preview', '--topics', 'summits'], '/cli/digest.js'],
])('`news-digest %s` opens the store without loading discord.js, Bolt, undici, linkedom, Readability or piscina', async (_name, args, command) => {
  const { code, stderr, modules } = await trace(args);
  expect(code, stderr).toBe(0);
  // The trace works and the command used the store.
  expect(modules.some((url) => url.endsWith(command))).toBe(true);
  expect(modules.some((url) => url.includes('/node_modules/better-sqlite3/'))).toBe(true);
  expect(modules.filter((url) => NOT_NEEDED.test(url))).toEqual([]);
});

it('`news-digest analyze` on one short text file loads neither the other commands nor the chat command registry', async () => {
  const file = join(dir, 'note.txt');
  writeFileSync(file, 'Harbour reopens\n\nThe port authority said on Monday that the harbour would reopen to ferries next week.\n');
  const { code, stderr, modules } = await trace(['analyze', '--json', file]);
  expect(code, stderr).toBe(0);
  // The trace works and the command ran.
  expect(modules.some((url) => url.endsWith('/cli/analyze.js'))).toBe(true);
  expect(modules.filter((url) => /\/cli\/(?:program|program-news|registry-options)\.js$|\/chat\//.test(url))).toEqual([]);
});
