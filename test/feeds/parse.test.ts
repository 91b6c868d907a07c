import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { FeedError, isEmptyItem, MAX_ITEMS, parseFeed, parseFeedDate, type ParsedFeed } from '../../src/feeds/index.js';
import { BILLION_LAUGHS, deeplyNested, rss, rssItem } from './local-server.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const URL_ = 'https://news.example.org/feeds/world.xml';

const parse = (body: string | Buffer, contentType: string | null = 'application/rss+xml'): Promise<ParsedFeed> =>
  parseFeed(typeof body === 'string' ? Buffer.from(body, 'utf8') : body, { contentType, url: URL_, now: NOW });

async function parseFailure(body: string): Promise<FeedError> {
  try {
    await parse(body);
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected the parse to fail');
}

describe('hostile XML', () => {
  it('refuses a billion-laughs entity bomb with a clear reason, fast and without expanding it', async () => {
    const error = await parseFailure(BILLION_LAUGHS);
    expect(error.reason).toBe('entity_expansion');
    expect(error.message).toMatch(/ENTITY/);
  });

  it('reads an internal subset safely: literal entities expanded once, external sets never fetched, chains refused', async () => {
    const declared = await parse(
      `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ELEMENT rss ANY>
  <!-- the XHTML entity sets, by reference -->
  <!ENTITY % HTMLlat1 PUBLIC "-//W3C//ENTITIES Latin 1 for XHTML//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml-lat1.ent">
  %HTMLlat1;
  <!ENTITY path "C:\\data\\1\\new">
  <!ENTITY brand 'Caf&#233; &#x201E;Zur Post&#x201C;'>
]>
<rss version="2.0"><channel><title>&brand;</title>
<item><title>Path &path; at &brand;</title><link>https://example.org/1</link><guid isPermaLink="false">&path;</guid></item>
<item><title>Caf&eacute; &unknown; stays</title><link>https://example.org/2</link></item>
</channel></rss>`,
    );
    expect(declared.recovered).toBeNull();
    expect(declared.title).toBe('Café „Zur Post“');
    expect(declared.items.map((item) => [item.title, item.guid])).toEqual([
      ['Path C:\\data\\1\\new at Café „Zur Post“', 'C:\\data\\1\\new'],
      ['Café &unknown; stays', null],
    ]);
    const chained = await parseFailure('<!DOCTYPE rss [ <!ENTITY a "x"> <!ENTITY b "&a;&a;"> ]><rss><channel><title>&b;</title></channel></rss>');
    expect(chained.reason).toBe('entity_expansion');
    expect(chained.message).toMatch(/<!ENTITY b> with references or markup/);
    const markup = await parseFailure('<!DOCTYPE rss [ <!ENTITY x "<b>bold</b>"> ]><rss><channel><title>&x;</title></channel></rss>');
    expect(markup.reason).toBe('entity_expansion');
    const wide = await parseFailure(
      `<!DOCTYPE rss [ <!ENTITY w "${'w'.repeat(10_000)}"> ]><rss><channel><title>x</title>${'<item><title>&w;</title></item>'.repeat(101)}</channel></rss>`,
    );
    expect(wide.reason).toBe('entity_expansion');
    expect(wide.message).toMatch(/expand to more than 1000000 characters/);
  });

  it('accepts the external RSS 0.91 DOCTYPE that real feeds carry', async () => {
    const feed = await parse(
      '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Old</title><item><title>Still here</title><link>https://example.org/a</link></item></channel></rss>',
    );
    expect(feed.items.map((item) => item.title)).toEqual(['Still here']);
  });

  it('refuses deeply nested XML and oversized fields', async () => {
    expect((await parseFailure(deeplyNested(10_000))).reason).toBe('too_deep');
    const giant = rss(rssItem({ title: 'x'.repeat(3_000_000), link: 'https://example.org/a' }));
    expect((await parseFailure(giant)).reason).toBe('field_too_large');
  });

  it('reports a document that is not a feed as a parse failure', async () => {
    expect((await parseFailure('<html><body>Not a feed</body></html>')).reason).toBe('parse');
    expect((await parseFailure('<rss version="2.0"><channel><title>cut off')).reason).toBe('parse');
  });
});

describe('items', () => {
  it('skips a broken item with a reason and keeps the good ones around it', async () => {
    const feed = await parse(
      rss(
        [
          rssItem({ title: 'First good', link: 'https://example.org/1', guid: 'a1', pubDate: 'Wed, 21 Mar 2018 10:27:32 +0300' }),
          rssItem({ pubDate: 'yesterday-ish' }),
          rssItem({ title: 'x'.repeat(2_500), link: 'https://example.org/too-long' }),
          rssItem({ title: 'Second good', link: 'https://example.org/2', guid: 'a2', pubDate: 'not a date at all' }),
        ].join(''),
      ),
    );
    // The empty item keeps its place (entry order is the feed's) and is marked empty; ingestion skips it.
    expect(feed.items.map((item) => [item.title, isEmptyItem(item)])).toEqual([
      ['First good', false],
      ['', true],
      ['Second good', false],
    ]);
    expect(feed.skipped).toEqual([{ reason: 'title longer than 2000 characters', index: 2 }]);
    expect(feed.items[0]!.publishedAt?.toISOString()).toBe('2018-03-21T07:27:32.000Z');
    // An unreadable date becomes the time the item was first seen.
    expect(feed.items[2]!.publishedAt?.toISOString()).toBe(NOW.toISOString());
  });

  it('keeps an Atom feed whose entry has a junk date (rss-parser alone throws on it)', async () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
      <entry><id>urn:1</id><title>Odd date</title><link href="/posts/1"/><published>Mi, 21 Mär 2018 10:27:32 MESZ</published><summary>Text one</summary></entry>
      <entry><id>urn:2</id><title>Junk date</title><link href="/posts/2"/><published>soon</published><summary>Text two</summary></entry></feed>`;
    const feed = await parse(atom, 'application/atom+xml');
    expect(feed.items.map((item) => [item.title, item.url, item.publishedAt?.toISOString()])).toEqual([
      ['Odd date', 'https://news.example.org/posts/1', '2018-03-21T08:27:32.000Z'],
      ['Junk date', 'https://news.example.org/posts/2', NOW.toISOString()],
    ]);
  });

  it('resolves relative links against the feed URL and falls back to a URL guid', async () => {
    const feed = await parse(
      rss(
        [
          rssItem({ title: 'Root relative', link: '/politik/gipfel.html' }),
          rssItem({ title: 'Path relative', link: 'world/2.html?id=7' }),
          rssItem({ title: 'Guid only', guid: 'https://news.example.org/a/3' }),
          rssItem({ title: 'Bad link', link: 'javascript:alert(1)', description: 'still text' }),
        ].join(''),
      ),
    );
    expect(feed.items.map((item) => item.url)).toEqual([
      'https://news.example.org/politik/gipfel.html',
      'https://news.example.org/feeds/world/2.html?id=7',
      'https://news.example.org/a/3',
      null,
    ]);
  });

  it('decodes HTML entities in titles, tolerates HTML entities and bare ampersands in XML', async () => {
    const feed = await parse(
      rss(
        [
          rssItem({ title: 'Caf&amp;eacute; &amp;amp; Bar &amp;quot;Zur Post&amp;quot;', link: 'https://example.org/1' }),
          rssItem({ title: 'Tom & Jerry&nbsp;&ndash; Wiedersehen', link: 'https://example.org/2' }),
          rssItem({
            title: '<![CDATA[Gipfel: Putin & Trump]]>',
            link: 'https://example.org/3',
            description: '<![CDATA[<p>Der <b>Kreml</b> sagte: &bdquo;Ja&ldquo;.</p>]]>',
          }),
        ].join(''),
      ),
    );
    expect(feed.items.map((item) => item.title)).toEqual(['Café & Bar "Zur Post"', 'Tom & Jerry – Wiedersehen', 'Gipfel: Putin & Trump']);
    expect(feed.items[2]!.text).toBe('Der Kreml sagte: „Ja“.');
  });

  it('decodes windows-1252 German served with a wrong charset header', async () => {
    const xml = rss(
      rssItem({ title: 'Gespräch über Abrüstung – „Gipfel“ in Genf', link: 'https://example.org/1', description: 'Die Außenminister trafen sich.' }),
    ).replace('utf-8', 'windows-1252');
    const body = iconv.encode(xml, 'windows-1252');
    const feed = await parse(body, 'text/xml; charset=utf-8');
    expect(feed.items[0]!.title).toBe('Gespräch über Abrüstung – „Gipfel“ in Genf');
    expect(feed.items[0]!.text).toBe('Die Außenminister trafen sich.');
  });

  it('prefers a byte order mark over the header and the prolog', async () => {
    const xml = rss(rssItem({ title: 'Grüße', link: 'https://example.org/1' })).replace('utf-8', 'iso-8859-1');
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml, 'utf8')]);
    expect((await parse(body, 'text/xml; charset=iso-8859-1')).items[0]!.title).toBe('Grüße');
  });

  it('parses JSON Feed, skipping a malformed item', async () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'JSON news',
      items: [
        {
          id: '1',
          url: '/j/1',
          title: 'Erstes &amp; Bestes',
          content_html: '<p>Hallo <em>Welt</em></p>',
          date_published: '2026-11-24T08:00:00+01:00',
          authors: [{ name: 'Ada' }],
        },
        { id: 2, title: 42 },
        { id: '3', content_text: 'Nur Text.\n\nZweiter Absatz.' },
      ],
    });
    const feed = await parse(json, 'application/feed+json');
    expect(feed.title).toBe('JSON news');
    expect(feed.items.map((item) => [item.guid, item.url, item.title, item.text, item.author])).toEqual([
      ['1', 'https://news.example.org/j/1', 'Erstes & Bestes', 'Hallo Welt', 'Ada'],
      ['3', null, 'Nur Text.', 'Nur Text.\n\nZweiter Absatz.', null],
    ]);
    expect(feed.items[0]!.publishedAt?.toISOString()).toBe('2026-11-24T07:00:00.000Z');
    expect(feed.skipped).toHaveLength(1);
  });
});

describe('parseFeedDate', () => {
  it.each([
    ['Wed, 21 Mar 2018 10:27:32 +0300', '2018-03-21T07:27:32.000Z'],
    ['Wed, 21 Mar 2018 10:27:32 GMT', '2018-03-21T10:27:32.000Z'],
    ['Wed, 21 Mar 2018 10:27:32 CEST', '2018-03-21T08:27:32.000Z'],
    ['Wed, 21 Mar 2018 10:27:32 EST', '2018-03-21T15:27:32.000Z'],
    ['Mi, 21 Mär 2018 10:27:32 MESZ', '2018-03-21T08:27:32.000Z'],
    ['21. März 2018, 10:27 Uhr +0100', '2018-03-21T09:27:00.000Z'],
    ['mercredi 21 mars 2018 10h27', '2018-03-21T10:27:00.000Z'],
    ['21 dic 2018 10:27:32 +0100', '2018-12-21T09:27:32.000Z'],
    ['March 21, 2018 10:27 PM EST', '2018-03-22T03:27:00.000Z'],
    ['21 Mar 18 10:27 GMT', '2018-03-21T10:27:00.000Z'],
    ['2018-03-21 10:27:32', '2018-03-21T10:27:32.000Z'],
    ['2018-03-21T10:27:32+02:00', '2018-03-21T08:27:32.000Z'],
    ['2018-03-21T10:27:32.123Z', '2018-03-21T10:27:32.000Z'],
    ['2018-03-21', '2018-03-21T00:00:00.000Z'],
  ])('%s', (raw, iso) => {
    expect(parseFeedDate(raw)?.toISOString()).toBe(iso);
  });

  it('returns null for text that is no date', () => {
    expect(parseFeedDate('soon')).toBeNull();
    expect(parseFeedDate('')).toBeNull();
    expect(parseFeedDate('2018-13-45')).toBeNull();
  });
});

describe('limits hold on every path', () => {
  const count = MAX_ITEMS + 3;
  const capLine = `feed has ${count} items; only the first ${MAX_ITEMS} are read`;
  const many = (item: (index: number) => string): string => Array.from({ length: count }, (_, index) => item(index)).join('');

  it.each([
    ['RSS 2.0', () => rss(many((i) => rssItem({ title: `T${i}`, link: `https://example.org/${i}` }))), 'application/rss+xml'],
    [
      'RSS 1.0',
      () =>
        `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>R</title></channel>${many((i) => `<item rdf:about="https://example.org/${i}"><title>T${i}</title><link>https://example.org/${i}</link></item>`)}</rdf:RDF>`,
      null,
    ],
    [
      'Atom',
      () =>
        `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>${many((i) => `<entry><title>T${i}</title><link href="https://example.org/${i}"/></entry>`)}</feed>`,
      null,
    ],
    [
      'CDF',
      () =>
        `<CHANNEL HREF="https://example.org/"><TITLE>C</TITLE>${many((i) => `<ITEM HREF="https://example.org/${i}"><TITLE>T${i}</TITLE></ITEM>`)}</CHANNEL>`,
      null,
    ],
    ['broken RSS', () => rss(`<item><title>Broken <b>bold</title></item>${many((i) => rssItem({ title: `T${i}`, link: `https://example.org/${i}` }))}`), null],
    [
      'JSON Feed',
      () =>
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'J',
          items: Array.from({ length: count }, (_, i) => ({ id: String(i), title: `T${i}` })),
        }),
      'application/feed+json',
    ],
  ])('%s: the same MAX_ITEMS cap and skip line', async (_dialect, make, contentType) => {
    const feed = await parse(make(), contentType);
    expect(feed.items).toHaveLength(MAX_ITEMS);
    expect(feed.skipped.at(-1)!.reason).toBe(_dialect === 'broken RSS' ? `feed has ${count + 1} items; only the first ${MAX_ITEMS} are read` : capLine);
  });

  it('bounds nesting in the forgiving parser too, and does not mistake unclosed <br>s for nesting', async () => {
    const brokenDeep = `<rss version="2.0"><channel><title>x</title><item><title>a <b>b</title><description>${'<div>'.repeat(5_000)}</description></item></channel></rss>`;
    expect((await parseFailure(brokenDeep)).reason).toBe('too_deep');
    const brs = rss(
      many((i) => `<item><title>T${i}</title><link>https://example.org/${i}</link><description>one<br>two</description></item>`).slice(0, 20_000),
    );
    const feed = await parse(brs);
    expect(feed.recovered).toMatch(/unexpected close tag/);
    expect(feed.items.length).toBeGreaterThan(100);
  });

  it('refuses entity bombs and giant fields before either parser runs', async () => {
    const brokenBomb = `${BILLION_LAUGHS.replace('</lolz>', '')}<item>`;
    expect((await parseFailure(brokenBomb)).reason).toBe('entity_expansion');
    const giant = `<rss><channel><item><title>${'x'.repeat(2_100_000)}`;
    expect((await parseFailure(giant)).reason).toBe('field_too_large');
  });

  it('parses a broken 10 MB feed in bounded time', async () => {
    const body = rss(
      `<item><title>Broken <b>first</title></item>${many((i) => rssItem({ title: `T${i}`, link: `https://example.org/${i}`, description: 'x'.repeat(1_900) }))}`,
    );
    expect(body.length).toBeGreaterThan(9_000_000);
    const started = process.cpuUsage();
    const feed = await parse(body);
    expect(feed.recovered).not.toBeNull();
    expect(feed.items).toHaveLength(MAX_ITEMS);
    // Generous: the point is "seconds, not minutes". CPU time, not the clock: on a busy machine the clock also
    // counts the time other processes ran.
    const { user, system } = process.cpuUsage(started);
    expect((user + system) / 1000).toBeLessThan(20_000);
  });
});
