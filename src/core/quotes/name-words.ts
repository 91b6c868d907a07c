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
  OBJECT_MARKERS,
  OF_WORDS,
  ORGANISATION_TAILS,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  PLACE_TAILS,
  PREPOSITIONS,
  SECOND_PARTICLES,
  SHIP_NOUNS,
  SPEECH_VERBS,
  TITLE_WORDS,
  withoutElision,
} from './lexicon.js';
import { VENUE_NOUNS } from './venues.js';
import { countryOfPhrase, genderOfDeterminer, roleOfPhrase, roleOfWord, type Gender, type RoleClass } from './roles.js';

/**
 * What the people index asks of single words and of the words around a name:
 * whether a word can be part of a name or names an institution (worked out once
 * per spelling, kept by word id), where a name ends, the role, gender and
 * nationality written around it, and whether it is the object of its clause.
 */

/** How far back role and appositive words are read around a name. */
const ROLE_WINDOW = 8;
/** Of the words before a name, how many nearest it may hold its role. */
const NEAR_WORDS = 6;

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
const GERMAN_ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'eines']);

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

/** Role words before a name in its clause, and in an appositive after it ("Sergei Ryabkov, Russia's deputy foreign minister,"). */
export function rolesAround(
  table: TokenTable,
  from: number,
  end: number,
  language: LanguageCode,
): { role: RoleClass | null; gender: Gender | null; country: string | null } {
  // The clause before the name: tokens [first, from), the role word nearest the name at roleAt.
  let first = from;
  let roleAt = -1;
  // A name opening its sentence has no role words before it in its clause ("… l'ancien banquier. Henri Duval a reconnu …").
  const opensSentence = (table.gaps[from]! & (GAP_STOP | GAP_NEWLINE)) !== 0;
  for (let k = from - 1; !opensSentence && k >= 0 && from - k <= ROLE_WINDOW; k -= 1) {
    const word = table.words[k]!;
    // Another person's full name ends the window: "Antony Blinken met Egyptian President …".
    // "El ministro de Asuntos Exteriores, José Manuel Albares": a portfolio after "de" is no name.
    if (
      k > 0 &&
      isNameWord(word, language) &&
      isNameWord(table.words[k - 1]!, language) &&
      (k < 2 || (lexiconFlags(table.words[k - 2]!) & PLACE_PREPOSITION) === 0)
    )
      break;
    // "The French foreign minister met his counterpart X": the words before the verb describe its subject, not X.
    if (markerAt(table, k, language) === true) break;
    first = k;
    if (roleAt < 0 && namesRole(word, language)) roleAt = k;
    if ((table.gaps[k]! & (GAP_STOP | GAP_NEWLINE)) !== 0) break;
  }
  // The appositive after it: tokens [end, afterEnd).
  let afterEnd = end;
  let roleAfter = false;
  // ", y su homólogo marroquí, Nasser Bourita": after a conjunction the words describe somebody else.
  if (end < table.count && (table.gaps[end]! & GAP_COMMA) !== 0 && !/^(?:and|und|et|y|e|or|oder|ou|o)$/.test(table.words[end]!.lower)) {
    for (let k = end; k < table.count && k - end < ROLE_WINDOW; k += 1) {
      if (k > end && (table.gaps[k]! & (GAP_COMMA | GAP_STOP | GAP_NEWLINE)) !== 0) break;
      afterEnd = k + 1;
      if (!roleAfter && namesRole(table.words[k]!, language)) roleAfter = true;
    }
  }
  const nearFrom = Math.max(first, from - NEAR_WORDS);
  // Most mentions have no role word around them: no phrase to read.
  if (roleAt < nearFrom && !roleAfter) return NO_ROLE;
  const near = lowerWords(table, nearFrom, from);
  const after = lowerWords(table, end, afterEnd);
  const role = roleOfPhrase(near, language) ?? roleOfPhrase(after, language);
  const country = role !== null ? (countryOfPhrase(near) ?? countryOfPhrase(after)) : null;
  if (role === null) return NO_ROLE;
  const determiner = roleAt > 0 ? genderOfDeterminer(table.words[roleAt - 1]!.lower, language) : null;
  return { role: role.role, gender: role.gender ?? determiner, country };
}

