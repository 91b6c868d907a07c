import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { handleCommand } from '../../src/chat/index.js';
import { assertPublicUrl, discoverFeed, FeedError, findFeedLinks, parseFeed } from '../../src/feeds/index.js';
import { createHarness, moderator } from '../chat/commands/harness.js';
import { rss, rssItem, startLocalServer, TEST_FETCH, type LocalServer } from './local-server.js';

const PAGE = readFileSync(resolve(import.meta.dirname, '../fixtures/feeds/corpus/html-page.html'), 'utf8');

const servers: LocalServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(routes: Parameters<typeof startLocalServer>[0], host?: string): Promise<LocalServer> {
  const server = await startLocalServer(routes, host);
  servers.push(server);
  return server;
}

const mainFeed = rss(rssItem({ title: 'Hauptmeldung', link: 'https://www.example.org/1' })).replace('<channel>', '<channel><title>Example News</title>');
const atomFeed =
  '<feed xmlns="http://www.w3.org/2005/Atom"><title>Example News (Atom)</title><entry><title>A</title><link href="https://www.example.org/a"/></entry></feed>';

function page(links: string): string {
  return `<!doctype html><html><head><title>Home</title>${links}</head><body><p>Front page</p></body></html>`;
}

describe('findFeedLinks', () => {
  it('lists the feeds a page declares, resolved against the page, comment feeds last, other alternates ignored', () => {
    expect(findFeedLinks(PAGE, 'https://www.example.org/')).toEqual([
      { url: 'https://www.example.org/feed/', title: 'Example News', type: 'application/rss+xml' },
      { url: 'https://www.example.org/feed/atom/', title: 'Example News (Atom)', type: 'application/atom+xml' },
      { url: 'https://www.example.org/comments/feed/', title: 'Example News » Comments Feed', type: 'application/rss+xml' },
    ]);
  });

  it('honours <base href>, JSON Feed and rel="feed", and falls back to feed-looking anchors only when nothing is declared', () => {
    const declared = page(
      '<base href="https://cdn.example.net/site/"><link rel="alternate" type="application/feed+json" href="feed.json"><link rel="feed" href="/all.xml">',
    );
    expect(findFeedLinks(declared, 'https://www.example.org/').map((link) => link.url)).toEqual([
      'https://cdn.example.net/site/feed.json',
      'https://cdn.example.net/all.xml',
    ]);
    const anchors = '<html><body><a href="/about">About</a><a href="/index.rss">RSS</a><a href="https://www.example.org/feed/">Feed</a></body></html>';
    expect(findFeedLinks(anchors, 'https://www.example.org/').map((link) => link.url)).toEqual([
      'https://www.example.org/index.rss',
      'https://www.example.org/feed/',
    ]);
    expect(findFeedLinks('<html><head><link rel="alternate" hreflang="de" href="/de/"></head></html>', 'https://www.example.org/')).toEqual([]);
  });
});

