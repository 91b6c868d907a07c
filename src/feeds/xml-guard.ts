import { decodeHTMLStrict } from 'entities';
import { FeedError } from './errors.js';

/**
 * A cheap linear pre-scan before an XML parser sees the document: giant fields
 * are refused here; entity declarations are read (or refused) by doctype.ts and
 * the internal subset never reaches a parser. Nesting is
 * bounded by the tree builder (xml-tree.ts), which counts depth the way the
 * parsers close elements, so a broken feed's unclosed <br> is not mistaken
 * for hostile nesting.
 */

export interface XmlLimits {
  maxDepth: number;
  /** Longest text, CDATA or tag allowed, in characters. */
  maxFieldChars: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxDepth: 64, maxFieldChars: 2_000_000 };

function fieldTooLarge(limit: number): FeedError {
  return new FeedError('field_too_large', `the feed has a field longer than ${limit} characters; refusing it as hostile or broken`);
}

export function assertSafeXml(text: string, limits: XmlLimits = DEFAULT_XML_LIMITS): void {
  let position = 0;
  while (position < text.length) {
    const open = text.indexOf('<', position);
    const textEnd = open === -1 ? text.length : open;
    if (textEnd - position > limits.maxFieldChars) throw fieldTooLarge(limits.maxFieldChars);
    if (open === -1) break;
    let close: number;
    if (text.startsWith('<![CDATA[', open)) {
      close = text.indexOf(']]>', open);
      if (close === -1) break;
      if (close - open > limits.maxFieldChars) throw fieldTooLarge(limits.maxFieldChars);
      position = close + 3;
      continue;
    }
    if (text.startsWith('<!--', open)) {
      close = text.indexOf('-->', open);
      position = close === -1 ? text.length : close + 3;
      continue;
    }
    close = text.indexOf('>', open);
    if (close === -1) break;
    if (close - open > limits.maxFieldChars) throw fieldTooLarge(limits.maxFieldChars);
    position = close + 1;
  }
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Entities a DOCTYPE declared may add at most this many characters in all (one level: their values are literal). */
export const MAX_ENTITY_EXPANSION_CHARS = 1_000_000;

interface Expansion {
  entities: ReadonlyMap<string, string>;
  added: number;
}

/** What follows an ampersand that makes it a reference (matched at the character after the `&`). */
const REFERENCE = /#x[0-9a-f]+;|#\d+;|[a-z_][\w.:-]*;/iy;

/** The text that replaces the `&` at `at` (and the reference after it), or null when it stays; `length` is how much it replaces. */
function repairAt(text: string, at: number, expansion: Expansion): { value: string; length: number } | null {
  REFERENCE.lastIndex = at + 1;
  const reference = REFERENCE.exec(text)?.[0];
  if (reference === undefined) return { value: '&amp;', length: 1 };
  if (reference.startsWith('#')) return null;
  const name = reference.slice(0, -1);
  if (XML_ENTITIES.has(name)) return null;
  const whole = `&${reference}`;
  const declared = expansion.entities.get(name);
  if (declared !== undefined) {
    expansion.added += declared.length;
    if (expansion.added > MAX_ENTITY_EXPANSION_CHARS) {
      throw new FeedError('entity_expansion', `the feed's declared entities expand to more than ${MAX_ENTITY_EXPANSION_CHARS} characters; refusing it`);
    }
    return { value: declared, length: whole.length };
  }
  const decoded = decodeHTMLStrict(whole);
  if (decoded === whole) return { value: `&amp;${reference}`, length: whole.length };
  return { value: Array.from(decoded, (char) => `&#${char.codePointAt(0)};`).join(''), length: whole.length };
}

/**
 * Real feeds use HTML entities (&nbsp;, &eacute;) and bare ampersands that a
 * strict XML parser rejects, losing the whole feed. Turn known HTML entities
 * into numeric references and escape stray ampersands, outside CDATA sections
 * and comments (whose text is literal). Entities the DOCTYPE declared with a
 * literal value (see doctype.ts) are replaced by that value, within a budget.
 * One pass; a document that needs no repair comes back as the same string.
 */
export function repairXmlEntities(text: string, entities: ReadonlyMap<string, string> = new Map()): string {
  let amp = text.indexOf('&');
  if (amp === -1) return text;
  const expansion: Expansion = { entities, added: 0 };
  const parts: string[] = [];
  let copied = 0;
  let position = 0;
  // Next ampersand, CDATA section and comment at or after `position`; each is searched again only once passed (linear overall).
  let cdata = text.indexOf('<![CDATA[');
  let comment = text.indexOf('<!--');
  while (position < text.length && amp !== -1) {
    if (cdata !== -1 && cdata < position) cdata = text.indexOf('<![CDATA[', position);
    if (comment !== -1 && comment < position) comment = text.indexOf('<!--', position);
    const next = cdata === -1 ? comment : comment === -1 ? cdata : Math.min(cdata, comment);
    const literalAt = next === -1 ? text.length : next;
    if (amp < position) amp = text.indexOf('&', position);
    while (amp !== -1 && amp < literalAt) {
      const repair = repairAt(text, amp, expansion);
      const after = amp + (repair?.length ?? 1);
      if (repair !== null) {
        parts.push(text.slice(copied, amp), repair.value);
        copied = after;
      }
      amp = text.indexOf('&', after);
    }
    if (next === -1) break;
    const end = text.indexOf(next === cdata ? ']]>' : '-->', next);
    position = end === -1 ? text.length : end + 3;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}
