import type { LanguageCode } from '../types.js';
import type { Token } from '../text/index.js';
import { insideSpans } from './name-words.js';
import type { People } from './people.js';
import { institutionDisplay, type Resolved } from './resolve.js';

/**
 * A quotation standing alone as its paragraph, with the sentence next to it saying who issued the statement it comes
 * from: "L'Élysée a publié un communiqué … ¶ « … »", "« … » ¶ El comunicado fue difundido por el Ejército paquistaní".
 */

/** Nouns of a written statement, in de/en/fr/es. */
const STATEMENT_NOUNS = new Set([
  'statement',
  'communique',
  'communiqué',
  'release',
  'readout',
  'mitteilung',
  'pressemitteilung',
  'erklärung',
  'stellungnahme',
  'kommuniqué',
  'déclaration',
  'comunicado',
  'declaración',
  'nota',
]);

/** Less sure than a speech verb next to the quote: the sentence only says who issued the statement. */
const ISSUER_CONFIDENCE = 0.7;

/**
 * The one institution a sentence names as the issuer of a statement: the sentence holds a statement's noun, names
 * exactly one institution outside quotations and no person. Null otherwise.
 */
export function statementIssuer(people: People, tokens: readonly Token[], from: number, to: number, language: LanguageCode): Resolved | null {
  if (!tokens.some((token) => STATEMENT_NOUNS.has(token.text))) return null;
  const spans = people.spans ?? [];
  const cursor = { at: 0 };
  if (people.mentions.some((mention) => mention.start >= from && mention.start < to && !mention.quoted)) return null;
  let issuer: string | null = null;
  for (const mention of people.institutions) {
    if (mention.start >= to) break;
    if (mention.start < from || insideSpans(spans, mention.start, cursor)) continue;
    const display = mention.fullName ?? mention.display ?? institutionDisplay(mention.key ?? '', language);
    // A common noun in lower case ("le gouvernement") names no issuer by itself.
    if (display === display.toLowerCase()) continue;
    if (issuer !== null && issuer !== display) return null;
    issuer = display;
  }
  return issuer === null ? null : { speaker: issuer, confidence: ISSUER_CONFIDENCE, person: null };
}
