import { FeedError } from './errors.js';

/**
 * DOCTYPE internal subsets, read safely. Feeds declare plain entities
 * (`<!ENTITY path "C:\data">`), pull in the XHTML entity sets by parameter
 * entity (`<!ENTITY % HTMLlat1 PUBLIC …> %HTMLlat1;`) or declare elements.
 * None of that can blow up as long as an entity's value is literal text: such
 * entities are expanded once, by us, within a size budget, and the subset is
 * removed before any parser sees the document. An entity whose value refers to
 * other entities or holds markup (the billion-laughs shape) is refused.
 */

export interface DeclaredEntities {
  /** The document with the internal subset blanked out (same line numbers). */
  text: string;
  /** General entities with literal values, by name. */
  entities: Map<string, string>;
}

const MAX_DECLARATIONS = 1_000;
const MAX_VALUE_CHARS = 10_000;

function refuse(detail: string): FeedError {
  return new FeedError('entity_expansion', `the feed's DOCTYPE ${detail}, which can expand without bound; refusing it`);
}

/** Skips a quoted literal starting at `at` (a quote character); returns the index after it and its content. */
function literal(subset: string, at: number): { end: number; value: string } {
  const quote = subset[at]!;
  const close = subset.indexOf(quote, at + 1);
  if (close === -1) throw refuse('has an unterminated literal');
  return { end: close + 1, value: subset.slice(at + 1, close) };
}

/** The end of a markup declaration (`>`), skipping quoted literals. */
function declarationEnd(subset: string, at: number): number {
  let position = at;
  while (position < subset.length) {
    const char = subset[position]!;
    if (char === '"' || char === "'") position = literal(subset, position).end;
    else if (char === '>') return position + 1;
    else position++;
  }
  throw refuse('has an unterminated declaration');
}

const ENTITY = /^<!ENTITY\s+(%\s+)?([A-Za-z_:][\w.:-]*)\s+/;
const SAFE_VALUE = /^(?:[^&%<]|&#\d{1,7};|&#x[0-9a-fA-F]{1,6};)*$/;

function readSubset(subset: string): Map<string, string> {
  const entities = new Map<string, string>();
  let declarations = 0;
  let position = 0;
  while (position < subset.length) {
    const char = subset[position]!;
    if (/\s/.test(char)) {
      position++;
    } else if (subset.startsWith('<!--', position)) {
      const end = subset.indexOf('-->', position + 4);
      if (end === -1) throw refuse('has an unterminated comment');
      position = end + 3;
    } else if (subset.startsWith('<?', position)) {
      const end = subset.indexOf('?>', position + 2);
      if (end === -1) throw refuse('has an unterminated processing instruction');
      position = end + 2;
    } else if (char === '%') {
      // A parameter-entity reference (%HTMLlat1;): external sets are never fetched, so it stays unexpanded.
      const end = subset.indexOf(';', position);
      if (end === -1) throw refuse('has a broken parameter-entity reference');
      position = end + 1;
    } else if (subset.startsWith('<!', position)) {
      if (++declarations > MAX_DECLARATIONS) throw refuse(`has more than ${MAX_DECLARATIONS} declarations`);
      const end = declarationEnd(subset, position);
      const entity = ENTITY.exec(subset.slice(position, end));
      if (entity) {
        const rest = subset.slice(position + entity[0].length, end - 1).trim();
        const isParameter = entity[1] !== undefined;
        if (rest.startsWith('"') || rest.startsWith("'")) {
          const { value } = literal(rest, 0);
          if (!isParameter) {
            if (!SAFE_VALUE.test(value)) throw refuse(`declares <!ENTITY ${entity[2]}> with references or markup in its value`);
            if (value.length > MAX_VALUE_CHARS) throw refuse(`declares <!ENTITY ${entity[2]}> longer than ${MAX_VALUE_CHARS} characters`);
            if (!entities.has(entity[2]!)) entities.set(entity[2]!, value);
          }
        }
        // External entities (SYSTEM/PUBLIC) are never fetched; references to them stay unresolved.
      }
      position = end;
    } else {
      throw refuse('has an internal subset that cannot be read');
    }
  }
  return entities;
}

const DOCTYPE = /<!DOCTYPE\s+[^\s>[]+/iy;

/** The first DOCTYPE declaration, tried only where `<!` stands (a case-insensitive search through a large document costs more). */
function findDoctype(text: string): { index: number; length: number } | null {
  for (let at = text.indexOf('<!'); at !== -1; at = text.indexOf('<!', at + 2)) {
    DOCTYPE.lastIndex = at;
    const match = DOCTYPE.exec(text);
    if (match) return { index: at, length: match[0].length };
  }
  return null;
}

/** Finds the internal subset `[ … ]` of a DOCTYPE before the root element; returns its bounds. */
function subsetBounds(text: string): { open: number; close: number } | null {
  const doctype = findDoctype(text);
  if (!doctype) return null;
  let position = doctype.index + doctype.length;
  while (position < text.length) {
    const char = text[position]!;
    if (char === '>') return null;
    if (char === '"' || char === "'") {
      const close = text.indexOf(char, position + 1);
      if (close === -1) return null;
      position = close + 1;
    } else if (char === '[') {
      let at = position + 1;
      // The subset ends at the first "]" outside literals and comments.
      while (at < text.length) {
        const inner = text[at]!;
        if (inner === '"' || inner === "'") {
          const close = text.indexOf(inner, at + 1);
          if (close === -1) throw refuse('has an unterminated literal');
          at = close + 1;
        } else if (text.startsWith('<!--', at)) {
          const close = text.indexOf('-->', at + 4);
          if (close === -1) throw refuse('has an unterminated comment');
          at = close + 3;
        } else if (inner === ']') {
          return { open: position, close: at };
        } else at++;
      }
      throw refuse('has an unterminated internal subset');
    } else position++;
  }
  return null;
}

/** Reads the internal subset, if any: its literal entities, and the document without it. */
export function readDeclaredEntities(text: string): DeclaredEntities {
  const bounds = subsetBounds(text);
  if (!bounds) return { text, entities: new Map() };
  const entities = readSubset(text.slice(bounds.open + 1, bounds.close));
  const blank = text.slice(bounds.open, bounds.close + 1).replace(/[^\n]/g, '');
  return { text: text.slice(0, bounds.open) + blank + text.slice(bounds.close + 1), entities };
}