const NO_ROLE = { role: null, gender: null, country: null };

/** The lower-cased words of tokens [from, to). */
function lowerWords(table: TokenTable, from: number, to: number): string[] {
  const words: string[] = [];
  for (let k = from; k < to; k += 1) words.push(table.words[k]!.lower);
  return words;
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

const GENITIVES = new Set(['of', 'de', 'del', 'von', 'du', 'des']);
/** The agent of a passive or a participle: "the talks led by Steve Witkoff", "menées par", "encabezadas por". */
const AGENT_MARKERS = new Set(['by', 'par', 'por']);

/**
 * Whether the name is governed by a preposition or verb in its clause ("met Egyptian President Sisi", "mit Kanzler Scholz"),
 * or is the agent of a participle ("the efforts led by U.S. envoy Steve Witkoff"): not the clause's subject.
 */
export function isObject(table: TokenTable, from: number, language: LanguageCode): boolean {
  // "los clientes de Cornejo", "the wife of Tom Hale": a name after a genitive of a common noun belongs to the noun's owner.
  if (from >= 2 && (table.gaps[from]! & (GAP_STOP | GAP_COMMA | GAP_NEWLINE)) === 0 && GENITIVES.has(table.words[from - 1]!.lower)) {
    const noun = table.words[from - 2]!;
    if (!noun.capitalized && /^\p{Ll}{3,}$/u.test(noun.raw) && !isStopWord(noun) && (table.gaps[from - 1]! & GAP_COMMA) === 0) return true;
  }
  // "a su homólogo estadounidense, Donald Trump", "met his Slovak counterpart, X": a name in apposition to a description
  // is what the description is in its clause.
  if (from >= 2 && apposition(table, from, language)) return descriptionIsObject(table, from - 1, language);
  for (let k = from - 1; k >= 0 && from - k <= 5; k -= 1) {
    const gap = table.gaps[k + 1]!;
    // "U.S. envoy Steve Witkoff", "J. Smith": the full stop after a lone capital letter ends an abbreviation, not the clause.
    if ((gap & (GAP_COMMA | GAP_NEWLINE)) !== 0 || ((gap & GAP_STOP) !== 0 && !/^\p{Lu}$/u.test(table.words[k]!.raw))) return false;
    const marked = markerAt(table, k, language);
    if (marked !== null) return marked;
  }
  return false;
}

/** Whether word k makes the noun phrase after it an object (true), a subject-free plural phrase (false), or says nothing (null). */
function markerAt(table: TokenTable, k: number, language: LanguageCode): boolean | null {
  const word = table.words[k]!.lower;
  if (OBJECT_MARKERS.has(word) || AGENT_MARKERS.has(word)) return true;
  // "a los mandatarios Felipe VI": a plural noun phrase before the name is not the name's own.
  if (CASE_OBJECT_MARKERS[language]?.has(word) === true) return !PLURAL_ARTICLES.has(table.words[k + 1]?.lower ?? '');
  if (transitiveVerbAt(table, k, language)) return true;
  // "añadió que el presidente X", "said that President X": the subject of a reported clause is not the sentence's.
  if (COMPLEMENTIZERS.has(word) && k > 0 && SPEECH_VERBS[language]?.has(table.words[k - 1]!.lower) === true) return true;
  return null;
}

/**
 * The description ending at word last ("su homólogo estadounidense") is an object: its opening determiner, or the
 * word before it, marks one ("a su homólogo", "met his counterpart"). "El presidente brasileño, X" opens its clause.
 */
function descriptionIsObject(table: TokenTable, last: number, language: LanguageCode): boolean {
  for (let k = last; k >= 1 && last - k < 4; k -= 1) {
    if ((table.gaps[k]! & (GAP_STOP | GAP_NEWLINE | GAP_COMMA)) !== 0) return false;
    const word = table.words[k]!;
    if (word.capitalized) return false;
    if (!isStopWord(word)) continue;
    return (markerAt(table, k, language) ?? markerAt(table, k - 1, language)) === true;
  }
  return false;
}

/**
 * Words that mark the noun phrase after them as an object by case: the Spanish personal "a" ("derrotó al
 * candidato X", "dijo a Juan Pérez"), the German accusative article ("besiegte den Kandidaten X") and "gegenüber"
 * (the listener: "sagte gegenüber Max Muster").
 */
const CASE_OBJECT_MARKERS: Partial<Record<LanguageCode, ReadonlySet<string>>> = {
  es: new Set(['a', 'al']),
  de: new Set(['den', 'einen', 'gegenüber']),
};

/** The name follows a comma after a lower-case office or nationality: "his counterpart, X", "su homóloga danesa, X". */
function apposition(table: TokenTable, from: number, language: LanguageCode): boolean {
  if ((table.gaps[from]! & GAP_COMMA) === 0 || (table.gaps[from]! & (GAP_STOP | GAP_NEWLINE)) !== 0) return false;
  for (let k = from - 1; k >= 0 && from - k <= 3; k -= 1) {
    const word = table.words[k]!;
    if (word.capitalized || (k < from - 1 && (table.gaps[k + 1]! & (GAP_STOP | GAP_NEWLINE | GAP_COMMA)) !== 0)) return false;
    if (namesRole(word, language) || countryOfPhrase([word.lower]) !== null) return true;
  }
  return false;
}

/** Words that open a reported clause after a verb of saying. */
const COMPLEMENTIZERS = new Set(['that', 'que', 'qu', 'dass']);
const PLURAL_ARTICLES = new Set(['los', 'las', 'unos', 'unas', 'die']);

/** Subject pronouns an English verb may follow directly: "she defeated X", "who beat X". */
const ENGLISH_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'who', 'it']);
/** French forms of "avoir" that open a compound past: "a battu", "avait nommé", "ont reçu". */
const FRENCH_AUXILIARIES = new Set(['a', 'avait', 'ont', 'avaient', 'aura', 'auront']);

