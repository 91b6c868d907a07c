import type { Token } from '../text/index.js';
import { GERMAN_ADJECTIVE, GERMAN_ARTICLES, GERMAN_POSSESSIVE } from './name-words.js';

/** Words before a German noun that never stand before a surname: "dessen Name", "vieler Anhänger", "beider Seiten". */
const GERMAN_DETERMINERS = new Set([
  'einen',
  'dessen',
  'deren',
  'vieler',
  'vielen',
  'viele',
  'einiger',
  'mancher',
  'aller',
  'beider',
  'mehrerer',
  'jeder',
  'jedes',
  'dieser',
  'dieses',
  'diese',
]);

function determines(token: Token | undefined): boolean {
  return token !== undefined && (GERMAN_ARTICLES.has(token.text) || GERMAN_DETERMINERS.has(token.text) || GERMAN_POSSESSIVE.test(token.text));
}

/**
 * "dessen Name nicht genannt wird", "vieler Anhänger", "der freien Rundfunksender", "eine anonyme Nachricht": a
 * capitalised German word right after a determiner, or after a declined adjective that follows one, is a noun, not a
 * surname standing for a person.
 */
export function germanNounAt(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (before === undefined || /^\p{Lu}/u.test(before.raw)) return false;
  if (determines(before)) return true;
  return GERMAN_ADJECTIVE.test(before.text) && determines(tokens[at - 2]);
}
