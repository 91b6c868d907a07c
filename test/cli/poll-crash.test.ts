import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { digestStoryIds, topicLabel, defaultTaxonomy } from '../../src/core/index.js';
import { buildDigest } from '../../src/schedule/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { rss, rssItem, startLocalServer, type LocalServer } from '../feeds/local-server.js';
import { cliArgv } from '../built-cli.js';

/**
 * A real `poll --once` child is killed with SIGKILL at several points while it
 * stores feeds. The feed server answers a set number of requests and then holds
 * every further one: with one request per host at a time, the held request
 * proves that every feed before it was stored (a feed is stored before the next
 * one is fetched) and that clustering, which runs after all feeds, has not.
 */

const FEEDS = 6;
const ITEMS = 5;
const CITIES = ['Genf', 'Wien', 'Helsinki', 'Reykjavik', 'Singapur', 'Hanoi', 'Oslo', 'Lissabon', 'Prag', 'Dublin'];

const dir = mkdtempSync(join(tmpdir(), 'nd-poll-crash-'));
const db = join(dir, 'news.db');
const config = join(dir, 'config.yaml');
let server: LocalServer;
/** Requests the server still answers; later ones are held until the test ends. */
let allowance = 0;
let held: ServerResponse[] = [];
let onHeld: (() => void) | null = null;

function feedBody(feed: number): string {
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const city = CITIES[(feed * ITEMS + i) % CITIES.length]!;
    const n = feed * 100 + i;
    return rssItem({
      title: `Gipfeltreffen in ${city}: Delegation ${n} berät über Abrüstung`,
      link: `https://news.example/${feed}/${i}`,
      guid: `feed-${feed}-item-${i}`,
      pubDate: new Date(Date.now() - (i + 1) * 60_000).toUTCString(),
      description:
        `Die Staats- und Regierungschefs treffen sich zum Gipfeltreffen in ${city}. Delegation ${n} bereitet den Gipfel seit Wochen vor. ` +
        `Auf dem Gipfel soll über Abrüstung, Rüstungskontrolle und strategische Stabilität gesprochen werden. ` +
        `Diplomaten erwarten, dass der Gipfel in ${city} mit einer gemeinsamen Erklärung endet; ein weiteres Gipfeltreffen ist bereits im Gespräch. ` +
        `Beobachter sprechen von einem wichtigen Treffen für die Sicherheit in Europa, nach Angaben der Veranstalter nehmen ${n % 17} Staaten teil.`,
    });
  });
  return rss(items.join(''));
}

beforeAll(async () => {
  const routes = Object.fromEntries(
    Array.from({ length: FEEDS }, (_, feed) => [
      `/feed-${feed}.xml`,
      (_req: unknown, res: ServerResponse) => {
        if (allowance <= 0) {
          held.push(res);
          onHeld?.();
          return;
        }
        allowance--;
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedBody(feed));
      },
    ]),
  );
  server = await startLocalServer(routes);
  writeFileSync(
    config,
    [
      'feeds:',
      ...Array.from({ length: FEEDS }, (_, feed) => `  - { url: "${server.origin}/feed-${feed}.xml", name: "Feed ${feed}", fullText: never }`),
      'fetch:',
      '  allowPrivateAddresses: true',
      '  perHostConcurrency: 1',
      '  timeoutSeconds: 120',
    ].join('\n'),
  );
});

afterAll(async () => {
  for (const res of held) res.destroy();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function startPoll() {
  const child = spawn(process.execPath, cliArgv(['--config', config, '--db', db, 'poll', '--once']), {
    env: { ...process.env, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exit, output: () => output };
}

/** Serves `answered` requests, then kills the child with SIGKILL once it waits on the next one. */
async function pollKilledAfter(answered: number): Promise<void> {
  allowance = answered;
  const stalled = new Promise<void>((resolve) => (onHeld = resolve));
  const run = startPoll();
  const died = run.exit.then((result) => {
    throw new Error(`poll ended before the feed server stalled: ${JSON.stringify(result)}\n${run.output()}`);
  });
  await Promise.race([stalled, died]);
  onHeld = null;
  run.child.kill('SIGKILL');
  expect((await run.exit).signal).toBe('SIGKILL');
  for (const res of held) res.destroy();
  held = [];
}

async function storedArticles() {
  const store = openSqliteStore(db);
  try {
    return await store.articlesSeenSince(new Date(0));
  } finally {
    await store.close();
  }
}

it('SIGKILL during `poll --once` at several points: every stored article reaches a story and a digest after the next poll', async () => {
  // Killed after feeds 0–1 were stored (feed 2 is held).
  await pollKilledAfter(2);
  let articles = await storedArticles();
  expect(articles).toHaveLength(2 * ITEMS);
  expect(articles.every((a) => a.storyId === null)).toBe(true);

  // Killed again after feeds 0–1 (unchanged) and 2–3 (new); feed 4 is held.
  await pollKilledAfter(4);
  articles = await storedArticles();
  expect(articles).toHaveLength(4 * ITEMS);

  // Killed while only one new feed was stored since (feed 4; feed 5 is held).
  await pollKilledAfter(5);
  articles = await storedArticles();
  expect(articles).toHaveLength(5 * ITEMS);
  expect(articles.filter((a) => a.storyId === null).length).toBeGreaterThanOrEqual(ITEMS);

  // The next poll runs to the end: feeds 0–4 are unchanged, only feed 5 is new.
  allowance = Number.POSITIVE_INFINITY;
  const last = startPoll();
  expect(await last.exit, last.output()).toEqual({ code: 0, signal: null });

  const store = openSqliteStore(db);
  try {
    articles = await store.articlesSeenSince(new Date(0));
    expect(articles).toHaveLength(FEEDS * ITEMS);
    expect(articles.filter((a) => a.storyId === null).map((a) => a.title)).toEqual([]);
    expect(articles.every((a) => a.analysis.topics.some((t) => t.id === 'summits'))).toBe(true);

    const subscription = await store.createSubscription({
      platform: 'console',
      workspaceId: null,
      channelId: 'crash-test',
      topics: ['summits'],
      schedule: '0 8 * * *',
      timezone: 'UTC',
      mode: 'digest',
      language: 'en',
      createdAt: new Date(),
    });
    const digest = await buildDigest(store, (id, language) => topicLabel(defaultTaxonomy(), id, language), subscription, new Date(), { maxStories: 100 });
    const inDigest = new Set(digestStoryIds(digest));
    expect(articles.filter((a) => !inDigest.has(a.storyId!)).map((a) => a.title)).toEqual([]);
  } finally {
    await store.close();
  }
});
