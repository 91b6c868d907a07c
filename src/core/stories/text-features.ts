import { stemmer as stemDe } from '@orama/stemmers/german';
import { stemmer as stemEn } from '@orama/stemmers/english';
import { stemmer as stemFr } from '@orama/stemmers/french';
import { stemmer as stemEs } from '@orama/stemmers/spanish';
import { stemmer as stemPt } from '@orama/stemmers/portuguese';
import type { LanguageCode } from '../types.js';

/**
 * Word features for within-language similarity, and number/date keys that
 * survive translation ("20. März", "March 20", "20 mars" all give 'm:3' and 'n:20').
 */

type Stemmer = (word: string) => string;

const STEMMERS: Record<string, Stemmer> = { de: stemDe, en: stemEn, fr: stemFr, es: stemEs, pt: stemPt };

// Stemming dominates tokenising cost; news vocabulary is Zipf-shaped, so a cache answers most calls.
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

const STOPWORDS = new Set(
  (
    'der die das den dem des ein eine einer eines einem einen und oder aber auch nicht mit von zu zum zur im in am an auf aus bei für über unter nach vor als wie so es er sie wir ihr ist sind war waren hat haben hatte wird werden wurde sich sei dass daß noch nur schon mehr sehr man dies diese dieser '
    + 'the a an and or but not with from to of in on at by for about over under after before as like so it he she we they is are was were has have had will would be been being that this these those there their his her its which who than then also more '
    + 'le la les un une des du de et ou mais pas avec pour sur dans par au aux en est sont était ont a été que qui ce cette ces il elle ils elles nous vous son sa ses leur plus '
    + 'el la los las un una unos unas y o pero no con por para sobre en del al es son fue ha han que quien este esta estos estas su sus más como '
    + 'o a os as um uma e ou mas não com por para sobre em do da dos das no na nos nas é são foi tem que quem este esta seu sua mais como'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Words considered per article: the lead carries the event; the tail adds noise and time. */
const MAX_WORDS = 220;

export function stemFor(language: LanguageCode): Stemmer | null {
  return STEMMERS[language] ?? null;
}

export function foldDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** Stemmed content words, prefixed with the language so different languages never collide. */
export function contentTerms(text: string, language: LanguageCode): string[] {
  const stem = stemFor(language);
  const terms: string[] = [];
  const lower = text.toLowerCase();
  for (const match of lower.matchAll(WORD)) {
    const word = match[0];
    if (word.length < 3 || STOPWORDS.has(word) || /^\d/.test(word)) continue;
    const cacheKey = `${language}:${word}`;
    let term = stemCache.get(cacheKey);
    if (term === undefined) {
      term = `${language}:${foldDiacritics(stem ? stem(word) : word)}`;
      if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
      stemCache.set(cacheKey, term);
    }
    terms.push(term);
    if (terms.length >= MAX_WORDS) break;
  }
  return terms;
}

const MONTHS: Record<string, number> = {};
const WEEKDAYS: Record<string, number> = {};
function addNames(target: Record<string, number>, lists: string[]): void {
  for (const list of lists) list.split(' ').forEach((name, index) => (target[name] = index + 1));
}
addNames(MONTHS, [
  'januar februar märz april mai juni juli august september oktober november dezember',
  'january february march april may june july august september october november december',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
]);
addNames(WEEKDAYS, [
  'montag dienstag mittwoch donnerstag freitag samstag sonntag',
  'monday tuesday wednesday thursday friday saturday sunday',
  'lundi mardi mercredi jeudi vendredi samedi dimanche',
  'lunes martes miércoles jueves viernes sábado domingo',
  'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo',
]);
// 'May'/'mai' and 'march'/'mars' collide with ordinary words in some languages; ambiguity only adds weak keys.

const NUMBER = /\d{1,3}(?:[.,  ]\d{3})+(?![\d])|\d+(?:[.,]\d+)?/g;

/** Numbers and calendar names as language-neutral keys ('n:2017', 'n:3.5', 'm:3', 'd:2'). */
export function numberAndDateKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const match of text.matchAll(NUMBER)) {
    const raw = match[0];
    const grouped = /^\d{1,3}(?:[.,  ]\d{3})+$/.test(raw);
    const value = grouped ? raw.replace(/[.,  ]/g, '') : raw.replace(',', '.');
    keys.add(`n:${value.replace(/^0+(?=\d)/, '')}`);
  }
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0];
    const month = MONTHS[word];
    if (month !== undefined) keys.add(`m:${month}`);
    const weekday = WEEKDAYS[word];
    if (weekday !== undefined) keys.add(`d:${weekday}`);
  }
  return [...keys];
}
