import type { LanguageCode } from '../types.js';
import type { Token } from '../text/index.js';
import { OBJECT_MARKERS, PREPOSITIONS, SOURCE_MARKERS, SPEECH_VERBS } from './lexicon.js';
import { isAnonymityCue, parseSpeaker, type SpeakerRef } from './speaker.js';
import { asksNotToBeNamed } from './anonymity.js';
import { roleOfWord } from './roles.js';
import { PERFECT_AUXILIARIES, PERFECT_PARTICIPLES } from './speech-verbs.js';
import { unlistedDescription } from './described.js';

/**
 * Attribution clauses around a quotation, read on the article's own tokens
 * (absolute offsets into `source`, the article body): the speech verb, then
 * the speaker before it ("Peskow sagte:") or after it (", sagte
 * Kremlsprecher Dmitri Peskow am Dienstag in Moskau").
 */

/** How far from the quote an attribution verb may sit, in words. */
const MAX_VERB_DISTANCE = 14;
export const MAX_NAME_WORDS = 8;
const MAX_WORDS_AFTER_VERB = 9;

/** Languages whose verbs carry the subject: no pronoun is written. */
const PRO_DROP = new Set<LanguageCode>(['es']);

/** Verbs followed by the person spoken to, not the speaker. */
const LISTENER_VERBS = new Set(['told', 'tell', 'tells', 'asked']);

/** Nouns for the quoted words themselves, in apposition to the quote: "a line he repeated", "une phrase qu'il a répétée". */
const WORDS_NOUNS = new Set(['line', 'phrase', 'remark', 'words', 'comment', 'formule', 'phrase', 'frase', 'expresión', 'satz', 'worte', 'formulierung']);

/** First-person subject pronouns: an attribution in the first person names no third person. */
const FIRST_PERSON = new Set(['ich', 'wir', 'i', 'we', 'je', 'j', 'nous', 'yo', 'nosotros']);

/** Spanish auxiliaries of the first person ("siempre lo he dicho", "lo hemos dicho"), which English would read as "he". */
const SPANISH_FIRST_PERSON_AUXILIARIES = new Set(['he', 'hemos', 'había', 'habíamos']);

/** Conjunctions that join a second verb to the clause before the quote. */
const COORDINATORS = new Set(['and', 'und', 'et', 'y', 'e']);

const LEADING_MARKERS = new Set(['laut', 'selon', 'según', 'according', 'zufolge']);
/** Possessives opening the source after a marker: "laut ihren Berechnungen", "according to his figures", "selon ses calculs". */
const SOURCE_POSSESSIVES = new Set([
  'his',
  'her',
  'their',
  'seinen',
  'seiner',
  'seinem',
  'ihren',
  'ihrer',
  'ihrem',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'su',
  'sus',
]);

/** Words after an inverted verb that end the speaker's name: prepositions and time words ("am Dienstag", "in Moskau", "after the talks"). */
const PHRASE_END = new Set([
  'in',
  'at',
  'on',
  'after',
  'before',
  'during',
  'while',
  'when',
  'as',
  'from',
  'to',
  'later',
  'earlier',
  'today',
  'yesterday',
  'tonight',
  'am',
  'im',
  'bei',
  'nach',
  'vor',
  'während',
  'gegenüber',
  'zu',
  'zum',
  'zur',
  'auf',
  'heute',
  'gestern',
  'dem',
  'den',
  'nachdem',
  'à',
  'au',
  'aux',
  'lors',
  'en',
  'dans',
  'après',
  'avant',
  'devant',
  'pendant',
  'sur',
  'ce',
  'mardi',
  'hier',
  'aujourd’hui',
  'ante',
  'tras',
  'durante',
  'este',
  'esta',
  'ayer',
  'hoy',
  'desde',
  'para',
  'sobre',
]);

/**
 * Whether token i is a speech verb: a listed form, or a participle after "haber" opening the words after a quote
 * ("«…», ha declarado X", "«…», han advertido"). Further into a clause the perfect is as often narration around a quoted
 * term ("… ha reiterado su apoyo a la «…»"), which it must not make a quotation.
 */
export function isSpeechVerbAt(tokens: Token[], i: number, language: LanguageCode): boolean {
  const word = tokens[i]!.text;
  if (SPEECH_VERBS[language]?.has(word) === true) return true;
  return i === 1 && PERFECT_PARTICIPLES[language]?.has(word) === true && PERFECT_AUXILIARIES[language]?.has(tokens[i - 1]!.text) === true;
}

