import type { LanguageCode } from '../types.js';
import { isCapitalized, tokenize, type Token } from '../text/index.js';
import { isAnyStopword } from '../language/index.js';
import { matchGazetteerAt } from './gazetteer.js';
import { foldName } from './name-key.js';

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
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'lunes',
  'martes',
  'miércoles',
  'jueves',
  'viernes',
  'sábado',
  'domingo',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'januar',
  'februar',
  'märz',
  'mai',
  'juni',
  'juli',
  'oktober',
  'dezember',
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

function hasGermanNounSuffix(word: string): boolean {
  return GERMAN_NOUN_SUFFIX.test(word);
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

function isSentenceInitial(text: string, token: Token): boolean {
  let i = token.start - 1;
  while (i >= 0 && /[\s"„“”»«‚‘'(–—-]/.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i -= 1;
  }
  return i < 0 || /[.!?:]/.test(text[i]!);
}

function looksLikeGermanCommonNoun(text: string, tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (hasGermanNounSuffix(token.text)) return true;
  // Tail of a hyphenated compound: Kreml-Chef, G20-Gipfels, US-Präsident.
  if (i > 0 && token.start - tokens[i - 1]!.end === 1 && text[token.start - 1] === '-') return true;
  const previous = tokens[i - 1];
  if (previous === undefined) return false;
  if (GERMAN_DETERMINERS.has(previous.text)) return true;
  if (isCapitalized(previous.raw)) return false;
  return GERMAN_ADJECTIVE_ENDING.test(previous.text) && !SPEECH_AND_LINK_WORDS.has(previous.text);
}

function isNameCandidate(text: string, tokens: Token[], i: number, language: LanguageCode): boolean {
  const token = tokens[i]!;
  if (!isCapitalized(token.raw) || token.raw.length < 2 || /^\d/.test(token.raw)) return false;
  if (NOT_NAMES.has(token.text)) return false;
  if (isAnyStopword(token.text)) return false;
  if (language === 'de' && token.raw !== token.raw.toUpperCase() && looksLikeGermanCommonNoun(text, tokens, i)) return false;
  return true;
}

/**
 * Canonical, language-neutral keys of the people, places and organisations a
 * text names: gazetteer names first, then other capitalised names folded
 * across transliterations. Keys come in order of first mention.
 */
export function extractEntities(text: string, language: LanguageCode): string[] {
  const tokens = tokenize(text);
  const keys = new Set<string>();
  const initialOnly = new Map<string, number>();
  let i = 0;
  while (i < tokens.length) {
    const known = matchGazetteerAt(tokens, i);
    if (known !== null) {
      keys.add(known.entry.key);
      i = known.end;
      continue;
    }
    if (!isNameCandidate(text, tokens, i, language)) {
      i += 1;
      continue;
    }
    const initial = isSentenceInitial(text, tokens[i]!);
    let end = i + 1;
    while (
      end < tokens.length &&
      tokens[end]!.start - tokens[end - 1]!.end <= 1 &&
      isCapitalized(tokens[end]!.raw) &&
      matchGazetteerAt(tokens, end) === null &&
      isNameCandidate(text, tokens, end, language)
    )
      end += 1;
    const key = foldName(tokens[end - 1]!.raw);
    if (key.length >= 2) {
      // German capitalises every noun: a lone capitalised word is a name only if it recurs.
      const needsRepeat = end === i + 1 && (initial || language === 'de');
      if (needsRepeat) initialOnly.set(key, (initialOnly.get(key) ?? 0) + 1);
      else keys.add(key);
    }
    i = end;
  }
  for (const [key, count] of initialOnly) if (count >= 2) keys.add(key);
  return [...keys];
}
