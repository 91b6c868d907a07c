import type { LanguageCode } from '../types.js';
import { isCapitalized, type Token } from '../text/index.js';
import { isAnyStopword } from '../language/index.js';
import { CAPITAL_GOVERNMENTS, gazetteerEntry, matchGazetteerAt, type GazetteerEntry } from '../entities/index.js';
import { ANONYMOUS_CUES, ANONYMITY_CUES, PRIVATE_PERSONS, PRONOUNS, SPEECH_VERBS, withoutElision } from './lexicon.js';
import { isInstitutionNoun } from './name-words.js';
import { isOfficelessPersonNoun } from './introductions.js';
import { germanNounAt } from './german-nouns.js';
import { DEFINITE_ARTICLES, institutionPhrase, organisationAt } from './organisations.js';
import { countryOfPhrase, genderOfDeterminer, roleOfPhrase, roleOfWord, type Gender, type Role, type RoleClass } from './roles.js';
import type { Language } from '../languages.js';
import { INDEFINITE_ARTICLES, isTitleWord, personAt, rolePhraseAt, spanText } from './speaker-phrases.js';

/** Who an attribution clause points at, before pronouns, roles and anonymous sources are resolved. */
export type SpeakerRef =
  /** A full name ("Dmitri Peskow") or a gazetteer person. */
  | { kind: 'person'; name: string }
  /** One capitalised word: a surname, to be completed from the article ("Stoltenberg" → "Jens Stoltenberg"). */
  | { kind: 'surname'; name: string }
  | { kind: 'institution'; name: string }
  /** A role with its organisation, as written: "Sprecher des Roten Kreuzes", "the head of the U.S. delegation". */
  | { kind: 'description'; name: string; role: Role | null }
  | { kind: 'capital'; name: string }
  | { kind: 'pronoun'; gender: Gender | null }
  /** A role or description standing for somebody named before: "der Minister", "the president-elect", "la ministre", "der Grünen-Politiker". */
  | { kind: 'role'; role: RoleClass; gender: Gender | null; country: string | null }
  /** "die Behörde", "the agency", "la empresa": the institution named before. */
  | { kind: 'institution-reference'; noun: string; written?: string }
  /**
   * A definite description no role list knows ("the surgeon", "der Unternehmer", "l'élue"): the one person it fits;
   * in Spanish, else read as the unwritten subject it was before.
   */
  | { kind: 'described'; gender: Gender | null; orPronoun: boolean }
  | { kind: 'anonymous' }
  /** An unnamed source, described: "a U.S. official". */
  | { kind: 'unnamed'; name: string }
  /** A source that is no speaker: "a resident", "ein EU-Diplomat", somebody speaking on condition of anonymity. */
  | { kind: 'nobody' }
  | { kind: 'none' };

/** Where an unnamed speaker's description ends: "a U.S. official briefed on …", "un secouriste du peloton …". */
const PHRASE_BREAKERS = new Set([
  'of',
  'on',
  'in',
  'at',
  'for',
  'with',
  'from',
  'who',
  'familiar',
  'briefed',
  'close',
  'du',
  'de',
  'des',
  'del',
  'en',
  'con',
  'qui',
  'que',
  'von',
  'des',
  'der',
  'im',
  'am',
  'aus',
  'mit',
  'bei',
  'told',
  'said',
]);
const isStopword = isAnyStopword;

function displayOf(entry: GazetteerEntry, language: LanguageCode): string {
  const canonical = gazetteerEntry(entry.key) ?? entry;
  const display = canonical.display?.[language as Language] ?? canonical.display?.en;
  return display ?? canonical.variants[0]!;
}

/** Unnamed people who hold an office, unlike an analyst or a guide: "a U.S. official", "un responsable", "un dirigente". */
const OFFICE_HOLDERS = new Set(['official', 'officials', 'responsable', 'dirigente', 'politician', 'politiker', 'politikerin', 'diplomático', 'diplomate']);

/** Heads of an unnamed source that is no speaker at all: "a person familiar with", "une source proche de", "fuentes de la investigación". */
const ANONYMOUS_SOURCES = new Set([
  'person',
  'people',
  'source',
  'sources',
  'insider',
  'insiders',
  'quelle',
  'quellen',
  'fuente',
  'fuentes',
  'proches',
  'entourage',
]);

/** "a senior administration official" → "senior administration official"; "un secouriste du peloton" → "secouriste". */
function unnamedPhrase(tokens: Token[], article: number, source: string | undefined): string | null {
  let last = article;
  for (let k = article + 1; k < tokens.length && k - article <= 4; k += 1) {
    const token = tokens[k]!;
    if (PHRASE_BREAKERS.has(token.text) || (/(?:ed|ing)$/.test(token.text) && k > article + 1)) break;
    last = k;
  }
  return last === article ? null : spanText(tokens, article + 1, last + 1, source);
}

