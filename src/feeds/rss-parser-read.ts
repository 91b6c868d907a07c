import Parser from 'rss-parser';
import { readFeedModel, type FeedModel } from './feed-model.js';
import { gateForRssParser } from './rss-parser-gate.js';
import { FIELD_CHILDREN, VOCABULARIES, type RssParserDialect, type Vocabulary } from './rss-parser-vocabulary.js';
import type { SniffedDocument } from './sniff.js';
import type { NsFamily, XNode } from './xml-tree.js';

/**
 * rss-parser on the strict path. For RSS 2.0 and 0.9x (with a version),
 * RSS 1.0/RDF and Atom, rss-parser parses the document (xml2js on sax),
 * recognises the dialect, finds the channel and its items and hands over each
 * field the model reads, whole, through its `customFields` option (with
 * `keepArray`, so every <link> and the attributes survive: a title's `type`,
 * a guid's `isPermaLink`, a link's `rel` and `href`). Those fields are laid
 * out as the element tree the tree parser would have built, and the one feed
 * model (feed-model.ts) reads titles, links, guids, dates and authors from
 * it: the same rules on both paths, so the result is the tree parser's, field
 * for field.
 *
 * rss-parser's own field mapping is kept away from those fields (xml2js'
 * `tagNameProcessors` hands them over under a name it does not know): it
 * drops the attributes, converts Atom dates with `new Date().toISOString()`,
 * which throws on a date it cannot read, and runs two regular expressions over
 * every description whose time grows with the square of a hostile one
 * (`<<<<…`: hours for 2 MB). What it still does is all the parsing.
 *
 * rss-parser never decides alone that a feed is unreadable: when the gate
 * (rss-parser-gate.ts) declines the document or rss-parser throws, this
 * returns the reason and the caller reads the document with the tree parser
 * (saxes, then htmlparser2 when it is not well-formed).
 */

export type RssParserReading = { model: FeedModel; records: number; dialect: RssParserDialect } | { declined: string };

/** A field came back in a shape the tree would not have (the gate should have caught it); the tree parser reads the feed instead. */
class Unreadable extends Error {}

type Fields = Record<string, unknown>;

const ATTRIBUTES = '~attributes';

/** The name a field goes under, past rss-parser's own mapping (`~title`; no element is named so, `~` cannot start an XML name). */
function key(name: string): string {
  return `~${name}`;
}

type CustomField = [string, string, { keepArray: true }];

function customFields(names: readonly string[]): CustomField[] {
  return [...names.map((name): CustomField => [key(name), key(name), { keepArray: true }]), ['$', ATTRIBUTES, { keepArray: true }]];
}

const RENAMED = new Map(Object.values(VOCABULARIES).map((vocabulary) => [vocabulary, new Set([...vocabulary.feedFields, ...vocabulary.itemFields])]));

/** saxes normalises line ends in text (XML 1.0 §2.11); sax, under rss-parser, does not. */
function normaliseText(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** …and line ends and tabs in attribute values to spaces (§3.3.3); the gate sends character references for them to the tree. */
function normaliseAttributes(value: unknown, owner: string): Record<string, string> {
  if (typeof value !== 'object' || value === null) throw new Unreadable(`the attributes of <${owner}> came back as ${typeof value}`);
  const attributes = value as Record<string, unknown>;
  let copy: Record<string, string> | null = null;
  for (const name in attributes) {
    const raw = attributes[name];
    if (typeof raw !== 'string') throw new Unreadable(`attribute ${name} of <${owner}> came back as ${typeof raw}`);
    if (/[\t\n\r]/.test(raw)) (copy ??= { ...(attributes as Record<string, string>) })[name] = raw.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' ');
  }
  return copy ?? (attributes as Record<string, string>);
}

const NAME_PARTS = new Map<string, Pick<XNode, 'local' | 'ns'>>();

function element(name: string, base: string, children: XNode['children'] = [], attrs: Record<string, string> = {}): XNode {
  let known = NAME_PARTS.get(name);
  if (known === undefined) {
    const colon = name.indexOf(':');
    // Field prefixes (dc, dcterms, content, atom, xhtml) are the tree's namespace family names; unprefixed fields are the feed's own ('').
    known = { local: name.slice(colon + 1).toLowerCase(), ns: (colon === -1 ? '' : name.slice(0, colon)) as NsFamily };
    NAME_PARTS.set(name, known);
  }
  return { name, local: known.local, ns: known.ns, attrs, children, base };
}

