import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/index.js';
import { startLocalServer, type LocalServer } from '../feeds/local-server.js';
import { runCli } from './run-cli.js';
import { cliArgv } from '../built-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'nd-exit-'));
let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer({
    '/gone.xml': (_req, res) => res.writeHead(500).end('boom'),
    '/broken.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><channel><item><title>unclosed'),
    '/good.xml': (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(
          '<?xml version="1.0"?><rss version="2.0"><channel><title>Good</title><item><title>Gipfel</title><guid>g1</guid><description>Text</description></item></channel></rss>',
        ),
  });
});
afterAll(() => server.close());

function config(name: string, paths: string[]): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    ['feeds:', ...paths.map((path) => `  - { url: "${server.origin}${path}", name: "${path}" }`), 'fetch:', '  allowPrivateAddresses: true'].join('\n'),
  );
  return file;
}

it('`poll --once` exits 1 and says so on its last line when every feed failed, 0 when one got through', async () => {
  const allBad = config('bad.yaml', ['/gone.xml', '/broken.xml']);
  const failed = await runCli(['--config', allBad, '--db', join(dir, 'bad.db'), 'poll', '--once']);
  expect(failed.code).toBe(1);
  expect(failed.stdout.trim().split('\n').at(-1)).toBe('Every feed failed (2 of 2): nothing was fetched; see the reasons above.');
  const json = await runCli(['--config', allBad, '--db', join(dir, 'bad-json.db'), 'poll', '--once', '--json']);
  expect(json.code).toBe(1);
  expect(
    json.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { outcome: string }).outcome),
  ).toEqual(['failed', 'failed']);
  expect(json.stderr).toContain('Every feed failed');

  const mixed = await runCli(['--config', config('mixed.yaml', ['/gone.xml', '/good.xml']), '--db', join(dir, 'mixed.db'), 'poll', '--once']);
  expect(mixed.code, mixed.stderr).toBe(0);
  expect(mixed.stdout).not.toContain('Every feed failed');
});

it('a closed stdout (`--json | head -1`) ends the CLI quietly with exit 0', async () => {
  const db = join(dir, 'many.db');
  const store = openSqliteStore(db);
  // About 700 KB of JSON Lines: far more than a pipe holds, so the writer meets the closed end.
  for (let i = 0; i < 2_000; i++) {
    await store.createSubscription({
      platform: 'console',
      workspaceId: null,
      channelId: `channel-${i}-${'x'.repeat(200)}`,
      topics: ['summits'],
      schedule: '0 8 * * *',
      timezone: 'UTC',
      mode: 'digest',
      language: 'en',
      createdAt: new Date(),
    });
  }
  await store.close();
  const child = spawn(process.execPath, cliArgv(['--db', db, 'subscriptions', '--json']), { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const first = await new Promise<string>((resolve) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const newline = out.indexOf('\n');
      if (newline >= 0) {
        // What `head -1` does: take one line and close the pipe.
        child.stdout.destroy();
        resolve(out.slice(0, newline));
      }
    });
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(JSON.parse(first)).toMatchObject({ id: 1, platform: 'console' });
  expect(stderr).toBe('');
  expect(code).toBe(0);
});
