import type { LanguageCode } from '../types.js';
import { MONTHS_BY_LANGUAGE, SLOT_LANGUAGES, WEEKDAYS, languageSlot, snowballStemmer, tokenTable, type TokenTable, type Word } from '../text/index.js';

/**
 * Word features for within-language similarity, and number/date keys that
 * survive translation ("20. März", "March 20", "20 mars" all give 'm:3' and 'n:20').
 */

type Stemmer = (word: string) => string;

/**
 * Words are interned to integer term ids (stemmed, per language) so that
 * counting, weighting and comparing never hash strings in the hot loops.
 * Each vocabulary word keeps its id per language, so a known word costs one
 * array read. Ids carry no meaning beyond equality, so results never depend on
 * what earlier calls cached.
 */
const termIdByStem = new Map<string, number>();
/** The key of each term id, so features can leave this thread as keys and come back as ids (see article-text.ts). */
const stemOfTermId: string[] = [];
const VOCABULARY_LIMIT = 400_000;
/** Bumped when the ids are reset: ids kept on words from an older generation are recomputed. */
let generation = 0;

/** Call before featurising a batch (never during one): bounds the cache without mixing ids within a batch. */
export function boundVocabulary(): void {
  if (termIdByStem.size < VOCABULARY_LIMIT) return;
  termIdByStem.clear();
  stemOfTermId.length = 0;
  generation += 1;
}

/** Upper bound (exclusive) of the term ids handed out so far. */
export function termIdLimit(): number {
  return termIdByStem.size;
}

/** Cached verdicts below zero: not a content word, or a calendar name. */
const SKIP = -1;
const MONTH_BASE = -100;
const WEEKDAY_BASE = -200;
const UNKNOWN = -1000;

