import { FeedError } from './errors.js';
import { decodeBody, preloadCharsets, rewritePrologEncoding } from './charset.js';
import { readDeclaredEntities } from './doctype.js';
import { findFeedLinks } from './feed-links.js';
import { readFeedModel, type FeedModel } from './feed-model.js';
import { buildItem, MAX_ITEMS, tooManyItems } from './item-fields.js';
import { parseJsonFeed } from './json-feed.js';
import { sniffDocument, type SniffedDocument } from './sniff.js';
import { assertSafeXml, DEFAULT_XML_LIMITS, repairXmlEntities } from './xml-guard.js';
import { parseForgivingXml, parseStrictXml, XmlSyntaxError, type XmlTree } from './xml-parsers.js';
import type { FeedItem, ParsedFeed, ParseOptions, SkippedItem } from './types.js';

export { MAX_ITEMS } from './item-fields.js';

function htmlPageError(text: string, url: string): FeedError {
  const links = findFeedLinks(text, url);
  if (links.length === 0) {
    return new FeedError('parse', `${url} is an HTML page, not a feed, and names no feed in a <link rel="alternate">; give the feed's own address`);
  }
  const others = links.length > 1 ? ` (it also offers ${links.length - 1} more)` : '';
  return new FeedError('parse', `${url} is an HTML page, not a feed; its feed is ${links[0]!.url}${others}: use that address`);
}

/** Strict first; when the document is not well-formed, the forgiving parser reads what it can and the first error is kept. */
function parseTree(text: string, url: string): { tree: XmlTree; recovered: string | null } {
  const limits = { maxDepth: DEFAULT_XML_LIMITS.maxDepth, maxRecords: MAX_ITEMS };
  try {
    return { tree: parseStrictXml(text, limits, url), recovered: null };
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    return { tree: parseForgivingXml(text, limits, url), recovered: error.message };
  }
}

interface Reading {
  model: FeedModel;
  /** item/entry elements in the document, including those past MAX_ITEMS. */
  records: number;
  /** The strict parser's first error when the forgiving one read the document. */
  syntaxError: string | null;
}

/**
 * rss-parser reads documents up to this size (nearly every real feed: 10–100
 * items, 10–250 KB); larger ones go straight to the tree parser. Both give the
 * same result; the line is about cost: rss-parser with its gate costs 1.1–1.35×
 * the parser before #13, the tree parser 0.6–0.9× (docs/feeds.md, "Reading
 * feeds"), a few milliseconds on a typical feed, more on the largest, where
 * xml2js also holds the whole document as objects.
 */
export const RSS_PARSER_MAX_CHARS = 256 * 1024;

/**
 * Who reads the document: rss-parser, for the dialects it reads as we do
 * (RSS 2.0/0.9x with a version, RSS 1.0, Atom) when its gate admits the
 * document; otherwise, or when rss-parser fails, the tree parser (saxes,
 * then htmlparser2). Both end in the same feed model.
 */
/**
 * Loads rss-parser and xml2js, and iconv-lite's table of encodings, now. A poller calls it at start: loaded
 * on its first feed instead, their 70–180 ms of synchronous evaluation held the event loop in the middle of
 * the first poll.
 */
export async function preloadFeedReaders(): Promise<void> {
  await import('./rss-parser-read.js');
  preloadCharsets();
}

async function readDocument(prepared: string, sniffed: SniffedDocument, url: string): Promise<Reading> {
  if (prepared.length <= RSS_PARSER_MAX_CHARS) {
    // Loaded on first use: a process that only reads large documents never loads rss-parser and xml2js.
    const { readWithRssParser } = await import('./rss-parser-read.js');
    const byRssParser = await readWithRssParser(prepared, sniffed, url);
    if ('model' in byRssParser) return { model: byRssParser.model, records: byRssParser.records, syntaxError: null };
  }
  const { tree, recovered } = parseTree(prepared, url);
  return { model: readFeedModel(tree.root), records: tree.records, syntaxError: recovered };
}

/** The XML document as both readers get it: from its start, hostile shapes refused, declared and HTML entities resolved, the prolog's encoding label dropped. */
export function prepareXmlDocument(text: string, sniffed: SniffedDocument): string {
  const source = text.slice(sniffed.start);
  assertSafeXml(source);
  const declared = readDeclaredEntities(source);
  return repairXmlEntities(rewritePrologEncoding(declared.text), declared.entities);
}

async function parseXmlFeed(text: string, sniffed: SniffedDocument, options: ParseOptions): Promise<ParsedFeed> {
  const prepared = prepareXmlDocument(text, sniffed);
  const { model, records, syntaxError } = await readDocument(prepared, sniffed, options.url);
  const recovered = syntaxError ?? (sniffed.junkBefore ? 'text before the XML document was ignored' : null);
  const items: FeedItem[] = [];
  const skipped: SkippedItem[] = [];
  model.items.forEach((raw, index) => {
    if (raw.cut) {
      skipped.push({ reason: 'item cut off where the document ends', index });
      return;
    }
    try {
      const built = buildItem(raw.fields, options.url, options.now);
      if ('skip' in built) skipped.push({ reason: built.skip, index });
      else items.push(built);
    } catch (error) {
      skipped.push({ reason: `unreadable item: ${(error as Error).message}`, index });
    }
  });
  if (records > MAX_ITEMS) skipped.push(tooManyItems(records));
  // A broken document that yields neither an item nor the feed's own title is not a feed we can read.
  if (syntaxError && items.length === 0 && !model.title) {
    throw new FeedError('parse', `the document is not well-formed XML (${syntaxError}) and no complete item could be read from it`);
  }
  return { title: model.title || null, link: model.link, dialect: sniffed.dialect ?? 'XML', recovered, items, skipped };
}

/**
 * Parses a feed document that is already text: RSS 0.90–2.0 (with or without
 * `version`, prefixed), RSS 1.0/RDF, Atom 0.3/1.0, CDF or JSON Feed 1.0/1.1.
 * Hostile XML is refused; broken XML is recovered (see ParsedFeed.recovered);
 * titles come back as plain text and links as absolute http(s) URLs.
 */
export async function parseFeedText(text: string, options: ParseOptions): Promise<ParsedFeed> {
  const sniffed = sniffDocument(text, options.contentType);
  switch (sniffed.kind) {
    case 'json-feed':
    case 'json':
      return parseJsonFeed(text.slice(sniffed.start), options);
    case 'html':
      throw htmlPageError(text, options.url);
    case 'text':
      throw new FeedError('parse', 'the document is neither XML nor JSON, so it is not a feed');
    default:
      return parseXmlFeed(text, sniffed, options);
  }
}

/**
 * Parses feed bytes: decodes the charset (BOM, header, prolog, sniffing),
 * then reads the document with parseFeedText. Broken items are skipped with a
 * reason instead of losing the feed.
 */
export async function parseFeed(body: Buffer, options: ParseOptions): Promise<ParsedFeed> {
  const decoded = decodeBody(body, options.contentType);
  return parseFeedText(decoded.text, options);
}
