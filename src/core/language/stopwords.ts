import { LANGUAGES, type Language } from '../languages.js';
import { WordInts, type TokenTable, type Word } from '../text/index.js';

/** Frequent function words: cheap, robust evidence for the language of news prose. */
export const STOPWORDS: Record<Language, ReadonlySet<string>> = {
  de: new Set([
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'ein',
    'eine',
    'einen',
    'dem',
    'den',
    'des',
    'mit',
    'sich',
    'auf',
    'für',
    'von',
    'zu',
    'im',
    'auch',
    'es',
    'hat',
    'wird',
    'sei',
    'wurde',
    'nach',
    'bei',
    'aus',
    'dass',
    'sie',
    'er',
    'wie',
    'noch',
    'über',
    'nur',
    'oder',
    'aber',
    'vor',
    'zur',
    'zum',
    'hatte',
    'haben',
    'werden',
    'sagte',
    'sind',
    'einem',
    'einer',
    'wir',
    'ich',
  ]),
  en: new Set([
    'the',
    'and',
    'is',
    'of',
    'to',
    'in',
    'that',
    'it',
    'was',
    'for',
    'on',
    'with',
    'as',
    'by',
    'at',
    'from',
    'his',
    'her',
    'said',
    'has',
    'have',
    'had',
    'be',
    'been',
    'are',
    'were',
    'this',
    'which',
    'not',
    'but',
    'they',
    'their',
    'would',
    'will',
    'an',
    'after',
    'who',
    'its',
    'we',
    'he',
    'she',
    'than',
    'about',
    'over',
    'also',
  ]),
  fr: new Set([
    'de',
    'en',
    'son',
    'le',
    'la',
    'les',
    'et',
    'est',
    'des',
    'du',
    'un',
    'une',
    'dans',
    'pour',
    'que',
    'qui',
    'sur',
    'pas',
    'par',
    'au',
    'aux',
    'avec',
    'ce',
    'cette',
    'il',
    'elle',
    'ont',
    'sont',
    'été',
    'mais',
    'ou',
    'ses',
    'leur',
    'selon',
    'a',
    'se',
    'plus',
    'nous',
    'lors',
    'entre',
    'après',
    'déclaré',
    'avait',
    'était',
    'ne',
  ]),
  es: new Set([
    'el',
    'la',
    'los',
    'las',
    'y',
    'es',
    'de',
    'del',
    'en',
    'un',
    'una',
    'que',
    'por',
    'para',
    'con',
    'se',
    'su',
    'sus',
    'al',
    'lo',
    'como',
    'más',
    'pero',
    'fue',
    'ha',
    'han',
    'este',
    'esta',
    'según',
    'dijo',
    'entre',
    'sobre',
    'tras',
    'también',
    'muy',
    'sin',
    'hay',
    'era',
    'son',
    'no',
    'ya',
  ]),
};

const ALL_STOPWORDS = new Set<string>(Object.values(STOPWORDS).flatMap((words) => [...words]));

/** A function word in any supported language. */
export function isAnyStopword(word: string): boolean {
  return ALL_STOPWORDS.has(word);
}

/** The languages of STOPWORDS in a fixed order; bit i of a stop mask is STOP_LANGUAGES[i]. */
export const STOP_LANGUAGES: readonly Language[] = LANGUAGES;

/** Stop masks by word id (-1: not worked out yet). */
const STOP_MASKS = new WordInts(-1);

/** Bit i set when the word is a stop word of STOP_LANGUAGES[i]; worked out once per spelling. */
export function stopMaskOf(word: Word): number {
  const known = STOP_MASKS.get(word.id);
  if (known >= 0) return known;
  let mask = 0;
  STOP_LANGUAGES.forEach((language, index) => {
    if (STOPWORDS[language].has(word.lower)) mask |= 1 << index;
  });
  STOP_MASKS.set(word.id, mask);
  return mask;
}

/** stopMaskOf by word id: a pass over a token table need not read the word objects. */
export function stopMaskOfId(table: TokenTable, i: number): number {
  const known = STOP_MASKS.get(table.ids[i]!);
  return known >= 0 ? known : stopMaskOf(table.words[i]!);
}

/** A function word in any supported language (see stopMaskOf). */
export function isStopWord(word: Word): boolean {
  return stopMaskOf(word) !== 0;
}
