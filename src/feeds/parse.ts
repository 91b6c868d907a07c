import Parser from 'rss-parser';
import { FeedError } from './errors.js';
import { decodeBody, rewritePrologEncoding } from './charset.js';
import { parseFeedDate } from './dates.js';
import { assertSafeXml, repairXmlEntities } from './xml-guard.js';
import { buildItem, cleanTitle, textOf } from './item-fields.js';
import { looksLikeJsonFeed, parseJsonFeed } from './json-feed.js';
import type { FeedItem, ParsedFeed, ParseOptions, SkippedItem } from './types.js';

/** A feed larger than this many items is cut; nobody publishes more at once, hostile feeds do. */
export const MAX_ITEMS = 5_000;

type RawItem = Record<string, unknown>;

/** Atom dates go through `new Date(...).toISOString()` inside rss-parser, which throws on junk and loses the whole feed. */
function normaliseAtomDates(text: string): string {
  return text.replace(/<(published|updated)>([^<]*)<\/\1>/g, (whole, tag: string, value: string) => {
    if (!value.trim()) return whole;
    if (!Number.isNaN(new Date(value.trim()).getTime()) && /\d{4}-\d{2}-\d{2}/.test(value)) return whole;
    const parsed = parseFeedDate(value);
    return `<${tag}>${parsed ? parsed.toISOString() : ''}</${tag}>`;
  });
}

function stringOf(value: unknown): string | null {
  return textOf(value);
}

function fieldsOf(raw: RawItem) {
  const html = [raw['content:encoded'], raw.content, raw.summary, raw.description].map(stringOf).find((value) => value !== null && value.trim() !== '') ?? null;
  return {
    guid: stringOf(raw.guid) ?? stringOf(raw.id) ?? stringOf(raw['rdf:about']),
    link: stringOf(raw.link),
    title: stringOf(raw.title),
    html,
    date: stringOf(raw.pubDate) ?? stringOf(raw.date) ?? stringOf(raw['dc:date']),
    isoDate: stringOf(raw.isoDate),
    author: stringOf(raw.creator) ?? stringOf(raw.author) ?? stringOf(raw['dc:creator']),
  };
}

async function parseXmlFeed(text: string, options: ParseOptions): Promise<ParsedFeed> {
  assertSafeXml(text);
  const prepared = normaliseAtomDates(repairXmlEntities(rewritePrologEncoding(text)));
  let feed: { title?: unknown; items?: RawItem[] };
  try {
    feed = (await new Parser().parseString(prepared)) as unknown as typeof feed;
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    throw new FeedError('parse', `the document is not a readable RSS or Atom feed: ${message}`, { cause: error });
  }
  const rawItems = Array.isArray(feed.items) ? feed.items : [];
  const items: FeedItem[] = [];
  const skipped: SkippedItem[] = [];
  rawItems.slice(0, MAX_ITEMS).forEach((raw, index) => {
    try {
      const built = buildItem(fieldsOf(raw), options.url, options.now);
      if ('skip' in built) skipped.push({ reason: built.skip, index });
      else items.push(built);
    } catch (error) {
      skipped.push({ reason: `unreadable item: ${(error as Error).message}`, index });
    }
  });
  if (rawItems.length > MAX_ITEMS) skipped.push({ reason: `feed has ${rawItems.length} items; only the first ${MAX_ITEMS} are read` });
  return { title: cleanTitle(stringOf(feed.title)) || null, items, skipped };
}

/**
 * Parses RSS 0.9x/1.0/2.0, Atom or JSON Feed bytes: decodes the charset,
 * refuses hostile XML, resolves links against the feed URL and skips broken
 * items with a reason instead of losing the feed.
 */
export async function parseFeed(body: Buffer, options: ParseOptions): Promise<ParsedFeed> {
  const decoded = decodeBody(body, options.contentType);
  if (looksLikeJsonFeed(decoded.text, options.contentType) && !/^\s*</.test(decoded.text)) {
    return parseJsonFeed(decoded.text, options);
  }
  return parseXmlFeed(decoded.text, options);
}
