import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBody, isEmptyItem, parseFeed, type ParsedFeed } from '../../src/feeds/index.js';

/**
 * The test feeds of an established reader (Miniflux): wrong and missing
 * charset declarations, KOI8-R, windows-1251/1252, Latin-1, RDF, Atom, RTL.
 * Expected titles were read from the files' bytes, decoded by hand. The files
 * are copied into test/fixtures/peer-feeds/ with Miniflux's Apache-2.0 LICENSE.
 */
const CORPUS = resolve(import.meta.dirname, '../fixtures/peer-feeds/miniflux');

const NOW = new Date('2026-11-25T12:00:00Z');

function read(name: string): Buffer {
  return readFileSync(join(CORPUS, name));
}

async function parse(name: string): Promise<ParsedFeed> {
  return parseFeed(read(name), { url: `https://peer.example/${name}`, now: NOW });
}

/** Feed title, item count and some item titles (first, second, last) per file. */
const EXPECTED: Record<string, { title: string; count: number; titles: string[] }> = {
  'encoding-invalid-prolog.xml': { title: '테스트 피드', count: 1, titles: ['Café'] },
  'encoding-utf8-incorrect-prolog.xml': { title: '테스트 피드', count: 1, titles: ['Café'] },
  'encoding-utf8.xml': { title: '테스트 피드', count: 1, titles: ['Café'] },
  'encoding-iso-8859-1.xml': { title: 'Café', count: 0, titles: [] },
  'encoding-windows-1252.xml': { title: 'Euro €', count: 0, titles: [] },
  'encoding-windows-1252-incorrect-prolog.xml': { title: 'Euro €', count: 0, titles: [] },
  'encoding-koi8r.xml': { title: 'Пример RSS ленты', count: 2, titles: ['Первая новость', 'Вторая новость'] },
  'xml-koi8r.xml': { title: 'Пример RSS ленты', count: 2, titles: ['Первая новость', 'Вторая новость'] },
  'parser-encoding_ISO-8859-1.xml': {
    title: 'Golem.de',
    count: 40,
    titles: [
      'Red Dead Redemption 2: Hinweise auf PC-Umsetzung in App von Rockstar Games',
      "Let's Play: Twitch will Streamer zusammen spielen und singen lassen",
      'Machine Learning: Von KI erstelltes Porträt für 432.500 US.Dollar versteigert',
      'Projekt Jedi: Microsoft will weiter mit US-Militär zusammenarbeiten',
      'Star Wars: Boba-Fett-Film ist "zu 100 Prozent tot"',
      'Wochenrückblick: Wilder Westen, buntes Handy, nutzloses Siegel',
      'Xiaomi: Das Mi Mix 3 hat keine Notch und eine versteckte Frontkamera',
    ],
  },
  'parser-encoding_WINDOWS-1251.xml': { title: 'iBash.Org.Ru', count: 50, titles: ['Цитата #17703', 'Цитата #17705', 'Цитата #17220'] },
  'parser-large_atom.xml': {
    title: 'Artificial truth',
    count: 25,
    titles: ['Using vale with vim', 'Carrot disclosure', 'A silly "smart" contract bug', 'A sneaky Golang bug'],
  },
  'parser-large_rss.xml': {
    title: 'Artificial truth',
    count: 25,
    titles: [
      'Using vale with vim',
      'Book review: Locksport - A Hacker’s Guide to Lockpicking, Impressioning, and Safe Cracking',
      'Some notes on "Randomized slab caches for kmalloc()"',
      'A sneaky Golang bug',
    ],
  },
  'parser-no_encoding_ISO-8859-1.xml': {
    title: 'Flux RSS du magazine de psychologie Le Cercle Psy',
    // The fourth item is empty (no title, link or text): it keeps its place, and ingestion skips it.
    count: 10,
    titles: [
      'Perturbateurs endocriniens : quels effets sur le cerveau ?',
      // The broken entity is in the file itself; it is text, not an entity.
      'Masters en Psycho : une simplificationet#8230; très complexe',
      "La criminalité liée surtout à... l'ennui ?",
      'Caroline Eliacheff : « Dolto reste authentiquement subversive »',
      "Psychologue à domicile : de la clinique à l'état brut",
    ],
  },
  'parser-rdf_UTF8.xml': {
    title: 'heise online News',
    count: 60,
    titles: [
      'OLED-TVs: Vorsichtsmaßnahmen gegen Einbrennen',
      'Mega-Deal: IBM übernimmt Red Hat',
      'eARC: Immer mehr Hersteller schalten HDMI-Audio-Rückkanal frei',
      'Mi Mix 3: Xiaomi-Flaggschiff mit Kamera-Slider und 10 GByte RAM',
    ],
  },
  'parser-small_atom.xml': {
    title: 'Recent Commits to v2:main',
    count: 20,
    titles: [
      'Parse podcast categories',
      'Move iTunes and GooglePlay XML definitions to their own packages',
      'Reuse a Reader instead of copying to a buffer when parsing an atom feed',
    ],
  },
  'parser-urdu_UTF8.xml': {
    title: 'BBC News اردو - پاکستان کے لیے امریکی امداد کی بہار و خزاں',
    count: 26,
    titles: [
      'امریکی عسکری امداد کی بندش کی وجوہات: انڈیا سے جنگ، جوہری پروگرام اور اب دہشت گردوں کی پشت پناہی',
      'امریکہ کے ساتھ خفیہ معلومات کا تبادلہ اور فوجی تعاون معطل کر دیا: وزیر دفاع',
      'پاکستان امریکہ تعلقات میں ’ڈو مور‘ کا نیا ایڈیشن جو آج تک چل رہا',
    ],
  },
};

