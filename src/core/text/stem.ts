import { createRequire } from 'node:module';
import type { LanguageCode } from '../types.js';
import { foldDiacritics, foldedWord } from './tokens.js';
import { SLOT_LANGUAGES, WordInts, languageSlot, wordOf, type Word } from './vocabulary.js';
import type { TokenTable } from './token-table.js';
import { LANGUAGES } from '../languages.js';

type Stemmer = (word: string) => string;

/** The Snowball stemmer packages, loaded on a language's first word: a run in one language loads one. */
const STEMMER_MODULES: Record<string, string> = {
  de: '@orama/stemmers/german',
  en: '@orama/stemmers/english',
  fr: '@orama/stemmers/french',
  es: '@orama/stemmers/spanish',
  pt: '@orama/stemmers/portuguese',
};
const loadedStemmers = new Map<string, Stemmer>();

/** The raw Snowball stemmer of a language (not folded, not cached per word), or null for a language without one. */
export function snowballStemmer(language: LanguageCode): Stemmer | null {
  let stemmer = loadedStemmers.get(language);
  if (stemmer === undefined) {
    const module = STEMMER_MODULES[language];
    if (module === undefined) return null;
    stemmer = (createRequire(import.meta.url)(module) as { stemmer: Stemmer }).stemmer;
    loadedStemmers.set(language, stemmer);
  }
  return stemmer;
}

function computeStem(lower: string, language: LanguageCode): string {
  return foldDiacritics(lower.length > 2 && !/\d/.test(lower) ? snowballStemmer(language)!(lower) : lower);
}

/**
 * Snowball stem of a vocabulary word, folded to ASCII-ish so spellings with
 * and without diacritics meet; kept on the word. Unknown languages only fold.
 */
export function stemOf(word: Word, language: LanguageCode): string {
  const slot = languageSlot(language);
  if (slot < 0 || STEMMER_MODULES[language] === undefined) return foldedWord(word);
  const stems = (word.stems ??= []);
  return (stems[slot] ??= computeStem(word.lower, language));
}

/** Snowball stem of a lower-cased word (see stemOf). */
export function stemWord(word: string, language: LanguageCode): string {
  return stemOf(wordOf(word), language);
}

export const STEMMED_LANGUAGES: readonly LanguageCode[] = LANGUAGES;

const stemIds = new Map<string, number>();
const STEM_ID_LIMIT = 400_000;
/** Stem ids by word id, one table per language slot (and one spare for the rest, keyed by language). */
const STEM_ID_TABLES = SLOT_LANGUAGES.map(() => new WordInts(-1));

/**
 * A small integer for a word's stem in a language: sets of stems compare as
 * numbers. Ids are only ever compared within one call of their user, so a
 * reset at the bound changes no result.
 */
export function stemIdOf(word: Word, language: LanguageCode): number {
  const slot = languageSlot(language);
  const table = slot >= 0 ? STEM_ID_TABLES[slot]! : null;
  const known = table?.get(word.id) ?? -1;
  if (known >= 0) return known;
  const stem = `${language}:${stemOf(word, language)}`;
  let id = stemIds.get(stem);
  if (id === undefined) {
    if (stemIds.size >= STEM_ID_LIMIT) {
      stemIds.clear();
      for (const ids of STEM_ID_TABLES) ids.reset();
    }
    id = stemIds.size;
    stemIds.set(stem, id);
  }
  table?.set(word.id, id);
  return id;
}

/** stemIdOf for token i of a table, read by word id first. */
export function stemIdAt(table: TokenTable, i: number, language: LanguageCode): number {
  const slot = languageSlot(language);
  const known = slot >= 0 ? STEM_ID_TABLES[slot]!.get(table.ids[i]!) : -1;
  return known >= 0 ? known : stemIdOf(table.words[i]!, language);
}
