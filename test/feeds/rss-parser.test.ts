import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Parser from 'rss-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeBody, MAX_ITEMS, parseFeed, type ParsedFeed } from '../../src/feeds/index.js';
import { readFeedModel, type FeedModel } from '../../src/feeds/feed-model.js';
import { prepareXmlDocument, RSS_PARSER_MAX_CHARS } from '../../src/feeds/parse.js';
import { readWithRssParser, type RssParserReading } from '../../src/feeds/rss-parser-read.js';
import { VOCABULARIES } from '../../src/feeds/rss-parser-vocabulary.js';
import { sniffDocument } from '../../src/feeds/sniff.js';
import { DEFAULT_XML_LIMITS } from '../../src/feeds/xml-guard.js';
import { parseStrictXml } from '../../src/feeds/xml-parsers.js';

/**
 * rss-parser reads the strict path for the dialects it reads as we do, and
 * the result is the tree parser's, field for field: every feed of our corpus,
 * of Miniflux's and of the demo that its gate admits is read both ways and
 * compared. What it would read differently, the gate sends to the tree parser
 * with a reason; when rss-parser throws, the tree parser reads the feed.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const URL_ = 'https://feeds.example.org/news/feed.xml';
const NOW = new Date('2026-11-25T12:00:00Z');
const NAMESPACES = {
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  atom: 'http://www.w3.org/2005/Atom',
  xhtml: 'http://www.w3.org/1999/xhtml',
  media: 'http://search.yahoo.com/mrss/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  slash: 'http://purl.org/rss/1.0/modules/slash/',
  wfw: 'http://wellformedweb.org/CommentAPI/',
  feedburner: 'http://rssnamespace.org/feedburner/ext/1.0',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  sy: 'http://purl.org/rss/1.0/modules/syndication/',
  georss: 'http://www.georss.org/georss',
};
/**
 * The elements of RSS 0.9x–2.0, RSS 1.0, Atom 0.3/1.0, Dublin Core and the usual extensions, whether the model reads them
 * today or not: an item holding any one of them must read the same both ways (listed here, not taken from the vocabulary,
 * so that a field the model reads and the vocabulary lacks shows).
 */
const ELEMENTS = [
  ...['title', 'link', 'description', 'author', 'category', 'comments', 'enclosure', 'guid', 'pubDate', 'source', 'language', 'copyright'],
  ...['managingEditor', 'webMaster', 'lastBuildDate', 'generator', 'docs', 'ttl', 'rating', 'image', 'textInput', 'abstract', 'body', 'encoded'],
  ...['id', 'updated', 'published', 'issued', 'modified', 'created', 'contributor', 'content', 'summary', 'rights', 'subtitle', 'tagline', 'icon'],
  ...['logo', 'name', 'email', 'uri'],
  ...['title', 'creator', 'subject', 'description', 'publisher', 'contributor', 'date', 'type', 'format', 'identifier', 'source'].map((n) => `dc:${n}`),
  ...['language', 'relation', 'coverage', 'rights'].map((name) => `dc:${name}`),
  ...['issued', 'created', 'modified', 'available', 'date', 'abstract', 'title', 'creator', 'identifier'].map((name) => `dcterms:${name}`),
  ...['content:encoded', 'content:format', 'content:item', 'xhtml:body', 'xhtml:div', 'xhtml:p'],
  ...['title', 'id', 'updated', 'published', 'summary', 'content', 'author', 'link'].map((name) => `atom:${name}`),
  ...['media:title', 'media:description', 'media:content', 'media:thumbnail', 'media:credit', 'itunes:author', 'itunes:summary', 'itunes:title'],
  ...['slash:comments', 'wfw:commentRss', 'feedburner:origLink', 'sy:updatePeriod', 'georss:point', 'rdf:li', 'rdf:Seq'],
];
const FEED_FILES = [
  ['test/fixtures/feeds/corpus', /\.xml$/],
  ['test/fixtures/peer-feeds/miniflux', /\.xml$/],
  ['examples/feeds', /\.xml$/],
] as const;

function prepared(text: string): { text: string; sniffed: ReturnType<typeof sniffDocument> } {
  const sniffed = sniffDocument(text, null);
  return { text: prepareXmlDocument(text, sniffed), sniffed };
}

