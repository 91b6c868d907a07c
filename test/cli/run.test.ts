import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../feeds/local-server.js';
import { startBot, waitFor } from './bot-process.js';

let feeds: LocalServer;
beforeAll(async () => {
  const body = readFileSync('examples/feeds/the-meridian.xml');
  feeds = await startLocalServer({ '/meridian.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(body) });
});
afterAll(() => feeds.close());

it('`run` serves /healthz and /metrics, polls on start, and exits 0 on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nd-run-'));
  const config = join(dir, 'config.yaml');
  writeFileSync(
    config,
    `feeds:\n  - url: "${feeds.origin}/meridian.xml"\n    name: The Meridian\nfetch:\n  allowPrivateAddresses: true\nhttp:\n  port: 0\n  host: 127.0.0.1\n`,
  );
  const bot = startBot(['--config', config, '--db', join(dir, 'run.db'), 'run'], { env: { LOG_LEVEL: 'info', DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '' } });
  try {
    const port = await bot.port();
    const health = await waitFor(async () => {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      return res.ok ? ((await res.json()) as { status: string }) : null;
    }, 45_000);
    expect(health.status).toBe('ok');
    const metrics = await waitFor(async () => {
      const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      return /news_digest_feeds_polled_total\{outcome="fetched"\} 1/.test(text) ? text : null;
    }, 45_000);
    expect(metrics).toMatch(/news_digest_articles_stored_total\{topic="summits"\} [1-9]/);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
  } finally {
    bot.child.kill('SIGTERM');
  }
  expect(await bot.exited).toBe(0);
  expect(bot.output()).toContain('"msg":"stopped"');
  expect(bot.output()).not.toMatch(/DISCORD_TOKEN=|xoxb-/);
});
