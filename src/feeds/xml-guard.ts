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

function repairEntities(text: string, expansion: Expansion): string {
  return text.replace(/&(#x[0-9a-f]+;|#\d+;|[a-z_][\w.:-]*;)?/gi, (whole, reference: string | undefined) => {
    if (reference === undefined) return '&amp;';
    if (reference.startsWith('#')) return whole;
    const name = reference.slice(0, -1);
    if (XML_ENTITIES.has(name)) return whole;
    const declared = expansion.entities.get(name);
    if (declared !== undefined) {
      expansion.added += declared.length;
      if (expansion.added > MAX_ENTITY_EXPANSION_CHARS) {
        throw new FeedError('entity_expansion', `the feed's declared entities expand to more than ${MAX_ENTITY_EXPANSION_CHARS} characters; refusing it`);
      }
      return declared;
    }
    const decoded = decodeHTMLStrict(whole);
    if (decoded === whole) return `&amp;${reference}`;
    return Array.from(decoded, (char) => `&#${char.codePointAt(0)};`).join('');
  });
}

/**
 * Real feeds use HTML entities (&nbsp;, &eacute;) and bare ampersands that a
 * strict XML parser rejects, losing the whole feed. Turn known HTML entities
 * into numeric references and escape stray ampersands, outside CDATA sections
 * and comments (whose text is literal). Entities the DOCTYPE declared with a
 * literal value (see doctype.ts) are replaced by that value, within a budget.
 */
export function repairXmlEntities(text: string, entities: ReadonlyMap<string, string> = new Map()): string {
  if (!text.includes('&')) return text;
  const expansion: Expansion = { entities, added: 0 };
  let result = '';
  let position = 0;
  // Next CDATA section and comment at or after `position`; each is searched again only once passed (linear overall).
  let cdata = text.indexOf('<![CDATA[');
  let comment = text.indexOf('<!--');
  while (position < text.length) {
    if (cdata !== -1 && cdata < position) cdata = text.indexOf('<![CDATA[', position);
    if (comment !== -1 && comment < position) comment = text.indexOf('<!--', position);
    const next = cdata === -1 ? comment : comment === -1 ? cdata : Math.min(cdata, comment);
    if (next === -1) break;
    const end = text.indexOf(next === cdata ? ']]>' : '-->', next);
    result += repairEntities(text.slice(position, next), expansion);
    const stop = end === -1 ? text.length : end + 3;
    result += text.slice(next, stop);
    position = stop;
  }
  return result + repairEntities(text.slice(position), expansion);
}
