import type { LanguageCode } from '../types.js';
import { foldName, gazetteerEntry, speakerKey } from '../entities/index.js';
import { GENERIC_KIND_NOUNS, INSTITUTION_NOUN, ORGANISATION_TAILS, withoutElision } from './lexicon.js';
import { introducedBetween } from './introductions.js';
import { fullerName, fullerPerson } from './fuller-names.js';
import { resolveDescribed } from './described.js';
import { firstWordPerson, type People, type Person, type PersonMention } from './people.js';
import { countryOfPhrase, rolesCompatible, type Gender, type RoleClass } from './roles.js';
import type { SpeakerRef } from './speaker.js';
import type { Language } from '../languages.js';

/** A speaker with how sure the attribution is, in [0, 1]. */
export interface Resolved {
  speaker: string | null;
  confidence: number;
  person: Person | null;
}

/** Below this a quote is shown without a speaker: a wrong name is worse than none. */
export const MIN_SPEAKER_CONFIDENCE = 0.6;

/** Evidence too weak to show: kept for the record, below MIN_SPEAKER_CONFIDENCE. */
const WEAK = 0.55;

export const NOBODY: Resolved = { speaker: null, confidence: 0, person: null };

/** The previous quotation's speaker, for "he said" and quotes that continue it. */
export interface LastSpeaker {
  resolved: Resolved;
  /** Offset of the previous quotation. */
  offset: number;
  paragraph: number;
  /** The quote before it, in the same or the paragraph before, was somebody else's: people quoted in turn. */
  inTurn?: boolean;
}

export interface ResolveContext {
  people: People;
  language: LanguageCode;
  /** Where the quotation (or the attribution sentence) starts. */
  offset: number;
  /** Offset where the search for earlier mentions starts (the previous paragraph's start). */
  windowStart: number;
  last: LastSpeaker | null;
  /** Index of the sentence an offset falls in, to tell two people of one sentence from two of a paragraph. */
  sentenceOf: (offset: number) => number;
  /** Where the quotation's paragraph starts: a description points at the person its paragraph is about. */
  paragraphStart?: number;
}

export function institutionDisplay(key: string, language: LanguageCode): string {
  const entry = gazetteerEntry(key);
  return entry?.display?.[language as Language] ?? entry?.display?.en ?? key;
}

function articleText(context: ResolveContext): string {
  return context.people.table?.text ?? '';
}

function personByName(people: People, name: string): Person | null {
  return people.byKey.get(speakerKey(name)) ?? people.byKey.get(foldName(name.split(' ').pop() ?? name)) ?? familyNameFirst(people, name);
}

/**
 * "Yoon said" after "President Yoon Suk Yeol": a Korean, Chinese or Hungarian
 * name starts with the family name. Only a name of three words or more, and
 * only when exactly one person's name starts with the word.
 */
function familyNameFirst(people: People, name: string): Person | null {
  return name.includes(' ') ? null : (firstWordPerson(people, name) ?? null);
}

function genderFits(wanted: Gender | null, person: Person): boolean {
  return wanted === null || person.gender === null || person.gender === wanted;
}

/** Non-quoted person mentions before the offset within the window, newest first. */
function candidatesBefore(context: ResolveContext): PersonMention[] {
  const found: PersonMention[] = [];
  for (const mention of context.people.mentions) {
    if (mention.start >= context.offset) break;
    if (mention.start >= context.windowStart && !mention.quoted) found.push(mention);
  }
  return found.reverse();
}