/** A word's term id, or why it is not a content term. */
function classify(lower: string, language: LanguageCode, stem: Stemmer | null): number {
  const month = MONTHS.get(lower);
  if (month !== undefined) return MONTH_BASE - month;
  const weekday = WEEKDAY_NUMBERS.get(lower);
  if (weekday !== undefined) return WEEKDAY_BASE - weekday;
  const first = lower.charCodeAt(0);
  if (lower.length < 3 || STOPWORDS.has(lower) || (first >= 48 && first <= 57)) return SKIP;
  // "l’Élysée", "d’accord": the elided article is no part of the word.
  const bare =
    lower.length > 3 && (lower[1] === '’' || lower[1] === "'" || lower[2] === '’' || lower[2] === "'") ? lower.replace(/^\p{L}{1,2}['’]/u, '') : lower;
  return termIdOfKey(`${language}:${foldDiacritics(stem ? stem(bare) : bare)}`);
}

/** The term id of a term key ("en:summit"), handed out on first sight. */
export function termIdOfKey(key: string): number {
  let id = termIdByStem.get(key);
  if (id === undefined) {
    id = termIdByStem.size;
    termIdByStem.set(key, id);
    stemOfTermId.push(key);
  }
  return id;
}

/** The key of a term id handed out since the last boundVocabulary(). */
export function termKeyOf(id: number): string {
  return stemOfTermId[id]!;
}

/** The term code of a vocabulary word in a language, kept on the word. */
function termCode(word: Word, language: LanguageCode, slot: number, stem: Stemmer | null): number {
  let codes = word.termIds;
  if (codes === undefined || word.termGeneration !== generation) {
    codes = word.termIds = new Int32Array(SLOT_LANGUAGES.length + 1).fill(UNKNOWN);
    word.termGeneration = generation;
  }
  const at = slot < 0 ? SLOT_LANGUAGES.length : slot;
  let code = codes[at]!;
  if (code === UNKNOWN) {
    code = classify(word.lower, language, stem);
    // The spare slot serves every language without one; it must not mix them.
    if (slot >= 0) codes[at] = code;
  }
  return code;
}

const STOPWORDS = new Set(
  (
    'der die das den dem des ein eine einer eines einem einen und oder aber auch nicht mit von zu zum zur im in am an auf aus bei für über unter nach vor als wie so es er sie wir ihr ist sind war waren hat haben hatte wird werden wurde sich sei dass daß noch nur schon mehr sehr man dies diese dieser ' +
    'the a an and or but not with from to of in on at by for about over under after before as like so it he she we they is are was were has have had will would be been being that this these those there their his her its which who than then also more ' +
    'le la les un une des du de et ou mais pas avec pour sur dans par au aux en est sont était ont a été que qui ce cette ces il elle ils elles nous vous son sa ses leur plus ' +
    'el la los las un una unos unas y o pero no con por para sobre en del al es son fue ha han que quien este esta estos estas su sus más como ' +
    'o a os as um uma e ou mas não com por para sobre em do da dos das no na nos nas é são foi tem que quem este esta seu sua mais como'
  ).split(' '),
);

/** Words considered per article: the lead carries the event; the tail adds noise and time. */
const MAX_WORDS = 200;

export function foldDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

export interface TextFeatures {
  /** Term ids of the content words, in text order (stemmed per language; languages never share ids). */
  terms: number[];
  /** Month and weekday names as language-neutral keys ('m:3', 'd:2'). */
  calendarKeys: string[];
}

/** One pass over a token table: content terms for similarity and calendar names that survive translation. */
export function tableFeatures(table: TokenTable, language: LanguageCode, into: TextFeatures = { terms: [], calendarKeys: [] }): TextFeatures {
  const stem = snowballStemmer(language);
  const slot = languageSlot(language);
  const calendar = new Set<string>(into.calendarKeys);
  const terms = into.terms;
  for (let i = 0; i < table.count; i += 1) {
    const code = termCode(table.words[i]!, language, slot, stem);
    if (code >= 0) {
      if (terms.length < MAX_WORDS) terms.push(code);
    } else if (code <= WEEKDAY_BASE) calendar.add(`d:${WEEKDAY_BASE - code}`);
    else if (code <= MONTH_BASE) calendar.add(`m:${MONTH_BASE - code}`);
  }
  into.calendarKeys = [...calendar];
  return into;
}

/** tableFeatures of a text. */
export function textFeatures(text: string, language: LanguageCode): TextFeatures {
  return tableFeatures(tokenTable(text), language);
}

const MONTHS = new Map<string, number>();
for (const names of Object.values(MONTHS_BY_LANGUAGE)) names.forEach((name, index) => MONTHS.set(name, index + 1));
// Portuguese, a neighbour language: its month names still date a report.
'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(' ').forEach((name, index) => MONTHS.set(name, index + 1));
/** Monday 1 … Sunday 7; Portuguese weekdays are hyphenated ('terça-feira'), their first halves too ambiguous alone. */
const WEEKDAY_NUMBERS = new Map<string, number>(WEEKDAYS.map((name, index) => [name, (index % 7) + 1]));
// 'May'/'mai' and 'march'/'mars' collide with ordinary words in some languages; ambiguity only adds weak keys.

const NUMBER = /\d{1,3}(?:[.,  ]\d{3})+(?![\d])|\d+(?:[.,]\d+)?/g;

/**
 * Numbers as language-neutral keys: '1.000', '1,000' and '1000' give 'n:1000'; '3,5' and '3.5' give 'n:3.5'.
 * Whole numbers up to a dozen are left out: "two ships", "4 delegations" are in every template and tell no event apart.
 */
export function numberKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const match of text.matchAll(NUMBER)) {
    const raw = match[0];
    const grouped = /^\d{1,3}(?:[.,  ]\d{3})+$/.test(raw);
    const value = (grouped ? raw.replace(/[.,  ]/g, '') : raw.replace(',', '.')).replace(/^0+(?=\d)/, '');
    if (!value.includes('.') && Number(value) <= 12) continue;
    keys.add(`${besideMonth(text, match.index, match.index + raw.length) ? DAY_OF_MONTH : 'n:'}${value}`);
  }
  return [...keys];
}

/** The key prefix of a day of the month ("19 Nov.", "Nov 18", "18. November", "19 de noviembre"): a date, which matches dates only. */
export const DAY_OF_MONTH = 'n:d';

/**
 * Month names and their abbreviations of three letters or more ("Nov", "sept", "déc"), less the ones that are also
 * common words ("out", "set", "ago", "mar").
 */
const MONTH_WORDS: ReadonlySet<string> = (() => {
  const words = new Set<string>();
  for (const name of MONTHS.keys()) for (let length = 3; length <= name.length; length++) words.add(name.slice(0, length));
  for (const word of ['out', 'set', 'ago', 'mar']) words.delete(word);
  for (const name of MONTHS.keys()) words.add(name);
  return words;
})();

/** Whether the number at [start, end) stands beside a month name: a day of the month, no age, count or sum. */
function besideMonth(text: string, start: number, end: number): boolean {
  const after = /^\.?\s+(?:de\s+)?(\p{L}{3,})/u.exec(text.slice(end, end + 20))?.[1];
  if (after !== undefined && MONTH_WORDS.has(after.toLowerCase())) return true;
  const before = /(\p{L}{3,})\.?\s+$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  return before !== undefined && MONTH_WORDS.has(before.toLowerCase());
}