/** Typical UTF-8-read-as-Latin-1 debris (Ã¤, Ã©, â€™) and Latin-1-read-as-UTF-8 replacement characters. */
const MOJIBAKE = /\uFFFD|Ã[\u0080-\u00BF]|Â[\u0080-\u00BF]|â€|Ð[\u0080-\u00BF]|Ñ[\u0080-\u00BF]/;

describe('Miniflux peer feeds', () => {
  it('covers every feed file in the folder', () => {
    const feeds = readdirSync(CORPUS).filter((name) => !name.startsWith('xml-iso88591'));
    expect(feeds.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s: titles come out exactly right', async (name, expected) => {
    const feed = await parse(name);
    expect(feed.title).toBe(expected.title);
    expect(feed.items).toHaveLength(expected.count);
    const titles = feed.items.map((item) => item.title);
    for (const title of expected.titles) expect(titles).toContain(title);
    if (expected.titles.length) expect(titles[0]).toBe(expected.titles[0]);
  });

  it('no title or text anywhere in the corpus carries a replacement character or mojibake', async () => {
    let checked = 0;
    for (const name of Object.keys(EXPECTED)) {
      const feed = await parse(name);
      for (const item of feed.items) {
        expect(item.title, `${name}: ${item.title}`).not.toMatch(MOJIBAKE);
        expect(item.text, `${name}: ${item.title}`).not.toMatch(MOJIBAKE);
        if (!isEmptyItem(item)) expect(item.title.trim()).not.toBe('');
        checked++;
      }
    }
    expect(checked).toBe(Object.values(EXPECTED).reduce((sum, entry) => sum + entry.count, 0));
  });

  it('keeps the empty fourth item of the Cercle Psy feed in its place, marked empty', async () => {
    const feed = await parse('parser-no_encoding_ISO-8859-1.xml');
    expect(feed.items.map(isEmptyItem)).toEqual([false, false, false, true, false, false, false, false, false, false]);
  });

  it('decodes the non-feed Latin-1 documents, including the one whose prolog claims UTF-8', () => {
    for (const name of ['xml-iso88591.xml', 'xml-iso88591_utf8_mismatch.xml']) {
      const { text } = decodeBody(read(name));
      expect(text, name).toContain('<to>Anaïs</to>');
      expect(text, name).toContain('<from>Jürgen</from>');
    }
  });

  it('links and dates come through for the RDF and windows-1251 feeds', async () => {
    const rdf = await parse('parser-rdf_UTF8.xml');
    expect(rdf.items[0]!.url).toBe(
      'https://www.heise.de/newsticker/meldung/OLED-TVs-Vorsichtsmassnahmen-gegen-Einbrennen-4205274.html?wt_mc=rss.ho.beitrag.rdf',
    );
    const bash = await parse('parser-encoding_WINDOWS-1251.xml');
    expect(bash.items[0]!.publishedAt?.toISOString()).toBe('2018-03-21T07:27:32.000Z');
    expect(bash.items[0]!.text).toMatch(/^xxx: есть у кого жаба программер/);
  });
});
