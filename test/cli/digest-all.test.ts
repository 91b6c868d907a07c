import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../feeds/local-server.js';
import { runCli, withoutBuildTime } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'nd-digest-all-'));
const db = join(dir, 'digest.db');
const config = join(dir, 'config.yaml');
let server: LocalServer;
const noTokens = { DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '' };
const cli = (...args: string[]) => runCli(['--config', config, '--db', db, ...args], { env: noTokens });

beforeAll(async () => {
  const files = ['tagesblick.xml', 'the-meridian.xml'].map((name) => readFileSync(join('examples/feeds', name)));
  server = await startLocalServer({
    '/a.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(files[0]),
    '/b.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(files[1]),
  });
  writeFileSync(
    config,
    `feeds:\n  - url: "${server.origin}/a.xml"\n  - url: "${server.origin}/b.xml"\nfetch:\n  allowPrivateAddresses: true\n  timeoutSeconds: 5\n`,
  );
  expect((await cli('poll')).code).toBe(0);
  for (const platform of ['discord', 'console']) {
    const sub = await cli(
      'subscribe',
      '--platform',
      platform,
      '--channel',
      platform === 'discord' ? '123456789012345678' : 'stdout',
      '--topics',
      'summits,arms-control',
    );
    expect(sub.code, sub.stderr).toBe(0);
  }
});
afterAll(() => server.close());

it('`digest --all` reports and skips a subscription it cannot deliver, delivers the rest, and exits 1', async () => {
  const result = await cli('digest', '--all');
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/^#1: skipped — it posts to discord, but DISCORD_TOKEN is not set \(see \.env\.example\); the others go on\.$/m);
  expect(result.stderr).toMatch(/^#2: sent \d+ stories in \d+ messages?\.$/m);
  expect(result.stdout).toMatch(/Putin|Trump|summit|Gipfel/i); // the console digest was printed
  expect(result.stderr).toMatch(/^1 of 2 subscriptions skipped for missing credentials\.$/m);
});

it('`digest --all --dry-run` labels each digest with its subscription', async () => {
  const result = await cli('digest', '--all', '--dry-run');
  expect(result.code, result.stderr).toBe(0);
  const headers = result.stdout.split('\n').filter((line) => line.startsWith('=== Subscription'));
  expect(headers).toHaveLength(2);
  expect(headers[0]).toMatch(/^=== Subscription #1 {2}discord:123456789012345678 {2}summits,arms-control /);
  expect(headers[1]).toMatch(/^=== Subscription #2 {2}console:stdout /);
});

it('a single digest takes the subscription id as an argument, and --subscription still works', async () => {
  const positional = await cli('digest', '2', '--dry-run');
  const option = await cli('digest', '--subscription', '2', '--dry-run');
  expect(positional.code, positional.stderr).toBe(0);
  expect(withoutBuildTime(positional.stdout)).toBe(withoutBuildTime(option.stdout));
  expect(positional.stdout).toMatch(/^=== Subscription #2 /);
});
