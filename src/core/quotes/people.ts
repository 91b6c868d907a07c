import type { LanguageCode } from '../types.js';
import { GAP_COMMA, GAP_NEWLINE, GAP_STOP, SHAPE_CAPITALIZED, WORD_SHAPE, type QuoteSpan, type TokenTable } from '../text/index.js';
import { foldNameOf, gazetteerEntry, matchGazetteerIn, matchGazetteerNameIn } from '../entities/index.js';
import { isStopWord } from '../language/index.js';
import { acronymAfter } from './acronyms.js';
import { afterCompanyDescriptor } from './companies.js';
import { isObject, rolesAround } from './name-clause.js';
import { genderOfName, titleBeforeGivenName } from './names.js';
import { NAME_PARTICLES } from './lexicon.js';
import {
  CHECKED_INSTITUTION,
  GERMAN_ARTICLE,
  germanNounAfterAdjective,
  INSTITUTION,
  ORGANISATION_TAIL,
  PLACE_HEAD,
  PLACE_PREPOSITION,
  PLACE_TAIL,
  SHIP_NOUN,
  VENUE_NOUN,
  insideSpans,
  institutionAt,
  institutionFlags,
  institutionWords,
  isInstitutionNoun,
  isNameWord,
  lexiconFlags,
  nameEnd,
  namesRole,
} from './name-words.js';
import { roleOfWord, type Gender, type RoleClass } from './roles.js';

/** A person the article names, with every mention merged under one key. */
export interface Person {
  /** The fullest form the article gives: "Jens Stoltenberg" even where a quote says only "Stoltenberg". */
  name: string;
  /** Gazetteer key or the folded surname: what `speakerKey` gives for any of the person's names. */
  key: string;
  gender: Gender | null;
  roles: Set<RoleClass>;
  /** Nationalities the article gives the person ("le chancelier allemand") or the gazetteer knows. */
  countries: Set<string>;
  /** The gazetteer's office for the person, used when the article names none. */
  fallbackRole?: RoleClass;
}

export interface PersonMention {
  person: Person;
  start: number;
  end: number;
  /** Token index of the name's first word. */
  token: number;
  /** The name is the object of a preposition or a verb ("met Macron", "mit Scholz"): unlikely to be the next speaker. */
  object: boolean;
  /** Inside a quotation: somebody spoken about, not a speaker. */
  quoted: boolean;
}

export interface InstitutionMention {
  /** Gazetteer key, or null for an institution named as written ("Bundesanwaltschaft", "Consejo Nacional Electoral"). */
  key: string | null;
  /** As written, for institutions outside the gazetteer; the short form the article gives it when it gives one ("INCIBE"). */
  display: string | null;
  /** The full name as written, when display is its short form. */
  fullName?: string;
  start: number;
}

