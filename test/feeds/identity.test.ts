import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleIdentity, canonicalizeUrl, contentHashOf, isEmptyItem, parseFeed } from '../../src/feeds/index.js';

describe('canonicalizeUrl', () => {
  it.each([
    ['HTTP://WWW.Example.ORG:80/News/Gipfel/?utm_source=rss&utm_medium=feed&id=7#comments', 'https://example.org/News/Gipfel?id=7'],
    ['https://example.org/a?b=2&a=1&fbclid=xyz&gclid=1', 'https://example.org/a?a=1&b=2'],
    ['https://www.heise.de/meldung/x-4205274.html?wt_mc=rss.ho.beitrag.rdf', 'https://heise.de/meldung/x-4205274.html'],
    ['https://example.org/', 'https://example.org/'],
    ['https://example.org:8443/a', 'https://example.org:8443/a'],
    ['not a url', 'not a url'],
  ])('%s', (raw, canonical) => {
    expect(canonicalizeUrl(raw)).toBe(canonical);
  });
});

describe('articleIdentity', () => {
  const item = { guid: null, url: null, title: 'Putin und Trump telefonieren', text: 'Der Kreml teilte mit …' };

  it('uses a URL or tag guid as is and scopes a bare guid to its feed', () => {
    expect(articleIdentity({ ...item, guid: 'https://example.org/a/1' }, 'https://example.org/feed').guid).toBe('https://example.org/a/1');
    expect(articleIdentity({ ...item, guid: 'tag:example.org,2018:1' }, 'https://example.org/feed').guid).toBe('tag:example.org,2018:1');
    const a = articleIdentity({ ...item, guid: '1234' }, 'https://a.example/feed');
    const b = articleIdentity({ ...item, guid: '1234' }, 'https://b.example/feed');
    expect(a.guid).toBe('https://a.example/feed#1234');
    expect(a.guid).not.toBe(b.guid);
  });

  it('falls back to the canonical link, then to the content hash', () => {
    const byLink = articleIdentity({ ...item, url: 'http://www.example.org/a/1?utm_campaign=x' }, 'https://example.org/feed');
    expect(byLink.guid).toBe('https://example.org/a/1');
    expect(byLink.canonicalUrl).toBe('https://example.org/a/1');
    const byHash = articleIdentity(item, 'https://example.org/feed');
    expect(byHash.guid).toBe(`sha256:${byHash.contentHash}`);
    expect(byHash.canonicalUrl).toBeNull();
  });

  it('does not treat a front-page link shared by many items as an identity', () => {
    const identity = articleIdentity({ ...item, url: 'https://example.org/' }, 'https://example.org/feed');
    expect(identity.canonicalUrl).toBeNull();
    expect(identity.guid).toMatch(/^sha256:/);
  });

  it('hashes what a reader sees: whitespace does not count, text does', () => {
    expect(contentHashOf({ title: 'A  title', text: 'Body\n\ntext' })).toBe(contentHashOf({ title: 'A title', text: 'Body text ' }));
    expect(contentHashOf({ title: 'A title', text: 'Body text' })).not.toBe(contentHashOf({ title: 'A title', text: 'Body text, updated' }));
  });
});

describe('identities over the Miniflux peer corpus (test/fixtures/peer-feeds)', () => {
  const corpus = resolve(import.meta.dirname, '../fixtures/peer-feeds/miniflux');
  const feeds = readdirSync(corpus).filter((name) => name.startsWith('parser-'));

  it.each(feeds)('%s: every item has its own identity, the same on every parse', async (name) => {
    const body = readFileSync(join(corpus, name));
    const parseAt = (now: string) => parseFeed(body, { url: `https://peer.example/${name}`, now: new Date(now) });
    const [first, second] = await Promise.all([parseAt('2026-11-25T12:00:00Z'), parseAt('2026-11-26T12:00:00Z')]);
    const usable = (feed: typeof first) => feed.items.filter((item) => !isEmptyItem(item));
    const identities = usable(first).map((item) => articleIdentity(item, `https://peer.example/${name}`).guid);
    expect(identities.length).toBeGreaterThan(0);
    expect(new Set(identities).size).toBe(identities.length);
    // Dates fall back to the parse time for undated items; identities never depend on it.
    expect(usable(second).map((item) => articleIdentity(item, `https://peer.example/${name}`).guid)).toEqual(identities);
  });
});