/** One field as xml2js left it (a string, or `_` text with `$` attributes, or an author's <name>) as a tree element. */
function fieldElement(name: string, value: unknown, base: string): XNode {
  if (typeof value === 'string') return element(name, base, value === '' ? [] : [normaliseText(value)]);
  if (typeof value !== 'object' || value === null) throw new Unreadable(`<${name}> came back as ${typeof value}`);
  const node = element(name, base);
  const parts = value as Fields;
  for (const part in parts) {
    const content = parts[part];
    if (part === '$') node.attrs = normaliseAttributes(content, name);
    else if (part === '_' && typeof content === 'string') node.children.unshift(normaliseText(content));
    else if (FIELD_CHILDREN[name]?.includes(part) && Array.isArray(content)) for (const child of content) node.children.push(fieldElement(part, child, base));
    else throw new Unreadable(`<${name}> holds <${part}>`);
  }
  return node;
}

/** The element rss-parser read a channel, feed, item or entry from, rebuilt from the fields asked for. */
function recordElement(name: string, fields: Fields, names: readonly string[], base: string): XNode {
  const node = element(name, base, [], fields[ATTRIBUTES] === undefined ? {} : normaliseAttributes(fields[ATTRIBUTES], name));
  for (const field of names) {
    const values = fields[key(field)];
    if (values === undefined) continue;
    if (!Array.isArray(values)) throw new Unreadable(`<${field}> came back as ${typeof values}`);
    for (const value of values) node.children.push(fieldElement(field, value, base));
  }
  return node;
}

function documentOf(vocabulary: Vocabulary, feed: Fields & { items?: unknown }, base: string): { document: XNode; records: number } {
  const items = Array.isArray(feed.items) ? (feed.items as Fields[]) : [];
  const records = items.map((item) => recordElement(vocabulary.record, item, vocabulary.itemFields, base));
  const metadata = recordElement(vocabulary.channel ?? vocabulary.root, feed, vocabulary.feedFields, base);
  let root: XNode;
  if (vocabulary.channel === null) {
    root = metadata;
    root.children.push(...records);
  } else {
    root = element(vocabulary.root, base, [metadata]);
    // RSS 2.0 items are inside the channel, RSS 1.0 items beside it.
    (vocabulary.root === 'rss' ? metadata : root).children.push(...records);
  }
  return { document: element('#document', base, [root]), records: records.length };
}

/**
 * Reads a prepared document (entities repaired, internal subset removed) with
 * rss-parser, or says why the tree parser must read it instead.
 */
export async function readWithRssParser(text: string, sniffed: SniffedDocument, url: string): Promise<RssParserReading> {
  const gate = gateForRssParser(text, sniffed);
  if (!gate.ok) return { declined: gate.reason };
  const vocabulary = VOCABULARIES[gate.dialect];
  const fields = RENAMED.get(vocabulary)!;
  const parser = new Parser<Fields, Fields>({
    customFields: { feed: customFields(vocabulary.feedFields) as never, item: customFields(vocabulary.itemFields) as never },
    xml2js: { tagNameProcessors: [(name: string) => (fields.has(name) ? key(name) : name)] },
  });
  let feed: Fields & { items?: unknown };
  try {
    feed = (await parser.parseString(text)) as unknown as Fields;
  } catch (error) {
    return { declined: `rss-parser failed: ${String((error as Error)?.message ?? error).split('\n')[0]}` };
  }
  try {
    const { document, records } = documentOf(vocabulary, feed, url);
    if (records !== gate.records) return { declined: `rss-parser read ${records} of ${gate.records} items` };
    return { model: readFeedModel(document), records, dialect: gate.dialect };
  } catch (error) {
    // Whatever went wrong here, the tree parser gets its say.
    return { declined: error instanceof Unreadable ? error.message : `rss-parser's fields could not be read: ${(error as Error).message}` };
  }
}