/** An institution named as written, from offset start to end, with the acronym the text gives it. */
function writtenInstitution(table: TokenTable, start: number, end: number): InstitutionMention {
  let from = start;
  // "L'Office fédéral": the elided article is no part of the name.
  if (/^[lLdD]['’]\p{L}/u.test(table.text.slice(start, start + 3))) from += 2;
  const name = table.text.slice(from, end);
  // "Instituto Nacional de Ciberseguridad (INCIBE)": the acronym an article gives an institution right after its name.
  const acronym = acronymAfter(table.text, end);
  return acronym === undefined ? { key: null, display: name, start } : { key: null, display: acronym, fullName: name, start };
}

export interface People {
  persons: Person[];
  /** In text order. */
  mentions: PersonMention[];
  institutions: InstitutionMention[];
  byKey: Map<string, Person>;
  /** The article's tokens and quotations, for what is said between two mentions (see introductions.ts). */
  table?: TokenTable;
  spans?: readonly QuoteSpan[];
}

const ARTICLES_AFTER_PREPOSITION = new Set(['the', 'la', 'le', 'les', 'el', 'los', 'las', 'l']);

/** Words of a name as written with single spaces: name.split(' ').length without the array. */
function wordsOfName(name: string): number {
  let count = 1;
  for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) count += 1;
  return count;
}

function personFor(people: People, key: string, name: string, words: number): Person {
  let person = people.byKey.get(key);
  if (person === undefined) {
    person = { name, key, gender: null, roles: new Set(), countries: new Set() };
    // What the gazetteer knows fills in what the article does not say ("Macron" is the French president).
    const known = gazetteerEntry(key)?.person;
    if (known !== undefined) {
      person.gender = known.gender;
      person.countries.add(known.country);
      person.fallbackRole = known.role;
    }
    people.byKey.set(key, person);
    people.persons.push(person);
  } else if (words > wordsOfName(person.name)) person.name = name;
  return person;
}

/**
 * The people and institutions an article names, in order: gazetteer names,
 * runs of two or more capitalised name words (titles in front dropped), and
 * a lone surname once the full name is known. Places after "in", "à", "en",
 * organisations ("Crystal Palace owner …") and names inside quotations are
 * told apart, so they are not taken for speakers.
 */
export function findPeople(table: TokenTable, spans: readonly QuoteSpan[], language: LanguageCode): People {
  const people: People = { persons: [], mentions: [], institutions: [], byKey: new Map(), table, spans };
  const singles: number[] = [];
  const cursor = { at: 0 };
  let i = 0;
  while (i < table.count) {
    const start = table.starts[i]!;
    // Most words are lower case and known to be no institution: settled by two typed arrays, no word object read.
    if ((WORD_SHAPE.get(table.ids[i]!) & SHAPE_CAPITALIZED) === 0) {
      const flags = institutionFlags(table.ids[i]!, null);
      if ((flags & CHECKED_INSTITUTION) !== 0 && (flags & INSTITUTION) === 0 && matchGazetteerIn(table, i) === null) {
        i += 1;
        continue;
      }
    }
    const known = matchGazetteerNameIn(table, i, (at) => language !== 'de' && isNameWord(table.words[at]!, language));
    if (known !== null) {
      const kind = known.entry.kind;
      if (kind === 'person') {
        const name = table.text.slice(start, table.ends[known.end - 1]!).replace(/['’]s$/, '');
        addMention(people, table, personFor(people, known.entry.key, name, known.end - i), i, known.end, spans, cursor, language);
      } else if (kind === 'institution' || kind === 'organisation')
        people.institutions.push({ key: gazetteerEntry(known.entry.key)?.key ?? known.entry.key, display: null, start });
      i = known.end;
      continue;
    }
    const word = table.words[i]!;
    const institution = institutionAt(table, i, language);
    if (institution > i) {
      people.institutions.push(writtenInstitution(table, start, table.ends[institution - 1]!));
      i = institution;
      continue;
    }
    // "la aseguradora Mutua Levante", "the insurer Aviva": a company's name, not a person's.
    if (word.capitalized && afterCompanyDescriptor(table, i) && isNameWord(word, language)) {
      const companyEnd = nameEnd(table, i, language);
      people.institutions.push({ key: null, display: table.text.slice(start, table.ends[companyEnd - 1]!), start });
      i = companyEnd;
      continue;
    }
    const familyName = familyNameAt(table, i, language);
    if (!familyName && (!isNameWord(word, language) || (language === 'de' && (germanNounAfterAdjective(table, i) || germanNounOpening(table, i))))) {
      // "Ukraine's military intelligence agency", "the foreign ministry": an institution the text may refer back to.
      if (!word.capitalized && isInstitutionNoun(word)) people.institutions.push({ key: null, display: institutionWords(table, i, language), start });
      i += 1;
      continue;
    }
    const end = familyName ? nameEnd(table, i + 1, language) : nameEnd(table, i, language);
    // "Landrat Jens Lüdemann": a job before a given name and a surname is the person's title; the name starts after it.
    if (!familyName && end - i >= 3 && table.starts[i + 1]! - table.ends[i]! === 1 && titleBeforeGivenName(word.raw, table.words[i + 1]!.raw)) {
      i += 1;
      continue;
    }
    const previous = table.words[i - 1];
    const next = table.words[end];
    // "in San Francisco", "à Hanoï", "ministre de l’Intérieur", "ministro de Asuntos Exteriores": places and portfolios.
    const before = previous === undefined ? 0 : lexiconFlags(previous);
    const last = lexiconFlags(table.words[end - 1]!);
    const after = next === undefined ? 0 : lexiconFlags(next);
    // "de la Fuerza Aeroespacial", "of the Rapid Support Forces": an article after a preposition opens an organisation or a place.
    const beforeArticle = i >= 2 && ARTICLES_AFTER_PREPOSITION.has(previous!.lower) ? lexiconFlags(table.words[i - 2]!) : 0;
    const afterPlacePreposition = ((before | beforeArticle) & PLACE_PREPOSITION) !== 0 && table.starts[i]! - table.ends[i - 1]! <= 2;
    const determined = language === 'de' && (before & GERMAN_ARTICLE) !== 0;
    // "Korea Strait", "Strait of Hormuz", "Mer Noire"; "the tanker Eagle S": places and ships.
    // "Australian Trade Minister Don Farrell": a capitalised run before a title is a portfolio.
    const portfolio = next !== undefined && next.capitalized && end - i >= 2 && namesRole(next, language) && (table.gaps[end]! & GAP_COMMA) === 0;
    // "el estadio Benito Villamarín", "Hospital Clínic": a venue's noun right before the name or opening it (not "the hospital's chief").
    const venue =
      (lexiconFlags(word) & VENUE_NOUN) !== 0 ||
      ((before & VENUE_NOUN) !== 0 && (table.gaps[i]! & GAP_COMMA) === 0 && table.starts[i]! - table.ends[i - 1]! <= 1 && !/['’]s$/.test(previous!.raw));
    const place = ((last | after) & PLACE_TAIL) !== 0 || (lexiconFlags(word) & PLACE_HEAD) !== 0 || (before & SHIP_NOUN) !== 0 || portfolio || venue;
    const organisation =
      place ||
      (last & ORGANISATION_TAIL) !== 0 ||
      (next !== undefined && !next.capitalized && namesRole(next, language) && (table.gaps[end]! & GAP_COMMA) === 0) ||
      (after & ORGANISATION_TAIL) !== 0;
    if (organisation && !place && !afterPlacePreposition) {
      // "International Institute for Strategic Studies": the name goes on after its organisation word.
      const whole = (last & ORGANISATION_TAIL) !== 0 ? organisationTailEnd(table, end) : end;
      people.institutions.push({ key: null, display: table.text.slice(start, table.ends[whole - 1]!), start });
      if (whole > end) {
        i = whole;
        continue;
      }
    }
    // "Patriot-Systeme", "Nato-Staaten": two capitalised words joined by a hyphen alone are a German compound noun, not a full name.
    const compound =
      language === 'de' &&
      (end - i === 2 || NAME_PARTICLES.has(table.words[i + 2]?.lower ?? '')) &&
      table.starts[i + 1]! - table.ends[i]! === 1 &&
      table.text.charCodeAt(table.ends[i]!) === 45;
    if (end - i >= 2 && !afterPlacePreposition && !determined && !organisation && !compound) {
      const name = table.text.slice(start, table.ends[end - 1]!).replace(/['’]s$/, '');
      const person = personFor(people, foldNameOf(table.words[end - 1]!), name, end - i);
      person.gender ??= genderOfName(word.raw, table.words[end - 1]!.raw);
      addMention(people, table, person, i, end, spans, cursor, language);
    } else if (end - i === 1 && !afterPlacePreposition && !determined) singles.push(i);
    i = end;
  }
  // A lone surname is a mention of the person whose full name the article gives.
  for (const at of people.byKey.size > 0 ? singles : []) {
    const person = people.byKey.get(foldNameOf(table.words[at]!)) ?? firstWordPerson(people, table.words[at]!.raw);
    if (person !== undefined) addMention(people, table, person, at, at + 1, spans, { at: 0 }, language);
  }
  people.mentions.sort((a, b) => a.start - b.start);
  return people;
}

/** German adjective and participle endings no given name has: "Konkrete", "Beherrschende", "Wichtige", "Politische", "Mögliche". */
const GERMAN_ADJECTIVE_OPENING = /(?:end|ig|isch|lich|et)e[nrsm]?$/;

/**
 * German capitalises every noun: "Konkrete Fälle wollte sie nicht kommentieren", "Beherrschende Themen waren …" open a
 * sentence with an adjective, and "500 bis 5.500 Kilometern Reichweite" puts a noun after a number. Neither is a name.
 */
function germanNounOpening(table: TokenTable, i: number): boolean {
  const word = table.words[i]!;
  const previous = table.words[i - 1];
  const number = (at: number): boolean => at > 0 && /^\d[\d.,]*$/.test(table.words[at - 1]!.raw) && table.starts[at]! - table.ends[at - 1]! === 1;
  // "5.500 Kilometern Länge": the nouns after it too.
  if (number(i) || (previous !== undefined && previous.capitalized && number(i - 1))) return true;
  const opens = i === 0 || (table.gaps[i]! & (GAP_STOP | GAP_NEWLINE)) !== 0;
  return opens && GERMAN_ADJECTIVE_OPENING.test(word.lower) && genderOfName(word.raw, word.raw) === null;
}

/** Words that join the parts of an organisation's name: "Institute for Strategic Studies", "Bank für Internationalen Zahlungsausgleich". */
const NAME_JOINERS = new Set([
  'of',
  'for',
  'and',
  'on',
  'the',
  'für',
  'und',
  'der',
  'des',
  'de',
  'du',
  'del',
  'la',
  'le',
  'les',
  'el',
  'los',
  'las',
  'y',
  'et',
  'pour',
  'para',
]);
/** Words that may open an organisation name's tail: "of", "for", "für", "de", "du", "des", "del", "pour", "para". */
const TAIL_OPENERS = new Set(['of', 'for', 'on', 'für', 'de', 'du', 'des', 'del', 'pour', 'para']);

/**
 * The end of an organisation's name whose capitalised run ends at end: "International Institute" goes on with
 * "for Strategic Studies", "Conseil" with "de Sécurité"; the tail ends at its last capitalised word, at most eight words on.
 */
function organisationTailEnd(table: TokenTable, end: number): number {
  if (end >= table.count || !TAIL_OPENERS.has(table.words[end]!.lower)) return end;
  let whole = end;
  for (let k = end; k < table.count && k - end < 8; k += 1) {
    if ((table.gaps[k]! & (GAP_STOP | GAP_COMMA | GAP_NEWLINE)) !== 0 || table.starts[k]! - table.ends[k - 1]! > 1) break;
    const word = table.words[k]!;
    if (word.capitalized && !isStopWord(word)) whole = k + 1;
    else if (!NAME_JOINERS.has(word.lower)) break;
  }
  return whole;
}

/**
 * "Vice Premier He Lifeng", "Ministerin Do Thi Lan": a short family name that is also a function word ("He", "Do", "An")
 * opens a name when it is capitalised inside a sentence, right after a title ("ministre He Lifeng") or another capitalised word and right
 * before a name word. At a sentence's start it stays the pronoun ("He Lifeng" is not told from "He said").
 */
function familyNameAt(table: TokenTable, i: number, language: LanguageCode): boolean {
  const word = table.words[i]!;
  if (i === 0 || i + 1 >= table.count || !word.capitalized || word.raw.length > 3 || isNameWord(word, language) || !/^\p{Lu}\p{Ll}+$/u.test(word.raw))
    return false;
  const breaks = GAP_STOP | GAP_NEWLINE | GAP_COMMA;
  // "WASHINGTON - The Pentagon": a dateline's dash sets the word apart; only a single space joins a title to the name.
  if ((table.gaps[i]! & breaks) !== 0 || (table.gaps[i + 1]! & breaks) !== 0 || table.starts[i + 1]! - table.ends[i]! !== 1) return false;
  if (table.starts[i]! - table.ends[i - 1]! !== 1) return false;
  const previous = table.words[i - 1]!;
  return ((previous.capitalized && !isStopWord(previous)) || namesRole(previous, language)) && isNameWord(table.words[i + 1]!, language);
}

/**
 * The one person whose name starts with the word: "Lee" for "Lee Jae-myung", "Wang" for "Wang Yi" (family
 * name first), "Gukesh" for "Gukesh Dommaraju" (known by the given name). None when two people fit.
 */
export function firstWordPerson(people: People, word: string): Person | undefined {
  let found: Person | undefined;
  for (const person of people.persons) {
    const space = person.name.indexOf(' ');
    if (space < 0 || person.name.slice(0, space) !== word) continue;
    if (found !== undefined) return undefined;
    found = person;
  }
  return found;
}

function addMention(
  people: People,
  table: TokenTable,
  person: Person,
  from: number,
  end: number,
  spans: readonly QuoteSpan[],
  cursor: { at: number },
  language: LanguageCode,
): void {
  const start = table.starts[from]!;
  const quoted = insideSpans(spans, start, cursor);
  if (!quoted) {
    const { role, gender, country } = rolesAround(table, from, end, language);
    if (role !== null) person.roles.add(role);
    // "le président de la transition, le général Assimi Goïta": the title right before the name is an office too.
    const title = from > 0 && (table.gaps[from]! & GAP_COMMA) === 0 ? roleOfWord(table.words[from - 1]!.lower, language) : null;
    if (title !== null && title.role !== 'person') person.roles.add(title.role);
    if (country !== null) person.countries.add(country);
    if (gender !== null && person.gender === null) person.gender = gender;
  }
  people.mentions.push({ person, start, end: table.ends[end - 1]!, token: from, object: isObject(table, from, language), quoted });
}
