import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeed, type ParsedFeed } from '../../src/feeds/index.js';

/**
 * Our own corpus of small feeds, one or a few cases each: every dialect
 * (RSS 0.90–2.0 with and without version, prefixed RSS, RDF, Atom 0.3/1.0,
 * CDF, JSON Feed), what may precede the root (BOM, comments, processing
 * instructions, DOCTYPE, whitespace, a server's warning), every title form
 * (entities, double escapes, CDATA, html/xhtml/text types, base64, scripts),
 * every link form (rel priority, link text, xml:base, relative, schemes,
 * guids) and broken XML the forgiving parser recovers. Each file's exact
 * titles and links are in expected.json.
 */
const CORPUS = resolve(import.meta.dirname, '../fixtures/feeds/corpus');
const FEED_URL = 'https://feeds.example.org/news/feed.xml';
const NOW = new Date('2026-11-25T12:00:00Z');

interface Expected {
  dialect?: string;
  title?: string | null;
  link?: string | null;
  recovered?: boolean;
  items?: [string, string | null][];
  skipped?: number;
  error?: string;
}

const expected = JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8')) as Record<string, Expected>;
const files = readdirSync(CORPUS).filter((name) => name !== 'expected.json');

function parse(name: string): Promise<ParsedFeed> {
  return parseFeed(readFileSync(join(CORPUS, name)), { url: FEED_URL, now: NOW, contentType: null });
}

describe('feed corpus', () => {
  it('has at least 60 feed files, each with its expectations', () => {
    expect(files.filter((name) => !name.endsWith('.html')).length).toBeGreaterThanOrEqual(60);
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(files.filter((name) => expected[name]?.error === undefined))('%s: exact feed title, link, item titles and links', async (name) => {
    const want = expected[name]!;
    const feed = await parse(name);
    expect({ dialect: feed.dialect, title: feed.title, link: feed.link, recovered: feed.recovered !== null, skipped: feed.skipped.length }).toEqual({
      dialect: want.dialect,
      title: want.title,
      link: want.link,
      recovered: want.recovered,
      skipped: want.skipped,
    });
    expect(feed.items.map((item) => [item.title, item.url])).toEqual(want.items);
  });

  it.each(files.filter((name) => expected[name]?.error !== undefined))('%s: refused with its one-line reason', async (name) => {
    await expect(parse(name)).rejects.toThrow(expected[name]!.error!);
  });

  it('titles never carry markup, entities or scripts', async () => {
    // These two hold angle brackets as text on purpose ("Why <div> is bad", type="text").
    const literal = new Set(['title-literal-angle.xml', 'title-atom-text.xml']);
    for (const name of files.filter((file) => expected[file]?.error === undefined && !literal.has(file))) {
      const feed = await parse(name);
      for (const title of [feed.title ?? '', ...feed.items.map((item) => item.title)]) {
        expect(title, `${name}: ${title}`).not.toMatch(/<\/?(?:b|i|em|strong|span|div|p|script|iframe|style|object)\b|&(?:amp|lt|gt|quot|#\d+);|alert\(/);
        expect(title, `${name}: ${title}`).toBe(title.replace(/\s+/g, ' ').trim());
      }
    }
  });

  it('keeps item text, dates and authors for the dialects that carry them', async () => {
    const rss = await parse('rss20.xml');
    expect(rss.items[0]).toMatchObject({ author: 'Anna Weber', text: 'The talks ended late on Monday.\n\nBoth sides said they would meet again.' });
    expect(rss.items[0]!.publishedAt?.toISOString()).toBe('2026-11-24T09:00:00.000Z');
    expect(rss.items[1]!.text).toBe('Tariffs were on the agenda.');
    const rdf = await parse('rss10-rdf.xml');
    expect(rdf.items[0]).toMatchObject({ guid: 'http://rdf.example.org/a/1', author: 'Redaktion', text: 'Der Gipfel beginnt.' });
    expect(rdf.items[0]!.publishedAt?.toISOString()).toBe('2026-11-24T08:00:00.000Z');
    const atom03 = await parse('atom03.xml');
    expect(atom03.items[0]!.publishedAt?.toISOString()).toBe('2004-01-01T10:00:00.000Z');
    expect(atom03.items[0]!.text).toBe('Hello');
    const cdf = await parse('cdf.xml');
    expect(cdf.items[0]!.text).toBe('The first article.');
    expect(cdf.items[0]!.publishedAt?.toISOString()).toBe('1998-11-05T22:12:00.000Z');
    const source = await parse('atom-source.xml');
    expect(source.items[0]!.text).toBe('First paragraph.\n\nSecond.');
    const prefixed = await parse('rss20-prefixed.xml');
    expect(prefixed.items[0]!.text).toBe('correct description');
    const authors = await parse('feed-title-markup.xml');
    expect(authors.items[0]!.author).toBe('Dr. Eva Müller');
  });

  it('says what it recovered from, with the place of the first error', async () => {
    expect((await parse('broken-one-item.xml')).recovered).toMatch(/^line 9, column \d+: unexpected close tag/);
    expect((await parse('truncated-close-tag.xml')).recovered).toMatch(/^line 9, column \d+: unclosed tag: rss/);
    expect((await parse('junk-before.xml')).recovered).toBe('text before the XML document was ignored');
    expect((await parse('rss20.xml')).recovered).toBeNull();
  });
});
