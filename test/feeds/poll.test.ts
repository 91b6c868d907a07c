import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeArticle, defaultTaxonomy, type ArticleAnalysis, type ArticleText } from '../../src/core/index.js';
import { silentLogger } from '../../src/config/index.js';
import { openSqliteStore, type Store } from '../../src/store/index.js';
import { formatPollReport, pollFeeds, reenableFeed, type PollDeps, type PollReport } from '../../src/feeds/index.js';
import { BILLION_LAUGHS, deeplyNested, rss, rssItem, startLocalServer, streamBytes, TEST_FETCH, type LocalServer } from './local-server.js';

const ARTICLE_PAGE = readFileSync(resolve(import.meta.dirname, '../fixtures/feeds/article.html'));

const taxonomy = defaultTaxonomy();
const analyze = (input: ArticleText): ArticleAnalysis => analyzeArticle(input, taxonomy);

let dir: string;
let store: Store;
let server: LocalServer | null = null;
let clock: Date;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'feeds-poll-'));
  store = openSqliteStore(join(dir, 'test.db'));
  clock = new Date('2026-11-25T08:00:00Z');
});

afterEach(async () => {
  await store.close();
  await server?.close();
  server = null;
  rmSync(dir, { recursive: true, force: true });
});

function deps(extra: Partial<PollDeps> = {}): PollDeps {
  return { store, fetch: { ...TEST_FETCH }, logger: silentLogger(), now: () => clock, analyze, jitterMs: () => 0, ...extra };
}

async function addFeed(path: string, name: string, fullText: 'auto' | 'always' | 'never' = 'never'): Promise<number> {
  return (await store.upsertFeed({ url: `${server!.origin}${path}`, name, fullText }, clock)).id;
}

function byName(reports: PollReport[], name: string): PollReport {
  const report = reports.find((entry) => entry.name === name);
  if (!report) throw new Error(`no report for ${name}`);
  return report;
}

const LONG = 'Die Außenminister berieten in Genf über Abrüstung und ein mögliches Gipfeltreffen. '.repeat(10);

const goodFeed = rss(
  [
    rssItem({ title: 'Gipfel in Genf', link: '/politik/genf.html', guid: 'g-1', description: LONG, pubDate: 'Tue, 24 Nov 2026 10:00:00 +0100' }),
    rssItem({ title: 'Abrüstung vertagt', link: 'https://news.example.org/politik/abruestung.html', guid: 'g-2', description: `${LONG} Zweite Meldung.` }),
    // Same guid again: one article, not two.
    rssItem({ title: 'Gipfel in Genf (Kopie)', link: '/politik/genf-kopie.html', guid: 'g-1', description: `${LONG} Kopie.` }),
  ].join(''),
);

const brokenAmongGood = rss(
  [
    rssItem({ title: 'Erste gute Meldung', link: 'https://b.example/1', description: LONG }),
    rssItem({ description: '' }),
    rssItem({ title: 'Zweite gute Meldung', link: 'https://b.example/2', description: `${LONG} Zwei.` }),
  ].join(''),
);

const missingGuids = rss(
  [
    rssItem({ title: 'Nur mit Link', link: 'https://m.example/story?utm_source=rss', description: LONG }),
    rssItem({ title: 'Ohne Link und Guid', description: `${LONG} Ohne Link.` }),
  ].join(''),
);

const latin1 = iconv.encode(
  rss(
    rssItem({ title: 'Grüße aus Köln: Bürgermeisterin übt Kritik', link: 'https://l.example/koeln', guid: 'koeln-1', description: `${LONG} Straße.` }),
  ).replace('utf-8', 'iso-8859-1'),
  'latin1',
);

let movingDateCounter = 0;

