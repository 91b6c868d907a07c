import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';
import type { LanguageCode } from '../types.js';
import { foldDiacritics } from './tokens.js';

const STEMMERS: Record<string, (word: string) => string> = {
  de: germanStemmer,
  en: englishStemmer,
  fr: frenchStemmer,
  es: spanishStemmer,
};

/** Snowball is the hot loop of the core; news vocabulary repeats, so a bounded memo pays. */
const MEMO_LIMIT = 200_000;
const memos = new Map<string, Map<string, string>>();

/**
 * Snowball stem of a lower-cased word, folded to ASCII-ish so spelling with
 * and without diacritics meet. Unknown languages only fold.
 */
export function stemWord(word: string, language: LanguageCode): string {
  const stemmer = STEMMERS[language];
  if (stemmer === undefined) return foldDiacritics(word);
  let memo = memos.get(language);
  if (memo === undefined) {
    memo = new Map();
    memos.set(language, memo);
  }
  const known = memo.get(word);
  if (known !== undefined) return known;
  const stem = foldDiacritics(word.length > 2 && !/\d/.test(word) ? stemmer(word) : word);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, stem);
  return stem;
}

export const STEMMED_LANGUAGES: readonly LanguageCode[] = ['de', 'en', 'fr', 'es'];
