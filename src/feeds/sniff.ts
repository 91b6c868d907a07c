/**
 * What a document is, read from its first element: every feed dialect
 * publishers use, HTML pages, other XML, JSON and plain text. One function,
 * used by the poller, `analyze` and `feeds add`, so all three agree.
 */

export type DocumentKind = 'rss' | 'rdf' | 'atom' | 'cdf' | 'json-feed' | 'html' | 'xml' | 'json' | 'text';

export interface SniffedDocument {
  kind: DocumentKind;
  /** True for RSS, RDF, Atom, CDF and JSON Feed. */
  isFeed: boolean;
  /** Human name of the dialect, e.g. "RSS 2.0", "RSS 0.91 (Netscape)", "Atom 0.3", "CDF", "JSON Feed 1.1". */
  dialect: string | null;
  /** Name of the root element as written (XML and HTML only). */
  root: string | null;
  /** Offset of the first markup (`<`) or JSON (`{`) character; text before it is whitespace or junk. */
  start: number;
  /** True when something other than whitespace stands before the document (server warnings, stray bytes). */
  junkBefore: boolean;
}

/** How far into the text the root element is looked for. */
const HEAD_CHARS = 4096;

const FEED_KINDS = new Set<DocumentKind>(['rss', 'rdf', 'atom', 'cdf', 'json-feed']);

function result(kind: DocumentKind, fields: Partial<SniffedDocument> = {}): SniffedDocument {
  return { kind, isFeed: FEED_KINDS.has(kind), dialect: null, root: null, start: 0, junkBefore: false, ...fields };
}

/** Skips whitespace, comments, processing instructions and DOCTYPE (with an internal subset) before the root element. */
function skipProlog(text: string, position: number): { position: number; doctype: string | null } {
  let doctype: string | null = null;
  let at = position;
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (text.startsWith('<?', at)) {
      const end = text.indexOf('?>', at + 2);
      if (end === -1) return { position: text.length, doctype };
      at = end + 2;
    } else if (text.startsWith('<!--', at)) {
      const end = text.indexOf('-->', at + 4);
      if (end === -1) return { position: text.length, doctype };
      at = end + 3;
    } else if (/^<!doctype/i.test(text.slice(at, at + 9))) {
      const subset = text.indexOf('[', at);
      const close = text.indexOf('>', at);
      const end = subset !== -1 && subset < close ? text.indexOf(']', subset) : at;
      const finish = end === -1 ? -1 : text.indexOf('>', end);
      if (finish === -1) return { position: text.length, doctype };
      doctype = text.slice(at, finish + 1);
      at = finish + 1;
    } else {
      return { position: at, doctype };
    }
  }
}

const ROOT_TAG = /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)([^>]*)/;

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

function rssDialect(tag: string, doctype: string | null): string {
  const version = attribute(tag, 'version')?.trim();
  if (!version) return 'RSS (no version)';
  if (version === '0.91') return /netscape/i.test(doctype ?? '') ? 'RSS 0.91 (Netscape)' : 'RSS 0.91 (UserLand)';
  return `RSS ${version}`;
}

