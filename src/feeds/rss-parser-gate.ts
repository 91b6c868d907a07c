import { SaxesParser } from 'saxes';
import { MAX_ITEMS } from './item-fields.js';
import { FIELD_CHILDREN, fieldFamily, VOCABULARIES, type RssParserDialect, type Vocabulary } from './rss-parser-vocabulary.js';
import type { SniffedDocument } from './sniff.js';
import { DEFAULT_XML_LIMITS } from './xml-guard.js';
import { TreeBuilder, type NsFamily, type XNode } from './xml-tree.js';

/**
 * Decides, before rss-parser sees a document, whether rss-parser reads it
 * exactly as the tree parser would, within the same bounds. One pass of
 * saxes (the tree path's strict parser, without building a tree) checks:
 *
 * - well-formedness: a document saxes rejects goes to the tree path, which
 *   recovers it and keeps saxes' first error, as before;
 * - the bounds: nesting depth and MAX_ITEMS as the tree builder counts them
 *   (over them, the tree path refuses or cuts the feed in its own words);
 * - names: rss-parser finds elements by the name as written, the tree by
 *   namespace and lower-cased local name, so every element the model reads
 *   must be written the way rss-parser looks it up (`pubDate`, `dc:creator`;
 *   no `<rss:title>`, no `<Title>`, no `dc:` bound to another namespace);
 * - shapes rss-parser's XML layer (xml2js) flattens or does not know: markup
 *   inside a field (an xhtml title, an unescaped <b>), items where rss-parser
 *   does not look, `xml:base`, character references for line ends and tabs
 *   (which saxes keeps and sax cannot tell from literal ones).
 */

export type GateResult = { ok: true; dialect: RssParserDialect; records: number } | { ok: false; reason: string };

class Decline extends Error {}

/** Which rss-parser reading a sniffed document gets, by its root as written (rss-parser looks it up by that name). */
function rssParserDialect(sniffed: SniffedDocument): RssParserDialect | null {
  // rss-parser reads <rss> whose version starts with 2 or holds 0.9; others it refuses.
  if (sniffed.kind === 'rss' && sniffed.root === 'rss' && /^RSS (?:2|0\.9)/.test(sniffed.dialect ?? '')) return 'rss';
  if (sniffed.kind === 'rdf' && sniffed.root === 'rdf:RDF') return 'rdf';
  if (sniffed.kind === 'atom' && sniffed.root === 'feed') return 'atom';
  return null;
}

interface Tag {
  name: string;
  attributes: Record<string, string>;
}

/** The sets a dialect's checks use, worked out once. */
interface Reading {
  vocabulary: Vocabulary;
  /** Every element rss-parser is asked for (fields and an author's children). */
  asked: Set<string>;
  /** The channel and the items, which rss-parser finds by name too. */
  structure: Set<string>;
  /** Local names (lower case) the model reads in the feed's own namespace. */
  coreLocals: Set<string>;
  /** `family:local` the model reads in other namespaces (dc:creator, content:encoded, atom:link). */
  prefixed: Set<string>;
}

const READINGS = new Map<RssParserDialect, Reading>();

function readingOf(dialect: RssParserDialect): Reading {
  let reading = READINGS.get(dialect);
  if (reading === undefined) {
    const vocabulary = VOCABULARIES[dialect];
    const asked = new Set([...vocabulary.feedFields, ...vocabulary.itemFields, ...Object.values(FIELD_CHILDREN).flat()]);
    const structure = new Set([vocabulary.record, ...(vocabulary.channel ? [vocabulary.channel] : [])]);
    const coreLocals = new Set([...structure, ...[...asked].filter((name) => fieldFamily(name) === null)].map((name) => name.toLowerCase()));
    const prefixed = new Set([...asked].filter((name) => fieldFamily(name) !== null).map((name) => name.toLowerCase()));
    READINGS.set(dialect, (reading = { vocabulary, asked, structure, coreLocals, prefixed }));
  }
  return reading;
}

const FAMILIES = new Map<string, NsFamily>();

/** The namespace family the tree builder gives `<prefix:x>` (or `<x>`) under the root, with or without a declaration: one table, the tree's. */
function treeFamily(root: Tag, prefix: string | null, uri: string | undefined): NsFamily {
  let rootNamespaces = '';
  for (const name in root.attributes) if (name.startsWith('xmlns')) rootNamespaces += `${name}=${root.attributes[name]} `;
  const cacheKey = `${root.name} ${rootNamespaces}\u0000${prefix ?? ''}\u0000${uri ?? '\u0000'}`;
  let family = FAMILIES.get(cacheKey);
  if (family === undefined) {
    const builder = new TreeBuilder({ maxDepth: 3, maxRecords: 0 }, 'http://namespace.probe/', false);
    builder.open(root.name, root.attributes);
    builder.open(prefix === null ? 'x' : `${prefix}:x`, uri === undefined ? {} : { [prefix === null ? 'xmlns' : `xmlns:${prefix}`]: uri });
    family = ((builder.root.children[0] as XNode).children[0] as XNode).ns;
    if (FAMILIES.size >= 1_000) FAMILIES.clear();
    FAMILIES.set(cacheKey, family);
  }
  return family;
}

