import { FeedError } from './errors.js';
import { resolveLink, type ItemFields } from './item-fields.js';
import { plainText } from './plain-text.js';
import { attr, constructHtml, constructText } from './text-construct.js';
import { textContent, type NsFamily, type XNode } from './xml-tree.js';

/**
 * Reads feed metadata and items out of the element tree, for RSS 0.90–2.0
 * (with or without `version`, prefixed or not), RSS 1.0/RDF, Atom 0.3/1.0 and
 * CDF. Only elements of the feed's own vocabulary count (plus Dublin Core and
 * content:encoded): an extension's <x:description> never overrides the item's.
 */

export interface RawItem {
  fields: ItemFields;
  /** The document ended inside this item. */
  cut: boolean;
}

export interface FeedModel {
  title: string;
  link: string | null;
  items: RawItem[];
}

type Core = readonly NsFamily[];
const RSS: Core = ['', 'rss'];
const ATOM: Core = ['', 'atom'];
const DC: Core = ['dc'];
const DCTERMS: Core = ['dcterms'];
const CONTENT: Core = ['content'];

/** How deep below the channel items are looked for (a forgiving parse can leave them inside an unclosed sibling). */
const RECORD_SEARCH_DEPTH = 6;

function isIn(node: XNode, core: Core): boolean {
  return core.includes(node.ns);
}

function child(node: XNode, local: string, core: Core): XNode | undefined {
  for (const entry of node.children) {
    if (typeof entry !== 'string' && entry.local === local && isIn(entry, core)) return entry;
  }
  return undefined;
}

function childrenNamed(node: XNode, local: string, core: Core): XNode[] {
  const found: XNode[] = [];
  for (const entry of node.children) if (typeof entry !== 'string' && entry.local === local && isIn(entry, core)) found.push(entry);
  return found;
}

/** Items and entries below a node, in document order, not looking inside other items. */
function findRecords(node: XNode, local: string, core: Core, depth = 0, found: XNode[] = []): XNode[] {
  for (const entry of node.children) {
    if (typeof entry === 'string') continue;
    if (entry.local === local && isIn(entry, core)) found.push(entry);
    else if (depth < RECORD_SEARCH_DEPTH && entry.local !== 'entry' && entry.local !== 'item') findRecords(entry, local, core, depth + 1, found);
  }
  return found;
}

function text(node: XNode | undefined): string | null {
  if (!node) return null;
  const value = textContent(node).trim();
  return value === '' ? null : value;
}

/** An http(s) URL, resolved against the element's base (xml:base, else the feed URL); anything else is dropped. */
function httpUrl(value: string | null | undefined, base: string): string | null {
  return resolveLink(value ?? null, base);
}

const HTML_TYPES = new Set(['', 'text/html', 'application/xhtml+xml', 'html', 'xhtml']);

/** Atom links: rel="alternate" (the default) of an HTML type first, then any alternate; self, enclosure, related… never. */
function atomLink(links: XNode[]): string | null {
  let fallback: string | null = null;
  for (const link of links) {
    const rel = (attr(link, 'rel') ?? 'alternate').trim().toLowerCase() || 'alternate';
    if (rel !== 'alternate' && rel !== 'http://www.iana.org/assignments/relation/alternate') continue;
    const url = httpUrl(attr(link, 'href') ?? textContent(link), link.base);
    if (!url) continue;
    if (HTML_TYPES.has((attr(link, 'type') ?? '').split(';')[0]!.trim().toLowerCase())) return url;
    fallback ??= url;
  }
  return fallback;
}

function rssLink(node: XNode): string | null {
  for (const link of childrenNamed(node, 'link', RSS)) {
    const url = httpUrl(textContent(link).trim() || attr(link, 'href'), link.base);
    if (url) return url;
  }
  return null;
}

/** A title cut off by the end of the document is not the title. */
function complete(node: XNode | undefined): XNode | undefined {
  return node?.cut ? undefined : node;
}

function titleOf(node: XNode, core: Core): string {
  return constructText(complete(child(node, 'title', core))) || constructText(complete(child(node, 'title', DC)));
}