export function verbIndex(tokens: Token[], language: LanguageCode, from: number, to: number, step: 1 | -1): number {
  if (SPEECH_VERBS[language] === undefined) return -1;
  for (let i = step === 1 ? from : to - 1; step === 1 ? i < to : i >= from; i += step) {
    if (tokens[i]!.text === 'so' && i !== 0) continue;
    if (isSpeechVerbAt(tokens, i, language)) return i;
  }
  return -1;
}

export function commaBetween(source: string, tokens: Token[], from: number, to: number): number {
  for (let i = from; i < to - 1; i += 1) {
    const gap = source.slice(tokens[i]!.end, tokens[i + 1]!.start);
    if (/[,;:()–—]/.test(gap)) return i + 1;
  }
  return to;
}

/** End of the words naming the speaker after an inverted verb: before a comma, a preposition or a time word. */
function phraseEnd(source: string, tokens: Token[], from: number, limit: number): number {
  const comma = commaBetween(source, tokens, from, limit);
  // The first word may be a preposition-like article of the phrase itself; later ones end it ("sagte Urban dem Sender").
  for (let i = from + 1; i < comma; i += 1) if (PHRASE_END.has(tokens[i]!.text)) return i;
  return comma;
}

export function speakerAround(source: string, tokens: Token[], verb: number, from: number, language: LanguageCode): SpeakerRef {
  const ref = namedAround(source, tokens, verb, from, language);
  // "said one shipbroker, speaking on condition of anonymity": an unnamed source who asked not to be named is no speaker.
  // "who asked not to be named", "qui a requis l'anonymat", "que pidió no ser citado": the same, said in words.
  if (
    ref.kind !== 'person' &&
    ref.kind !== 'surname' &&
    ref.kind !== 'none' &&
    (tokens.slice(from).some(isAnonymityCue) || asksNotToBeNamed(tokens.slice(from)))
  )
    return { kind: 'nobody' };
  // "ein Sprecher eines der Discounter", "a spokesman for one of the retailers", "un portavoz de una de las cadenas": the
  // office of one member of a group nobody named speaks for no one the reader can tell.
  if ((ref.kind === 'unnamed' || ref.kind === 'description') && oneOfWithin(tokens, from, Math.min(tokens.length, verb + 1 + MAX_WORDS_AFTER_VERB)))
    return { kind: 'nobody' };
  return ref;
}

function oneOfWithin(tokens: Token[], from: number, to: number): boolean {
  for (let at = from; at < to; at += 1) if (oneOfAt(tokens, at)) return true;
  return false;
}

/** Relative pronouns that open a clause about the name before them: "He Lifeng, who said …", "Peskow, der sagte …". */
const RELATIVE_PRONOUNS = new Set(['who', 'der', 'die', 'qui', 'quien', 'quienes']);

/** "X, who said in a statement carried by Xinhua that …": the relative clause's antecedent, the words before its comma. */
function antecedent(source: string, tokens: Token[], from: number, language: LanguageCode): SpeakerRef | null {
  if (from === 0 || !RELATIVE_PRONOUNS.has(tokens[from]!.text) || !source.slice(tokens[from - 1]!.end, tokens[from]!.start).includes(',')) return null;
  const start = clauseStart(source, tokens, from - 1, from, /[,;:.!?()]/);
  const ref = parseSpeaker(tokens.slice(start, from), language, source);
  return ref.kind === 'person' || ref.kind === 'surname' || ref.kind === 'role' || ref.kind === 'description' ? ref : null;
}

