import type { LanguageCode, Quote } from '../types.js';
import { tokenize, type QuoteSpan, type Sentence } from '../text/index.js';
import { attributionAfter } from './attribution.js';
import { SPEECH_VERBS } from './lexicon.js';
import type { MentionSource } from './mentions.js';
import { resolveSpeaker } from './resolve.js';
import { parseSpeaker, type SpeakerRef } from './speaker.js';

const MIN_STATEMENT_WORDS = 4;
const MAX_TRAILING_WORDS = 8;
const WORD_LETTERS = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
/** The digest shows one or two; reported speech past the first dozen adds cost, not value. */
const MAX_STATEMENTS = 12;
/** Subject + auxiliary + verb: "Die russische Regierung hat wiederholt gesagt". */
const MAX_LEADING_SUBJECT = 7;
/** Subject and verb of a leading attribution fit in this many characters. */
const LEADING_WINDOW = 90;
const COMPLEMENTISERS = new Set(['that', 'dass', 'que', 'qu']);
const LEADING_SOURCES = new Set(['laut', 'according', 'selon', 'según']);

interface Reported {
  content: string;
  ref: SpeakerRef;
}

/** "…, sagte Peskow." / "…, the ministry said." */
function trailingAttribution(sentence: string, language: LanguageCode): Reported | null {
  const comma = sentence.lastIndexOf(',');
  if (comma <= 0 || !mentionsSpeech(sentence.slice(comma), language)) return null;
  // ", sagte Kremlsprecher Dmitri Peskow am Dienstag" is short; a long tail is the sentence going on ("ont annoncé une trêve lors d’un concert …").
  if (tokenize(sentence.slice(comma)).length > MAX_TRAILING_WORDS) return null;
  const ref = attributionAfter(sentence.slice(comma), language);
  if (ref === null || ref.kind === 'none') return null;
  return { content: sentence.slice(0, comma), ref };
}

/** "Peskov said Russia …" / "Macron a déclaré que …" / "Laut Peskow …" / "Según Sánchez, …". */
function leadingAttribution(sentence: string, language: LanguageCode): Reported | null {
  if (!mentionsSpeech(sentence.slice(0, LEADING_WINDOW), language)) return null;
  // Subject, verb and complementiser are in the first words; the content is sliced from the sentence.
  const tokens = tokenize(sentence.slice(0, LEADING_WINDOW * 2));
  if (tokens.length < 4) return null;
  const first = tokens[0]!;
  if (LEADING_SOURCES.has(first.text)) {
    const commaAt = sentence.indexOf(',');
    const start = first.text === 'according' ? 2 : 1;
    const nameEnd = commaAt > 0 ? tokens.findIndex((token) => token.start > commaAt) : Math.min(tokens.length, start + 3);
    if (nameEnd <= start) return null;
    const ref = parseSpeaker(tokens.slice(start, nameEnd), language, sentence);
    return ref.kind === 'none' ? null : { content: sentence.slice(tokens[nameEnd]?.start ?? sentence.length), ref };
  }
  const verbs = SPEECH_VERBS[language];
  if (verbs === undefined) return null;
  for (let i = 1; i < Math.min(tokens.length, MAX_LEADING_SUBJECT); i += 1) {
    const word = tokens[i]!.text;
    if (word === 'so' || word === 'laut' || word === 'zufolge' || word === 'according' || word === 'selon' || word === 'según' || !verbs.has(word)) continue;
    if (/[,;:]/.test(sentence.slice(tokens[0]!.end, tokens[i]!.start))) return null;
    const ref = parseSpeaker(tokens.slice(0, i), language, sentence);
    if (ref.kind === 'none') return null;
    let contentStart = i + 1;
    // "said on Tuesday that …": the content starts after a nearby complementiser.
    for (let k = i + 1; k < Math.min(tokens.length, i + 6); k += 1) {
      if (/,/.test(sentence.slice(tokens[k - 1]!.end, tokens[k]!.start)) && k > i + 1) break;
      if (COMPLEMENTISERS.has(tokens[k]!.text)) {
        contentStart = k + 1;
        break;
      }
    }
    if (contentStart === i + 1 && /^(?:wiederholt|erneut)$/.test(tokens[contentStart]?.text ?? '')) contentStart += 1;
    return { content: sentence.slice(tokens[contentStart]?.start ?? sentence.length), ref };
  }
  return null;
}

function cleanContent(content: string): string {
  return content
    .trim()
    .replace(/^[,;:\s]+/, '')
    .replace(/[.,;:!?\s]+$/, '');
}

/** A cheap first look: only sentences with a speech verb or source marker are parsed. */
const VERB_PATTERNS = new Map<LanguageCode, RegExp>();

function mentionsSpeech(sentence: string, language: LanguageCode): boolean {
  let pattern = VERB_PATTERNS.get(language);
  if (pattern === undefined) {
    const words = [...(SPEECH_VERBS[language] ?? []), ...LEADING_SOURCES].map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // Explicit letter ranges instead of \\p{L}: this runs on every sentence.
    pattern = new RegExp(`(?:^|[^${WORD_LETTERS}])(?:${words.join('|')})(?![${WORD_LETTERS}])`, 'i');
    VERB_PATTERNS.set(language, pattern);
  }
  return pattern.test(sentence);
}

/** Indirect speech: sentences without quote marks that report what someone said. */
export function extractStatements(text: string, sentences: Sentence[], spans: QuoteSpan[], mentions: MentionSource, language: LanguageCode): Quote[] {
  const statements: Quote[] = [];
  const tokens = tokenize(text);
  const verbs = SPEECH_VERBS[language];
  let spanCursor = 0;
  let tokenCursor = 0;
  for (const sentence of sentences) {
    if (statements.length >= MAX_STATEMENTS) break;
    // The article's tokens (computed once) tell cheaply whether a sentence has a speech word at all.
    while (tokenCursor < tokens.length && tokens[tokenCursor]!.start < sentence.start) tokenCursor += 1;
    let speech = false;
    for (let k = tokenCursor; k < tokens.length && tokens[k]!.start < sentence.end; k += 1) {
      const word = tokens[k]!.text;
      if ((verbs?.has(word) ?? false) || LEADING_SOURCES.has(word)) {
        speech = true;
        break;
      }
    }
    if (!speech) continue;
    while (spanCursor < spans.length && spans[spanCursor]!.end <= sentence.start) spanCursor += 1;
    const span = spans[spanCursor];
    if (span !== undefined && span.start < sentence.end) continue;
    if (sentence.text.endsWith('?')) continue;
    const reported = trailingAttribution(sentence.text, language) ?? leadingAttribution(sentence.text, language);
    if (reported === null) continue;
    const content = cleanContent(reported.content);
    if (tokenize(content).length < MIN_STATEMENT_WORDS) continue;
    const speaker = resolveSpeaker(reported.ref, sentence.start, mentions, language, null);
    if (speaker === null) continue;
    statements.push({ text: content, speaker, kind: 'indirect', score: Math.round((2 - sentence.start / Math.max(1, text.length)) * 1000) / 1000 });
  }
  return statements.sort((a, b) => b.score - a.score);
}