function hostileRoutes(): Parameters<typeof startLocalServer>[0] {
  return {
    '/good.xml': (req, res) => {
      if (req.headers['if-none-match'] === '"good-v1"') return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"good-v1"' }).end(goodFeed);
    },
    '/latin1.xml': (req, res) => {
      if (req.headers['if-modified-since'] === 'Tue, 24 Nov 2026 09:00:00 GMT') return void res.writeHead(304).end();
      // The header lies: the bytes are Latin-1.
      res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8', 'last-modified': 'Tue, 24 Nov 2026 09:00:00 GMT' }).end(latin1);
    },
    '/gzip.xml': (req, res) => {
      if (req.headers['if-none-match'] === '"gz"') return void res.writeHead(304).end();
      res.writeHead(200, { 'content-encoding': 'gzip', etag: '"gz"' }).end(gzipSync(missingGuids));
    },
    '/no-conditional.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(brokenAmongGood),
    '/moving-date.xml': (_req, res) => {
      movingDateCounter++;
      const pubDate = new Date(Date.UTC(2026, 10, 24, 10, movingDateCounter)).toUTCString();
      res.writeHead(200).end(rss(rssItem({ title: 'Datum wandert', link: 'https://d.example/1', guid: 'd-1', description: LONG, pubDate })));
    },
    '/teaser.xml': (_req, res) =>
      res.writeHead(200).end(
        rss(
          rssItem({
            title: 'Trump gratuliert Putin',
            link: '/articles/trump-putin.html',
            guid: 't-1',
            description: 'Trump gratuliert Putin zur Wiederwahl. Mehr …',
          }),
        ),
      ),
    '/articles/trump-putin.html': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE_PAGE),
    '/bomb.xml': (_req, res) => res.writeHead(200).end(BILLION_LAUGHS),
    '/deep.xml': (_req, res) => res.writeHead(200).end(deeplyNested(5_000)),
    '/huge.xml': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      streamBytes(res, 50 * 1024 * 1024, () => undefined);
    },
    '/hang.xml': () => undefined,
    '/busy.xml': (_req, res) => res.writeHead(429, { 'retry-after': '3600' }).end(),
    '/loop.xml': (_req, res) => res.writeHead(302, { location: '/loop.xml' }).end(),
    '/not-a-feed.xml': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Hello</body></html>'),
  };
}