describe('discoverFeed against local servers', () => {
  const options = { ...TEST_FETCH };

  it('keeps a feed URL as it is', async () => {
    const server = await serve({ '/rss.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(mainFeed) });
    expect(await discoverFeed(`${server.origin}/rss.xml`, options)).toEqual({
      feedUrl: `${server.origin}/rss.xml`,
      title: 'Example News',
      dialect: 'RSS 2.0',
      foundOn: null,
      alternatives: [],
    });
  });

  it('follows a page to the feed it names, says which one was chosen and which others are offered', async () => {
    const server = await serve({
      '/': (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE.replace('https://www.example.org/feed/atom/', '/feed/atom/')),
      '/feed/': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(mainFeed),
      '/feed/atom/': (_req, res) => res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(atomFeed),
    });
    const found = await discoverFeed(`${server.origin}/`, options);
    expect(found).toMatchObject({ feedUrl: `${server.origin}/feed/`, title: 'Example News', dialect: 'RSS 2.0', foundOn: `${server.origin}/` });
    expect(found.alternatives.map((link) => link.url)).toEqual([`${server.origin}/feed/atom/`, `${server.origin}/comments/feed/`]);
    // The comments feed is never fetched: the first readable feed wins.
    expect(server.hits.get('/comments/feed/')).toBeUndefined();
  });

  it('skips a named feed that is gone and takes the next one', async () => {
    const server = await serve({
      '/': (_req, res) =>
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(page('<link rel="alternate" type="application/rss+xml" href="/gone.xml"><link rel="alternate" type="application/atom+xml" href="/atom.xml">')),
      '/atom.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(atomFeed),
    });
    const found = await discoverFeed(`${server.origin}/`, options);
    expect(found.feedUrl).toBe(`${server.origin}/atom.xml`);
    expect(found.dialect).toBe('Atom 1.0');
    expect(server.hits.get('/gone.xml')).toBe(1);
  });

  it('refuses a page that names no feed, and a page whose feeds cannot be read, in one sentence each', async () => {
    const server = await serve({
      '/plain': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page('')),
      '/broken': (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/html' }).end(page('<link rel="alternate" type="application/rss+xml" href="/missing.xml">')),
    });
    const none = await discoverFeed(`${server.origin}/plain`, options).catch((error: unknown) => error);
    expect(none).toBeInstanceOf(FeedError);
    expect((none as FeedError).message).toBe(
      `${server.origin}/plain is an HTML page that names no feed (no <link rel="alternate" type="application/rss+xml">); give the feed's own address`,
    );
    const unreadable = await discoverFeed(`${server.origin}/broken`, options).catch((error: unknown) => error);
    expect((unreadable as FeedError).message).toMatch(/is an HTML page whose feed links could not be read \(.*missing\.xml.*HTTP 404\)$/);
    expect((unreadable as FeedError).message.split('\n')).toHaveLength(1);
  });

  it('guards every address: the page, and each feed it points to', async () => {
    const page127 = await serve({ '/': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page('')) });
    const refused = await discoverFeed(`${page127.origin}/`, { ...options, allowPrivateAddresses: false }).catch((error: unknown) => error);
    expect((refused as FeedError).reason).toBe('private_address');

    // The page is "public" (127.0.0.1 allowed here); the feed it names sits on a blocked address.
    const hidden = await serve({ '/feed.xml': (_req, res) => res.writeHead(200).end(mainFeed) }, '127.0.0.2');
    const front = await serve({
      '/': (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/html' }).end(page(`<link rel="alternate" type="application/rss+xml" href="${hidden.origin}/feed.xml">`)),
    });
    const blocked = await discoverFeed(`${front.origin}/`, {
      ...options,
      allowPrivateAddresses: false,
      isBlockedAddress: (address) => address === '127.0.0.2',
    }).catch((error: unknown) => error);
    expect((blocked as FeedError).reason).toBe('private_address');
    expect(hidden.hits.size).toBe(0);
  });

  it('names the feed when the poller is given a page instead of a feed', async () => {
    const error = await parseFeed(Buffer.from(PAGE), { url: 'https://www.example.org/', now: new Date(), contentType: 'text/html' }).catch(
      (caught: unknown) => caught,
    );
    expect((error as FeedError).message).toBe(
      'https://www.example.org/ is an HTML page, not a feed; its feed is https://www.example.org/feed/ (it also offers 2 more): use that address',
    );
  });
});

describe('/news feeds add with a page address', () => {
  it('stores the feed the page names and says which one was chosen and what else was offered', async () => {
    const server = await serve({
      '/': (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE.replace('https://www.example.org/feed/atom/', '/feed/atom/')),
      '/feed/': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(mainFeed),
    });
    const h = createHarness();
    try {
      h.deps.checkFeedUrl = (url) => assertPublicUrl(url, { ...TEST_FETCH });
      h.deps.discoverFeed = async (url) => {
        const found = await discoverFeed(url, { ...TEST_FETCH });
        return { url: found.feedUrl, title: found.title, alternatives: found.alternatives };
      };
      const reply = await handleCommand({ name: 'feeds', action: 'add', options: { url: `${server.origin}/` } }, moderator, h.deps);
      expect(reply.error).toBeUndefined();
      const [feed] = await h.store.listFeeds();
      expect(feed).toMatchObject({ url: `${server.origin}/feed/`, origin: 'chat' });
      expect(reply.lines.map((line) => [line.text, line.url])).toEqual([
        [`#${feed!.id} ${feed!.name}`, `${server.origin}/feed/`],
        [`Found on ${server.origin}/: Example News`, `${server.origin}/feed/`],
        ['Also offered: Example News (Atom)', `${server.origin}/feed/atom/`],
        ['Also offered: Example News » Comments Feed', `${server.origin}/comments/feed/`],
      ]);
      // Adding the page again finds the same feed: refused as a duplicate, nothing added.
      const again = await handleCommand({ name: 'feeds', action: 'add', options: { url: `${server.origin}/` } }, moderator, h.deps);
      expect(again.error).toBe(true);
      expect(again.lines[0]!.text).toMatch(/already added here as #/);
      expect(await h.store.listFeeds()).toHaveLength(1);
    } finally {
      h.close();
    }
  });

  it('answers in one sentence when the page names no feed', async () => {
    const server = await serve({ '/': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page('')) });
    const h = createHarness();
    try {
      h.deps.checkFeedUrl = (url) => assertPublicUrl(url, { ...TEST_FETCH });
      h.deps.discoverFeed = async (url) => {
        const found = await discoverFeed(url, { ...TEST_FETCH });
        return { url: found.feedUrl, title: found.title, alternatives: found.alternatives };
      };
      const reply = await handleCommand({ name: 'feeds', action: 'add', options: { url: `${server.origin}/` } }, moderator, h.deps);
      expect(reply.error).toBe(true);
      expect(reply.lines[0]!.text).toBe(
        `The feed URL cannot be used: ${server.origin}/ is an HTML page that names no feed (no <link rel="alternate" type="application/rss+xml">); give the feed's own address.`,
      );
      expect(await h.store.listFeeds()).toHaveLength(0);
    } finally {
      h.close();
    }
  });
});
