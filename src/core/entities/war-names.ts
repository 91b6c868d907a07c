import type { TokenTable } from '../text/index.js';

/** Words of war that name an event with an ordinal or a qualifier beside them ("Second World War", "Kalter Krieg"). */
const WAR_WORDS = new Set(['war', 'guerre', 'guerra']);
const GERMAN_WAR = /krieg(?:e?s)?$/;
/** Ordinals and qualifiers of a war's name in de/en/fr/es: "Second World War", "Zweiter Weltkrieg", "Guerre froide", "Guerra Fría". */
const WAR_QUALIFIERS = new Set([
  ...['first', 'second', 'third', 'world', 'cold', 'great', 'civil'],
  ...['erste', 'ersten', 'erster', 'zweite', 'zweiten', 'zweiter', 'dritte', 'dritten', 'dritter', 'kalte', 'kalten', 'kalter'],
  ...['première', 'premiere', 'seconde', 'deuxième', 'deuxieme', 'mondiale', 'froide', 'grande', 'civile'],
  ...['primera', 'segunda', 'tercera', 'mundial', 'fría', 'fria', 'gran'],
]);

/**
 * Whether the capitalised run [i, end) names a war as an event, no person: a word of war in it and an ordinal or a
 * qualifier in it or right beside it ("the Second World War", "im Zweiten Weltkrieg", "la Seconde Guerre mondiale",
 * "la Guerra Fría"). A family name alone ("Alfonso Guerra") has no qualifier and stays a name.
 */
export function isWarName(table: TokenTable, i: number, end: number): boolean {
  let war = false;
  for (let k = i; k < end; k++) {
    const lower = table.words[k]!.lower;
    if (WAR_WORDS.has(lower) || GERMAN_WAR.test(lower)) war = true;
  }
  if (!war) return false;
  for (let k = Math.max(0, i - 1); k < Math.min(table.count, end + 1); k++) if (WAR_QUALIFIERS.has(table.words[k]!.lower)) return true;
  return false;
}
