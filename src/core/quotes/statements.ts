import type { LanguageCode, Quote } from '../types.js';
import { tokensOf, type Sentence, type TokenTable } from '../text/index.js';
import type { ArticleDocument } from '../document.js';
import { attributionAfter } from './attribution.js';
import { SPEECH_VERBS, isSpeechToken } from './lexicon.js';
import type { People } from './people.js';
import { MIN_SPEAKER_CONFIDENCE, resolveSpeaker } from './resolve.js';
import { parseSpeaker, type SpeakerRef } from './speaker.js';

const MIN_STATEMENT_WORDS = 4;
const MAX_TRAILING_WORDS = 8;
/** The digest shows one or two; reported speech past the first dozen adds cost, not value. */
const MAX_STATEMENTS = 12;
/** Subject + auxiliary + verb: "Die russische Regierung hat wiederholt gesagt". */
const MAX_LEADING_SUBJECT = 7;
/** Subject, verb and complementiser of a leading attribution are within this many words. */
const LEADING_WORDS = 30;
const COMPLEMENTISERS = new Set(['that', 'dass', 'que', 'qu']);
const LEADING_SOURCES = new Set(['laut', 'according', 'selon', 'según']);

interface Reported {
  /** Offset in the body where the reported content starts, and where it ends. */
  from: number;
  to: number;
  ref: SpeakerRef;
}

/** "…, sagte Peskow." / "…, the ministry said." */
function trailingAttribution(text: string, sentence: Sentence, table: TokenTable, from: number, end: number, language: LanguageCode): Reported | null {
  const comma = sentence.text.lastIndexOf(',');
  if (comma <= 0) return null;
  const at = sentence.start + comma;
  let first = from;
  while (first < end && table.starts[first]! <= at) first += 1;
  // ", sagte Kremlsprecher Dmitri Peskow am Dienstag" is short; a long tail is the sentence going on ("ont annoncé une trêve lors d’un concert …").
  if (first === end || end - first > MAX_TRAILING_WORDS) return null;
  const ref = attributionAfter(tokensOf(table, first, end), text, language);
  if (ref === null || ref.kind === 'none') return null;
  return { from: sentence.start, to: at, ref };
}

/** "Peskov said Russia …" / "Macron a déclaré que …" / "Laut Peskow …" / "Según Sánchez, …". */
function leadingAttribution(text: string, sentence: Sentence, table: TokenTable, from: number, end: number, language: LanguageCode): Reported | null {
  if (end - from < 4) return null;
  const tokens = tokensOf(table, from, Math.min(end, from + LEADING_WORDS));
  const first = tokens[0]!;
  if (LEADING_SOURCES.has(first.text)) {
    const commaAt = sentence.text.indexOf(',');
    const start = first.text === 'according' ? 2 : 1;
    const nameEnd = commaAt > 0 ? tokens.findIndex((token) => token.start > sentence.start + commaAt) : Math.min(tokens.length, start + 3);
    if (nameEnd <= start) return null;
    const ref = parseSpeaker(tokens.slice(start, nameEnd), language, text);
    return ref.kind === 'none' ? null : { from: tokens[nameEnd]?.start ?? sentence.end, to: sentence.end, ref };
  }
  const verbs = SPEECH_VERBS[language];
  if (verbs === undefined) return null;
  for (let i = 1; i < Math.min(tokens.length, MAX_LEADING_SUBJECT); i += 1) {
    const word = tokens[i]!.text;
    if (word === 'so' || word === 'laut' || word === 'zufolge' || word === 'according' || word === 'selon' || word === 'según' || !verbs.has(word)) continue;
    if (/[,;:]/.test(text.slice(tokens[0]!.end, tokens[i]!.start))) return null;
    const ref = parseSpeaker(tokens.slice(0, i), language, text);
    if (ref.kind === 'none') return null;
    let contentStart = i + 1;
    // "said on Tuesday that …": the content starts after a nearby complementiser.
    for (let k = i + 1; k < Math.min(tokens.length, i + 6); k += 1) {
      if (/,/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) && k > i + 1) break;
      if (COMPLEMENTISERS.has(tokens[k]!.text)) {
        contentStart = k + 1;
        break;
      }
    }
    if (contentStart === i + 1 && /^(?:wiederholt|erneut)$/.test(tokens[contentStart]?.text ?? '')) contentStart += 1;
    return { from: tokens[contentStart]?.start ?? sentence.end, to: sentence.end, ref };
  }
  return null;
}

function cleanContent(content: string): string {
  return content
    .trim()
    .replace(/^[,;:\s]+/, '')
    .replace(/[.,;:!?\s]+$/, '');
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Indirect speech: sentences without quote marks that report what someone said. */
export function extractStatements(document: ArticleDocument, people: () => People, paragraphs: number[], sentenceOf: (offset: number) => number): Quote[] {
  const { body: text, sentences, spans, language, bodyTokens: table } = document;
  const statements: Quote[] = [];
  const verbs = SPEECH_VERBS[language];
  let spanCursor = 0;
  let tokenCursor = 0;
  for (const sentence of sentences) {
    if (statements.length >= MAX_STATEMENTS) break;
    while (tokenCursor < table.count && table.starts[tokenCursor]! < sentence.start) tokenCursor += 1;
    // Sentences with a quotation and questions report nothing; their words need no look.
    while (spanCursor < spans.length && spans[spanCursor]!.end <= sentence.start) spanCursor += 1;
    const span = spans[spanCursor];
    if (span !== undefined && span.start < sentence.end) continue;
    if (sentence.text.endsWith('?')) continue;
    // The article's tokens tell cheaply whether a sentence has a speech word at all.
    let end = tokenCursor;
    let speech = false;
    for (; end < table.count && table.starts[end]! < sentence.end; end += 1) {
      if (!speech && verbs !== undefined && isSpeechToken(table, end, language, LEADING_SOURCES)) speech = true;
    }
    if (!speech) continue;
    // Token objects only for the clause each reading looks at.
    const reported =
      trailingAttribution(text, sentence, table, tokenCursor, end, language) ?? leadingAttribution(text, sentence, table, tokenCursor, end, language);
    if (reported === null) continue;
    const content = cleanContent(text.slice(reported.from, reported.to));
    if (wordsIn(content) < MIN_STATEMENT_WORDS) continue;
    const paragraph = sentence.paragraph;
    const resolved = resolveSpeaker(reported.ref, {
      people: people(),
      language,
      offset: sentence.start,
      windowStart: paragraphs[Math.max(0, paragraph - 2)] ?? 0,
      last: null,
      sentenceOf,
    });
    if (resolved.speaker === null || resolved.confidence < MIN_SPEAKER_CONFIDENCE) continue;
    statements.push({
      text: content,
      speaker: resolved.speaker,
      kind: 'indirect',
      score: Math.round((2 - sentence.start / Math.max(1, text.length)) * 1000) / 1000,
      language,
      speakerConfidence: resolved.confidence,
    });
  }
  return statements.sort((a, b) => b.score - a.score);
}