function byTree(text: string): { model: FeedModel; records: number } {
  const tree = parseStrictXml(text, { maxDepth: DEFAULT_XML_LIMITS.maxDepth, maxRecords: MAX_ITEMS }, URL_);
  return { model: readFeedModel(tree.root), records: tree.records };
}

async function read(xml: string): Promise<RssParserReading> {
  const { text, sniffed } = prepared(xml);
  return readWithRssParser(text, sniffed, URL_);
}

/** Reads a document both ways; returns rss-parser's reason when it declined, else checks the two readings are equal. */
async function compare(xml: string): Promise<string | null> {
  const { text, sniffed } = prepared(xml);
  const reading = await readWithRssParser(text, sniffed, URL_);
  if ('declined' in reading) return reading.declined;
  const tree = byTree(text);
  expect(reading.model).toEqual(tree.model);
  expect(reading.records).toBe(tree.records);
  return null;
}

describe('rss-parser, field for field as the tree parser', () => {
  it('reads the corpus feeds its gate admits exactly as the tree parser does', async () => {
    const admitted: string[] = [];
    for (const [dir, pattern] of FEED_FILES) {
      for (const name of readdirSync(join(ROOT, dir)).filter((file) => pattern.test(file))) {
        const text = decodeBody(readFileSync(join(ROOT, dir, name)), null).text;
        if (!sniffDocument(text, null).isFeed) continue;
        if ((await compare(text)) === null) admitted.push(name);
      }
    }
    // Every dialect rss-parser reads, the title and link cases it can carry, and the real feeds.
    expect(admitted).toEqual(
      expect.arrayContaining([
        'rss20.xml',
        'rss091-netscape.xml',
        'rss092.xml',
        'rss090.xml',
        'rss10-rdf.xml',
        'atom10.xml',
        'atom03.xml',
        'atom-link-priority.xml',
        'atom-link-text.xml',
        'title-atom-html.xml',
        'title-double-escaped.xml',
        'title-script.xml',
        'guid-permalink.xml',
        'relative-links.xml',
        'link-schemes.xml',
        'doctype-entities.xml',
        'parser-large_rss.xml',
        'parser-large_atom.xml',
        'parser-rdf_UTF8.xml',
        'westwind.xml',
      ]),
    );
    expect(admitted.length).toBeGreaterThanOrEqual(60);
  });

  it('carries every element the model reads: an item holding any one element reads the same both ways', async () => {
    const elements = [...new Set([...ELEMENTS, ...Object.values(VOCABULARIES).flatMap((vocabulary) => [...vocabulary.feedFields, ...vocabulary.itemFields])])];
    const namespaces = Object.entries(NAMESPACES)
      .map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`)
      .join(' ');
    const declined: string[] = [];
    const field = (name: string): string => `<${name} href="https://only.example/${name}/href">https://only.example/${name}</${name}>`;
    for (const name of elements) {
      const documents = [
        `<rss version="2.0" ${namespaces}><channel>${field(name)}<item>${field(name)}</item></channel></rss>`,
        `<rdf:RDF xmlns="http://purl.org/rss/1.0/" ${namespaces}><channel>${field(name)}</channel><item>${field(name)}</item></rdf:RDF>`,
        `<feed xmlns="http://www.w3.org/2005/Atom" ${namespaces}>${field(name)}<entry>${field(name)}</entry></feed>`,
      ];
      for (const xml of documents) if ((await compare(xml)) !== null) declined.push(`${name} in <${/^<([\w:]+)/.exec(xml)![1]}>`);
    }
    // Declined only where the tree reads the element differently from its name: Atom's own elements under the atom: prefix, and
    // anything named item or entry, which the tree counts as an item.
    expect(declined.sort()).toEqual([
      ...['author', 'content', 'id', 'link', 'published', 'summary', 'title', 'updated'].map((local) => `atom:${local} in <feed>`),
      ...['feed', 'rdf:RDF', 'rss'].map((root) => `content:item in <${root}>`),
    ]);
  });

  it('reads a kitchen-sink feed of each dialect as the tree parser does', async () => {
    const item = `<item rdf:about="https://about.example/1">
      <title type="html">Talks &lt;i&gt;resume&lt;/i&gt; &amp;amp; more</title><dc:title>DC title</dc:title>
      <link>  </link><link>/relative/item</link><atom:link rel="alternate" type="text/html" href="https://atom.example/a"/>
      <guid isPermaLink="false">https://guid.example/1</guid><dc:identifier>urn:x:1</dc:identifier>
      <description><![CDATA[<p>Teaser</p>]]></description><content:encoded><![CDATA[<p>Full <b>text</b></p>]]></content:encoded>
      <pubDate>Tue, 24 Nov 2026 10:00:00 +0100</pubDate><dc:date>2026-11-20T08:00:00Z</dc:date>
      <author>anna@example.org (Anna)</author><dc:creator>Bernd &amp; Co</dc:creator>
      <media:title>media</media:title><media:content url="https://m.example/x.jpg"/><itunes:author>pod</itunes:author>
      <enclosure url="https://e.example/a.mp3" type="audio/mpeg" length="1"/><category domain="x">c</category><source url="https://s.example/">Source</source>
    </item>`;
    const namespaces = Object.entries(NAMESPACES)
      .map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`)
      .join(' ');
    const channel = `<title>Channel &amp;amp; co</title><link>https://site.example/</link><atom:link rel="self" href="https://site.example/feed"/>
      <description>d</description><image><title>not the title</title><url>https://i.example/</url></image>`;
    const rss2 = `<?xml version="1.0"?><rss version="2.0" ${namespaces}><channel href="https://cdf-like.example/">${channel}${item}${item}</channel></rss>`;
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns="http://purl.org/rss/1.0/" ${namespaces}><channel rdf:about="x">${channel}</channel>${item}</rdf:RDF>`;
    const entry = `<entry><id>tag:example.org,2026:1</id><title type="html">A &lt;b&gt;B&lt;/b&gt;</title>
      <link rel="self" href="https://self.example/"/><link rel="alternate" type="application/json" href="/json"/><link href="/html"/>
      <published>2026-11-23T10:00:00+01:00</published><updated>2026-11-24T10:00:00Z</updated>
      <summary type="html">&lt;p&gt;s&lt;/p&gt;</summary><content type="text">1 &lt; 2</content>
      <author><name>Anna &lt;b&gt;W&lt;/b&gt;</name><email>a@example.org</email><uri>https://a.example/</uri></author>
      <category term="x"/><media:thumbnail url="https://t.example/"/><rights>r</rights></entry>`;
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" ${namespaces}><title type="html">F &amp;amp; G</title>
      <link rel="self" href="https://site.example/atom"/><link rel="alternate" href="https://site.example/"/><updated>2026-11-24T10:00:00Z</updated>${entry}${entry}</feed>`;
    for (const feed of [rss2, rdf, atom]) expect(await compare(feed)).toBeNull();
  });

  it('agrees with the tree parser on generated feeds mixing title, link, guid, date, namespace and whitespace cases', async () => {
    const parts = [
      '<title>Plain</title>',
      '<title type="html">Talks &lt;i&gt;resume&lt;/i&gt;</title>',
      '<title><![CDATA[CDATA <b>bold</b> &amp; more]]></title>',
      '<title>  spaced \r\n title\t </title>',
      '<title/>',
      '<title>A<!-- c -->B</title>',
      '<dc:title>DC</dc:title>',
      '<link>https://a.example/1</link>',
      '<link>/relative/2</link>',
      '<link href="https://h.example/3"/>',
      '<link>javascript:alert(1)</link>',
      '<atom:link rel="alternate" href="https://atom.example/x"/>',
      '<atom:link rel="self" href="https://self.example/"/>',
      '<guid>https://guid.example/1</guid>',
      '<guid isPermaLink=" FALSE ">https://guid.example/2</guid>',
      '<guid>plain</guid>',
      '<description>Escaped &lt;p&gt;para&lt;/p&gt;</description>',
      '<description type="text">1 &lt; 2</description>',
      '<content:encoded><![CDATA[<p>full</p>]]></content:encoded>',
      '<pubDate>Tue, 24 Nov 2026 10:00:00 +0100</pubDate>',
      '<pubDate>not a date</pubDate>',
      '<dc:date>2026-11-20T08:00:00Z</dc:date>',
      '<author>anna@example.org (Anna)</author>',
      '<dc:creator>Bernd &amp; Co</dc:creator>',
      '<media:title>media</media:title>',
      '<x:description xmlns:x="http://example.com/x">other</x:description>',
    ];
    const namespaces = [
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom"',
      'xmlns:dc="http://example.com/not-dublin-core" xmlns:atom="http://purl.org/dc/elements/1.1/"',
      '',
    ];
    let seed = 13;
    const next = (size: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % size;
    };
    let admitted = 0;
    for (let feed = 0; feed < 300; feed++) {
      const items = Array.from(
        { length: 1 + next(3) },
        () => `<item>${Array.from({ length: 1 + next(6) }, () => parts[next(parts.length)]).join('\n')}</item>`,
      );
      let xml = `<?xml version="1.0"?>\n<rss version="2.0" ${namespaces[next(namespaces.length)]} xmlns:media="http://search.yahoo.com/mrss/">\n<channel><title>C</title>${items.join('\n')}</channel></rss>`;
      if (next(4) === 0) xml = xml.replace(/\n/g, '\r\n');
      if ((await compare(xml)) === null) admitted++;
    }
    expect(admitted).toBeGreaterThan(150);
  });
});

