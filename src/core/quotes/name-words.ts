import type { LanguageCode } from '../types.js';
import { GAP_COMMA, GAP_NEWLINE, GAP_STOP, WordInts, type QuoteSpan, type TokenTable, type Word } from '../text/index.js';
import { isStopWord } from '../language/index.js';
import { matchGazetteerIn } from '../entities/index.js';
import {
  GERMAN_ROLE_SUFFIX,
  INSTITUTION_HEADS,
  INSTITUTION_NOUN,
  NAME_PARTICLES,
  NEVER_NAMES,
  OF_WORDS,
  ORGANISATION_TAILS,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  PLACE_TAILS,
  PREPOSITIONS,
  SECOND_PARTICLES,
  SHIP_NOUNS,
  TITLE_WORDS,
  withoutElision,
} from './lexicon.js';
import { VENUE_NOUNS } from './venues.js';
import { roleOfWord } from './roles.js';

/**
 * What the people index asks of single words and of the words around a name:
 * whether a word can be part of a name or names an institution (worked out once
 * per spelling, kept by word id), where a name ends, the role, gender and
 * nationality written around it. The role around a name and whether it is the object of its clause are in name-clause.ts.
 */

function isTitleWord(word: Word, language: LanguageCode): boolean {
  return TITLE_WORDS.has(word.lower) || namesRole(word, language);
}

/** Endings of German common nouns (Rüstung, Freiheit, Mannschaft, Nation …), which names rarely have. */
const GERMAN_NOUN = /(?:ung|heit|keit|schaft|tion|tät|ismus|nahme|ungen|heiten|keiten|schaften|tionen|ment|nis|tum|gipfel|vertrag|krieg|wahl)$/;

/** Bits of NAME_FLAGS: whether the flags were worked out for German and for other languages, and their answers. */
const CHECKED_DE = 1;
const NAME_DE = 2;
const CHECKED_OTHER = 4;
const NAME_OTHER = 8;
export const CHECKED_INSTITUTION = 16;
export const INSTITUTION = 32;
/** Bits of NAME_FLAGS: whether roleOfWord was asked for German and for other languages, and whether it named a role. */
const CHECKED_ROLE_DE = 64;
const ROLE_DE = 128;
const CHECKED_ROLE_OTHER = 256;
const ROLE_OTHER = 512;
/** Bits of NAME_FLAGS: the word lists the people index asks about a word, read once per spelling (see lexiconFlags). */
const CHECKED_LEXICON = 1 << 10;
export const PLACE_PREPOSITION = 1 << 11;
export const GERMAN_ARTICLE = 1 << 12;
export const PLACE_TAIL = 1 << 13;
export const ORGANISATION_TAIL = 1 << 14;
const INSTITUTION_HEAD = 1 << 15;
const CHECKED_GERMAN_ROLE = 1 << 16;
const GERMAN_ROLE = 1 << 17;
/** First word of a geographic feature ("Strait of …", "Mer Noire"), and a noun in front of a ship's name. */
export const PLACE_HEAD = 1 << 18;
export const SHIP_NOUN = 1 << 19;
/** A venue's noun: "estadio", "Hospital", "hôtel" (see venues.ts). */
export const VENUE_NOUN = 1 << 20;
/** Name, institution, role and word-list flags by word id. */
const NAME_FLAGS = new WordInts(0);

/** "der Bundestag", "ein Berliner": the German articles in front of a capitalised noun. */
export const GERMAN_ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'eines']);

