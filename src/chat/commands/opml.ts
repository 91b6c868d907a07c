import { Parser } from 'htmlparser2';
// xml-guard.ts alone: the feeds index loads the HTTP client, a DOM and a worker pool (CLI lookups must start without them).
import { assertSafeXml } from '../../feeds/xml-guard.js';
import { CommandError } from './errors.js';

/**
 * OPML 2.0, the feed list format every reader imports and exports. Reading
 * is bounded (bytes, outlines, nesting; no entity declarations) and strict
 * about the document's shape: a file cut off or not OPML at all is refused
 * as a whole, so an import never stops halfway. Each feed keeps its line, so
 * problems can be reported per line.
 */

import { MAX_OPML_BYTES, MAX_OPML_FEEDS, MAX_OPML_OUTLINES } from './limits.js';

export { MAX_OPML_BYTES, MAX_OPML_FEEDS, MAX_OPML_OUTLINES };

export interface OpmlEntry {
  line: number;
  /** The xmlUrl as written (checked later, per line). */
  url: string;
  title: string | null;
}

export interface OpmlFeed {
  url: string;
  name: string;
}

function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

const notOpml = (why: string) => new CommandError(`That file is not a usable OPML file: ${why}; export the feed list again from your reader.`);

export function parseOpml(text: string): OpmlEntry[] {
  if (Buffer.byteLength(text, 'utf8') > MAX_OPML_BYTES)
    throw new CommandError(`The OPML file is larger than ${MAX_OPML_BYTES} bytes; split it into smaller files.`);
  const body = text.replace(/^\uFEFF/, '');
  // Feeds may declare literal entities (the feed parser expands them within a budget); an OPML file never needs any.
  if (/<!ENTITY/i.test(body)) throw notOpml('it declares entities, which an OPML file never needs');
  try {
    assertSafeXml(body, { maxDepth: 32, maxFieldChars: 100_000 });
  } catch (error) {
    throw notOpml(error instanceof Error ? error.message : String(error));
  }
  const lineOf = lineIndex(body);
  const entries: OpmlEntry[] = [];
  const stack: { name: string; selfClosing: boolean; line: number }[] = [];
  let root: string | null = null;
  let sawBody = false;
  let outlines = 0;
  let broken: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const selfClosing = body[parser.endIndex - 1] === '/';
        if (root === null) root = name;
        stack.push({ name, selfClosing, line: lineOf(parser.startIndex) });
        if (name === 'body' && stack.length === 2) sawBody = true;
        if (name !== 'outline' || broken) return;
        outlines += 1;
        if (outlines > MAX_OPML_OUTLINES) broken = `it has more than ${MAX_OPML_OUTLINES} outlines`;
        const url = attributes.xmlUrl ?? attributes.xmlurl;
        if (url === undefined) return;
        if (entries.length >= MAX_OPML_FEEDS) {
          broken = `it lists more than ${MAX_OPML_FEEDS} feeds; import them in several files`;
          return;
        }
        const title = (attributes.title ?? attributes.text ?? '').replace(/\s+/g, ' ').trim().slice(0, 100);
        entries.push({ line: lineOf(parser.startIndex), url: url.trim(), title: title === '' ? null : title });
      },
      onclosetag(name, implied) {
        const open = stack.pop();
        if (implied && open && !open.selfClosing && !broken) broken = `<${name}> opened on line ${open.line} is never closed (is the file cut off?)`;
      },
    },
    { xmlMode: true },
  );
  parser.write(body);
  parser.end();
  if (root !== 'opml') throw notOpml(root === null ? 'it has no XML elements' : `its root element is <${String(root)}>, not <opml>`);
  if (!sawBody) throw notOpml('it has no <body>');
  if (broken) throw notOpml(broken);
  return entries;
}

const attribute = (value: string): string =>
  value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;');

/** OPML 2.0 listing these feeds, one outline each. */
export function renderOpml(feeds: readonly OpmlFeed[], title: string, now: Date): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${attribute(title)}</title>`,
    `    <dateCreated>${now.toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
    ...feeds.map((feed) => `    <outline type="rss" text="${attribute(feed.name)}" title="${attribute(feed.name)}" xmlUrl="${attribute(feed.url)}"/>`),
    '  </body>',
    '</opml>',
  ];
  return `${lines.join('\n')}\n`;
}