/**
 * Word k is the finite verb of a clause whose subject came before it, so the noun phrase after it is its object:
 * "X defeated businessman Y", "X, a former judge, beat Y" (an English past in -ed after a subject or after the
 * apposition that follows a sentence-opening name); "X a battu le candidat Y" (a French participle after "avoir").
 * Verbs of saying are left out: after them a name is the inverted subject ("a déclaré le ministre Y"). German
 * and Spanish mark the object by case instead (CASE_OBJECT_MARKERS).
 */
function transitiveVerbAt(table: TokenTable, k: number, language: LanguageCode): boolean {
  if (k === 0) return false;
  const word = table.words[k]!;
  if (word.capitalized || SPEECH_VERBS[language]?.has(word.lower) === true) return false;
  const previous = table.words[k - 1]!;
  if (language === 'fr') return FRENCH_AUXILIARIES.has(previous.lower) && /^\p{Ll}{3,}$/u.test(word.raw) && word.lower !== 'été';
  if (language !== 'en' || !/^\p{Ll}{2,}ed$/u.test(word.raw)) return false;
  const gap = table.gaps[k]!;
  if ((gap & (GAP_STOP | GAP_NEWLINE)) !== 0) return false;
  if ((gap & GAP_COMMA) === 0) return ENGLISH_SUBJECTS.has(previous.lower) || (previous.capitalized && !isStopWord(previous));
  // "Ashdale, a former judge, defeated Y": the comma closes an apposition to the name that opens the sentence.
  let first = k - 1;
  while (first > 0 && (table.gaps[first]! & (GAP_STOP | GAP_NEWLINE)) === 0) first -= 1;
  const opener = table.words[first]!;
  return opener.capitalized && !isStopWord(opener) && isNameWord(opener, language);
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
