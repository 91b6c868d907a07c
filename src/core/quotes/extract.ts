import type { LanguageCode, Quote } from '../types.js';
import { findQuoteSpans, normalizeParagraphs, splitSentences, tokenize, type QuoteSpan, type Sentence } from '../text/index.js';
import { attributionAfter, attributionBefore, attributionEmbedded, attributionSentence } from './attribution.js';
import { lastMentionBefore, lazyMentions } from './mentions.js';
import { resolveSpeaker as resolve } from './resolve.js';
import { extractStatements } from './statements.js';

/** Quotes shorter than this need a speaker right next to them; shorter unattributed ones are scare quotes. */
const MIN_FREE_QUOTE_WORDS = 5;
const MIN_QUOTE_WORDS = 2;
const MAX_QUOTES = 40;
/** Past this many quotations an input is not an article; stop looking (keeps hostile input linear). */
const MAX_CANDIDATES = 200;

/** Words in front of a short quote that make it a title or a name, not speech. */
const TITLE_CUE =
  /(?:film|buch|book|titled|titel|zeitung|newspaper|magazin|magazine|operation|sogenannte[nmrs]?|so-called|genannt|called|dubbed|named|namens|motto|slogan|hashtag|intitulée?|appelée?|baptisée?|surnommée?|llamad[oa]|denominad[oa]|titulad[oa]|lema|roman|novel|song|lied|album|série|serie|series|show|sendung|journal|periódico|diario|revista|revue|émission|kampagne|campaign|campagne|campaña|word|wort|mot|palabra|term|begriff|terme|término|label|marke|brand|nickname|spitzname|surnom|apodo)\W{0,3}$/iu;

interface Resolution {
  speaker: string | null;
  adjacent: boolean;
}

/** Words as the reader sees them; cheaper than tokenising every quotation. */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 160 || code === 45 || code === 8211 || code === 8212;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      count += 1;
    }
  }
  return count;
}

function isTitleCase(inner: string): boolean {
  const tokens = tokenize(inner);
  return tokens.length > 0 && tokens.length <= 8 && tokens.every((token) => /^[\p{Lu}\p{N}]/u.test(token.raw)) && !/[.!?,]$/.test(inner);
}

function sentenceIndexAt(sentences: Sentence[], offset: number, from: number): number {
  let index = from;
  while (index < sentences.length - 1 && sentences[index]!.end <= offset) index += 1;
  return index;
}

function cleanQuoteText(inner: string): string {
  return inner
    .trim()
    .replace(/[,;:]$/, '')
    .trim();
}

/**
 * Direct quotations with their speakers, best first, and indirect speech as
 * statements. Linear in the text: quote marks are paired in one pass and each
 * quote looks only at its own and neighbouring sentences.
 */
export function extractQuotes(body: string, language: LanguageCode): { quotes: Quote[]; statements: Quote[] } {
  const text = normalizeParagraphs(body);
  const sentences = splitSentences(text);
  const spans = findQuoteSpans(text);
  const mentions = lazyMentions(text, language);
  const found: { text: string; speaker: string | null; adjacent: boolean; position: number }[] = [];
  let lastSpeaker: string | null = null;
  let lastQuoteParagraph = -2;
  let sentenceCursor = 0;
  spans.forEach((span: QuoteSpan, index) => {
    if (found.length >= MAX_CANDIDATES) return;
    const inner = text.slice(span.start + 1, span.end - 1);
    const words = wordCount(inner);
    if (words < MIN_QUOTE_WORDS || sentences.length === 0) return;
    sentenceCursor = sentenceIndexAt(sentences, span.start, sentenceCursor);
    const sentence = sentences[sentenceCursor]!;
    const previousSpan = spans[index - 1];
    const nextSpan = spans[index + 1];
    const beforeStart = previousSpan !== undefined && previousSpan.end > sentence.start ? previousSpan.end : sentence.start;
    const afterEnd = nextSpan !== undefined && nextSpan.start < sentence.end ? nextSpan.start : sentence.end;
    const before = text.slice(Math.min(beforeStart, span.start), span.start);
    const after = text.slice(span.end, Math.max(span.end, afterEnd));
    if (words <= 8 && (TITLE_CUE.test(before) || isTitleCase(inner))) return;
    const resolution = attribute(before, after, span, sentenceCursor, words);
    if (resolution === null) return;
    found.push({ text: cleanQuoteText(inner), speaker: resolution.speaker, adjacent: resolution.adjacent, position: span.start / Math.max(1, text.length) });
    if (resolution.speaker !== null) lastSpeaker = resolution.speaker;
    lastQuoteParagraph = sentence.paragraph;
  });

  function attribute(before: string, after: string, span: QuoteSpan, sentenceIndex: number, words: number): Resolution | null {
    const adjacent = attributionAfter(after, language) ?? attributionBefore(before, language);
    if (adjacent !== null) return { speaker: resolve(adjacent, span.start, mentions, language, lastSpeaker), adjacent: true };
    if (words < MIN_FREE_QUOTE_WORDS) return null;
    const sentence = sentences[sentenceIndex]!;
    const embedded = attributionEmbedded(before, language);
    if (embedded !== null) return { speaker: resolve(embedded, span.start, mentions, language, lastSpeaker), adjacent: false };
    const standalone = before.trim() === '' && /^[\s.!?…]*$/.test(after);
    if (standalone) {
      const next = sentences[sentenceIndex + 1];
      const fromNext = next !== undefined && next.paragraph === sentence.paragraph ? attributionSentence(next.text, language) : null;
      if (fromNext !== null) return { speaker: resolve(fromNext, next!.start, mentions, language, lastSpeaker), adjacent: true };
      const previous = sentences[sentenceIndex - 1];
      const fromPrevious = previous !== undefined && /:$/.test(previous.text) ? attributionBefore(previous.text, language) : null;
      if (fromPrevious !== null) return { speaker: resolve(fromPrevious, previous!.start, mentions, language, lastSpeaker), adjacent: true };
    }
    // A quote continuing the previous speaker's words, in the same or the next paragraph.
    const continues = sentence.paragraph - lastQuoteParagraph <= 1;
    return { speaker: continues ? lastSpeaker : (lastMentionBefore(mentions(), span.start, 'person')?.name ?? null), adjacent: false };
  }

  const unique = new Map<string, Quote>();
  found.forEach((quote, index) => {
    const key = quote.text.toLowerCase();
    if (unique.has(key) || unique.size >= MAX_QUOTES) return;
    const words = wordCount(quote.text);
    const lengthScore = words >= 6 && words <= 45 ? 1 : 0.5;
    const score = 1 + (quote.speaker !== null ? 1 : 0) + (quote.adjacent ? 0.5 : 0) + lengthScore + 0.5 * (1 - quote.position) - index * 0.001;
    unique.set(key, { text: quote.text, speaker: quote.speaker, kind: 'direct', score: Math.round(score * 1000) / 1000 });
  });
  const quotes = [...unique.values()].sort((a, b) => b.score - a.score);
  const statements = extractStatements(text, sentences, spans, mentions, language);
  return { quotes, statements };
}