function authorOf(node: XNode, core: Core): string | null {
  const author = child(node, 'author', core);
  const name = author && (child(author, 'name', core) ? constructText(child(author, 'name', core)) : constructText(author));
  return name || plainText(text(child(node, 'creator', DC))) || null;
}

function firstText(node: XNode, candidates: [string, Core][]): string | null {
  for (const [local, core] of candidates) {
    const value = text(child(node, local, core));
    if (value) return value;
  }
  return null;
}

function attrByLocal(node: XNode, local: string): string | undefined {
  for (const key in node.attrs) if (key.slice(key.indexOf(':') + 1).toLowerCase() === local) return node.attrs[key];
  return undefined;
}

function rssItem(node: XNode): ItemFields {
  const guidNode = child(node, 'guid', RSS);
  const guid = text(guidNode) ?? attrByLocal(node, 'about')?.trim() ?? text(child(node, 'identifier', DC));
  const html =
    constructHtml(child(node, 'encoded', CONTENT)) ??
    constructHtml(child(node, 'body', ['xhtml'])) ??
    constructHtml(child(node, 'description', RSS)) ??
    constructHtml(child(node, 'description', DC)) ??
    constructHtml(child(node, 'abstract', RSS));
  const lastmod = attr(node, 'lastmod');
  return {
    guid,
    link: rssLink(node) ?? httpUrl(attr(node, 'href'), node.base) ?? atomLink(childrenNamed(node, 'link', ['atom'])),
    permalink: guidNode ? (attr(guidNode, 'isPermaLink') ?? 'true').trim().toLowerCase() !== 'false' : true,
    title: titleOf(node, RSS),
    html,
    date:
      firstText(node, [
        ['pubdate', RSS],
        ['date', DC],
        ['issued', DCTERMS],
        ['created', DCTERMS],
        ['modified', DCTERMS],
      ]) ??
      lastmod ??
      null,
    isoDate: null,
    author: authorOf(node, RSS),
  };
}

function atomEntry(node: XNode): ItemFields {
  return {
    guid: text(child(node, 'id', ATOM)),
    link: atomLink(childrenNamed(node, 'link', ATOM)),
    permalink: true,
    title: titleOf(node, ATOM),
    html: constructHtml(child(node, 'content', ATOM)) ?? constructHtml(child(node, 'summary', ATOM)) ?? constructHtml(child(node, 'encoded', CONTENT)),
    date: firstText(node, [
      ['published', ATOM],
      ['issued', ATOM],
      ['updated', ATOM],
      ['modified', ATOM],
      ['created', ATOM],
      ['date', DC],
    ]),
    isoDate: null,
    author: authorOf(node, ATOM),
  };
}

function records(nodes: XNode[], read: (node: XNode) => ItemFields): RawItem[] {
  return nodes.map((node) => ({ fields: read(node), cut: node.cut === true }));
}

/** The feed in a parsed document, or a `parse` FeedError naming the root element when the document is not a feed. */
export function readFeedModel(document: XNode): FeedModel {
  const root = document.children.find((entry): entry is XNode => typeof entry !== 'string');
  if (!root) throw new FeedError('parse', 'the document has no XML element; it is not a feed');
  switch (root.local) {
    case 'feed':
      return {
        title: titleOf(root, ATOM),
        link: atomLink(childrenNamed(root, 'link', ATOM)),
        items: records(findRecords(root, 'entry', ATOM), atomEntry),
      };
    case 'entry':
      return { title: '', link: null, items: records([root], atomEntry) };
    case 'rss':
    case 'rdf':
    case 'channel': {
      const channel = root.local === 'channel' ? root : (child(root, 'channel', RSS) ?? root);
      const items =
        root.local === 'rss' && channel !== root ? [...findRecords(channel, 'item', RSS), ...childrenNamed(root, 'item', RSS)] : findRecords(root, 'item', RSS);
      return {
        title: titleOf(channel, RSS),
        link: rssLink(channel) ?? httpUrl(attr(channel, 'href'), channel.base) ?? atomLink(childrenNamed(channel, 'link', ['atom'])),
        items: records(items, rssItem),
      };
    }
    default:
      throw new FeedError(
        'parse',
        `the document is XML but not a feed (its root element is <${root.name}>, not <rss>, <rdf:RDF>, <feed>, <entry> or <channel>)`,
      );
  }
}
