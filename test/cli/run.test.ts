import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../feeds/local-server.js';
import { cliArgv } from '../built-cli.js';

let feeds: LocalServer;
beforeAll(async () => {
  const body = readFileSync('examples/feeds/the-meridian.xml');
  feeds = await startLocalServer({ '/meridian.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(body) });
});
afterAll(() => feeds.close());

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const value = await probe().catch(() => null);
    if (value !== null) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('timed out');
}

it('`run` serves /healthz and /metrics, polls on start, and exits 0 on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nd-run-'));
  const port = await freePort();
  const config = join(dir, 'config.yaml');
  writeFileSync(
    config,
    `feeds:\n  - url: "${feeds.origin}/meridian.xml"\n    name: The Meridian\nfetch:\n  allowPrivateAddresses: true\nhttp:\n  port: ${port}\n  host: 127.0.0.1\n`,
  );
  const child = spawn(process.execPath, cliArgv(['--config', config, '--db', join(dir, 'run.db'), 'run']), {
    env: { ...process.env, LOG_LEVEL: 'info', DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let logs = '';
  child.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  try {
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
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
  expect(logs).toContain('"msg":"stopped"');
  expect(logs).not.toMatch(/DISCORD_TOKEN=|xoxb-/);
});