/** "Anwohnerin aus Kiew", "EU-Diplomat", "vecina": an unnamed private person or a background source. */
function isPrivatePerson(phrase: string): boolean {
  return phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .some((word) => PRIVATE_PERSONS.has(word));
}

/** Whether a token says that a source asked not to be named ("on condition of anonymity", "nicht namentlich genannt"). */
export function isAnonymityCue(token: Token): boolean {
  return ANONYMITY_CUES.has(token.text);
}

/** Participles that make a name before a hyphen an adjective: "Singapore-based", "Kremlin-backed", "Iran-aligned". */
const HYPHEN_PARTICIPLES = new Set(['based', 'born', 'backed', 'led', 'owned', 'run', 'linked', 'funded', 'aligned', 'allied', 'made']);

/** "the Democratic incumbent", "British climber": a capitalised word in front of a lower-case noun describes, it does not name. */
function isAdjectiveBeforeNoun(tokens: Token[], next: number, language: LanguageCode): boolean {
  if (language === 'de') return false;
  const following = tokens[next];
  // "Singapore-based", "Kremlin-backed": a name joined to a participle is an adjective.
  if (following !== undefined && HYPHEN_PARTICIPLES.has(following.text) && following.start - tokens[next - 1]!.end === 1) return true;
  if (following === undefined || isCapitalized(following.raw) || following.start - tokens[next - 1]!.end > 1) return false;
  return !isStopword(following.text) && !(SPEECH_VERBS[language]?.has(following.text) ?? false) && !/(?:ed|ó|é|a)$/.test(following.text);
}

