import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../feeds/local-server.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'nd-poll-'));
const db = join(dir, 'poll.db');
const config = join(dir, 'config.yaml');
const tagesblick = readFileSync('examples/feeds/tagesblick.xml');
let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer({
    '/good.xml': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
      return res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(tagesblick);
    },
    '/broken.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><channel><item><title>unclosed'),
    '/gone.xml': (_req, res) => res.writeHead(500).end('boom'),
  });
  writeFileSync(
    config,
    [
      'feeds:',
      `  - { url: "${server.origin}/good.xml", name: Tagesblick }`,
      `  - { url: "${server.origin}/broken.xml", name: Broken }`,
      `  - { url: "${server.origin}/gone.xml", name: Gone }`,
      'fetch:',
      '  allowPrivateAddresses: true',
      '  timeoutSeconds: 5',
    ].join('\n'),
  );
});
afterAll(() => server.close());

it('`poll --once` stores every good item once, reports each failure on one line, and polls nothing new the second time', async () => {
  const first = await runCli(['--config', config, '--db', db, 'poll', '--once']);
  expect(first.code, first.stderr).toBe(0);
  const lines = first.stdout.trim().split('\n');
  expect(lines.find((l) => l.includes('Tagesblick'))).toMatch(/^NEW .*: 4 new, 0 updated$/);
  expect(lines.find((l) => l.includes('Broken'))).toMatch(/^FAILED .*parse/);
  expect(lines.find((l) => l.includes('Gone'))).toMatch(/^FAILED .*500/);

  const stored = await runCli(['--config', config, '--db', db, 'articles', '--json', '--limit', '50']);
  const articles = stored.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { title: string; topics: { id: string }[] });
  expect(articles).toHaveLength(4);
  expect(articles.find((a) => a.title.startsWith('Putin und Trump'))?.topics.map((t) => t.id)).toContain('summits');

  const second = await runCli(['--config', config, '--db', db, 'poll', '--once']);
  expect(second.stdout).toMatch(/NOT MODIFIED\s+Tagesblick .*304/);
  // A failing feed backs off instead of being hammered on every poll.
  expect(second.stdout).toMatch(/SKIPPED\s+Gone .*/);
  const again = await runCli(['--config', config, '--db', db, 'articles', '--json', '--limit', '50']);
  expect(again.stdout.trim().split('\n')).toHaveLength(4);

  const feeds = await runCli(['--config', config, '--db', db, 'feeds', '--json']);
  const gone = feeds.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { name: string; consecutiveFailures: number; lastStatus: string; nextFetchAt: string })
    .find((f) => f.name === 'Gone');
  expect(gone?.consecutiveFailures).toBe(1);
  expect(gone?.lastStatus).toMatch(/500/);
  expect(new Date(gone?.nextFetchAt ?? 0).getTime()).toBeGreaterThan(Date.now());
});