/** "one of them", "uno de ellos", "l'un d'eux", "l'un des rescapés", "einer der Retter": somebody of a group, unnamed. */
const ONE_OF = /^(?:one|uno|una|einer|eine|eines|l['’]un|l['’]une|un|une)$/;
const OF_THEM = /^(?:of|de|d['’]eux|d['’]elles|d['’]entre|des|von|unter|der)$/;

function oneOfAt(tokens: Token[], at: number): boolean {
  return ONE_OF.test(tokens[at]?.text ?? '') && OF_THEM.test(tokens[at + 1]?.text ?? '');
}

/** Subject pronouns that follow the verb when another word opens the sentence (German, and "said he"). */
const SUBJECT_PRONOUNS: Record<string, 'm' | 'f'> = { er: 'm', sie: 'f', he: 'm', she: 'f' };

function namedAround(source: string, tokens: Token[], verb: number, from: number, language: LanguageCode): SpeakerRef {
  // "«…», protestó uno de ellos", "one of them said": a member of a group nobody named.
  if (oneOfAt(tokens, from) || oneOfAt(tokens, verb + 1)) return { kind: 'nobody' };
  // "He Lifeng, who said …": the speaker is the name the relative clause hangs on, not a name after the verb.
  // German puts the verb last: "Karl Voss, der im Gespräch mit dem Sender … sagte".
  if (verb - from <= (language === 'de' ? MAX_NAME_WORDS + 4 : 3)) {
    const named = antecedent(source, tokens, from, language);
    if (named !== null) return named;
  }
  // "Senator Mark Warner, chairman of the committee, said": the subject is the part before the first comma.
  const subjectEnd = commaBetween(source, tokens, from, verb);
  const before = parseSpeaker(tokens.slice(from, subjectEnd), language, source);
  // "The head of the delegation, Marshall Billingslea, said": the name in apposition beats the description.
  if ((before.kind === 'description' || before.kind === 'role') && subjectEnd < verb) {
    const named = parseSpeaker(tokens.slice(subjectEnd, commaBetween(source, tokens, subjectEnd, verb)), language, source);
    if (named.kind === 'person') return named;
  }
  // "Zugleich warnte er", "Dann sagte sie": a lone word in front of the verb, the subject pronoun right after it.
  const inverted = SUBJECT_PRONOUNS[tokens[verb + 1]?.text ?? ''];
  if (before.kind === 'surname' && verb - from === 1 && inverted !== undefined) return { kind: 'pronoun', gender: inverted };
  if (before.kind !== 'none') return before;
  // "…," the paediatrician said: a description no role list knows, before the verb.
  const describedBefore = verb > from && subjectEnd === verb ? unlistedDescription(tokens, from, verb, language) : null;
  if (describedBefore !== null) return { kind: 'described', gender: describedBefore.gender, orPronoun: PRO_DROP.has(language) };
  // "X told a talk show host": whoever follows "told" is the listener.
  if (LISTENER_VERBS.has(tokens[verb]!.text)) return before;
  // Inverted order names the speaker right after the verb ("sagte Kremlsprecher Dmitri Peskow", "a déclaré le ministre Gérald Darmanin").
  const limit = Math.min(tokens.length, verb + 1 + MAX_WORDS_AFTER_VERB);
  const end = phraseEnd(source, tokens, verb + 1, limit);
  let after = parseSpeaker(tokens.slice(verb + 1, end), language, source);
  // "dijo a Juan Pérez", "said to Jane Doe", "sagte gegenüber Max Muster": a name a preposition governs is who was spoken
  // to; the speaker is named after it ("dijo a EFE el ministro X") or is the subject before the verb.
  const heard = after.kind === 'person' || after.kind === 'surname' ? after.name : null;
  const listener = heard === null ? -1 : governedAt(tokens, verb + 1, end, heard, language);
  if (heard !== null && listener >= 0) {
    // ", alcalde de la ciudad": an apposition after a comma describes the listener.
    const restFrom = listener + heard.split(' ').length;
    const none: SpeakerRef = { kind: 'none' };
    const rest = restFrom < limit && !gapBefore(source, tokens, restFrom).includes(',') ? parseSpeaker(tokens.slice(restFrom, limit), language, source) : none;
    if (rest.kind === 'person' || rest.kind === 'surname' || rest.kind === 'description' || rest.kind === 'role') return rest;
    after = { kind: 'none' };
  }
  // "said the head of the mission, Tana de Zulueta": a description, then the name after a comma.
  const comma = commaBetween(source, tokens, verb + 1, limit);
  // A description may run past the words a name is looked for in ("escribió en la red social X el portavoz del Gobierno
  // talibán, Zabihullah Mujahid"): its apposition follows the next comma.
  const appositionAt = commaBetween(source, tokens, verb + 1, Math.min(tokens.length, limit + 4));
  const described = after.kind === 'description' || after.kind === 'role';
  // "a écrit sur Telegram le commandant en chef des forces armées, Oleksandr Syrsky": a place or medium before the
  // description pushes it past the words looked at; a role word among them still opens the description.
  const roleBefore =
    (after.kind === 'none' || described) &&
    appositionAt < tokens.length &&
    gapBefore(source, tokens, appositionAt).includes(',') &&
    tokens.slice(verb + 1, appositionAt).some((token, k) => roleOfWord(token.text, language) !== null || hyphenRoleAt(source, tokens, verb + 1 + k, language));
  if (after.kind !== 'person' && after.kind !== 'surname' && ((comma === end && (comma < limit || described)) || roleBefore) && appositionAt < tokens.length) {
    const appositionEnd = commaBetween(source, tokens, appositionAt, Math.min(tokens.length, appositionAt + 5));
    const named = parseSpeaker(tokens.slice(appositionAt, appositionEnd), language, source);
    if (named.kind === 'person') return named;
  }
  if (after.kind === 'none') {
    // "hieß es in der Mitteilung des Kremls", "it said in a statement", "hieß es in Washington": the source is further on.
    const wide = parseSpeaker(tokens.slice(verb, limit), language, source);
    if (wide.kind === 'anonymous' || wide.kind === 'capital' || wide.kind === 'institution') return wide;
    // "dijo a EFE desde Madrid Félix Maradiaga": a full name further on is the subject, unless it is governed ("con Pedro Sánchez").
    if (wide.kind === 'person' && !governed(tokens, verb, limit, wide.name, language)) return wide;
  }
  // "the surgeon said", "sagte der Unternehmer", "a affirmé l'élue": a description no role list knows.
  if (after.kind === 'none') {
    const described = unlistedDescription(tokens, verb + 1, end, language);
    if (described !== null) return { kind: 'described', gender: described.gender, orPronoun: PRO_DROP.has(language) };
  }
  // Spanish drops the subject pronoun: "«…», señaló en su conferencia" is the person last named.
  if (after.kind === 'none' && PRO_DROP.has(language)) return { kind: 'pronoun', gender: null };
  return after;
}

/** "porte-parole", "vice-président": a role word the tokens split at its hyphen, starting at token k. */
function hyphenRoleAt(source: string, tokens: Token[], k: number, language: LanguageCode): boolean {
  const next = tokens[k + 1];
  return next !== undefined && source.slice(tokens[k]!.end, next.start) === '-' && roleOfWord(`${tokens[k]!.text}-${next.text}`, language) !== null;
}

/** Whether the name's first word, within tokens [from, to), follows a preposition or verb that makes it an object. */
function governed(tokens: Token[], from: number, to: number, name: string, language: LanguageCode): boolean {
  const first = name.split(' ')[0]!;
  for (let i = from + 1; i < to; i += 1) if (tokens[i]!.raw === first) return governs(tokens[i - 1]!.text, language);
  return true;
}

/** Whether a word before a name makes it an object: "met", "con", "told", or a preposition that names no source ("a", "to", "gegenüber"). */
function governs(word: string, language: LanguageCode): boolean {
  return OBJECT_MARKERS.has(word) || LISTENER_VERBS.has(word) || (PREPOSITIONS[language]?.has(word) === true && !SOURCE_MARKERS.has(word));
}

/** Token index of the name's first word, within tokens [from, to), when a preposition governs it; -1 when none does. */
function governedAt(tokens: Token[], from: number, to: number, name: string, language: LanguageCode): number {
  const first = name.split(' ')[0]!;
  for (let i = Math.max(from, 1); i < to; i += 1) if (tokens[i]!.raw === first) return governs(tokens[i - 1]!.text, language) ? i : -1;
  return -1;
}

/** The text between token `at` and the one before it (empty at the end of the tokens). */
const gapBefore = (source: string, tokens: Token[], at: number): string => source.slice(tokens[at - 1]!.end, tokens[at]?.start ?? tokens[at - 1]!.end);

/** Where the words before `from` start: back to punctuation matching `stop`, at most MAX_NAME_WORDS before `end`. */
function clauseStart(source: string, tokens: Token[], from: number, end: number, stop: RegExp): number {
  let at = from;
  while (at > 0 && end - at < MAX_NAME_WORDS && !stop.test(gapBefore(source, tokens, at))) at -= 1;
  return at;
}

/** The person named between the two commas before `verb` ("…, Anna Berg, sagte"), or null. */
export function appositionBefore(source: string, tokens: Token[], verb: number, language: LanguageCode): SpeakerRef | null {
  const from = clauseStart(source, tokens, verb - 1, verb, /[,;:.!?()]/);
  if (from === 0 || !gapBefore(source, tokens, from).includes(',')) return null;
  const named = parseSpeaker(tokens.slice(from, verb), language, source);
  return named.kind === 'person' ? named : null;
}

/**
 * The subject that opens the words before a quote: "Trade Minister Clara Nunes called …", "Iran's spokesman, Esmaeil
 * Baghaei, condemned …" (the name in apposition beats the description). Null when it names nobody.
 */
function leadingSubject(source: string, tokens: Token[], language: LanguageCode): SpeakerRef | null {
  if (tokens.length === 0) return null;
  const end = commaBetween(source, tokens, 0, Math.min(tokens.length, MAX_NAME_WORDS));
  let ref = parseSpeaker(tokens.slice(0, end), language, source);
  if (ref.kind !== 'person' && ref.kind !== 'surname' && end < tokens.length) {
    const named = parseSpeaker(tokens.slice(end, commaBetween(source, tokens, end, Math.min(tokens.length, end + 5))), language, source);
    if (named.kind === 'person') ref = named;
  }
  return ref.kind === 'person' || ref.kind === 'surname' || ref.kind === 'description' || ref.kind === 'institution' ? ref : null;
}

/** Words that may stand between the subject's apposition and the speech verb: auxiliaries and adverbs ("has", "a", "hat", "ha", "also"). */
const AUXILIARIES = new Set(['has', 'had', 'have', 'also', 'then', 'hat', 'hatte', 'a', 'avait', 'ha', 'había', 'habría', 'aussi', 'también', 'auch']);

/** The name opening the sentence, before its first comma, when only auxiliaries stand between the last comma and the verb. */
export function sentenceSubject(source: string, tokens: Token[], from: number, language: LanguageCode): SpeakerRef | null {
  for (let k = from; k < tokens.length; k += 1) {
    if (isSpeechVerbAt(tokens, k, language)) break;
    if (!AUXILIARIES.has(tokens[k]!.text)) return null;
  }
  const end = commaBetween(source, tokens, 0, from);
  if (end >= from || end > MAX_NAME_WORDS) return null;
  const named = parseSpeaker(tokens.slice(0, end), language, source);
  // "La présidente de la province Sud, Sonia Backès, a jugé": the name in apposition beats the description's last word.
  if (named.kind !== 'person') {
    const apposition = parseSpeaker(tokens.slice(end, commaBetween(source, tokens, end, from)), language, source);
    if (apposition.kind === 'person') return apposition;
  }
  return named.kind === 'person' || named.kind === 'surname' ? named : null;
}

/**
 * Attribution in the words right after a quote: ", sagte Peskow", "," he said",
 * ", a déclaré Macron". Null when there is no speech verb; a 'none' speaker
 * when there is one but nobody is named ("the Democratic incumbent said").
 */
export function attributionAfter(tokens: Token[], source: string, language: LanguageCode, lead: Token[] = []): SpeakerRef | null {
  if (tokens.length === 0) return null;
  let verb = verbIndex(tokens, language, 0, Math.min(tokens.length, MAX_VERB_DISTANCE), 1);
  // "in a statement read on state television": a participle after "a" + noun describes the noun; the clause's verb comes later.
  // ""…," a statement said.": a verb that ends the clause is the clause's own.
  if (
    verb >= 2 &&
    (tokens[verb - 2]!.text === 'a' || tokens[verb - 2]!.text === 'an') &&
    language === 'en' &&
    !(verb === tokens.length - 1 && /^[\s.!?]*$/.test(source.slice(tokens[verb]!.end, tokens[verb]!.end + 2)))
  )
    verb = verbIndex(tokens, language, verb + 1, Math.min(tokens.length, MAX_VERB_DISTANCE), 1);
  if (verb < 0) return null;
  // "… "…" in a statement, and said Venezuela would …": a verb joined by "and" shares the subject before the quote.
  // "„…“, das habe ich dem Bundeskanzler gesagt": the speaker speaks of themself; whoever else is named was spoken to.
  if (tokens.slice(0, verb + 3).some((token) => FIRST_PERSON.has(token.text) || (language === 'es' && SPANISH_FIRST_PERSON_AUXILIARIES.has(token.text))))
    return null;
  if (verb > 0 && COORDINATORS.has(tokens[verb - 1]!.text)) return leadingSubject(source, lead, language) ?? { kind: 'none' };
  // "…," a line he repeated on Wednesday", "une formule qu'il a répétée": the words are the object, the subject follows them.
  const from = verb > 2 && WORDS_NOUNS.has(tokens[1]!.text) ? 2 : 0;
  return speakerAround(source, tokens, verb, from, language);
}

/** Attribution in the words before a quote: "Peskow sagte: „…“", "Selon Macron, « … »". `endsWithColon` for "…: „". */
export function attributionBefore(tokens: Token[], source: string, language: LanguageCode, lead: string): SpeakerRef | null {
  if (tokens.length === 0) return null;
  const last = tokens[tokens.length - 1]!;
  const endsWithColon = /[:,]\s*$/.test(lead);
  const endsWithThat = /^(?:that|dass|que)$/.test(last.text);
  if (!endsWithColon && !endsWithThat) return null;
  const verb = verbIndex(tokens, language, Math.max(0, tokens.length - 12), tokens.length, -1);
  // "Según el análisis del organismo, «…»": a source marker listed among the verbs is read as a marker, below.
  if (verb >= 0 && !LEADING_MARKERS.has(tokens[verb]!.text)) {
    const from = clauseStart(source, tokens, verb, verb, /[,;:.!?]/);
    const ref = speakerAround(source, tokens, verb, from, language);
    if (ref.kind !== 'none') return ref;
    // "Die Sprecherin der Initiative, Anna Berg, sagte am Rande: „…“": the name is an apposition closed by the comma before the verb.
    if (from === verb && verb > 0) {
      const named = appositionBefore(source, tokens, verb, language);
      if (named !== null) return named;
    }
    // "Ciaran Martin, the centre's founding chief executive, has argued that …", "El senador Iván Cepeda, candidato …, advirtió que":
    // the subject opens the sentence, an apposition between commas separates it from its verb.
    if (from > 0 && gapBefore(source, tokens, from).includes(',')) {
      const named = sentenceSubject(source, tokens, from, language);
      if (named !== null) return named;
    }
  }
  const marker = tokens.findIndex((token) => LEADING_MARKERS.has(token.text));
  if (marker >= 0) {
    const ref = parseSpeaker(tokens.slice(marker + 1, Math.min(tokens.length, marker + 1 + MAX_NAME_WORDS)), language, source);
    // "Según el análisis preliminar del organismo, «…»", "According to the report, "…"": the words are the source's, one
    // these words do not name; they are not the previous speaker's going on.
    const first = marker + 1 + (tokens[marker + 1]?.text === 'to' ? 1 : 0);
    // "Según sus cálculos", "selon ses estimations", "according to her figures": the source is the person named before.
    if (ref.kind === 'none' && SOURCE_POSSESSIVES.has(tokens[first]?.text ?? '')) return { kind: 'pronoun', gender: null };
    if (ref.kind === 'none' && tokens[marker]!.text !== 'zufolge' && first < tokens.length) return { kind: 'nobody' };
    return ref.kind === 'none' ? null : ref;
  }
  // "Asked about peace, Sybiha was clear: "…"": no speech verb, but the clause before the colon is the speaker's.
  if (/:\s*$/.test(lead)) {
    const from = clauseStart(source, tokens, tokens.length, tokens.length, /[,;.!?]/);
    const ref = parseSpeaker(tokens.slice(from), language, source);
    // "Die Kommissarin Marta Kos hatte bei ihrem letzten Besuch Klartext gesprochen: “…”": a long clause opens with its subject;
    // a lone capitalised word further on ("Besuch") is no name beside it.
    if (ref.kind !== 'person' && from > 0 && commaBetween(source, tokens, 0, tokens.length) === tokens.length) {
      const subject = parseSpeaker(tokens.slice(0, Math.min(from, MAX_NAME_WORDS)), language, source);
      if (subject.kind === 'person') return subject;
    }
    // "Dann wurde er grundsätzlich: „…“": a pronoun subject points back at the person last named.
    if (ref.kind === 'person' || ref.kind === 'surname' || ref.kind === 'pronoun') return ref;
  }
  return null;
}
