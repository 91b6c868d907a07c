import { decodeHTMLStrict } from 'entities';
import { FeedError } from './errors.js';

/**
 * A cheap linear pre-scan before the XML parser sees the document. The parser
 * (sax via xml2js) builds the whole tree in memory, so hostile shapes are
 * refused here: entity declarations (billion laughs), absurd nesting and
 * giant fields.
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
  if (text.includes('<!ENTITY')) {
    throw new FeedError('entity_expansion', 'the feed declares XML entities (<!ENTITY>), which can expand without bound; refusing it');
  }
  const doctype = /<!DOCTYPE[^>[]*\[/i.exec(text);
  if (doctype) {
    throw new FeedError('entity_expansion', 'the feed has a DOCTYPE with an internal subset, which can expand without bound; refusing it');
  }
  let depth = 0;
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
    const second = text.charCodeAt(open + 1);
    if (second === 0x2f /* / */) depth--;
    else if (second !== 0x3f /* ? */ && second !== 0x21 /* ! */ && text.charCodeAt(close - 1) !== 0x2f) {
      depth++;
      if (depth > limits.maxDepth) {
        throw new FeedError('too_deep', `the feed nests elements deeper than ${limits.maxDepth} levels; refusing it as hostile or broken`);
      }
    }
    position = close + 1;
  }
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * Real feeds use HTML entities (&nbsp;, &eacute;) and bare ampersands that a
 * strict XML parser rejects, losing the whole feed. Turn known HTML entities
 * into numeric references and escape stray ampersands.
 */
export function repairXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+;|#\d+;|[a-z][a-z0-9]*;)?/gi, (whole, reference: string | undefined) => {
    if (reference === undefined) return '&amp;';
    if (reference.startsWith('#')) return whole;
    const name = reference.slice(0, -1);
    if (XML_ENTITIES.has(name)) return whole;
    const decoded = decodeHTMLStrict(whole);
    if (decoded === whole) return `&amp;${reference}`;
    return Array.from(decoded, (char) => `&#${char.codePointAt(0)};`).join('');
  });
}
