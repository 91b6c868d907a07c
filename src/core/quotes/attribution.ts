import type { LanguageCode } from '../types.js';
import { tokenize, type Token } from '../text/index.js';
import { SPEECH_VERBS } from './lexicon.js';
import { parseSpeaker, type SpeakerRef } from './speaker.js';

/** How far from the quote an attribution verb may sit, in words. */
const MAX_VERB_DISTANCE = 14;
const MAX_NAME_WORDS = 8;
/** Characters of an attribution clause worth reading next to a quote. */
const CLAUSE_WINDOW = 240;
const MAX_WORDS_AFTER_VERB = 8;

/** Languages whose verbs carry the subject: no pronoun is written. */
const PRO_DROP = new Set<LanguageCode>(['es']);

/** Verbs followed by the person spoken to, not the speaker. */
const LISTENER_VERBS = new Set(['told', 'tell', 'tells', 'asked']);

/** Openers of a sentence that points back at the quote before it. */
const DEMONSTRATIVES = new Set(['das', 'dies', 'so', 'that', 'this', 'thus', 'c’est', 'ce', 'así', 'eso', 'esto', 'ainsi']);

const LEADING_MARKERS = new Set(['laut', 'selon', 'según', 'according', 'zufolge']);

function verbIndex(tokens: Token[], language: LanguageCode, from: number, to: number, step: 1 | -1): number {
  const verbs = SPEECH_VERBS[language];
  if (verbs === undefined) return -1;
  for (let i = step === 1 ? from : to - 1; step === 1 ? i < to : i >= from; i += step) {
    const word = tokens[i]!.text;
    if (word === 'so' && i !== 0) continue;
    if (verbs.has(word)) return i;
  }
  return -1;
}

function commaBetween(text: string, tokens: Token[], from: number, to: number): number {
  for (let i = from; i < to - 1; i += 1) {
    const gap = text.slice(tokens[i]!.end, tokens[i + 1]!.start);
    if (/[,;:()–—]/.test(gap)) return i + 1;
  }
  return to;
}

function speakerAround(text: string, tokens: Token[], verb: number, from: number, language: LanguageCode): SpeakerRef {
  // "Senator Mark Warner, chairman of the committee, said": the subject is the part before the first comma.
  const subjectEnd = commaBetween(text, tokens, from, verb);
  const before = parseSpeaker(tokens.slice(from, subjectEnd), language, text);
  // "The head of the delegation, Marshall Billingslea, said": the name in apposition beats the description.
  if (before.kind === 'description' && subjectEnd < verb) {
    const named = parseSpeaker(tokens.slice(subjectEnd, commaBetween(text, tokens, subjectEnd, verb)), language, text);
    if (named.kind === 'person') return named;
  }
  if (before.kind !== 'none') return before;
  // "X told a talk show host": whoever follows "told" is the listener.
  if (LISTENER_VERBS.has(tokens[verb]!.text)) return before;
  // Inverted order names the speaker right after the verb ("sagte Kremlsprecher Dmitri Peskow", "a déclaré le ministre Gérald Darmanin").
  const limit = Math.min(tokens.length, verb + 1 + MAX_WORDS_AFTER_VERB);
  const end = commaBetween(text, tokens, verb + 1, limit);
  const after = parseSpeaker(tokens.slice(verb + 1, end), language, text);
  // "said the head of the mission, Tana de Zulueta": a description, then the name after a comma.
  if (after.kind !== 'person' && end < limit) {
    const appositionEnd = commaBetween(text, tokens, end, Math.min(tokens.length, end + 5));
    const named = parseSpeaker(tokens.slice(end, appositionEnd), language, text);
    if (named.kind === 'person') return named;
  }
  // Spanish drops the subject pronoun: "«…», señaló en su conferencia" is the person last named.
  if (after.kind === 'none' && PRO_DROP.has(language)) return { kind: 'pronoun' };
  return after;
}

/**
 * Attribution in the words right after a quote: ", sagte Peskow", "," he said",
 * ", a déclaré Macron". Null when there is no speech verb; a 'none' speaker
 * when there is one but nobody is named ("the Democratic incumbent said").
 */
