import type { LanguageCode } from '../types.js';
import { MONTHS_BY_LANGUAGE, SHAPE_CAPITALIZED, WEEKDAYS, WORD_SHAPE, isWhitespaceCode, tokenTable, type TokenTable } from '../text/index.js';
import { isStopWord } from '../language/index.js';
import { matchGazetteerIn, matchGazetteerNameIn } from './gazetteer.js';
import type { ArticleDocument } from '../document.js';
import { foldNameOf } from './name-key.js';
import { NUMBER_WORDS } from './number-words.js';
import { isWarName } from './war-names.js';
import { GERMAN_PLACE_KIND_NOUNS } from './place-kind-nouns.js';

/** Capitalised words that are never names: titles, days, months, sentence openers. */
const NOT_NAMES = new Set([
  'präsident',
  'president',
  'président',
  'presidente',
  'minister',
  'ministerin',
  'ministre',
  'ministro',
  'kanzler',
  'kanzlerin',
  'chancellor',
  'premierminister',
  'prime',
  'sprecher',
  'sprecherin',
  'spokesman',
  'spokeswoman',
  'porte',
  'portavoz',
  ...WEEKDAYS,
  ...MONTHS_BY_LANGUAGE.en,
  ...MONTHS_BY_LANGUAGE.de,
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'herr',
  'frau',
  'monsieur',
  'madame',
  'señor',
  'señora',
  'however',
  'but',
  'and',
  'if',
  'when',
  'while',
  'after',
  'before',
  'in',
  'on',
  'at',
  'for',
  'as',
  'it',
  'this',
  'that',
  'there',
  'they',
  'we',
  'he',
  'she',
  'i',
  'you',
  'our',
  'his',
  'her',
  'their',
  'its',
  'a',
  'an',
  'the',
  'some',
  'many',
  'corp',
  'inc',
  'ltd',
  'group',
  'ag',
  'gmbh',
  'sa',
  'doch',
  'aber',
  'auch',
  'man',
  'mehr',
  'allerdings',
  'dabei',
  'damit',
  'zudem',
  'laut',
  'nach',
  'seit',
  'bis',
  'wie',
  // German sentence openers that would make a two-word "name" of the noun after them ("Wieder Gefechte", "Beide Armeen").
  'wieder',
  'erneut',
  'beide',
  'beiden',
  'bereits',
  'inzwischen',
  'unterdessen',
  'derweil',
  'zunächst',
  'bislang',
  'heute',
  'gestern',
]);

const GERMAN_DETERMINERS = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einen',
  'einem',
  'einer',
  'eines',
  'kein',
  'keine',
  'keinen',
  'sein',
  'seine',
  'seinen',
  'seinem',
  'seiner',
  'ihr',
  'ihre',
  'ihren',
  'ihrem',
  'ihrer',
  'im',
  'am',
  'zum',
  'zur',
  'vom',
  'beim',
  'ins',
  'jede',
  'jeden',
  'jeder',
  'diese',
  'diesen',
  'dieser',
  'dieses',
  'alle',
  'viele',
  'mehrere',
  'einige',
  'beide',
  'beiden',
]);
/** Endings of German common nouns (Rüstung, Freiheit, Mannschaft, Nation …), which names rarely have. */
const GERMAN_NOUN_SUFFIXES = [
  'ung',
  'heit',
  'keit',
  'schaft',
  'tion',
  'tät',
  'ismus',
  'nahme',
  'chen',
  'lein',
  'ungen',
  'heiten',
  'keiten',
  'schaften',
  'tionen',
  'ment',
  'ik',
  'ie',
  'nis',
  'tum',
  'ling',
];

const GERMAN_NOUN_SUFFIX = new RegExp(`(?:${GERMAN_NOUN_SUFFIXES.join('|')})$`);

const SUFFIX_MEMO_LIMIT = 50_000;
const suffixMemo = new Map<string, boolean>();