describe('what the gate sends to the tree parser', () => {
  it.each([
    ['xml-base-rss.xml', /^xml:base$/],
    ['xml-base-atom.xml', /^xml:base$/],
    ['title-atom-xhtml.xml', /^markup inside <title>$/],
    ['title-naked-markup.xml', /^markup inside <title>$/],
    ['unescaped-html-description.xml', /^markup inside <description>$/],
    ['rss20-prefixed.xml', /does not read RSS 2\.0 as we do/],
    ['rss20-no-version.xml', /does not read RSS \(no version\)/],
    ['cdf.xml', /does not read CDF/],
    ['channel-root.xml', /no <rss> element/],
    ['atom-entry-document.xml', /Atom 1\.0 entry/],
    ['rss-items-outside-channel.xml', /^1 items outside where rss-parser looks for them$/],
    ['rss10-prefixed.xml', /items outside where rss-parser looks/],
    ['mismatched-case.xml', /^not well-formed XML$/],
    ['truncated-mid-item.xml', /^not well-formed XML$/],
  ])('%s: %s', async (name, reason) => {
    const reading = await read(decodeBody(readFileSync(join(ROOT, 'test/fixtures/feeds/corpus', name)), null).text);
    expect('declined' in reading && reading.declined).toMatch(reason);
  });

  const rss = (items: string, attributes = ''): string => `<rss version="2.0" ${attributes}><channel><title>T</title>${items}</channel></rss>`;
  it.each([
    ['an element name in another case', rss('<item><Title>x</Title></item>'), /<Title> \(the tree reads it as no namespace:title\)/],
    ['pubdate in lower case', rss('<item><pubdate>Mon, 23 Nov 2026 10:00:00 GMT</pubdate></item>'), /<pubdate>/],
    [
      'dc: bound to another namespace',
      rss('<item><dc:creator>x</dc:creator></item>', 'xmlns:dc="http://example.com/x"'),
      /<dc:creator> \(the tree reads it as other:creator\)/,
    ],
    [
      'Dublin Core under another prefix',
      rss('<item><d:creator>x</d:creator></item>', 'xmlns:d="http://purl.org/dc/elements/1.1/"'),
      /<d:creator> \(the tree reads it as dc:creator\)/,
    ],
    ['a default namespace the model does not read', rss('<item><title xmlns="http://example.com/x">x</title></item>'), /default namespace/],
    ['a carriage return by reference', rss('<item><title>a&#13;b</title></item>'), /carriage return/],
    ['a tab by reference in an attribute', rss('<item><link href="https://x.example/&#9;"/></item>'), /line break or tab in an attribute/],
    ['an item inside an item', rss('<item><title>a</title><source><item/></source></item>'), /items outside/],
    ['nesting past the limit', rss(`<item>${'<x>'.repeat(70)}${'</x>'.repeat(70)}</item>`), /nesting deeper than 64 levels/],
    ['more items than MAX_ITEMS', rss('<item/>'.repeat(MAX_ITEMS + 1)), new RegExp(`more than ${MAX_ITEMS} items`)],
  ])('%s', async (_, xml, reason) => {
    const reading = await read(xml);
    expect('declined' in reading && reading.declined).toMatch(reason);
  });
});

