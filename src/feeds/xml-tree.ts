import { FeedError } from './errors.js';

/**
 * A small element tree shared by the strict and the forgiving parser, so one
 * extractor reads every dialect. Names are resolved to a namespace family
 * (prefixes are the publisher's choice; the namespace URI is what counts) and
 * xml:base is resolved while building, so every element knows its base URL.
 */

/** Which vocabulary an element belongs to; '' is "no namespace" (read as the document's own dialect). */
export type NsFamily = '' | 'rss' | 'atom' | 'rdf' | 'dc' | 'dcterms' | 'content' | 'xhtml' | 'other';

export interface XNode {
  /** Qualified name as written. */
  name: string;
  /** Local name in lower case (feed vocabularies are matched case-insensitively, as CDF writes <TITLE>). */
  local: string;
  ns: NsFamily;
  /** Attributes by name as written. */
  attrs: Record<string, string>;
  children: (XNode | string)[];
  /** Absolute base URL in effect for this element (feed URL, refined by xml:base). */
  base: string;
  /** Set when the document ended before the element was closed (a truncated download). */
  cut?: boolean;
}

export interface TreeLimits {
  maxDepth: number;
  /** Elements named like this (item, entry) count as records; those past the cap are counted, not kept. */
  maxRecords: number;
}

const FAMILY_BY_URI: Record<string, NsFamily> = {
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://purl.org/rss/1.0/': 'rss',
  'http://my.netscape.com/rdf/simple/0.9/': 'rss',
  'http://backend.userland.com/rss2': 'rss',
  'http://backend.userland.com/rss': 'rss',
  'http://blogs.law.harvard.edu/tech/rss': 'rss',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://www.w3.org/1999/xhtml': 'xhtml',
};

/** Feeds often use a prefix without declaring it (`<dc:creator>` with no xmlns:dc); the usual prefixes are read as meant. */
const FAMILY_BY_PREFIX: Record<string, NsFamily> = {
  dc: 'dc',
  dcterms: 'dcterms',
  content: 'content',
  atom: 'atom',
  atom10: 'atom',
  atom03: 'atom',
  rss: 'rss',
  rdf: 'rdf',
  xhtml: 'xhtml',
};

const RECORDS = new Set(['item', 'entry']);

type Scope = Record<string, string>;

interface Open {
  node: XNode;
  scope: Scope;
}

export function resolveBase(value: string, base: string): string {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return base;
  }
}

/**
 * Receives open/text/close events from either parser. Bounded: nesting past
 * `maxDepth` throws `too_deep`; records past `maxRecords` are counted and
 * their content dropped.
 */
export class TreeBuilder {
  readonly root: XNode;
  /** item/entry elements seen, including those past the cap. */
  records = 0;
  private readonly stack: Open[];
  private rootUri: string | null = null;
  private rootFamily: NsFamily = '';
  private discardDepth = 0;

  constructor(
    private readonly limits: TreeLimits,
    documentUrl: string,
    /** Forgiving mode: an <item> opened inside an open <item> closes the first one (a missing </item>). */
    private readonly lenient: boolean,
  ) {
    this.root = { name: '#document', local: '#document', ns: '', attrs: {}, children: [], base: documentUrl };
    this.stack = [{ node: this.root, scope: {} }];
  }

  private family(prefix: string | null, scope: Scope): NsFamily {
    const uri = scope[prefix ?? ''];
    if (uri === undefined || uri === '') return prefix === null ? '' : (FAMILY_BY_PREFIX[prefix.toLowerCase()] ?? 'other');
    const known = FAMILY_BY_URI[uri.trim().toLowerCase()];
    if (known) return known;
    return uri === this.rootUri ? this.rootFamily : 'other';
  }

  open(name: string, attrs: Record<string, string>): void {
    const colon = name.indexOf(':');
    const local = (colon === -1 ? name : name.slice(colon + 1)).toLowerCase();
    const isRecord = RECORDS.has(local);
    // Records past the cap are still counted for the skip line, even inside a dropped one that lost its end tag.
    if (isRecord) this.records++;
    if (this.discardDepth > 0) {
      this.discardDepth++;
      return;
    }
    if (isRecord) {
      if (this.lenient) this.closeOpenRecord(local);
      if (this.records > this.limits.maxRecords) {
        this.discardDepth = 1;
        return;
      }
    }
    this.openElement(name, local, colon === -1 ? null : name.slice(0, colon), attrs);
  }