/** "he said", "sagte sie", "a-t-il ajouté", an unwritten Spanish subject. */
function resolvePronoun(gender: Gender | null, context: ResolveContext): Resolved {
  const candidates = candidatesBefore(context);
  const fits = (person: Person): boolean => genderFits(gender, person);
  // Known to fit: "she" and a person the article calls "la ministre" or Annalena.
  const knownFit = (person: Person): boolean => gender !== null && person.gender === gender;
  const last = context.last;
  if (last !== null && last.resolved.person !== null && last.offset >= context.windowStart && fits(last.resolved.person)) {
    const speaker = last.resolved.person;
    const intervening = candidates.some((mention) => mention.start > last.offset && !mention.object && mention.person !== speaker && fits(mention.person));
    if (!intervening && !introducedBetween(context.people, last.offset + 1, context.offset, null, context.language))
      return learned({ ...last.resolved, confidence: 0.85 }, gender);
  }
  // The person last named as a subject, unless the pronoun's gender rules them out.
  const subjects = candidates.filter((mention) => !mention.object && fits(mention.person));
  const subject = subjects[0];
  // "Pour un diplomate européen, « … », confie-t-il": an unnamed person came after the last name.
  if (subject !== undefined && introducedBetween(context.people, subject.end, context.offset, null, context.language)) return NOBODY;
  if (subject !== undefined) {
    // Two people the pronoun fits as well in one sentence ("Scholz and Macron met …"): too close to call.
    const sentence = context.sentenceOf(subject.start);
    const rival = subjects.some(
      (mention) => mention.person !== subject.person && context.sentenceOf(mention.start) === sentence && knownFit(mention.person) === knownFit(subject.person),
    );
    const confidence = rival ? 0.5 : knownFit(subject.person) ? 0.85 : 0.75;
    return learned({ speaker: subject.person.name, confidence, person: subject.person }, gender);
  }
  const any = candidates.find((mention) => fits(mention.person));
  if (any !== undefined) return { speaker: any.person.name, confidence: 0.6, person: any.person };
  // The previous speaker, unless somebody unnamed came in since ("Uno de los clientes, un ingeniero de Colorado, …").
  if (
    last !== null &&
    last.offset >= context.windowStart &&
    last.resolved.speaker !== null &&
    // English "he" and "she" stand for people, never for a ministry.
    (context.language !== 'en' || gender === null || !isInstitutional(last.resolved)) &&
    !introducedBetween(context.people, last.offset + 1, context.offset, null, context.language)
  )
    return { ...last.resolved, confidence: 0.65 };
  return NOBODY;
}

