import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../feeds/local-server.js';
import { boundPort, portFilePath } from '../ports.js';
import { startBot, waitFor } from './bot-process.js';

// A feed that never answers keeps `run`'s first poll in flight, so a graceful shutdown waits out its grace period (20 s).
const held: ServerResponse[] = [];
let feeds: LocalServer;
beforeAll(async () => {
  feeds = await startLocalServer({ '/slow.xml': (_req, res) => void held.push(res) });
});
afterAll(async () => {
  for (const res of held) res.destroy();
  await feeds.close();
});

async function configFor(feed: string | null): Promise<{ dir: string; config: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'nd-signal-'));
  const config = join(dir, 'config.yaml');
  const feeds = feed ? `feeds:\n  - url: "${feed}"\nfetch:\n  allowPrivateAddresses: true\n  timeoutSeconds: 300\n` : '';
  writeFileSync(config, `${feeds}http:\n  port: 0\n  host: 127.0.0.1\n`);
  return { dir, config };
}

const portAnswers = async (port: number) =>
  fetch(`http://127.0.0.1:${port}/healthz`).then(
    () => true,
    () => false,
  );

it('a second signal exits 130 at once, even with stdout and stderr closed (`run 2>&1 | head -1`)', async () => {
  const { dir, config } = await configFor(`${feeds.origin}/slow.xml`);
  const bot = startBot(['--config', config, '--db', join(dir, 'bot.db'), 'run'], { env: { LOG_LEVEL: 'debug' } });
  const port = await bot.port();
  await waitFor(async () => ((await portAnswers(port)) && feeds.hits.get('/slow.xml') ? true : null), 45_000, 'the first poll to be in flight');
  // The reader goes away, like `head -1` after its first line: every later write gets EPIPE.
  bot.child.stdout!.destroy();
  bot.child.stderr!.destroy();
  const started = Date.now();
  // Repeat until it exits: two signals sent back to back could be merged into one by the kernel.
  const timer = setInterval(() => bot.child.kill('SIGTERM'), 300);
  bot.child.kill('SIGTERM');
  const code = await bot.exited;
  clearInterval(timer);
  expect(code).toBe(130);
  expect(Date.now() - started).toBeLessThan(15_000); // not the 20 s grace period
});

it('SIGTERM stops `run` with code 0 even with stdout and stderr closed (log lines still queued at exit are dropped)', async () => {
  const { dir, config } = await configFor(null);
  const bot = startBot(['--config', config, '--db', join(dir, 'bot.db'), 'run'], { env: { LOG_LEVEL: 'debug' } });
  const port = await bot.port();
  await waitFor(async () => ((await portAnswers(port)) ? true : null), 45_000, '/healthz');
  bot.child.stdout!.destroy();
  bot.child.stderr!.destroy();
  bot.child.kill('SIGTERM');
  const code = await Promise.race([bot.exited, new Promise<string>((done) => setTimeout(() => done('still running after 15 s'), 15_000))]);
  if (code !== 0) bot.child.kill('SIGKILL');
  expect(code).toBe(0);
});

it('`npm start` runs node in its place: SIGTERM to npm stops the bot and frees the port', async () => {
  const { dir, config } = await configFor(null);
  const portFile = portFilePath();
  const npm = spawn('npm', ['start'], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NEWS_DIGEST_CONFIG: config,
      NEWS_DIGEST_DB: join(dir, 'bot.db'),
      NEWS_DIGEST_HTTP_PORT_FILE: portFile,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const exited = new Promise<number | null>((done) => npm.on('close', (code) => done(code)));
  const port = await boundPort(portFile, exited);
  await waitFor(async () => ((await portAnswers(port)) ? true : null), 45_000, '/healthz');
  npm.kill('SIGTERM');
  await exited;
  // Before, npm exited and left node (under sh and tsx) holding the port.
  const freed = await waitFor(async () => ((await portAnswers(port)) ? null : true), 30_000, 'the port to be released');
  expect(freed).toBe(true);
});
