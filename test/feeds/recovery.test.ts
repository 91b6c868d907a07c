import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeArticle, defaultTaxonomy, type ArticleText } from '../../src/core/index.js';
import { silentLogger } from '../../src/config/index.js';
import { formatPollReport, pollFeeds, type PollDeps } from '../../src/feeds/index.js';
import { openSqliteStore, type Store } from '../../src/store/index.js';
import { runCli } from '../cli/run-cli.js';
import { startLocalServer, TEST_FETCH, type LocalServer } from './local-server.js';

/**
 * The case end to end: a feed with one malformed item (an unclosed <b>
 * in its title, a link of "::::", a date of "not a date") among six good ones,
 * polled through the real poller from a 127.0.0.1 server into a SQLite file.
 */
const BROKEN = readFileSync(resolve(import.meta.dirname, '../fixtures/feeds/corpus/broken-one-item.xml'), 'utf8');
const GOOD = [1, 2, 3, 4, 5, 6].map((n) => ({
  title: `Good ${['one', 'two', 'three', 'four', 'five', 'six'][n - 1]}`,
  hour: 7 + n,
}));

const taxonomy = defaultTaxonomy();
let dir: string;
let dbPath: string;
let store: Store;
let server: LocalServer;
let fetches = 0;
let fixed = false;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'feeds-recovery-'));
  dbPath = join(dir, 'news.db');
  store = openSqliteStore(dbPath);
  fetches = 0;
  fixed = false;
  server = await startLocalServer({
    // No conditional GET, and a build date that moves on every fetch: the second poll really parses the body again.
    '/broken.xml': (_req, res) => {
      fetches++;
      const feed = fixed ? BROKEN.replace('Broken <b>unclosed', 'Fixed &lt;b&gt; title') : BROKEN;
      const body = feed.replace('<channel>', `<channel>\n<lastBuildDate>Tue, 24 Nov 2026 10:0${fetches}:00 GMT</lastBuildDate>`);
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body);
    },
  });
});

afterEach(async () => {
  await store.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function deps(now: Date): PollDeps {
  return {
    store,
    fetch: { ...TEST_FETCH },
    logger: silentLogger(),
    now: () => now,
    analyze: (input: ArticleText) => analyzeArticle(input, taxonomy),
    jitterMs: () => 0,
  };
}

describe('a feed with one malformed item among six good ones', () => {
  it('yields its six good items on the first poll, nothing new on the second, and says it recovered', async () => {
    const firstSeen = new Date('2026-11-25T08:00:00Z');
    const feed = await store.upsertFeed({ url: `${server.origin}/broken.xml`, name: 'Broken', fullText: 'never' }, firstSeen);

    const [first] = await pollFeeds(deps(firstSeen));
    expect(first).toMatchObject({ outcome: 'new', parsed: true, skippedItems: 0 });
    expect(first!.recovered).toMatch(/^line \d+, column \d+: unexpected close tag$/);
    expect(formatPollReport(first!)).toBe(`NEW  Broken <${server.origin}/broken.xml>: 7 new, 0 updated; recovered: ${first!.recovered}`);

    const articles = await store.findArticles({ source: 'Broken' });
    for (const [index, good] of GOOD.entries()) {
      const article = articles.find((entry) => entry.title === good.title);
      expect(article, good.title).toBeDefined();
      expect(article!.url).toBe(`http://broken.example.com/${index + 1}`);
      expect(article!.publishedAt.toISOString()).toBe(`2026-11-23T${String(good.hour).padStart(2, '0')}:00:00.000Z`);
    }
    // The malformed item is read as far as it can be: its title's text, no link (":::: " is none), first-seen time.
    const broken = articles.find((entry) => !GOOD.some((good) => good.title === entry.title));
    expect(broken).toMatchObject({ title: 'Broken unclosed', url: null });
    expect(broken!.publishedAt.toISOString()).toBe(firstSeen.toISOString());
    expect(await store.countArticles()).toBe(7);
    expect((await store.getFeed(feed.id))!.parseNote).toBe(first!.recovered);

    const later = new Date(firstSeen.getTime() + 15 * 60_000);
    const [second] = await pollFeeds(deps(later));
    expect(second).toMatchObject({ outcome: 'unchanged', parsed: true, newArticles: 0, updatedArticles: 0 });
    expect(formatPollReport(second!)).toMatch(/: nothing new; recovered: line \d+, column \d+: unexpected close tag$/);
    expect(await store.countArticles()).toBe(7);
    expect(fetches).toBe(2);
    await store.close();

    // `news-digest feeds` shows the state from the SQLite file.
    const listing = await runCli(['--db', dbPath, 'feeds'], { env: { NEWS_DIGEST_CONFIG: '' } });
    expect(listing.stderr).toBe('');
    expect(listing.stdout).toContain(`#${feed.id}  Broken  ${server.origin}/broken.xml`);
    expect(listing.stdout).toContain(`recovered: ${first!.recovered}`);
    store = openSqliteStore(dbPath);
  });

  it('clears the note once the feed is well-formed again', async () => {
    const now = new Date('2026-11-25T08:00:00Z');
    const feed = await store.upsertFeed({ url: `${server.origin}/broken.xml`, name: 'Broken', fullText: 'never' }, now);
    await pollFeeds(deps(now));
    expect((await store.getFeed(feed.id))!.parseNote).not.toBeNull();
    fixed = true;
    const [report] = await pollFeeds(deps(new Date(now.getTime() + 15 * 60_000)));
    expect(report).toMatchObject({ outcome: 'new', newArticles: 1, recovered: null });
    expect((await store.getFeed(feed.id))!.parseNote).toBeNull();
    expect(formatPollReport(report!)).toBe(`NEW  Broken <${server.origin}/broken.xml>: 1 new, 0 updated`);
    expect((await store.findArticles({ source: 'Broken' })).map((article) => article.title)).toContain('Fixed <b> title');
  });
});
