import { GAP_COMMA, GAP_NEWLINE, GAP_STOP, type TokenTable } from '../text/index.js';
import { matchGazetteerIn } from '../entities/index.js';
import { CAPITAL_NOUNS, capitalOfAdjective, capitalOfCountry } from './capital-words.js';

/**
 * A city the lead names by what it is the capital of: "in the Latvian capital", "in der lettischen Hauptstadt",
 * "dans la capitale lettone", "en la capital letona", "in the capital of Latvia", "Latvia's capital", "en la
 * capital de Letonia". The noun needs its article, which also tells the city from money ("Chinese capital", "el
 * capital chino"): "the" before an English adjective, a German article before a German one, "la" before the noun
 * where the adjective follows it. Word lists in capital-words.ts.
 */

/** Articles that open "the Latvian capital", "der lettischen Hauptstadt". */
const ADJECTIVE_ARTICLES: ReadonlySet<string> = new Set(['the', 'die', 'der', 'den', 'dem', 'des']);
/** The article of "la capitale lettone", "la capital letona", "la capital de Letonia". */
const NOUN_ARTICLES: ReadonlySet<string> = new Set(['la']);
/** Words between the noun and the country: "capital of Latvia", "capitale de la Lettonie", "capital del Perú". */
const OF_WORDS: ReadonlySet<string> = new Set(['of', 'de', 'la', 'du', 'del', "d'", 'd’']);

/** Whether no sentence end, comma or paragraph falls between tokens `from` and `to` (inclusive of `to`'s gap). */
function joined(table: TokenTable, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if ((table.gaps[k]! & (GAP_STOP | GAP_COMMA | GAP_NEWLINE)) !== 0) return false;
  return true;
}

/** The capital named by the phrase around the capital noun at token i, if any. */
function capitalAt(table: TokenTable, i: number): string | undefined {
  const words = table.words;
  // "the Latvian capital", "the South African capital", "der lettischen Hauptstadt".
  for (const width of [1, 2]) {
    const first = i - width;
    if (first < 1 || !joined(table, first - 1, i)) continue;
    const adjective = words
      .slice(first, i)
      .map((w) => w.lower)
      .join(' ');
    const capital = capitalOfAdjective(adjective);
    if (capital !== undefined && ADJECTIVE_ARTICLES.has(words[first - 1]!.lower)) return capital;
  }
  // "Latvia's capital".
  if (i >= 1 && joined(table, i - 1, i) && /['’]s$/.test(words[i - 1]!.raw)) {
    const country = matchGazetteerIn(table, i - 1);
    if (country !== null && country.end === i && country.entry.kind === 'place') {
      const capital = capitalOfCountry(country.entry.key);
      if (capital !== undefined) return capital;
    }
  }
  if (i < 1 || !NOUN_ARTICLES.has(words[i - 1]!.lower)) {
    // "the capital of Latvia" and "die Hauptstadt Lettlands" take the English or German article.
    if (i < 1 || !ADJECTIVE_ARTICLES.has(words[i - 1]!.lower)) return undefined;
  } else if (i + 1 < table.count && joined(table, i, i + 1)) {
    // "la capitale lettone", "la capital letona".
    const capital = capitalOfAdjective(words[i + 1]!.lower);
    if (capital !== undefined) return capital;
  }
  // "the capital of Latvia", "la capitale de la Lettonie", "la capital de Letonia", "die Hauptstadt Lettlands".
  let at = i + 1;
  while (at < table.count && at <= i + 2 && OF_WORDS.has(words[at]!.lower) && joined(table, i, at)) at += 1;
  if (at >= table.count || !joined(table, i, at)) return undefined;
  const country = matchGazetteerIn(table, at);
  if (country === null || country.entry.kind !== 'place') return undefined;
  return capitalOfCountry(country.entry.key);
}

/** The capitals named in tokens [from, to) by a capital noun with an adjective or a country, with the noun's token. */
export function capitalsIn(table: TokenTable, from: number, to: number): Array<{ key: string; at: number }> {
  const found: Array<{ key: string; at: number }> = [];
  for (let i = from; i < to; i++) {
    if (!CAPITAL_NOUNS.has(table.words[i]!.lower)) continue;
    const key = capitalAt(table, i);
    if (key !== undefined) found.push({ key, at: i });
  }
  return found;
}