/** A speaker that is an institution, not a person: "Ministry of Commerce", "the Kremlin", "Premier League". */
function isInstitutional(resolved: Resolved): boolean {
  if (resolved.person !== null || resolved.speaker === null) return false;
  const kind = gazetteerEntry(speakerKey(resolved.speaker))?.kind;
  if (kind === 'institution' || kind === 'organisation' || kind === 'place') return true;
  return resolved.speaker
    .toLowerCase()
    .split(/[\s'’-]+/)
    .some((word) => INSTITUTION_NOUN.test(word) || ORGANISATION_TAILS.has(word));
}

/** A confident "he said" tells the person's gender for the pronouns after it. */
function learned(resolved: Resolved, gender: Gender | null): Resolved {
  if (gender !== null && resolved.person !== null && resolved.person.gender === null && resolved.confidence >= MIN_SPEAKER_CONFIDENCE)
    resolved.person.gender = gender;
  return resolved;
}

/** How central a person is to the article: mentions outside quotes, the first person named, the last one, the last speaker. */
function salience(person: Person, context: ResolveContext, newest: Person): number {
  let score = 0;
  let first: Person | null = null;
  for (const mention of context.people.mentions) {
    if (mention.quoted) continue;
    first ??= mention.person;
    if (mention.person === person) score += 1;
  }
  if (first === person) score += 2;
  if (newest === person) score += 1;
  if (context.last?.resolved.person === person) score += 1;
  return score;
}

/**
 * "der Minister", "the president-elect", "la ministre", "der Grünen-Politiker": the person named before
 * whose office (and gender) fits; among several, the one the article is about.
 */
function rolesOf(person: Person): RoleClass[] {
  return person.roles.size > 0 ? [...person.roles] : person.fallbackRole !== undefined ? [person.fallbackRole] : [];
}

function resolveRole(role: RoleClass, gender: Gender | null, country: string | null, context: ResolveContext): Resolved {
  // An office points back further than a pronoun: to anyone the article named before.
  const candidates = candidatesBefore({ ...context, windowStart: 0 }).filter(
    (mention) => genderFits(gender, mention.person) && (country === null || mention.person.countries.size === 0 || mention.person.countries.has(country)),
  );
  const fitting = (mention: PersonMention): boolean => rolesOf(mention.person).some((known) => rolesCompatible(role, known));
  const officeless = (mention: PersonMention): boolean => rolesOf(mention.person).length === 0;
  // "el jefe de la diplomacia marroquí": the one the article gave that nationality, when it gave it to anyone; but
  // "le ministre chinois" is not the Chinese president named since: an office of another kind does not fit for a nationality.
  const ofCountry = country === null ? [] : candidates.filter((mention) => mention.person.countries.has(country));
  const nationalPool = ofCountry.some(fitting) ? ofCountry.filter(fitting) : ofCountry.filter(officeless);
  const national = nationalPool.length > 0;
  const fittingAll = national ? nationalPool.filter(fitting) : candidates.filter(fitting);
  // "the Commissioner" after a commissioner and a trade minister: the office of the same kind before one that only may be it.
  const same = role === 'person' ? [] : fittingAll.filter((mention) => rolesOf(mention.person).includes(role));
  const compatible = same.length > 0 ? same : fittingAll;
  // Nobody was introduced with a fitting office: people introduced without any office may still fit.
  const pool = same.length > 0 ? same : national ? nationalPool : compatible.length > 0 ? compatible : candidates.filter(officeless);
  const persons = [...new Set(pool.map((mention) => mention.person))];
  if (persons.length === 0) return NOBODY;
  const base = compatible.length > 0 || national ? 0.8 : 0.7;
  if (persons.length === 1) return { speaker: persons[0]!.name, confidence: base, person: persons[0]! };
  // The person the paragraph is about: named as a subject in its last sentences, with no other fitting person in that sentence.
  const newest = pool[0]!;
  // "X defeated businessman Y. … the senator-elect said": the object of the last sentence is passed over for its subject.
  const subject = pool.find((mention) => !mention.object);
  const subjectSentence = subject === undefined ? -1 : context.sentenceOf(subject.start);
  if (
    subject !== undefined &&
    subject.start >= (context.paragraphStart ?? context.offset) &&
    context.sentenceOf(context.offset) - subjectSentence <= 2 &&
    !pool.some(
      (mention) =>
        mention.person !== subject.person &&
        context.sentenceOf(mention.start) === subjectSentence &&
        // Objects of the sentence are passed over only when the newest name is one of them.
        (subject === newest || !mention.object),
    )
  )
    return { speaker: subject.person.name, confidence: base - 0.05, person: subject.person };
  // "der Slowake" among people of no known origin, none the subject just before: nobody fits for sure.
  if (country !== null && !national) return NOBODY;
  // "der Niederländer", "the Dutch officer": a plain description points at the person just talked about.
  if (role === 'person') {
    const subject = pool.find((mention) => !mention.object) ?? pool[0]!;
    // "l'ancien banquier" with two candidates named in earlier paragraphs: too far to tell.
    // With no subject among them, every candidate is as good as the first.
    const rival = pool.some((mention) => mention.person !== subject.person && (!mention.object || subject.object));
    if (subject.start < (context.paragraphStart ?? 0) && rival && context.last?.resolved.person !== subject.person) return NOBODY;
    return { speaker: subject.person.name, confidence: base - 0.05, person: subject.person };
  }
  const ranked = persons.map((person) => ({ person, score: salience(person, context, newest.person) })).sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  const margin = best!.score - second!.score;
  const confidence = margin >= 2 ? base : margin >= 1 ? base - 0.08 : base - 0.15;
  return { speaker: best!.person.name, confidence, person: best!.person };
}

/** "club", "die Gruppe", "l'ambassade": one word for a kind with many members, no name. */
function bareKindNoun(name: string): boolean {
  return !name.includes(' ') && GENERIC_KIND_NOUNS.has(withoutElision(name.toLowerCase()));
}

/**
 * The institutions named before the offset, outside quotations, in order: "“… the Club exceeded the ratio,” the club
 * said": a name inside a quotation is the speaker's word, not the narrator's antecedent.
 */
function* institutionsBefore(context: ResolveContext): Generator<People['institutions'][number]> {
  const spans = context.people.spans ?? [];
  let span = 0;
  for (const mention of context.people.institutions) {
    if (mention.start >= context.offset) return;
    while (span < spans.length && spans[span]!.end <= mention.start) span += 1;
    if (span < spans.length && spans[span]!.start < mention.start) continue;
    yield mention;
  }
}

/** The last institution named before the offset; with a noun ("agency"), the last one whose name ends in it, or any when none does. */
function lastInstitution(context: ResolveContext, noun?: string, fittingOnly = false): string | null {
  let found: string | null = null;
  let fitting: string | null = null;
  let bare: string | null = null;
  const head = noun === undefined ? undefined : withoutElision(noun.toLowerCase());
  for (const mention of institutionsBefore(context)) {
    const display = mention.display ?? institutionDisplay(mention.key ?? '', context.language);
    // "The club announced …": a bare noun for a kind is no name; it keeps "the club said" from going to another organisation.
    if (bareKindNoun(mention.fullName ?? display)) {
      if (head === undefined) found = null;
      if (head === undefined || withoutElision(display.toLowerCase()) === head) bare = display;
      continue;
    }
    // "un grupo yihadista" in lower case is no name "el Gobierno" could stand for; it may only fit its own noun.
    if (display !== display.toLowerCase()) found = display;
    // "the agency" fits "the Food Standards Agency"; "l'office", "el organismo" fit "Office fédéral …", "Organismo Internacional …".
    const name = (mention.fullName ?? display).toLowerCase();
    if (head !== undefined && (name.endsWith(head) || name.startsWith(`${head} `))) fitting = display;
  }
  if (fittingOnly) return fitting ?? bare;
  return fitting ?? (head === undefined ? (found ?? bare) : (bare ?? found));
}

/** The last institution named before the offset, outside quotations, whose name ends with the words and has more of them. */
function fullerInstitution(context: ResolveContext, words: string): string | null {
  const tail = ` ${words.replace(/^(?:the|der|die|das|le|la|les|el|los|las|l['’])\s*/i, '')}`.toLowerCase();
  let fuller: string | null = null;
  for (const mention of institutionsBefore(context)) {
    const display = mention.fullName ?? mention.display;
    if (display !== null && display.length > tail.length && display.toLowerCase().endsWith(tail)) fuller = display;
  }
  return fuller;
}

const PORTFOLIO_OF = new Set(['of', 'de', 'del', 'du', 'des', 'für', 'the', 'la', 'l']);

/** The last institution named before the offset, outside quotations, whose name ends its "of" phrase with the word. */
function institutionWithWord(context: ResolveContext, word: string): string | null {
  if (word.includes(' ')) return null;
  let found: string | null = null;
  for (const mention of institutionsBefore(context)) {
    const display = mention.fullName ?? mention.display ?? institutionDisplay(mention.key ?? '', context.language);
    // The portfolio after "de", "del", "of", "für": "Departamento del Tesoro", "Ministry of Defence", not "… de Liberación Nacional".
    const words = display.split(' ');
    const at = words.indexOf(word);
    if (at > 0 && PORTFOLIO_OF.has(words[at - 1]!.toLowerCase())) found = mention.display ?? display;
  }
  return found;
}

/**
 * A display name and a confidence for an attribution: names as written (a
 * surname completed to the full name the article gives); pronouns and role
 * words to the person named before who fits (gender, office); an anonymous
 * statement ("hieß es in der Mitteilung") to the institution named before.
 */
export function resolveSpeaker(ref: SpeakerRef, context: ResolveContext): Resolved {
  switch (ref.kind) {
    case 'person': {
      const person = personByName(context.people, ref.name);
      if (person === null) return { speaker: fullerPerson(context.people, ref.name), confidence: 0.9, person: null };
      const name = person.name.split(' ').length >= ref.name.split(' ').length ? person.name : ref.name;
      return { speaker: fullerPerson(context.people, name), confidence: 0.95, person };
    }
    case 'surname': {
      const person = personByName(context.people, ref.name);
      if (person !== null) return { speaker: fullerPerson(context.people, person.name), confidence: 0.9, person };
      const entry = gazetteerEntry(speakerKey(ref.name));
      if (entry !== undefined && entry.kind === 'place') return NOBODY;
      // "señaló el Tesoro" after "el Departamento del Tesoro": the word is the institution's, named whole before.
      const named = entry === undefined ? institutionWithWord(context, ref.name) : null;
      if (named !== null) return { speaker: named, confidence: 0.8, person: null };
      if (entry !== undefined) return { speaker: ref.name, confidence: entry.kind === 'person' ? 0.9 : 0.7, person: null };
      // "La Secretaría General Iberoamericana subrayó": a word the attribution cut from a longer name is the whole name.
      const fuller = fullerPerson(context.people, ref.name);
      return { speaker: fuller !== ref.name ? fuller : fullerName(articleText(context), ref.name, context.language), confidence: 0.7, person: null };
    }
    case 'institution':
      // "the air force said" after "the Ukrainian air force": the fuller name the article gave it before.
      return {
        speaker:
          ref.name === ref.name.toLowerCase()
            ? (fullerInstitution(context, ref.name) ?? ref.name)
            : fullerName(articleText(context), ref.name, context.language),
        confidence: 0.9,
        person: null,
      };
    case 'description': {
      // "le chef de la diplomatie russe", "la cheffe du gouvernement": an office, the person named before who holds it.
      // "El portavoz del Kremlin", "der Sprecher des Ministeriums": with a definite article, the spokesman named before.
      const definite = /^(?:the|der|die|das|le|la|el|los|las|l['’])\s?/i.test(ref.name);
      if (ref.role !== null && (ref.role.role === 'foreign' || ref.role.role === 'leader' || (definite && ref.role.role !== 'person'))) {
        const resolved = resolveRole(ref.role.role, ref.role.gender, countryOfPhrase(ref.name.toLowerCase().split(/[\s-]+/)), context);
        // An office of another kind than the one named before ("the head of the delegation" after a spokesman) stays as written.
        if (resolved.speaker !== null && resolved.confidence >= 0.75) return resolved;
        // "ha insistido el exjefe de Gobierno" with two former heads named before: the words refer back, to whom is unsure.
        // Shown as written they would stand in for the name the article gives; better no speaker than a wrong one.
        if (definite && resolved.speaker !== null) return NOBODY;
      }
      return { speaker: ref.name, confidence: 0.8, person: null };
    }
    case 'capital':
      return { speaker: ref.name, confidence: 0.75, person: null };
    case 'unnamed':
      return { speaker: ref.name, confidence: 0.75, person: null };
    case 'pronoun':
      return resolvePronoun(ref.gender, context);
    case 'role':
      return resolveRole(ref.role, ref.gender, ref.country, context);
    case 'institution-reference': {
      // "the agency said", "teilte die Behörde mit": the institution named before, else the noun as written ("el Gobierno").
      // "el grupo armado": only an institution whose name fits the noun; else the description as written.
      const institution = lastInstitution(context, ref.noun, ref.written !== undefined);
      if (institution !== null) return { speaker: institution, confidence: bareKindNoun(institution) ? WEAK : 0.8, person: null };
      // With no antecedent a common noun in lower case ("empresa", "armée", "grupo armado") names nobody; "el Gobierno" does.
      const written = ref.written ?? ref.noun;
      // Nor does a bare noun for a kind in German capitals ("teilte die Gruppe mit").
      return { speaker: written, confidence: written === written.toLowerCase() || bareKindNoun(written) ? WEAK : 0.65, person: null };
    }
    case 'described': {
      const described = resolveDescribed(ref.gender, context);
      return described.speaker === null && ref.orPronoun ? resolvePronoun(null, context) : described;
    }
    case 'anonymous': {
      const institution = lastInstitution(context);
      return institution === null ? NOBODY : { speaker: institution, confidence: bareKindNoun(institution) ? WEAK : 0.75, person: null };
    }
    default:
      return NOBODY;
  }
}

/** The quote continues the previous speaker's words: nobody else was named since. */
export function continuation(context: ResolveContext, paragraph: number): Resolved {
  const last = context.last;
  if (last === null || last.resolved.speaker === null || paragraph - last.paragraph > 1) return NOBODY;
  // Two people quoted in turn ("…," Ferrer said. "…," Berg replied.): a new paragraph's quote with no attribution may be either's.
  if (last.inTurn === true && paragraph !== last.paragraph) return NOBODY;
  const intervening = candidatesBefore(context).some((mention) => mention.start > last.offset && mention.person !== last.resolved.person);
  if (intervening) return NOBODY;
  // "One member, who asked not to be named, said …", "Sie widersprach": somebody unnamed or of the other gender spoke since.
  if (introducedBetween(context.people, last.offset + 1, context.offset, last.resolved.person?.gender ?? null, context.language)) return NOBODY;
  return { ...last.resolved, confidence: paragraph === last.paragraph ? 0.85 : 0.75 };
}

/** A quote with no attribution at all: the one person the sentence before it is about, if there is exactly one. */
export function subjectBefore(context: ResolveContext, sentenceStart: number): Resolved {
  const candidates = candidatesBefore({ ...context, windowStart: sentenceStart }).filter((mention) => !mention.object);
  const persons = new Set(candidates.map((mention) => mention.person));
  if (persons.size !== 1) return NOBODY;
  const [person] = persons;
  return { speaker: person!.name, confidence: 0.62, person: person! };
}
