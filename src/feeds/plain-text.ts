import { decodeHTMLStrict } from 'entities';
import { Parser } from 'htmlparser2';
import { BLOCK_ELEMENTS, VOID_ELEMENTS } from '../core/index.js';

/**
 * Titles, feed names and authors are plain text everywhere downstream. Feeds
 * deliver them as text, as escaped HTML, as inline XHTML, and often escaped
 * twice (`&amp;quot;`, `&amp;lt;b&amp;gt;`); all of it is reduced to text here.
 */

/** Contents of these never read as text (a title carrying a script must not reach the digest). */
const DROPPED = new Set(['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'svg', 'math', 'head', 'applet', 'frameset', 'select']);

const VOID = VOID_ELEMENTS;

/** Elements whose edges separate words ("<p>a</p><p>b</p>" is "a b", not "ab"). */
export const WORD_BREAKS: ReadonlySet<string> = new Set([...VOID_ELEMENTS, ...BLOCK_ELEMENTS, 'td', 'th', 'header', 'footer']);

/** Elements a title may plausibly contain as markup; anything else in angle brackets is literal text ("Why <div> is bad"). */
const HTML_ELEMENTS = new Set([
  ...DROPPED,
  ...VOID,
  'a',
  'abbr',
  'acronym',
  'address',
  'article',
  'aside',
  'b',
  'bdi',
  'bdo',
  'big',
  'blockquote',
  'body',
  'caption',
  'center',
  'cite',
  'code',
  'dd',
  'del',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'font',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'html',
  'i',
  'ins',
  'kbd',
  'label',
  'li',
  'mark',
  'nav',
  'nobr',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'section',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'title',
  'tr',
  'tt',
  'u',
  'ul',
  'var',
]);

const END_TAG = /<\/[a-z][a-z0-9]*\s*>/i;
const VOID_TAG = /<(?:br|hr|img|wbr)\b[^<>]*>/i;
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

export function hasEntity(text: string): boolean {
  return text.includes('&') && ENTITY.test(text);
}

/**
 * Whether a string is HTML rather than text that happens to contain `<` or
 * `&`: it needs an end tag, a void tag or an entity, and every tag must be a
 * known HTML element.
 */
export function looksLikeHtml(text: string): boolean {
  if (!text.includes('<') && !text.includes('&')) return false;
  if (!END_TAG.test(text) && !VOID_TAG.test(text) && !hasEntity(text)) return false;
  for (const match of text.matchAll(/<\/?([a-z][a-z0-9]*)/gi)) {
    if (!HTML_ELEMENTS.has(match[1]!.toLowerCase())) return false;
  }
  return true;
}

export function isDropped(local: string): boolean {
  return DROPPED.has(local);
}

/** A character the fold changes: white space other than a single space, or a zero-width space (trim alone removes neither a run inside nor U+200B). */
const NEEDS_FOLD = /[^\S ]|\u200b| {2}/;

export function foldWhitespace(text: string): string {
  return (NEEDS_FOLD.test(text) ? text.replace(/[\s\u00a0\u200b]+/g, ' ') : text).trim();
}

/** Text of an HTML fragment: tags removed, dropped elements' contents gone, entities decoded, whitespace folded. */
export function htmlFragmentText(html: string): string {
  let text = '';
  let skipDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (VOID.has(name)) {
          if (skipDepth === 0) text += ' ';
          return;
        }
        if (skipDepth > 0 || DROPPED.has(name)) skipDepth++;
        else if (WORD_BREAKS.has(name)) text += ' ';
      },
      ontext(value) {
        if (skipDepth === 0) text += value;
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        if (skipDepth > 0) skipDepth--;
        else if (WORD_BREAKS.has(name)) text += ' ';
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return foldWhitespace(text);
}

/** How the text of a title is meant: plain text, HTML, or unknown (RSS, untyped Atom, JSON Feed: read by looking). */
export type TextMode = 'text' | 'html' | 'auto';

/**
 * Reduces a title (or feed name, author) to plain text. HTML is reduced to
 * its text; text that is HTML escaped once more is reduced again; leftover
 * entities of a double escape are decoded.
 */
export function plainText(value: string | null | undefined, mode: TextMode = 'auto'): string {
  if (!value) return '';
  if (mode === 'text') return foldWhitespace(hasEntity(value) ? decodeHTMLStrict(value) : value);
  if (mode === 'auto' && !looksLikeHtml(value)) return foldWhitespace(value);
  let text = htmlFragmentText(value);
  // Escaped twice: "&lt;i&gt;resume&lt;/i&gt;" inside type="html" is HTML once decoded.
  if (looksLikeHtml(text)) text = htmlFragmentText(text);
  return text;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Plain-text content becomes paragraphs of HTML so every item goes through the same HTML-to-text path. */
export function textAsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n');
}