function nameOf(tokens: Token[], from: number, end: number): string {
  return tokens
    .slice(from, end)
    .map((part) => part.raw)
    .join(' ')
    .replace(/['’]s$/, '');
}

/** "Vice Premier He Lifeng": a capitalised pronoun inside a sentence, right before another capitalised word, is a name. */
function isNameInside(tokens: Token[], i: number, source: string | undefined): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (i === 0 || source === undefined || !isCapitalized(token.raw) || next === undefined || !isCapitalized(next.raw)) return false;
  return /^[\s,-]*$/.test(source.slice(tokens[i - 1]!.end, token.start)) && next.start - token.end === 1;
}

/** Pronoun gender: "er"/"he"/"il"/"él" masculine, "sie"/"she"/"elle"/"ella" feminine (German "sie" may be plural; the resolver checks). */
function pronounGender(word: string): Gender | null {
  if (word === 'he' || word === 'him' || word === 'er' || word === 'ihm' || word === 'il' || word === 'lui' || word === 'él') return 'm';
  if (word === 'she' || word === 'her' || word === 'sie' || word === 'ihr' || word === 'elle' || word === 'ella') return 'f';
  return null;
}

/** A bare role or description: "der Minister", "the president-elect", "la ministre", "der Grünen-Politiker", "the Dutch officer". */
function roleReference(tokens: Token[], language: LanguageCode): SpeakerRef | null {
  // "l'officier": the elided article is no part of the role word.
  const words = tokens.map((token) => withoutElision(token.text));
  // "the 20-year-old": an age standing for the person.
  const age = words.findIndex((word, k) => word === 'year' && words[k + 1] === 'old' && k > 0 && /^\d+$/.test(words[k - 1]!));
  const role = age > 0 ? { role: 'person' as const, gender: null } : roleOfPhrase(words, language);
  if (role === null) return null;
  const at = words.findIndex((word) => roleOfWord(word, language) !== null);
  // "die 44-Jährige": the article stands before the number.
  const article = at > 1 && /^\d+$/.test(words[at - 1]!) ? at - 2 : at - 1;
  const determiner = article >= 0 && at > 0 ? genderOfDeterminer(words[article]!, language) : null;
  return { kind: 'role', role: role.role, gender: role.gender ?? determiner, country: countryOfPhrase(words) };
}

/**
 * The speaker an attribution clause names. Preference: a full name, a
 * gazetteer person, a single capitalised name, a role with its organisation,
 * a known institution, an institution noun, a pronoun, a capital standing for
 * its government, an anonymous source, an unnamed "official", a bare role.
 * A name after "in", "à", "en" is a place, never a speaker.
 */
/** Prepositions and genitive articles that tie a name to the unnamed person before it. */
const GOVERNING = new Set(['of', 'from', 'in', 'at', 'von', 'aus', 'bei', 'des', 'der', 'de', 'du', 'd', 'del', 'à', 'en']);

export function parseSpeaker(tokens: Token[], language: LanguageCode, source?: string): SpeakerRef {
  const pronouns = PRONOUNS[language] ?? new Set<string>();
  const anonymous = ANONYMOUS_CUES[language] ?? new Set<string>();
  const articles = INDEFINITE_ARTICLES[language] ?? new Set<string>();
  let institution: string | null = null;
  let institutionReference: string | null = null;
  let describedInstitution: { noun: string; written: string } | null = null;
  let capital: string | null = null;
  let single: string | null = null;
  let singleAt = -1;
  let unnamed: string | null = null;
  let description: { name: string; role: Role | null } | null = null;
  let sawAnonymous = false;
  // "un secouriste du peloton de gendarmerie": an unnamed person before the institution they belong to.
  let unnamedFirst = false;
  let unnamedAt = -1;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    // A pronoun ahead of any name is the subject: "he told Fox News", "sagte er dem Sender CNN".
    if (
      pronouns.has(token.text) &&
      !isNameInside(tokens, i, source) &&
      institution === null &&
      capital === null &&
      single === null &&
      unnamed === null &&
      description === null
    )
      return { kind: 'pronoun', gender: pronounGender(token.text) };
    if (anonymous.has(token.text)) sawAnonymous = true;
    // "one EU diplomat tells us", "one partner at a law firm wrote": one of many, unnamed, before anybody is named.
    if (language === 'en' && token.text === 'one' && institution === null && capital === null && single === null && unnamed === null && description === null)
      return { kind: 'nobody' };
    // "hieß es aus Sicherheitskreisen", "selon des sources proches": a source that names nobody, whatever the verb.
    if (ANONYMOUS_SOURCES.has(token.text) || (language === 'de' && /kreisen$/.test(token.text))) return { kind: 'none' };
    if (articles.has(token.text) && unnamed === null && single === null) {
      unnamed = unnamedPhrase(tokens, i, source);
      unnamedFirst = unnamed !== null && institution === null;
      unnamedAt = i;
    }
    // "ein Sprecher des Roten Kreuzes": the capitalised words name the organisation, not a person.
    const phrase = rolePhraseAt(tokens, i, language, source);
    if (phrase !== null) {
      description ??= {
        name: phrase.name,
        role: roleOfPhrase(
          tokens.slice(i, phrase.end).map((t) => t.text),
          language,
        ),
      };
      i = phrase.end - 1;
      continue;
    }
    const known = matchGazetteerAt(tokens, i);
    if (known !== null) {
      const entry = known.entry;
      if (entry.kind === 'person') {
        let from = i;
        while (
          from > 0 &&
          i - from < 2 &&
          isCapitalized(tokens[from - 1]!.raw) &&
          !isTitleWord(tokens[from - 1]!, language) &&
          !isStopword(tokens[from - 1]!.text) &&
          matchGazetteerAt(tokens, from - 1) === null
        )
          from -= 1;
        return { kind: 'person', name: nameOf(tokens, from, known.end) };
      }
      if (entry.kind === 'institution' || entry.kind === 'organisation') institution ??= displayOf(entry, language);
      // "one investor from London": a capital someone comes from is no government speaking.
      else if (entry.kind === 'place' && CAPITAL_GOVERNMENTS[entry.key] !== undefined && !/^(?:from|aus)$/.test(tokens[i - 1]?.text ?? ''))
        capital ??= CAPITAL_GOVERNMENTS[entry.key]!;
      i = known.end - 1;
      continue;
    }
    // "señaló el ELN", "a déclaré l'OTAN", "said the IAEA": an acronym after a definite article is an organisation.
    if (
      institution === null &&
      token.word.allCaps &&
      /^\p{Lu}{2,6}$/u.test(token.raw) &&
      i > 0 &&
      (DEFINITE_ARTICLES.has(tokens[i - 1]!.text) || tokens[i - 1]!.text === 'l') &&
      // "der CDU-Vorsitzende": an acronym joined to a noun describes it.
      (tokens[i + 1] === undefined || tokens[i + 1]!.start - token.end > 1 || (source !== undefined && source[token.end] !== '-'))
    ) {
      institution = token.raw;
      continue;
    }
    if (isInstitutionNoun(token.word)) {
      // "Prosecutors' Office": the last noun is the head; its phrase takes this one in.
      const next = tokens[i + 1];
      if (next !== undefined && isCapitalized(next.raw) && next.start - token.end <= 2 && isInstitutionNoun(next.word)) continue;
      // "die Behörde", "the agency", "la empresa": a reference back, unless a name or portfolio comes with it.
      const phrase = institutionPhrase(tokens, i, language);
      // "l'agence": the article is elided into the noun.
      const elided = withoutElision(token.text) !== token.text;
      const definite = elided || (i > 0 && DEFINITE_ARTICLES.has(tokens[i - 1]!.text));
      const referring = phrase.name.toLowerCase() === token.text && definite;
      // "el grupo armado", "la policía catalana", "the foreign ministry": a definite description in lower case refers back too.
      const described = !referring && definite && phrase.name === phrase.name.toLowerCase() && phrase.name.startsWith(token.text);
      if (referring) institutionReference ??= elided ? token.raw.slice(2) : token.raw;
      else if (described) describedInstitution ??= { noun: token.raw, written: phrase.name };
      else institution ??= phrase.name;
      // "the Dutch Foreign Ministry": the capitalised adjective was the institution's first word, not a surname.
      if (!referring && single !== null && singleAt >= phrase.from) single = null;
      continue;
    }
    const organisation = institution === null ? organisationAt(tokens, i) : -1;
    if (organisation > i) {
      institution = nameOf(tokens, i, organisation);
      i = organisation - 1;
      continue;
    }
    const span = personAt(tokens, i, language);
    if (span === null) continue;
    if (span[1] - span[0] >= 2) return { kind: 'person', name: nameOf(tokens, span[0], span[1]) };
    if (isAdjectiveBeforeNoun(tokens, span[1], language)) continue;
    if (language === 'de' && span[1] - span[0] === 1 && germanNounAt(tokens, span[0])) continue;
    if (single === null) {
      single = nameOf(tokens, span[0], span[1]);
      singleAt = span[0];
    }
    i = span[1] - 1;
  }
  // "Eine Bewohnerin von Orichiw", "Ein Mitglied des Auswärtigen Ausschusses", "un habitant de Nouméa": the capitalised word an
  // unnamed person's preposition governs is where they live or what they belong to, not their name.
  // "In einer Stellungnahme der Bergwacht Grainau": a statement's issuer is no such place.
  if (
    single !== null &&
    unnamed !== null &&
    !sawAnonymous &&
    unnamedAt < singleAt &&
    (tokens.slice(unnamedAt + 1, singleAt).some((token) => GOVERNING.has(token.text)) ||
      // "Ein hochrangiger ukrainischer Regierungsvertreter": a German noun after the article and its adjectives is the unnamed head.
      (language === 'de' && tokens.slice(unnamedAt + 1, singleAt).every((token) => !isCapitalized(token.raw))))
  )
    single = null;
  if (single !== null) return { kind: 'surname', name: single };
  if (unnamed !== null && isPrivatePerson(unnamed)) return { kind: 'nobody' };
  // "dice una mujer mientras barre", "glisse une retraitée", "ein Rentner ergänzt": an unnamed person with no office speaks for nobody.
  // "un guide chamoniard", "an analyst": a role that holds no office ('person') is no office either; "a U.S. official" is one.
  // ""…," a statement said": an unnamed statement is the anonymous text of whoever issued it, not an unnamed person.
  // Only as the whole subject: in "aseguró la organización en un comunicado" the statement is where, not who.
  const anonymousText = unnamedAt === 0 && anonymous.has(unnamed?.split(' ')[0]!.toLowerCase() ?? '');
  if (unnamed !== null && description === null && !anonymousText) {
    const words = unnamed.toLowerCase().split(/[\s-]+/);
    if (institution === null && (roleOfPhrase(words, language)?.role ?? 'person') === 'person' && !words.some((word) => OFFICE_HOLDERS.has(word)))
      return { kind: 'nobody' };
    // "erklärte eine Pensionistin der APA", "a pensioner told AFP": an institution after a person who holds no office at all
    // is whom they told, not who spoke.
    if (unnamedFirst && words.some(isOfficelessPersonNoun)) return { kind: 'nobody' };
  }
  if (description !== null) return { kind: 'description', name: description.name, role: description.role };
  if (institution !== null && !(unnamedFirst && unnamed !== null && !ANONYMOUS_SOURCES.has(unnamed.split(' ')[0]!.toLowerCase())))
    return { kind: 'institution', name: institution };
  if (institutionReference !== null) return { kind: 'institution-reference', noun: institutionReference };
  if (describedInstitution !== null) return { kind: 'institution-reference', noun: describedInstitution.noun, written: describedInstitution.written };
  if (capital !== null) {
    const entry = gazetteerEntry(capital);
    return { kind: 'capital', name: entry === undefined ? capital : displayOf(entry, language) };
  }
  if (sawAnonymous) return { kind: 'anonymous' };
  if (unnamed !== null && !ANONYMOUS_SOURCES.has(unnamed.split(' ')[0]!.toLowerCase())) return { kind: 'unnamed', name: unnamed };
  // "fuentes de la investigación", "aus Koalitionskreisen", "a source close to": a source that names nobody.
  if (tokens.some((token) => ANONYMOUS_SOURCES.has(token.text) || /kreisen?$/.test(token.text))) return { kind: 'none' };
  return roleReference(tokens, language) ?? { kind: 'none' };
}