/** Which of the people index's word lists hold the word: PLACE_PREPOSITION (or an "of" word), GERMAN_ARTICLE, PLACE_TAIL, ORGANISATION_TAIL. */
export function lexiconFlags(word: Word): number {
  let flags = NAME_FLAGS.get(word.id);
  if ((flags & CHECKED_LEXICON) === 0) {
    // "the Democratic Party's candidate": the possessive is no part of the word.
    const lower = word.lower.replace(/['’]s$/, '');
    flags |= CHECKED_LEXICON;
    if (PLACE_PREPOSITIONS.has(lower) || OF_WORDS.has(lower)) flags |= PLACE_PREPOSITION;
    if (GERMAN_ARTICLES.has(lower)) flags |= GERMAN_ARTICLE;
    if (PLACE_TAILS.has(lower)) flags |= PLACE_TAIL;
    if (ORGANISATION_TAILS.has(lower)) flags |= ORGANISATION_TAIL;
    if (INSTITUTION_HEADS.has(withoutElision(lower))) flags |= INSTITUTION_HEAD;
    if (PLACE_HEADS.has(lower)) flags |= PLACE_HEAD;
    if (SHIP_NOUNS.has(lower)) flags |= SHIP_NOUN;
    if (VENUE_NOUNS.has(withoutElision(lower))) flags |= VENUE_NOUN;
    NAME_FLAGS.set(word.id, flags);
  }
  return flags;
}

/** Whether roleOfWord names a role for the word; worked out once per spelling (German apart, for its compounds). */
export function namesRole(word: Word, language: LanguageCode): boolean {
  const german = language === 'de';
  let flags = NAME_FLAGS.get(word.id);
  const checked = german ? CHECKED_ROLE_DE : CHECKED_ROLE_OTHER;
  if ((flags & checked) === 0) {
    flags |= checked | (roleOfWord(word.lower, language) !== null ? (german ? ROLE_DE : ROLE_OTHER) : 0);
    NAME_FLAGS.set(word.id, flags);
  }
  return (flags & (german ? ROLE_DE : ROLE_OTHER)) !== 0;
}

/** Prepositions of three letters or more that open a sentence ("Under Arizona law", "Trotz Warnungen", "Según Reuters"), never a name. */
const OPENING_PREPOSITIONS = {
  de: new Set([...(PREPOSITIONS.de ?? [])].filter((word) => word.length >= 3 && !NAME_PARTICLES.has(word))),
  other: new Set(['en', 'fr', 'es'].flatMap((language) => [...(PREPOSITIONS[language] ?? [])]).filter((word) => word.length >= 3 && !NAME_PARTICLES.has(word))),
};

function computeNameWord(word: Word, language: LanguageCode): boolean {
  if (language === 'de' && GERMAN_NOUN.test(word.lower)) return false;
  if ((language === 'de' ? OPENING_PREPOSITIONS.de : OPENING_PREPOSITIONS.other).has(word.lower)) return false;
  return (
    word.capitalized &&
    word.raw.length >= 2 &&
    !word.allCaps &&
    !word.startsWithDigit &&
    !NEVER_NAMES.has(word.lower) &&
    !isStopWord(word) &&
    !isTitleWord(word, language)
  );
}

/** A word that can be part of a person's name; worked out once per spelling (German apart, for its capitalised nouns). */
export function isNameWord(word: Word, language: LanguageCode): boolean {
  if (!word.capitalized) return false;
  const german = language === 'de';
  let flags = NAME_FLAGS.get(word.id);
  const checked = german ? CHECKED_DE : CHECKED_OTHER;
  if ((flags & checked) === 0) {
    flags |= checked | (computeNameWord(word, language) ? (german ? NAME_DE : NAME_OTHER) : 0);
    NAME_FLAGS.set(word.id, flags);
  }
  return (flags & (german ? NAME_DE : NAME_OTHER)) !== 0;
}

/** Whether the word ends in a German role compound's head (GERMAN_ROLE_SUFFIX: "Regierungssprecher"); worked out once per spelling. */
export function hasGermanRoleSuffix(word: Word): boolean {
  let flags = NAME_FLAGS.get(word.id);
  if ((flags & CHECKED_GERMAN_ROLE) === 0) {
    flags |= CHECKED_GERMAN_ROLE | (GERMAN_ROLE_SUFFIX.test(word.lower) ? GERMAN_ROLE : 0);
    NAME_FLAGS.set(word.id, flags);
  }
  return (flags & GERMAN_ROLE) !== 0;
}

/** A lower-case institution noun ("ministry", "agency", "Behörde"), worked out once per spelling. */
export function isInstitutionNoun(word: Word): boolean {
  return (institutionFlags(word.id, word) & INSTITUTION) !== 0;
}

export function institutionFlags(id: number, word: Word | null): number {
  let flags = NAME_FLAGS.get(id);
  if ((flags & CHECKED_INSTITUTION) === 0 && word !== null) {
    flags |= CHECKED_INSTITUTION | (INSTITUTION_NOUN.test(word.lower) ? INSTITUTION : 0);
    NAME_FLAGS.set(id, flags);
  }
  return flags;
}

/** Whether a quote span contains the offset. */
export function insideSpans(spans: readonly QuoteSpan[], offset: number, cursor: { at: number }): boolean {
  while (cursor.at < spans.length && spans[cursor.at]!.end <= offset) cursor.at += 1;
  const span = spans[cursor.at];
  return span !== undefined && span.start <= offset && offset < span.end;
}

/** End (exclusive) of the name starting at i: capitalised words, particles between them ("de la", "von der", "bin"). */
/** German nouns for an organisation's kind, the end of a compound ("Verbraucherzentrale", "Handwerkskammer", "Bauernverband"). */
const GERMAN_ORGANISATION_END =
  /(?:zentrale|verband|kammer|gewerkschaft|gesellschaft|vereinigung|stiftung|universität|hochschule|institut|partei|fraktion|versicherung|werke|bank)$/u;

/**
 * "Miriam Kessler von der Verbraucherzentrale", "Ana Ruiz de la Policía": after a particle an organisation's noun is where
 * the person comes from, not a surname ("Ursula von der Leyen", "Juan Ramón de la Fuente" go on).
 */
export function organisationWord(lower: string): boolean {
  return INSTITUTION_NOUN.test(lower) || GERMAN_ORGANISATION_END.test(lower);
}

export function nameEnd(table: TokenTable, i: number, language: LanguageCode): number {
  let end = i + 1;
  while (end < table.count && end - i < 6) {
    // "Albin Kurti's Vetevendosje party": a possessive ends the name.
    if (/['’]s$/.test(table.words[end - 1]!.raw)) break;
    const gap = table.starts[end]! - table.ends[end - 1]!;
    if (gap > 1 || (table.gaps[end]! & (GAP_STOP | GAP_COMMA | GAP_NEWLINE)) !== 0) break;
    const word = table.words[end]!;
    // "Lee Jae-myung": a lower-case syllable hyphenated to a given name after the first name word ("Kremlin-backed" stays out).
    if (gap === 1 && table.text.charCodeAt(table.ends[end - 1]!) === 45 && end - 1 > i && /^\p{Ll}+$/u.test(word.raw)) {
      end += 1;
      continue;
    }
    if (isNameWord(word, language) && matchGazetteerIn(table, end)?.entry.kind !== 'place') {
      end += 1;
      continue;
    }
    // "Felipe VI", "Carlos III": a regnal number ends the name.
    if (gap === 1 && isRegnalNumber(word.raw)) {
      end += 1;
      break;
    }
    // "Juan Ramón de la Fuente", "Ursula von der Leyen", "Mohammed bin Salman", "al-Sisi".
    let k = end;
    while (
      k < table.count &&
      k - end < 2 &&
      NAME_PARTICLES.has(table.words[k]!.lower) &&
      // "der", "la", "le" follow another particle ("von der Leyen"), or open the surname in capitals ("Le Goff", "La Russa").
      (k > end || !SECOND_PARTICLES.has(table.words[k]!.lower) || table.words[k]!.capitalized) &&
      table.starts[k]! - table.ends[k - 1]! <= 1
    )
      k += 1;
    if (
      k > end &&
      k < table.count &&
      table.starts[k]! - table.ends[k - 1]! <= 1 &&
      isNameWord(table.words[k]!, language) &&
      !organisationWord(table.words[k]!.lower)
    ) {
      end = k + 1;
      continue;
    }
    break;
  }
  return end;
}

/** "VI", "III", "XVI": a Roman numeral after a monarch's or pope's name. */
export function isRegnalNumber(raw: string): boolean {
  return raw.length <= 5 && /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/.test(raw);
}

/** A German adjective's declension ending ("neue", "großem", "langjährigen"). */
export const GERMAN_ADJECTIVE = /(?:e|en|er|es|em)$/;

/** German prepositions, which open a noun phrase ("unter großem Beifall", "mit neuer Kraft"). */
export const GERMAN_PREPOSITIONS = new Set([
  'an',
  'auf',
  'aus',
  'bei',
  'durch',
  'für',
  'gegen',
  'hinter',
  'in',
  'mit',
  'nach',
  'neben',
  'ohne',
  'seit',
  'über',
  'um',
  'unter',
  'von',
  'vor',
  'während',
  'wegen',
  'zu',
  'zwischen',
  'trotz',
]);

/** German possessive determiners, any case: "neben seinen Netzen", "mit ihrer Tochter" — a capitalised word after one is a noun. */
export const GERMAN_POSSESSIVE = /^(?:mein|dein|sein|ihr|unser|euer|eur)(?:e|en|em|er|es)?$/;

/**
 * "den langjährigen Präsidenten Herbert Mayr", "unter großem Beifall": a German capitalised word after a declined
 * adjective that follows an article, a possessive or a preposition is a noun, not a name's first word.
 */
export function germanNounAfterAdjective(table: TokenTable, i: number): boolean {
  if (i < 2 || (table.gaps[i]! & (GAP_STOP | GAP_COMMA | GAP_NEWLINE)) !== 0) return false;
  const adjective = table.words[i - 1]!;
  // "von der Leyen": an article or a name particle is no adjective.
  if (adjective.capitalized || !GERMAN_ADJECTIVE.test(adjective.lower) || GERMAN_ARTICLES.has(adjective.lower) || NAME_PARTICLES.has(adjective.lower))
    return false;
  const opener = table.words[i - 2]!.lower;
  return GERMAN_ARTICLES.has(opener) || GERMAN_POSSESSIVE.test(opener) || GERMAN_PREPOSITIONS.has(opener);
}

/**
 * End of an institution named by its head noun, or i: a German compound ("Bundesanwaltschaft"), or a
 * capitalised head with its name ("Consejo Nacional Electoral", "Parquet national antiterroriste", "Treasury Department").
 */
export function institutionAt(table: TokenTable, i: number, language: LanguageCode): number {
  const word = table.words[i]!;
  if (!word.capitalized) return i;
  if (language === 'de' && isInstitutionNoun(word)) return germanInstitutionEnd(table, i);
  if ((lexiconFlags(word) & INSTITUTION_HEAD) === 0) return i;
  let end = i + 1;
  while (end < table.count && end - i < 5 && table.starts[end]! - table.ends[end - 1]! <= 1) {
    const next = table.words[end]!;
    if (next.capitalized && !isStopWord(next)) end += 1;
    else if ((next.lower === 'de' || next.lower === 'del' || next.lower === 'of' || next.lower === 'du') && table.words[end + 1]?.capitalized === true)
      end += 2;
    else if (!next.capitalized && end === i + 1 && /^\p{L}+$/u.test(next.raw) && !isStopWord(next) && language !== 'en') end += 1;
    else break;
  }
  return end;
}

/** "Bundesamt für Sicherheit in der Informationstechnik": a German institution's name goes on after "für" to its last capitalised word. */
function germanInstitutionEnd(table: TokenTable, i: number): number {
  if (table.words[i + 1]?.lower !== 'für' || table.words[i + 2]?.capitalized !== true) return i + 1;
  let end = i + 3;
  for (let k = i + 3; k < table.count && k - i < 8 && (table.gaps[k]! & (GAP_STOP | GAP_COMMA | GAP_NEWLINE)) === 0; k += 1) {
    const next = table.words[k]!;
    if (next.capitalized) end = k + 1;
    else if (!/^(?:in|der|und|für|des)$/.test(next.lower)) break;
  }
  return end;
}

/** An English nationality adjective: "Ukrainian", "Japanese", "Turkish", "Israeli", "French", "Dutch". */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch)$/u;

/** An institution written in lower case, with the modifiers in front of it: "military intelligence agency", "foreign ministry". */
export function institutionWords(table: TokenTable, i: number, language: LanguageCode): string {
  let from = i;
  if (language === 'en') {
    while (from > 0 && i - from < 3 && (table.gaps[from]! & (GAP_STOP | GAP_COMMA | GAP_NEWLINE)) === 0) {
      const word = table.words[from - 1]!;
      if (isStopWord(word) || !/^\p{L}+$/u.test(word.raw) || word.raw.length < 3) break;
      if (word.capitalized) {
        // "the Ukrainian air force", "the Japanese defence ministry": a nationality in front belongs to the name.
        if (DEMONYM.test(word.raw)) from -= 1;
        break;
      }
      from -= 1;
    }
  }
  return table.text.slice(table.starts[from]!, table.ends[i]!);
}