describe('pollFeeds against local hostile feeds', () => {
  it('stores every good item exactly once, reports each failure on one line, and a second poll stores and parses nothing', async () => {
    server = await startLocalServer(hostileRoutes());
    await addFeed('/good.xml', 'Good');
    await addFeed('/latin1.xml', 'Latin1');
    await addFeed('/gzip.xml', 'Gzip');
    await addFeed('/no-conditional.xml', 'NoConditional');
    await addFeed('/moving-date.xml', 'MovingDate');
    await addFeed('/teaser.xml', 'Teaser', 'auto');
    await addFeed('/bomb.xml', 'Bomb');
    await addFeed('/deep.xml', 'Deep');
    await addFeed('/huge.xml', 'Huge');
    await addFeed('/hang.xml', 'Hang');
    await addFeed('/busy.xml', 'Busy');
    await addFeed('/loop.xml', 'Loop');
    await addFeed('/not-a-feed.xml', 'NotAFeed');

    const first = await pollFeeds(deps({ fetch: { ...TEST_FETCH, timeoutSeconds: 1 } }));
    expect(first).toHaveLength(13);
    expect(byName(first, 'Good')).toMatchObject({ outcome: 'new', newArticles: 2, parsed: true });
    expect(byName(first, 'Latin1')).toMatchObject({ outcome: 'new', newArticles: 1 });
    expect(byName(first, 'Gzip')).toMatchObject({ outcome: 'new', newArticles: 2 });
    expect(byName(first, 'NoConditional')).toMatchObject({ outcome: 'new', newArticles: 2, skippedItems: 1 });
    expect(byName(first, 'MovingDate')).toMatchObject({ outcome: 'new', newArticles: 1 });
    expect(byName(first, 'Teaser')).toMatchObject({ outcome: 'new', newArticles: 1 });
    const failures: Record<string, string> = {
      Bomb: 'entity_expansion',
      Deep: 'too_deep',
      Huge: 'too_large',
      Hang: 'timeout',
      Busy: 'http_status',
      Loop: 'too_many_redirects',
      NotAFeed: 'parse',
    };
    for (const [name, reason] of Object.entries(failures)) {
      const report = byName(first, name);
      expect(report.outcome, name).toBe('failed');
      expect(report.error, name).toMatch(new RegExp(`^${reason}: `));
      const line = formatPollReport(report);
      expect(line.split('\n'), name).toHaveLength(1);
      expect(line).toContain(reason);
    }
    expect(await store.countArticles()).toBe(9);

    const koeln = (await store.findArticleByGuid('koeln-1')) ?? (await store.findArticleByCanonicalUrl('https://l.example/koeln'));
    expect(koeln?.title).toBe('Grüße aus Köln: Bürgermeisterin übt Kritik');
    expect(koeln?.body).toContain('Straße.');
    const relative = await store.findArticleByCanonicalUrl('https://127.0.0.1:' + server.port + '/politik/genf.html');
    expect(relative?.url).toBe(`${server.origin}/politik/genf.html`);
    expect(relative?.title).toBe('Gipfel in Genf');
    const teaser = (await store.findArticles({ source: 'Teaser' }))[0]!;
    expect(teaser.body).toContain('„Wir hatten ein sehr gutes Gespräch“, sagte Trump');
    // The quote comes from the fetched article page, not from the teaser.
    expect(teaser.analysis.quotes.map((quote) => quote.text).join(' ')).toContain('Wir hatten ein sehr gutes Gespräch');
    expect(server.hits.get('/articles/trump-putin.html')).toBe(1);
    const busy = (await store.listFeeds()).find((feed) => feed.name === 'Busy')!;
    expect(busy.nextFetchAt!.getTime()).toBeGreaterThanOrEqual(clock.getTime() + 3600_000);
    expect(busy.consecutiveFailures).toBe(1);

    clock = new Date(clock.getTime() + 10 * 60_000);
    const second = await pollFeeds(deps({ fetch: { ...TEST_FETCH, timeoutSeconds: 1 } }));
    expect(await store.countArticles()).toBe(9);
    expect(second.reduce((sum, report) => sum + report.newArticles + report.updatedArticles, 0)).toBe(0);
    for (const name of ['Good', 'Latin1', 'Gzip']) {
      expect(byName(second, name), name).toMatchObject({ outcome: 'not_modified', parsed: false });
    }
    // The server ignores conditional GET, but the body is the same: not parsed again.
    expect(byName(second, 'NoConditional')).toMatchObject({ outcome: 'unchanged', parsed: false });
    // A pubDate that moves on every fetch changes the body, not the article.
    expect(byName(second, 'MovingDate')).toMatchObject({ outcome: 'unchanged', parsed: true, newArticles: 0, updatedArticles: 0 });
    expect(byName(second, 'Teaser')).toMatchObject({ outcome: 'unchanged' });
    expect(server.hits.get('/articles/trump-putin.html')).toBe(1);
    // Busy asked for an hour; the others back off for five minutes, so they are fetched again.
    expect(byName(second, 'Busy')).toMatchObject({ outcome: 'skipped' });
    expect(byName(second, 'Busy').error).toMatch(/waiting until/);
    expect(server.hits.get('/busy.xml')).toBe(1);
    expect(byName(second, 'Bomb').outcome).toBe('failed');
  });

  it('updates an item in place when its text changes, and a re-published item with a new guid is not new', async () => {
    let version = 1;
    server = await startLocalServer({
      '/live.xml': (_req, res) => {
        const items =
          version === 1
            ? rssItem({ title: 'Gipfel geplant', link: 'https://e.example/gipfel?utm_medium=rss', guid: 'live-1', description: LONG })
            : version === 2
              ? rssItem({ title: 'Gipfel geplant', link: 'https://e.example/gipfel', guid: 'live-1', description: `${LONG} Update: Termin steht.` })
              : rssItem({ title: 'Gipfel geplant', link: 'http://www.e.example/gipfel', guid: 'republished-99', description: `${LONG} Update: Termin steht.` });
        res.writeHead(200).end(rss(items));
      },
    });
    await addFeed('/live.xml', 'Live');
    const first = await pollFeeds(deps());
    expect(first[0]).toMatchObject({ outcome: 'new', newArticles: 1 });
    const id = first[0]!.articleIds[0]!;

    version = 2;
    const second = await pollFeeds(deps());
    expect(second[0]).toMatchObject({ outcome: 'new', newArticles: 0, updatedArticles: 1, articleIds: [id] });
    expect(await store.countArticles()).toBe(1);
    expect((await store.getArticle(id))!.body).toContain('Termin steht.');

    version = 3;
    const third = await pollFeeds(deps());
    expect(third[0]).toMatchObject({ outcome: 'unchanged', newArticles: 0, updatedArticles: 0 });
    expect(await store.countArticles()).toBe(1);
  });

  it('stores a story carried by two feeds once, and does not flip its text between them', async () => {
    server = await startLocalServer({
      '/outlet-a.xml': (_req, res) =>
        res
          .writeHead(200)
          .end(rss(rssItem({ title: 'Gipfel in Helsinki', link: 'https://h.example/gipfel?utm_source=a', guid: 'a-7', description: `${LONG} Fassung A.` }))),
      '/outlet-b.xml': (_req, res) =>
        res
          .writeHead(200)
          .end(
            rss(rssItem({ title: 'Gipfel in Helsinki', link: 'https://www.h.example/gipfel?utm_source=b', guid: 'b-9', description: `${LONG} Fassung B.` })),
          ),
    });
    await addFeed('/outlet-a.xml', 'A');
    await addFeed('/outlet-b.xml', 'B');
    const poll = async () => {
      const reports: PollReport[] = [];
      // One feed after the other, so the order is fixed.
      for (const feed of await store.listFeeds()) reports.push(...(await pollFeeds(deps(), { feedIds: [feed.id] })));
      return reports;
    };
    const first = await poll();
    expect(first.map((report) => [report.name, report.newArticles, report.updatedArticles])).toEqual([
      ['A', 1, 0],
      ['B', 0, 0],
    ]);
    const second = await poll();
    expect(second.every((report) => report.newArticles === 0 && report.updatedArticles === 0)).toBe(true);
    expect(await store.countArticles()).toBe(1);
    expect((await store.findArticleByCanonicalUrl('https://h.example/gipfel'))!.body).toContain('Fassung A.');
  });

  it('backs off, disables a feed after maxConsecutiveFailures with the reason, skips it, and polls it again once re-enabled', async () => {
    let healthy = false;
    server = await startLocalServer({
      '/flaky.xml': (_req, res) => {
        if (healthy) res.writeHead(200).end(rss(rssItem({ title: 'Wieder da', link: 'https://f.example/1', description: LONG })));
        else res.writeHead(500).end('oops');
      },
    });
    const id = await addFeed('/flaky.xml', 'Flaky');
    const run = async (): Promise<PollReport> => {
      const [report] = await pollFeeds(deps());
      clock = new Date(clock.getTime() + 24 * 3600_000);
      return report!;
    };
    expect(await run()).toMatchObject({ outcome: 'failed', disabled: false });
    const afterOne = (await store.getFeed(id))!;
    expect(afterOne.consecutiveFailures).toBe(1);
    expect(afterOne.nextFetchAt!.getTime()).toBeGreaterThan(afterOne.lastFetchedAt!.getTime());
    expect(await run()).toMatchObject({ outcome: 'failed', disabled: false });
    const third = await run();
    expect(third).toMatchObject({ outcome: 'failed', disabled: true });
    expect(formatPollReport(third)).toMatch(/HTTP 500.*disabled/);
    const disabled = (await store.getFeed(id))!;
    expect(disabled.enabled).toBe(false);
    expect(disabled.disabledReason).toMatch(/^disabled after 3 consecutive failures; last: http_status: .*HTTP 500/);

    healthy = true;
    const skipped = await run();
    expect(skipped).toMatchObject({ outcome: 'skipped', error: disabled.disabledReason });
    expect(server.hits.get('/flaky.xml')).toBe(3);

    await reenableFeed(store, id);
    expect(await run()).toMatchObject({ outcome: 'new', newArticles: 1 });
    expect(await store.getFeed(id)).toMatchObject({ enabled: true, consecutiveFailures: 0, disabledReason: null, nextFetchAt: null });
  });

  it('keeps at most perHostConcurrency requests in flight per host', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const waiting: (() => void)[] = [];
    const routes: Parameters<typeof startLocalServer>[0] = {};
    for (let index = 0; index < 6; index++) {
      routes[`/slow-${index}.xml`] = async (_req, res) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        // Hold each answer until a second request is in flight (or a while has passed), so overlap does not depend on timing.
        const held = waiting.splice(0);
        if (held.length > 0) held.forEach((release) => release());
        else
          await new Promise<void>((resolve) => {
            waiting.push(resolve);
            setTimeout(resolve, 1_000);
          });
        inFlight--;
        res.writeHead(200).end(rss(rssItem({ title: `Meldung ${index}`, link: `https://s.example/${index}`, description: LONG })));
      };
    }
    server = await startLocalServer(routes);
    for (let index = 0; index < 6; index++) await addFeed(`/slow-${index}.xml`, `Slow ${index}`);
    const reports = await pollFeeds(deps({ fetch: { ...TEST_FETCH, perHostConcurrency: 2 } }));
    expect(reports.every((report) => report.outcome === 'new')).toBe(true);
    expect(maxInFlight).toBe(2);
  });

  it('refuses feeds on private addresses unless allowed, and keeps polling the others', async () => {
    server = await startLocalServer({ '/good.xml': (_req, res) => res.writeHead(200).end(goodFeed) });
    await addFeed('/good.xml', 'Local');
    const reports = await pollFeeds(deps({ fetch: { ...TEST_FETCH, allowPrivateAddresses: false } }));
    expect(reports[0]).toMatchObject({ outcome: 'failed' });
    expect(reports[0]!.error).toMatch(/^private_address: /);
    expect(server.hits.size).toBe(0);
  });
});
