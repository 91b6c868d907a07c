import type { TokenTable } from '../text/index.js';
import { GENERIC_KIND_NOUNS, withoutElision } from './lexicon.js';

/**
 * "la eléctrica Endesa", "la aseguradora Mutua Levante", "the insurer Aviva", "l'assureur Axa": a noun for a kind of
 * company right before a capitalised name makes the name a company's, not a person's. "aseguró la empresa" then
 * finds it as the company named before.
 */
const COMPANY_DESCRIPTORS = new Set([
  'eléctrica',
  'energética',
  'aseguradora',
  'constructora',
  'operadora',
  'naviera',
  'aerolínea',
  'farmacéutica',
  'tecnológica',
  'insurer',
  'carmaker',
  'automaker',
  'chipmaker',
  'carrier',
  'operator',
  'utility',
  'retailer',
  'energéticien',
  'assureur',
  'opérateur',
  'constructeur',
  'laboratoire',
  'versicherer',
  'autobauer',
  'energieversorger',
  'stromversorger',
  'chiphersteller',
]);

/** Articles in front of the descriptor ("the", "la", "der", "l'" elided into it). */
const ARTICLES = new Set(['the', 'la', 'el', 'le', 'der', 'die', 'das', 'den', 'dem']);

/** Whether the word before token i is a company descriptor ("la eléctrica", "the insurer", "l'assureur") with its article. */
export function afterCompanyDescriptor(table: TokenTable, i: number): boolean {
  if (i < 1) return false;
  const previous = table.words[i - 1]!;
  const noun = withoutElision(previous.lower);
  if (!COMPANY_DESCRIPTORS.has(noun) && !GENERIC_KIND_NOUNS.has(noun)) return false;
  return noun !== previous.lower || (i >= 2 && ARTICLES.has(table.words[i - 2]!.lower));
}
