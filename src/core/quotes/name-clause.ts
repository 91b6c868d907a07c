import type { LanguageCode } from '../types.js';
import { GAP_COMMA, GAP_NEWLINE, GAP_STOP, type TokenTable } from '../text/index.js';
import { isStopWord } from '../language/index.js';
import { OBJECT_MARKERS, SPEECH_VERBS } from './lexicon.js';
import { PLACE_PREPOSITION, isNameWord, lexiconFlags, namesRole } from './name-words.js';
import { countryOfPhrase, genderOfDeterminer, roleOfPhrase, type Gender, type RoleClass } from './roles.js';

/**
 * The clause around a name: the role, gender and nationality written around it (rolesAround), and whether the name
 * is the object of its clause, not its subject: governed by a preposition, a verb or a case marker,
 * the agent of a participle, or in apposition to a description that is itself an object. The people index marks such
 * mentions, so "met Macron" or "mit Scholz" does not make Macron or Scholz the next speaker.
 */

/** How far back role and appositive words are read around a name. */
const ROLE_WINDOW = 8;
/** Of the words before a name, how many nearest it may hold its role. */
const NEAR_WORDS = 6;

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
