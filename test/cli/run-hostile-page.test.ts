import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/index.js';
import { rss, rssItem, startLocalServer, type LocalServer } from '../feeds/local-server.js';
import {
  describeLatencies,
  describeLoop,
  loopMonitorEnv,
  loopWindow,
  percentile,
  probeLatency,
  startControlServer,
  type ControlServer,
  type Latencies,
  type LoopDelays,
} from '../http/latency.js';
import { startBot } from './bot-process.js';

/**
 * Teaser items link to article pages of <div> nested 3,000 deep, on which
 * Readability on linkedom runs for minutes. The real `run` polls them while
 * the test keeps asking /healthz: the pages are refused (depth limit) or
 * stopped (time limit) in a worker thread, the feed's text is kept with a
 * logged reason, and /healthz answers throughout: the event loop stays free
 * (measured inside the bot, test/http/latency.ts).
 */

const DEPTH = 3_000;
const hostilePage = `<!doctype html><html><head><title>Gipfel</title></head><body>${'<div>'.repeat(DEPTH)}<p>${'Die Staatschefs beraten auf dem Gipfel. '.repeat(40)}</p>${'</div>'.repeat(DEPTH)}</body></html>`;
const TEASERS = ['Gipfeltreffen in Genf angekündigt …', 'Abrüstungsgespräche in Wien vertagt …'];

let server: LocalServer;
let control: ControlServer;
const dirs: string[] = [];

beforeAll(async () => {
  const feed = rss(
    TEASERS.map((title, i) => rssItem({ title, link: `__ORIGIN__/page-${i}.html`, guid: `teaser-${i}`, description: `${title} Weiterlesen …` })).join(''),
  );
  server = await startLocalServer({
    '/feed.xml': (_req, res, self) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed.replaceAll('__ORIGIN__', self.origin)),
    '/page-0.html': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostilePage),
    '/page-1.html': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostilePage),
  });
  control = await startControlServer();
});

afterAll(async () => {
  await server.close();
  await control.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface RunResult {
  /** /healthz round trips from the first page request until both pages were given up. */
  latencies: Latencies;
  /** The bot's event loop over the same time. */
  delays: LoopDelays;
  logs: string;
}

async function runWhilePolling(fullText: string): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'nd-hostile-'));
  dirs.push(dir);
  const config = join(dir, 'config.yaml');
  const db = join(dir, 'run.db');
  writeFileSync(
    config,
    [
      'feeds:',
      `  - { url: "${server.origin}/feed.xml", name: Teaser, fullText: auto }`,
      'fetch:',
      '  allowPrivateAddresses: true',
      fullText,
      'http:',
      '  port: 0',
      '  host: 127.0.0.1',
    ].join('\n'),
  );
  server.hits.clear();
  const bot = startBot(['--config', config, '--db', db, 'run'], {
    env: { LOG_LEVEL: 'info', DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '', ...loopMonitorEnv(join(dir, 'loop')) },
  });
  const { child } = bot;
  const given = () =>
    bot
      .output()
      .split('\n')
      .filter((line) => line.includes('full text not used')).length;
  let latencies: Latencies;
  let delays: LoopDelays;
  try {
    const port = await bot.port();
    // Wait for the first article page to be requested: from here on the bot is working on hostile pages.
    while (!server.hits.get('/page-0.html')) {
      if (child.exitCode !== null) throw new Error(`run exited early:\n${bot.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const loop = loopWindow(child, join(dir, 'loop'));
    const prober = probeLatency(`http://127.0.0.1:${port}/healthz`, control, 25);
    while (given() < TEASERS.length) {
      if (child.exitCode !== null) throw new Error(`run exited early:\n${bot.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    latencies = await prober.stop();
    delays = await loop.stop();
    // The poll goes on to store the teasers with the feed's own text.
    await expect.poll(() => storedTitles(db), { timeout: 30_000 }).toEqual(expect.arrayContaining(TEASERS));
  } finally {
    child.kill('SIGTERM');
  }
  expect(await bot.exited).toBe(0);
  return { latencies, delays, logs: bot.output() };
}

async function storedTitles(db: string): Promise<string[]> {
  const store = openSqliteStore(db);
  try {
    return (await store.articlesSeenSince(new Date(0))).map((a) => a.title);
  } finally {
    await store.close();
  }
}

describe('`run` polling teasers that link to pages of <div> nested 3,000 deep', () => {
  it('refuses the pages at the depth limit before Readability runs, keeps the feed text, and says why', async () => {
    const { logs } = await runWhilePolling('');
    expect(logs).toMatch(/"reason":"page nests elements deeper than 200 levels".*"msg":"full text not used; keeping the feed text"/);
  });

  it('with the depth limit lifted, stops each page at the time limit in a worker while /healthz keeps answering', async () => {
    const { latencies, delays, logs } = await runWhilePolling(['fullText:', '  maxDepth: 100000', '  timeoutSeconds: 2'].join('\n'));
    expect(logs).toMatch(/"reason":"extraction took longer than the 2 s full-text limit and was stopped"/);
    // Both pages ran to the 2 s limit, one after the other: /healthz was asked all along.
    expect(latencies.target.length).toBeGreaterThanOrEqual(20);
    process.stdout.write(`healthz during hostile pages: ${describeLatencies(latencies)}; ${describeLoop(delays)}\n`);
    // Readability ran for 2 s twice, and not on the event loop: its own delay, which a busy machine does not lengthen.
    expect(percentile(delays.own, 0.99)).toBeLessThan(25);
    expect(Math.max(...delays.own)).toBeLessThan(150);
  });
});
