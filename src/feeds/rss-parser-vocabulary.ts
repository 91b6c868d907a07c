import type { NsFamily } from './xml-tree.js';

/**
 * What rss-parser is asked to read, per dialect: the root element it
 * recognises and the children of the channel/feed and of each item/entry that
 * our feed model (feed-model.ts) reads. rss-parser finds elements by their
 * name as written (`dc:creator`, `pubDate`); the gate (rss-parser-gate.ts)
 * makes sure the document names them exactly so, and the reader
 * (rss-parser-read.ts) has rss-parser hand each of them over whole through
 * its `customFields` option.
 *
 * These lists are the model's reading of each dialect, written as rss-parser
 * keys; test/feeds/rss-parser.test.ts fails when the model reads an element
 * that is missing here.
 */

export type RssParserDialect = 'rss' | 'rdf' | 'atom';

export interface Vocabulary {
  /** Root element as rss-parser expects it (`result.rss`, `result['rdf:RDF']`, `result.feed`). */
  root: string;
  /** The element holding the feed's metadata (the root itself for Atom). */
  channel: string | null;
  record: 'item' | 'entry';
  /** Namespace families the tree gives the feed's own (unprefixed) elements. */
  core: readonly NsFamily[];
  /** Children of the channel (Atom: of the feed) the model reads. */
  feedFields: readonly string[];
  /** Children of an item (Atom: an entry) the model reads. */
  itemFields: readonly string[];
}

const RSS_ITEM_FIELDS = [
  'title',
  'dc:title',
  'link',
  'atom:link',
  'guid',
  'dc:identifier',
  'content:encoded',
  'xhtml:body',
  'description',
  'dc:description',
  'abstract',
  'pubDate',
  'dc:date',
  'dcterms:issued',
  'dcterms:created',
  'dcterms:modified',
  'author',
  'dc:creator',
];

const RSS_FEED_FIELDS = ['title', 'dc:title', 'link', 'atom:link'];

export const VOCABULARIES: Record<RssParserDialect, Vocabulary> = {
  rss: {
    root: 'rss',
    channel: 'channel',
    record: 'item',
    core: ['', 'rss'],
    feedFields: RSS_FEED_FIELDS,
    itemFields: RSS_ITEM_FIELDS,
  },
  rdf: {
    root: 'rdf:RDF',
    channel: 'channel',
    record: 'item',
    core: ['', 'rss'],
    feedFields: RSS_FEED_FIELDS,
    itemFields: RSS_ITEM_FIELDS,
  },
  atom: {
    root: 'feed',
    channel: null,
    record: 'entry',
    core: ['', 'atom'],
    feedFields: ['title', 'dc:title', 'link'],
    itemFields: [
      'id',
      'link',
      'title',
      'dc:title',
      'content',
      'summary',
      'content:encoded',
      'published',
      'issued',
      'updated',
      'modified',
      'created',
      'dc:date',
      'author',
      'dc:creator',
    ],
  },
};

/** Children a field element may have: the model reads an author's <name> (email and uri are ignored). */
export const FIELD_CHILDREN: Readonly<Record<string, readonly string[]>> = { author: ['name', 'email', 'uri'] };

/** The namespace family a field name belongs to: its prefix (dc, dcterms, content, atom, xhtml are family names), or the dialect's core. */
export function fieldFamily(name: string): NsFamily | null {
  const colon = name.indexOf(':');
  return colon === -1 ? null : (name.slice(0, colon) as NsFamily);
}