function classifyRoot(name: string, tag: string, head: string, doctype: string | null): Pick<SniffedDocument, 'kind' | 'dialect'> {
  const local = (name.includes(':') ? name.slice(name.indexOf(':') + 1) : name).toLowerCase();
  switch (local) {
    case 'rss':
      return { kind: 'rss', dialect: rssDialect(tag, doctype) };
    case 'rdf':
      if (/my\.netscape\.com\/rdf\/simple\/0\.9/i.test(head)) return { kind: 'rdf', dialect: 'RSS 0.90' };
      return { kind: 'rdf', dialect: /purl\.org\/rss\/1\.0/i.test(head) || /<(?:\w+:)?channel\b/i.test(head) ? 'RSS 1.0' : 'RDF' };
    case 'feed':
      return { kind: 'atom', dialect: attribute(tag, 'version') === '0.3' || /purl\.org\/atom\/ns#/i.test(tag) ? 'Atom 0.3' : 'Atom 1.0' };
    case 'entry':
      // An Atom Entry Document: one entry on its own.
      return { kind: 'atom', dialect: /purl\.org\/atom\/ns#/i.test(tag) ? 'Atom 0.3 entry' : 'Atom 1.0 entry' };
    case 'channel':
      // Channel Definition Format (Microsoft, 1997) writes <CHANNEL HREF=…>; a bare lower-case <channel> is RSS without its wrapper.
      return name === 'CHANNEL' || attribute(tag, 'href') !== null ? { kind: 'cdf', dialect: 'CDF' } : { kind: 'rss', dialect: 'RSS (no <rss> element)' };
    case 'html':
    case 'head':
    case 'body':
      return { kind: 'html', dialect: null };
    default:
      return { kind: /^<!doctype\s+html/i.test(doctype ?? '') ? 'html' : 'xml', dialect: null };
  }
}

function sniffJson(text: string, start: number): SniffedDocument {
  const head = text.slice(start, start + HEAD_CHARS);
  const version = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\/([\d.]+)"/.exec(head);
  if (version) return result('json-feed', { dialect: `JSON Feed ${version[1]}`, start });
  // Large feeds can put "version" after the items; the "items" key with a feed-like neighbour is enough to try.
  if (/"items"\s*:\s*\[/.test(text) && /jsonfeed\.org\/version\//.test(text)) return result('json-feed', { dialect: 'JSON Feed', start });
  return result('json', { start });
}

/** Finds where the document starts: after a BOM and whitespace, or after junk a broken server printed before it. */
function documentStart(text: string, contentType: string | null | undefined): { start: number; junk: boolean } {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start < text.length && /\s/.test(text[start]!)) start++;
  const first = text[start];
  if (first === '<' || first === '{' || first === '[' || start >= text.length) return { start, junk: false };
  // "Warning: … on line 3" printed by a script before the XML: find the prolog or a feed root close by.
  const head = text.slice(start, start + HEAD_CHARS);
  const found = /<\?xml\s|<(?:\w+:)?(?:rss|feed|rdf)\b/i.exec(head);
  if (found && !/html/i.test(contentType ?? '')) return { start: start + found.index, junk: true };
  return { start, junk: false };
}

/**
 * Reads what a document is from its start: BOM, whitespace, comments,
 * processing instructions and a DOCTYPE may precede the root element. The
 * content type only decides when the text itself does not.
 */
export function sniffDocument(text: string, contentType?: string | null): SniffedDocument {
  const { start, junk } = documentStart(text, contentType);
  const first = text[start];
  if (first === '{') return { ...sniffJson(text, start), junkBefore: junk };
  if (first === '[') return result('json', { start });
  if (first !== '<') return result(contentType && /html/i.test(contentType) ? 'html' : 'text', { start });
  const { position, doctype } = skipProlog(text, start);
  const head = text.slice(position, position + HEAD_CHARS);
  const tag = ROOT_TAG.exec(head);
  if (!tag) {
    if (/^<!doctype\s+html/i.test(doctype ?? '')) return result('html', { start });
    return result(contentType && /html/i.test(contentType) ? 'html' : 'xml', { start, junkBefore: junk });
  }
  const { kind, dialect } = classifyRoot(tag[1]!, tag[0], head, doctype);
  if (!FEED_KINDS.has(kind) && !junk) {
    // "<b>Warning</b>: … on line 3<br />" printed before the XML declaration: the feed starts at the declaration.
    const declaration = text.indexOf('<?xml', start + 1);
    if (declaration !== -1 && declaration - start < HEAD_CHARS) {
      const behind = sniffDocument(text.slice(declaration), contentType);
      if (behind.isFeed) return { ...behind, start: declaration + behind.start, junkBefore: true };
    }
  }
  return result(kind, { dialect, root: tag[1]!, start, junkBefore: junk });
}