function hasGermanNounSuffix(word: string): boolean {
  let known = suffixMemo.get(word);
  if (known === undefined) {
    known = GERMAN_NOUN_SUFFIX.test(word);
    if (suffixMemo.size >= SUFFIX_MEMO_LIMIT) suffixMemo.clear();
    suffixMemo.set(word, known);
  }
  return known;
}
const GERMAN_ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/;
const SPEECH_AND_LINK_WORDS = new Set([
  'sagte',
  'sagt',
  'erklärte',
  'betonte',
  'meinte',
  'so',
  'und',
  'oder',
  'mit',
  'von',
  'für',
  'gegen',
  'bei',
  'über',
  'unter',
  'warnte',
  'kritisierte',
  'forderte',
]);

/** Quote marks, brackets and dashes that may stand between a sentence end and its next word: " „ “ ” » « ‚ ‘ ' ( – — -. */
function isOpeningMark(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x201e ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0xbb ||
    code === 0xab ||
    code === 0x201a ||
    code === 0x2018 ||
    code === 0x27 ||
    code === 0x28 ||
    code === 0x2013 ||
    code === 0x2014 ||
    code === 0x2d
  );
}

/** After a line break, a stop or a colon, past spaces and opening marks (by char code: this runs for every capitalised word). */
function isSentenceInitial(table: TokenTable, i: number): boolean {
  const text = table.text;
  let at = table.starts[i]! - 1;
  while (at >= 0) {
    const code = text.charCodeAt(at);
    if (code === 10) return true;
    if (!isWhitespaceCode(code) && !isOpeningMark(code)) break;
    at -= 1;
  }
  if (at < 0) return true;
  const code = text.charCodeAt(at);
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3a;
}

function looksLikeGermanCommonNoun(table: TokenTable, i: number): boolean {
  const word = table.words[i]!;
  if (hasGermanNounSuffix(word.lower)) return true;
  // Tail of a hyphenated compound: Kreml-Chef, G20-Gipfels, US-Präsident.
  if (i > 0 && table.starts[i]! - table.ends[i - 1]! === 1 && table.text[table.starts[i]! - 1] === '-') return true;
  const previous = table.words[i - 1];
  if (previous === undefined) return false;
  if (GERMAN_DETERMINERS.has(previous.lower) || NUMBER_WORDS.has(previous.lower)) return true;
  if (previous.capitalized) return false;
  return GERMAN_ADJECTIVE_ENDING.test(previous.lower) && !SPEECH_AND_LINK_WORDS.has(previous.lower);
}

function isNameCandidate(table: TokenTable, i: number, language: LanguageCode): boolean {
  const word = table.words[i]!;
  if (!word.capitalized || word.raw.length < 2 || word.startsWithDigit) return false;
  if (NOT_NAMES.has(word.lower)) return false;
  if (isStopWord(word)) return false;
  if (language === 'de' && !word.allCaps && looksLikeGermanCommonNoun(table, i)) return false;
  return true;
}

/** Name particles that join a first name to a family name: "Lula da Silva", "José Eduardo dos Santos", "Ursula von Trapp". */
const NAME_PARTICLES = new Set(['da', 'das', 'do', 'dos', 'van', 'von', 'bin', 'ibn']);
/** Particles as common in the names of institutions ("Banco de Fomento"): only after a name of two words or more ("Luis de Guindos" is not, "Pedro Luis de Guindos" is). */
const LONG_NAME_PARTICLES = new Set(['de', 'del', 'di']);

/**
 * The end of a name run from i to end, past one lower-case particle and the family name after it: "Luiz Inácio Lula
 * da Silva" is one name, filed under Silva in every language, not Lula in one and Lula and Silva in another.
 */
function particleNameEnd(table: TokenTable, i: number, end: number, language: LanguageCode): number {
  const particle = table.words[end];
  const family = table.words[end + 1];
  if (particle === undefined || family === undefined || particle.capitalized) return end;
  if (!NAME_PARTICLES.has(particle.lower) && !(LONG_NAME_PARTICLES.has(particle.lower) && end - i >= 2)) return end;
  if (table.starts[end]! - table.ends[end - 1]! > 1 || table.starts[end + 1]! - table.ends[end]! > 1) return end;
  if (!family.capitalized || matchGazetteerIn(table, end + 1) !== null || !isNameCandidate(table, end + 1, language)) return end;
  return end + 2;
}