describe('parseFeed: rss-parser on the strict path, the tree parser behind it', () => {
  afterEach(() => vi.restoreAllMocks());

  const parse = (xml: string): Promise<ParsedFeed> => parseFeed(Buffer.from(xml, 'utf8'), { url: URL_, now: NOW, contentType: null });
  const corpus = (name: string): string => readFileSync(join(ROOT, 'test/fixtures/feeds/corpus', name), 'utf8');

  it('reads a plain RSS 2.0 feed with rss-parser', async () => {
    const parseString = vi.spyOn(Parser.prototype, 'parseString');
    const feed = await parse(corpus('guid-permalink.xml'));
    expect(parseString).toHaveBeenCalledTimes(1);
    await expect(parseString.mock.results[0]!.value).resolves.toMatchObject({ items: expect.any(Array) });
    expect(feed.recovered).toBeNull();
    expect(feed.items.map((item) => [item.title, item.url])).toEqual([
      ['Guid is the permalink', 'http://guids.example.com/1'],
      ['Guid marked not a permalink', null],
      ['Link beats guid', 'http://guids.example.com/3-link'],
      ['Bare guid is no link', null],
    ]);
  });

  it('leaves what the gate declines to the tree parser, broken documents recovered with saxes’ first error as before', async () => {
    const parseString = vi.spyOn(Parser.prototype, 'parseString');
    const based = await parse(corpus('xml-base-rss.xml'));
    expect(based.items.length).toBeGreaterThan(0);
    const broken = await parse(corpus('broken-one-item.xml'));
    expect(broken.recovered).toMatch(/^line 9, column \d+: unexpected close tag/);
    expect(parseString).not.toHaveBeenCalled();
  });

  it('reads the feed with the tree parser when rss-parser throws, and does not call it recovered', async () => {
    // xml2js keeps an element's text under "_" and fails on an element named so; saxes reads it.
    const xml = rss2Items('<item><title>Kept</title><link>https://k.example/1</link><_>x</_></item><item><title>Also kept</title></item>');
    const parseString = vi.spyOn(Parser.prototype, 'parseString');
    const feed = await parse(xml);
    expect(parseString).toHaveBeenCalledTimes(1);
    await expect(parseString.mock.results[0]!.value).rejects.toThrow();
    expect(feed.recovered).toBeNull();
    expect(feed.items.map((item) => [item.title, item.url])).toEqual([
      ['Kept', 'https://k.example/1'],
      ['Also kept', null],
    ]);
  });

  it('keeps rss-parser’s snippet regexes away from a hostile description (quadratic: hours at this size)', async () => {
    const xml = rss2Items(`<item><title>Hostile</title><description><![CDATA[${'<'.repeat(200_000)}]]></description></item>`);
    const parseString = vi.spyOn(Parser.prototype, 'parseString');
    const feed = await parse(xml);
    expect(parseString).toHaveBeenCalledTimes(1);
    expect(feed.items.map((item) => item.title)).toEqual(['Hostile']);
  });

  it('leaves documents over RSS_PARSER_MAX_CHARS to the tree parser, which is cheaper there', async () => {
    const item = `<item><title>Big</title><description>${'x'.repeat(1000)}</description></item>`;
    const xml = rss2Items(item.repeat(Math.ceil(RSS_PARSER_MAX_CHARS / item.length) + 1));
    const parseString = vi.spyOn(Parser.prototype, 'parseString');
    const feed = await parse(xml);
    expect(parseString).not.toHaveBeenCalled();
    expect(feed.items.length).toBe(Math.ceil(RSS_PARSER_MAX_CHARS / item.length) + 1);
  });
});

function rss2Items(items: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><link>https://site.example/</link>${items}</channel></rss>`;
}
