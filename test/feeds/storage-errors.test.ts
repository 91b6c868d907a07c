import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, defaultTaxonomy, type ArticleText } from '../../src/core/index.js';
import { silentLogger } from '../../src/config/index.js';
import { pollFeeds, type PollDeps } from '../../src/feeds/index.js';
import { openSqliteStore, StoreError, type Store } from '../../src/store/index.js';
import { openDatabase, sqliteStore } from '../../src/store/sqlite/index.js';
import { runCli } from '../cli/run-cli.js';
import { rss, rssItem, startLocalServer, TEST_FETCH, type LocalServer } from './local-server.js';

/**
 * Real SQLite files that cannot take a write: full (PRAGMA max_page_count, a
 * real SQLITE_FULL), opened read-only (SQLITE_READONLY), locked by another
 * process (SQLITE_BUSY, through the real `poll --once`). Each is reported as a
 * storage error, stops the poll, and never counts against a feed.
 */

const taxonomy = defaultTaxonomy();
const FEEDS = 3;
let version = 1;
const body = (feed: number) =>
  rss(
    Array.from({ length: 4 }, (_, i) =>
      rssItem({
        title: `Meldung ${feed}-${i} (Fassung ${version})`,
        link: `https://news.example/${feed}/${i}?v=${version}`,
        guid: `f${feed}-i${i}-v${version}`,
        description: `Die Außenminister berieten in Genf über Abrüstung, Meldung ${feed}-${i}, Fassung ${version}. `.repeat(12),
      }),
    ).join(''),
  );

let server: LocalServer;
let dir: string;
/** Set by a test: runs when a feed is requested, before it is answered. */
let onFeedRequest: (() => void) | null = null;
const opened: { close(): unknown }[] = [];

beforeAll(async () => {
  server = await startLocalServer(
    Object.fromEntries(
      Array.from({ length: FEEDS }, (_, feed) => [
        `/feed-${feed}.xml`,
        (_req, res) => {
          onFeedRequest?.();
          res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body(feed));
        },
      ]),
    ),
  );
});
afterAll(() => server.close());

afterEach(async () => {
  for (const handle of opened.splice(0)) await handle.close();
  rmSync(dir, { recursive: true, force: true });
});

function freshDir(): string {
  dir = mkdtempSync(join(tmpdir(), 'nd-storage-'));
  return dir;
}

function deps(store: Store): PollDeps {
  return {
    store,
    fetch: { ...TEST_FETCH, perHostConcurrency: 1 },
    logger: silentLogger(),
    now: () => new Date(),
    analyze: (input: ArticleText) => analyzeArticle(input, taxonomy),
    jitterMs: () => 0,
  };
}

async function addFeeds(path: string): Promise<void> {
  const store = openSqliteStore(path);
  for (let feed = 0; feed < FEEDS; feed++)
    await store.upsertFeed({ url: `${server.origin}/feed-${feed}.xml`, name: `Feed ${feed}`, fullText: 'never' }, new Date());
  await store.close();
}

async function expectNoFeedBlamed(path: string): Promise<void> {
  const store = openSqliteStore(path);
  opened.push(store);
  for (const feed of await store.listFeeds()) {
    expect(feed).toMatchObject({ enabled: true, consecutiveFailures: 0, nextFetchAt: null, disabledReason: null });
    expect(feed.lastStatus ?? '').not.toMatch(/failed/);
  }
}

describe('storage errors during a poll', () => {
  it('a full database (SQLITE_FULL) stops the poll as a storage error, blames no feed, and the next poll stores everything', async () => {
    const path = join(freshDir(), 'full.db');
    await addFeeds(path);
    const db = openDatabase(path);
    // The file may not grow by a single page: the first article does not fit.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const full = sqliteStore(db);
    opened.push(full);

    const failure = await pollFeeds(deps(full)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreError);
    expect(failure).toMatchObject({ kind: 'full', engineCode: 'SQLITE_FULL' });
    expect((failure as Error).message).toMatch(/^Storage error: the database at .*full\.db failed \(SQLITE_FULL: database or disk is full\); free disk space/);
    // Not a single feed was marked failed, backed off or disabled.
    expect(server.hits.get('/feed-1.xml') ?? 0).toBeLessThanOrEqual(1);
    await expectNoFeedBlamed(path);
    await full.close();

    // Space again: the same poll goes through.
    const store = openSqliteStore(path);
    opened.push(store);
    const reports = await pollFeeds(deps(store));
    expect(reports.map((r) => r.outcome)).toEqual(Array(FEEDS).fill('new'));
    expect(await store.countArticles()).toBe(FEEDS * 4);
  });

  it('a database opened read-only (SQLITE_READONLY) is a storage error too', async () => {
    const path = join(freshDir(), 'ro.db');
    await addFeeds(path);
    const readOnly = sqliteStore(new Database(path, { readonly: true, fileMustExist: true }));
    opened.push(readOnly);
    await expect(pollFeeds(deps(readOnly))).rejects.toMatchObject({ name: 'StoreError', kind: 'read_only', engineCode: 'SQLITE_READONLY' });
    await expectNoFeedBlamed(path);
  });

  it('`poll --once` on a database another process holds locked (SQLITE_BUSY): one storage-error line, exit 1, no feed blamed', async () => {
    const path = join(freshDir(), 'busy.db');
    const config = join(dir, 'config.yaml');
    writeFileSync(
      config,
      [
        'feeds:',
        ...Array.from({ length: FEEDS }, (_, feed) => `  - { url: "${server.origin}/feed-${feed}.xml", name: "Feed ${feed}", fullText: never }`),
        'fetch:',
        '  allowPrivateAddresses: true',
      ].join('\n'),
    );
    const first = await runCli(['--config', config, '--db', path, 'poll', '--once']);
    expect(first.code, first.stderr).toBe(0);

    // New items; when the poll asks for the first feed (its config sync is done), another process takes the write lock.
    version = 2;
    let holder: Database.Database | null = null;
    onFeedRequest = () => {
      if (holder) return;
      holder = new Database(path);
      holder.exec('BEGIN IMMEDIATE');
    };
    const locked = await runCli(['--config', config, '--db', path, 'poll', '--once']);
    onFeedRequest = null;
    expect(holder).not.toBeNull();
    holder!.exec('ROLLBACK');
    holder!.close();
    expect(locked.code).toBe(1);
    const lines = locked.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Storage error: the database at .*busy\.db failed \(SQLITE_BUSY: database is locked\); another process holds the database lock/);
    expect(locked.stderr).not.toMatch(/\n\s+at /);
    await expectNoFeedBlamed(path);

    const after = await runCli(['--config', config, '--db', path, 'poll', '--once']);
    expect(after.code, after.stderr).toBe(0);
    expect(after.stdout).toMatch(new RegExp(`${FEEDS} feeds: ${FEEDS * 4} new articles, 0 failed`));
  });
});
