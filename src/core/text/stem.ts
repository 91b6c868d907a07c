import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';
import { stemmer as portugueseStemmer } from '@orama/stemmers/portuguese';
import type { LanguageCode } from '../types.js';
import { foldDiacritics, foldedWord } from './tokens.js';
import { SLOT_LANGUAGES, languageSlot, wordOf, type Word } from './vocabulary.js';

const STEMMERS: Record<string, (word: string) => string> = {
  de: germanStemmer,
  en: englishStemmer,
  fr: frenchStemmer,
  es: spanishStemmer,
  pt: portugueseStemmer,
};

function computeStem(lower: string, language: LanguageCode): string {
  const stemmer = STEMMERS[language];
  if (stemmer === undefined) return foldDiacritics(lower);
  return foldDiacritics(lower.length > 2 && !/\d/.test(lower) ? stemmer(lower) : lower);
}

/**
 * Snowball stem of a vocabulary word, folded to ASCII-ish so spellings with
 * and without diacritics meet; kept on the word. Unknown languages only fold.
 */
export function stemOf(word: Word, language: LanguageCode): string {
  const slot = languageSlot(language);
  if (slot < 0 || STEMMERS[language] === undefined) return foldedWord(word);
  const stems = (word.stems ??= []);
  return (stems[slot] ??= computeStem(word.lower, language));
}

/** Snowball stem of a lower-cased word (see stemOf). */
export function stemWord(word: string, language: LanguageCode): string {
  return stemOf(wordOf(word), language);
}

export const STEMMED_LANGUAGES: readonly LanguageCode[] = ['de', 'en', 'fr', 'es'];

const stemIds = new Map<string, number>();
const STEM_ID_LIMIT = 400_000;

/**
 * A small integer for a word's stem in a language, kept on the word: sets of
 * stems compare as numbers. Ids are only ever compared within one call of
 * their user, so a reset at the bound changes no result.
 */
export function stemIdOf(word: Word, language: LanguageCode): number {
  const slot = languageSlot(language);
  const cache = (word.stemIds ??= new Int32Array(SLOT_LANGUAGES.length + 1).fill(-1));
  const at = slot < 0 ? SLOT_LANGUAGES.length : slot;
  if (cache[at]! >= 0 && slot >= 0 && word.stemIdGeneration === stemIdGeneration) return cache[at]!;
  const stem = `${language}:${stemOf(word, language)}`;
  let id = stemIds.get(stem);
  if (id === undefined) {
    if (stemIds.size >= STEM_ID_LIMIT) {
      stemIds.clear();
      stemIdGeneration += 1;
    }
    id = stemIds.size;
    stemIds.set(stem, id);
  }
  if (slot >= 0) {
    if (word.stemIdGeneration !== stemIdGeneration) cache.fill(-1);
    cache[at] = id;
    word.stemIdGeneration = stemIdGeneration;
  }
  return id;
}
let stemIdGeneration = 0;