/** Every element the model reads is named as rss-parser looks it up, and every element rss-parser is asked for is one the model reads. */
function checkNames(reading: Reading, root: Tag, names: Iterable<string>, declared: Map<string | null, Set<string>>): string | null {
  const { vocabulary, asked, structure, coreLocals, prefixed } = reading;
  const byPrefix = new Map<string | null, NsFamily[]>();
  const families = (prefix: string | null): NsFamily[] => {
    let found = byPrefix.get(prefix);
    if (found === undefined) {
      found = [treeFamily(root, prefix, undefined), ...[...(declared.get(prefix) ?? [])].map((uri) => treeFamily(root, prefix, uri))];
      byPrefix.set(prefix, found);
    }
    return found;
  };
  for (const family of families(null)) {
    if (!vocabulary.core.includes(family)) return `a default namespace the tree reads as "${family || 'none'}"`;
  }
  for (const name of names) {
    if (name === vocabulary.root) continue;
    const colon = name.indexOf(':');
    const prefix = colon === -1 ? null : name.slice(0, colon);
    const local = name.slice(colon + 1).toLowerCase();
    const readsAs = asked.has(name) || structure.has(name) ? fieldFamily(name) : undefined;
    for (const family of families(prefix)) {
      const treeReads = vocabulary.core.includes(family) ? coreLocals.has(local) : prefixed.has(`${family}:${local}`);
      const parserReads = readsAs !== undefined;
      const sameFamily = readsAs === null ? vocabulary.core.includes(family) : readsAs === family;
      if (treeReads !== parserReads || (parserReads && !sameFamily)) return `<${name}> (the tree reads it as ${family || 'no namespace'}:${local})`;
    }
  }
  return null;
}

/** What the pass needs to know about an element name, worked out once per name. */
interface NameInfo {
  name: string;
  record: boolean;
  /** CDF's <CHANNEL BASE=…> sets the tree's base URL. */
  channel: boolean;
  /** A field the model reads: it may hold text only (an author its <name>). */
  leaf: boolean;
  children: readonly string[] | undefined;
}

function describe(name: string, leaves: Set<string>): NameInfo {
  const local = name.slice(name.indexOf(':') + 1).toLowerCase();
  return {
    name,
    record: local === 'item' || local === 'entry',
    channel: local === 'channel',
    leaf: leaves.has(name),
    children: FIELD_CHILDREN[name],
  };
}

/**
 * Reads the prepared document (entities repaired, internal subset removed)
 * once with saxes and says whether rss-parser may read it, or why not.
 */
export function gateForRssParser(text: string, sniffed: SniffedDocument): GateResult {
  const dialect = rssParserDialect(sniffed);
  if (dialect === null) return { ok: false, reason: `rss-parser does not read ${sniffed.dialect ?? 'this document'} as we do` };
  const reading = readingOf(dialect);
  const { vocabulary, asked: leaves } = reading;
  const infos = new Map<string, NameInfo>();
  const declared = new Map<string | null, Set<string>>();
  const stack: NameInfo[] = [];
  let root: Tag | null = null;
  let records = 0;
  let readRecords = 0;
  let channels = 0;
  const parser = new SaxesParser({ position: false });
  let syntax: Error | null = null;
  parser.on('error', (error) => {
    syntax ??= error;
    throw error;
  });
  parser.on('opentag', (tag) => {
    const { name, attributes } = tag as Tag;
    let info = infos.get(name);
    if (info === undefined) infos.set(name, (info = describe(name, leaves)));
    const depth = stack.length;
    const parent = stack[depth - 1];
    if (depth >= DEFAULT_XML_LIMITS.maxDepth) throw new Decline(`nesting deeper than ${DEFAULT_XML_LIMITS.maxDepth} levels`);
    if (parent?.leaf && !parent.children?.includes(name)) throw new Decline(`markup inside <${parent.name}>`);
    root ??= { name, attributes };
    if (info.record) {
      records++;
      if (records > MAX_ITEMS) throw new Decline(`more than ${MAX_ITEMS} items`);
      // rss-parser reads the items of the first channel (RSS 2.0) or those of the root (RSS 1.0, Atom).
      const where = dialect === 'rss' ? depth === 2 && parent!.name === 'channel' && channels === 1 : depth === 1;
      if (where && name === vocabulary.record) readRecords++;
    } else if (depth === 1 && name === 'channel') {
      channels++;
    }
    for (const key in attributes) {
      const value = attributes[key]!;
      if (key === 'xml:base' || (info.channel && key.toLowerCase() === 'base')) throw new Decline('xml:base');
      if (/[\t\n\r]/.test(value)) throw new Decline('a character reference for a line break or tab in an attribute');
      if (key === 'xmlns' || key.startsWith('xmlns:')) {
        const prefix = key === 'xmlns' ? null : key.slice(6);
        (declared.get(prefix) ?? declared.set(prefix, new Set()).get(prefix)!).add(value);
      }
    }
    stack.push(info);
  });
  // saxes turns line ends into \n (XML 1.0 §2.11); a \r left in text came from &#13;, which sax under rss-parser cannot tell from a line end.
  parser.on('text', (value) => {
    if (value.includes('\r')) throw new Decline('a character reference for a carriage return');
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof Decline) return { ok: false, reason: error.message };
    if (syntax !== null && error === syntax) return { ok: false, reason: 'not well-formed XML' };
    throw error;
  }
  if (root === null) return { ok: false, reason: 'no root element' };
  if (readRecords !== records) return { ok: false, reason: `${records - readRecords} items outside where rss-parser looks for them` };
  const misread = checkNames(reading, root, infos.keys(), declared);
  if (misread !== null) return { ok: false, reason: `an element rss-parser would read differently: ${misread}` };
  return { ok: true, dialect, records };
}