export function attributionAfter(fullClause: string, language: LanguageCode): SpeakerRef | null {
  if (!/^[\s,;:–—-]*[\p{L}(]/u.test(fullClause)) return null;
  // Verb and name sit within the first few words; the rest of a long sentence is never read.
  const clause = fullClause.slice(0, CLAUSE_WINDOW);
  const tokens = tokenize(clause);
  const verb = verbIndex(tokens, language, 0, Math.min(tokens.length, MAX_VERB_DISTANCE), 1);
  if (verb < 0) return null;
  return speakerAround(clause, tokens, verb, 0, language);
}

/** Attribution in the words before a quote: "Peskow sagte: „…“", "Selon Macron, « … »". */
export function attributionBefore(clause: string, language: LanguageCode): SpeakerRef | null {
  const trimmed = clause.slice(-CLAUSE_WINDOW).trimEnd();
  if (trimmed === '') return null;
  const tokens = tokenize(trimmed);
  if (tokens.length === 0) return null;
  const last = tokens[tokens.length - 1]!;
  const endsWithColon = /[:,]$/.test(trimmed);
  const endsWithThat = /^(?:that|dass|que)$/.test(last.text);
  if (!endsWithColon && !endsWithThat) return null;
  const verb = verbIndex(tokens, language, Math.max(0, tokens.length - 12), tokens.length, -1);
  if (verb >= 0) {
    let from = verb;
    while (from > 0 && verb - from < MAX_NAME_WORDS && !/[,;:.!?]/.test(trimmed.slice(tokens[from - 1]!.end, tokens[from]!.start))) from -= 1;
    const ref = speakerAround(trimmed, tokens, verb, from, language);
    return ref.kind === 'none' ? null : ref;
  }
  const marker = tokens.findIndex((token) => LEADING_MARKERS.has(token.text));
  if (marker >= 0) {
    const ref = parseSpeaker(tokens.slice(marker + 1, Math.min(tokens.length, marker + 1 + MAX_NAME_WORDS)), language, trimmed);
    return ref.kind === 'none' ? null : ref;
  }
  return null;
}

/** A short sentence that only says who spoke: "Das sagte Peskow am Montag." / "That was the verdict of Smith." */
export function attributionSentence(sentence: string, language: LanguageCode): SpeakerRef | null {
  const tokens = tokenize(sentence);
  if (tokens.length === 0 || tokens.length > 14) return null;
  if (tokens.length > 8 && !DEMONSTRATIVES.has(tokens[0]!.text)) return null;
  const verb = verbIndex(tokens, language, 0, Math.min(tokens.length, 5), 1);
  if (verb < 0) return null;
  const ref = speakerAround(sentence, tokens, verb, 0, language);
  return ref.kind === 'none' ? null : ref;
}

/** Verbs that embed a partial quote in the speaker's own sentence: "Modi described it as "…"", "sprach von „…“". */
const EMBEDDING_VERBS = new Set([
  'described',
  'called',
  'calls',
  'branded',
  'dubbed',
  'nannte',
  'bezeichnete',
  'sprach',
  'qualifié',
  'qualifiée',
  'décrit',
  'calificó',
  'describió',
  'tildó',
  'definió',
]);

/** Attribution of a partial quote from a verb earlier in the same sentence. */
export function attributionEmbedded(clause: string, language: LanguageCode): SpeakerRef | null {
  const tokens = tokenize(clause);
  const verbs = SPEECH_VERBS[language];
  for (let i = tokens.length - 1; i >= 0; i -= 1) {
    const word = tokens[i]!.text;
    if (!EMBEDDING_VERBS.has(word) && !(verbs?.has(word) && word !== 'so')) continue;
    let from = i;
    while (from > 0 && i - from < MAX_NAME_WORDS && !/[,;:.!?]/.test(clause.slice(tokens[from - 1]!.end, tokens[from]!.start))) from -= 1;
    const ref = speakerAround(clause, tokens, i, from, language);
    return ref.kind === 'none' ? null : ref;
  }
  return null;
}