  private openElement(name: string, local: string, prefix: string | null, attrs: Record<string, string>): void {
    if (this.stack.length > this.limits.maxDepth) {
      throw new FeedError('too_deep', `the feed nests elements deeper than ${this.limits.maxDepth} levels; refusing it as hostile or broken`);
    }
    const parent = this.stack[this.stack.length - 1]!;
    let scope = parent.scope;
    for (const key in attrs) {
      if (key === 'xmlns' || key.startsWith('xmlns:')) {
        if (scope === parent.scope) scope = { ...parent.scope };
        scope[key === 'xmlns' ? '' : key.slice(6)] = attrs[key]!;
      }
    }
    if (this.stack.length === 1 && this.rootUri === null) {
      this.rootUri = scope[prefix ?? ''] ?? '';
      this.rootFamily = local === 'feed' || local === 'entry' ? 'atom' : 'rss';
    }
    // CDF writes its base as <CHANNEL BASE="…">.
    const xmlBase = attrs['xml:base'] ?? (local === 'channel' ? (attrs.BASE ?? attrs.base) : undefined);
    const node: XNode = {
      name,
      local,
      ns: this.family(prefix, scope),
      attrs,
      children: [],
      base: xmlBase === undefined ? parent.node.base : resolveBase(xmlBase, parent.node.base),
    };
    parent.node.children.push(node);
    this.stack.push({ node, scope });
  }

  /** A record opened while another of its kind is open: the first one lost its end tag. */
  private closeOpenRecord(local: string): void {
    for (let index = this.stack.length - 1; index > 0; index--) {
      if (this.stack[index]!.node.local === local) {
        this.stack.length = index;
        return;
      }
    }
  }

  text(value: string): void {
    if (this.discardDepth > 0 || value === '') return;
    const children = this.stack[this.stack.length - 1]!.node.children;
    const last = children.length - 1;
    if (last >= 0 && typeof children[last] === 'string') children[last] += value;
    else children.push(value);
  }

  /** Closes the nearest open element of that name (and any left open inside it); an end tag that matches nothing is ignored. */
  close(name: string, cut = false): void {
    if (this.discardDepth > 0) {
      this.discardDepth--;
      return;
    }
    for (let index = this.stack.length - 1; index > 0; index--) {
      if (this.stack[index]!.node.name === name) {
        if (cut) for (let inner = index; inner < this.stack.length; inner++) this.stack[inner]!.node.cut = true;
        this.stack.length = index;
        return;
      }
    }
  }

  /** The document ended: whatever is still open was cut off. */
  finish(): void {
    for (let index = 1; index < this.stack.length; index++) this.stack[index]!.node.cut = true;
    this.stack.length = 1;
  }
}

/** Text of an element and everything inside it. */
export function textContent(node: XNode): string {
  let text = '';
  for (const child of node.children) text += typeof child === 'string' ? child : textContent(child);
  return text;
}

export function childElements(node: XNode): XNode[] {
  return node.children.filter((child): child is XNode => typeof child !== 'string');
}

export function hasElementChildren(node: XNode): boolean {
  return node.children.some((child) => typeof child !== 'string');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The children of an element as HTML (inline XHTML content, or HTML a feed left unescaped). Prefixes are dropped: `<xhtml:p>` becomes `<p>`. */
export function innerHtml(node: XNode): string {
  let html = '';
  for (const child of node.children) {
    if (typeof child === 'string') {
      html += escapeText(child);
      continue;
    }
    let attrs = '';
    for (const key in child.attrs) {
      if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
      attrs += ` ${key.slice(key.indexOf(':') + 1)}="${escapeText(child.attrs[key]!).replace(/"/g, '&quot;')}"`;
    }
    html += `<${child.local}${attrs}>${innerHtml(child)}</${child.local}>`;
  }
  return html;
}
