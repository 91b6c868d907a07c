import type { LanguageCode } from '../types.js';
import { GAP_COMMA, GAP_NEWLINE, GAP_STOP, SHAPE_CAPITALIZED, WORD_SHAPE, WordInts, type QuoteSpan, type TokenTable, type Word } from '../text/index.js';
import { isStopWord } from '../language/index.js';
import { foldName, gazetteerEntry, matchGazetteerIn } from '../entities/index.js';
import {
  INSTITUTION_HEADS,
  INSTITUTION_NOUN,
  NAME_PARTICLES,
  OF_WORDS,
  NEVER_NAMES,
  ORGANISATION_TAILS,
  PLACE_PREPOSITIONS,
  PLACE_TAILS,
  SECOND_PARTICLES,
  OBJECT_MARKERS,
  TITLE_WORDS,
} from './lexicon.js';
import { genderOfName } from './names.js';
import { countryOfPhrase, genderOfDeterminer, roleOfPhrase, roleOfWord, type Gender, type RoleClass } from './roles.js';

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
  /** As written, for institutions outside the gazetteer. */
  display: string | null;
  start: number;
}

export interface People {
  persons: Person[];
  /** In text order. */
  mentions: PersonMention[];
  institutions: InstitutionMention[];
  byKey: Map<string, Person>;
}

/** How far back role and appositive words are read around a name. */
const ROLE_WINDOW = 8;

function isTitleWord(word: Word, language: LanguageCode): boolean {
  return TITLE_WORDS.has(word.lower) || roleOfWord(word.lower, language) !== null;
}

/** Endings of German common nouns (Rüstung, Freiheit, Mannschaft, Nation …), which names rarely have. */
const GERMAN_NOUN = /(?:ung|heit|keit|schaft|tion|tät|ismus|nahme|ungen|heiten|keiten|schaften|tionen|ment|nis|tum|gipfel|vertrag|krieg|wahl)$/;

/** Bits of NAME_FLAGS: whether the flags were worked out for German and for other languages, and their answers. */
const CHECKED_DE = 1;
const NAME_DE = 2;
const CHECKED_OTHER = 4;
const NAME_OTHER = 8;
const CHECKED_INSTITUTION = 16;
const INSTITUTION = 32;
/** Name and institution flags by word id. */
const NAME_FLAGS = new WordInts(0);