/**
 * Canonical, language-neutral keys of the people, places and organisations a
 * text names: gazetteer names first, then other capitalised names folded
 * across transliterations. Keys come in order of first mention.
 */
export function extractEntities(text: string, language: LanguageCode): string[] {
  return entitiesOfTable(tokenTable(text), language);
}

/**
 * extractEntities over a token table, adding to `keys`; `initialOnly` counts the lone capitalised words
 * that need a repeat (both shared by title and body: a German name in the title and once in the body recurs).
 */
export function entitiesOfTable(table: TokenTable, language: LanguageCode, keys = new Set<string>(), initialOnly = new Map<string, number>()): string[] {
  let i = 0;
  while (i < table.count) {
    const known = matchGazetteerNameIn(table, i, (at) => language !== 'de' && isNameCandidate(table, at, language));
    if (known !== null) {
      keys.add(known.entry.key);
      i = known.end;
      continue;
    }
    const inside = language === 'de' ? null : matchGazetteerIn(table, i);
    if (inside !== null) {
      // A known full name inside a longer one ("Pedro Sánchez Molina"): the longer name, by its last word.
      let end = inside.end;
      while (end < table.count && table.gaps[end] === 0 && table.words[end]!.capitalized && isNameCandidate(table, end, language)) end += 1;
      keys.add(foldNameOf(table.words[end - 1]!));
      i = end;
      continue;
    }
    // A number word opens no name ("Neun Monate nach …", "Three soldiers"); one inside a name ("Ignacio Diez") stays.
    if ((WORD_SHAPE.get(table.ids[i]!) & SHAPE_CAPITALIZED) === 0 || !isNameCandidate(table, i, language) || NUMBER_WORDS.has(table.words[i]!.lower)) {
      i += 1;
      continue;
    }
    const initial = isSentenceInitial(table, i);
    let end = i + 1;
    while (
      end < table.count &&
      table.starts[end]! - table.ends[end - 1]! <= 1 &&
      table.words[end]!.capitalized &&
      matchGazetteerIn(table, end) === null &&
      isNameCandidate(table, end, language)
    )
      end += 1;
    end = particleNameEnd(table, i, end, language);
    if (isWarName(table, i, end)) {
      i = end;
      continue;
    }
    // Regnal numbers are no part of the key: "Abdullah II" → "abdullah".
    let last = end - 1;
    while (last > i && /^[IVX]+$/.test(table.words[last]!.raw)) last -= 1;
    const key = foldNameOf(table.words[last]!);
    if (key.length >= 2) {
      // German capitalises every noun: a lone capitalised word is a name only if it recurs; an acronym inside a
      // sentence is no noun ("die Steuerverwaltung AEAT").
      const acronym = table.words[i]!.allCaps && table.words[i]!.raw.length >= 2 && !initial;
      // After a kind of place ("der Grenzposten Eteringbang", "die Stadt Bachmut") a German lone word is its name.
      const named = language === 'de' && !initial && i > 0 && GERMAN_PLACE_KIND_NOUNS.has(table.words[i - 1]!.lower) && table.gaps[i] === 0;
      const needsRepeat = end === i + 1 && (initial || (language === 'de' && !acronym && !named));
      if (needsRepeat) initialOnly.set(key, (initialOnly.get(key) ?? 0) + 1);
      else keys.add(key);
    }
    i = end;
  }
  for (const [key, count] of initialOnly) if (count >= 2) keys.add(key);
  return [...keys];
}

/** Entity keys of an analysed article: the title's first, then the body's. */
export function entitiesOfDocument(document: ArticleDocument): string[] {
  const keys = new Set<string>();
  const initialOnly = new Map<string, number>();
  entitiesOfTable(document.titleTokens, document.language, keys, initialOnly);
  return entitiesOfTable(document.bodyTokens, document.language, keys, initialOnly);
}