function computeNameWord(word: Word, language: LanguageCode): boolean {
  if (language === 'de' && GERMAN_NOUN.test(word.lower)) return false;
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
function isNameWord(word: Word, language: LanguageCode): boolean {
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

/** A lower-case institution noun ("ministry", "agency", "Behörde"), worked out once per spelling. */
function isInstitutionNoun(word: Word): boolean {
  return (institutionFlags(word.id, word) & INSTITUTION) !== 0;
}

function institutionFlags(id: number, word: Word | null): number {
  let flags = NAME_FLAGS.get(id);
  if ((flags & CHECKED_INSTITUTION) === 0 && word !== null) {
    flags |= CHECKED_INSTITUTION | (INSTITUTION_NOUN.test(word.lower) ? INSTITUTION : 0);
    NAME_FLAGS.set(id, flags);
  }
  return flags;
}

/** Whether a quote span contains the offset. */
function insideSpans(spans: readonly QuoteSpan[], offset: number, cursor: { at: number }): boolean {
  while (cursor.at < spans.length && spans[cursor.at]!.end <= offset) cursor.at += 1;
  const span = spans[cursor.at];
  return span !== undefined && span.start <= offset && offset < span.end;
}

/** End (exclusive) of the name starting at i: capitalised words, particles between them ("de la", "von der", "bin"). */
function nameEnd(table: TokenTable, i: number, language: LanguageCode): number {
  let end = i + 1;
  while (end < table.count && end - i < 6) {
    const gap = table.starts[end]! - table.ends[end - 1]!;
    if (gap > 1 || (table.gaps[end]! & (GAP_STOP | GAP_COMMA | GAP_NEWLINE)) !== 0) break;
    const word = table.words[end]!;
    if (isNameWord(word, language) && matchGazetteerIn(table, end)?.entry.kind !== 'place') {
      end += 1;
      continue;
    }
    // "Juan Ramón de la Fuente", "Ursula von der Leyen", "Mohammed bin Salman", "al-Sisi".
    let k = end;
    while (
      k < table.count &&
      k - end < 2 &&
      NAME_PARTICLES.has(table.words[k]!.lower) &&
      (k > end || !SECOND_PARTICLES.has(table.words[k]!.lower)) &&
      table.starts[k]! - table.ends[k - 1]! <= 1
    )
      k += 1;
    if (k > end && k < table.count && table.starts[k]! - table.ends[k - 1]! <= 1 && isNameWord(table.words[k]!, language)) {
      end = k + 1;
      continue;
    }
    break;
  }
  return end;
}

/** Role words before a name in its clause, and in an appositive after it ("Sergei Ryabkov, Russia's deputy foreign minister,"). */
function rolesAround(
  table: TokenTable,
  from: number,
  end: number,
  language: LanguageCode,
): { role: RoleClass | null; gender: Gender | null; country: string | null } {
  const before: string[] = [];
  let roleAt = -1;
  for (let k = from - 1; k >= 0 && from - k <= ROLE_WINDOW; k -= 1) {
    const word = table.words[k]!;
    // Another person's full name ends the window: "Antony Blinken met Egyptian President …".
    if (k > 0 && isNameWord(word, language) && isNameWord(table.words[k - 1]!, language)) break;
    before.unshift(word.lower);
    if (roleAt < 0 && roleOfWord(word.lower, language) !== null) roleAt = k;
    if ((table.gaps[k]! & (GAP_STOP | GAP_NEWLINE)) !== 0) break;
  }
  const after: string[] = [];
  if (end < table.count && (table.gaps[end]! & GAP_COMMA) !== 0) {
    for (let k = end; k < table.count && k - end < ROLE_WINDOW; k += 1) {
      if (k > end && (table.gaps[k]! & (GAP_COMMA | GAP_STOP | GAP_NEWLINE)) !== 0) break;
      after.push(table.words[k]!.lower);
    }
  }
  const near = before.slice(-6);
  const role = roleOfPhrase(near, language) ?? roleOfPhrase(after, language);
  const country = role !== null ? (countryOfPhrase(near) ?? countryOfPhrase(after)) : null;
  if (role === null) return { role: null, gender: null, country: null };
  const determiner = roleAt > 0 ? genderOfDeterminer(table.words[roleAt - 1]!.lower, language) : null;
  return { role: role.role, gender: role.gender ?? determiner, country };
}

/** Whether the name is governed by a preposition or verb in its clause ("met Egyptian President Sisi", "mit Kanzler Scholz"). */
function isObject(table: TokenTable, from: number): boolean {
  for (let k = from - 1; k >= 0 && from - k <= 5; k -= 1) {
    if ((table.gaps[k + 1]! & (GAP_STOP | GAP_COMMA | GAP_NEWLINE)) !== 0) return false;
    if (OBJECT_MARKERS.has(table.words[k]!.lower)) return true;
  }
  return false;
}

/**
 * End of an institution named by its head noun, or i: a German compound ("Bundesanwaltschaft"), or a
 * capitalised head with its name ("Consejo Nacional Electoral", "Parquet national antiterroriste", "Treasury Department").
 */
function institutionAt(table: TokenTable, i: number, language: LanguageCode): number {
  const word = table.words[i]!;
  if (!word.capitalized) return i;
  if (language === 'de' && isInstitutionNoun(word)) return i + 1;
  if (!INSTITUTION_HEADS.has(word.lower)) return i;
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

/** An institution written in lower case, with the modifiers in front of it: "military intelligence agency", "foreign ministry". */
function institutionWords(table: TokenTable, i: number, language: LanguageCode): string {
  let from = i;
  if (language === 'en') {
    while (from > 0 && i - from < 3 && (table.gaps[from]! & (GAP_STOP | GAP_COMMA | GAP_NEWLINE)) === 0) {
      const word = table.words[from - 1]!;
      if (word.capitalized || isStopWord(word) || !/^\p{L}+$/u.test(word.raw) || word.raw.length < 3) break;
      from -= 1;
    }
  }
  return table.text.slice(table.starts[from]!, table.ends[i]!);
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
  } else if (words > person.name.split(' ').length) person.name = name;
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
  const people: People = { persons: [], mentions: [], institutions: [], byKey: new Map() };
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
    const known = matchGazetteerIn(table, i);
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
      people.institutions.push({ key: null, display: table.text.slice(start, table.ends[institution - 1]!), start });
      i = institution;
      continue;
    }
    if (!isNameWord(word, language)) {
      // "Ukraine's military intelligence agency", "the foreign ministry": an institution the text may refer back to.
      if (!word.capitalized && isInstitutionNoun(word)) people.institutions.push({ key: null, display: institutionWords(table, i, language), start });
      i += 1;
      continue;
    }
    const end = nameEnd(table, i, language);
    const previous = table.words[i - 1];
    const next = table.words[end];
    // "in San Francisco", "à Hanoï", "ministre de l’Intérieur", "ministro de Asuntos Exteriores": places and portfolios.
    const afterPlacePreposition =
      previous !== undefined && (PLACE_PREPOSITIONS.has(previous.lower) || OF_WORDS.has(previous.lower)) && table.starts[i]! - table.ends[i - 1]! <= 2;
    const determined = language === 'de' && previous !== undefined && /^(?:der|die|das|den|dem|des|ein|eine|einer|einem|eines)$/.test(previous.lower);
    const place = PLACE_TAILS.has(table.words[end - 1]!.lower) || (next !== undefined && PLACE_TAILS.has(next.lower));
    const organisation =
      place ||
      ORGANISATION_TAILS.has(table.words[end - 1]!.lower) ||
      (next !== undefined && !next.capitalized && roleOfWord(next.lower, language) !== null && (table.gaps[end]! & GAP_COMMA) === 0) ||
      (next !== undefined && ORGANISATION_TAILS.has(next.lower));
    if (organisation && !place && !afterPlacePreposition)
      people.institutions.push({ key: null, display: table.text.slice(start, table.ends[end - 1]!), start });
    if (end - i >= 2 && !afterPlacePreposition && !determined && !organisation) {
      const name = table.text.slice(start, table.ends[end - 1]!).replace(/['’]s$/, '');
      const person = personFor(people, foldName(table.words[end - 1]!.raw), name, end - i);
      person.gender ??= genderOfName(word.raw, table.words[end - 1]!.raw);
      addMention(people, table, person, i, end, spans, cursor, language);
    } else if (end - i === 1 && !afterPlacePreposition && !determined) singles.push(i);
    i = end;
  }
  // A lone surname is a mention of the person whose full name the article gives.
  for (const at of singles) {
    const person = people.byKey.get(foldName(table.words[at]!.raw));
    if (person !== undefined) addMention(people, table, person, at, at + 1, spans, { at: 0 }, language);
  }
  people.mentions.sort((a, b) => a.start - b.start);
  return people;
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
    if (country !== null) person.countries.add(country);
    if (gender !== null && person.gender === null) person.gender = gender;
  }
  people.mentions.push({ person, start, end: table.ends[end - 1]!, token: from, object: isObject(table, from), quoted });
}
