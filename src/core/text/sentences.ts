import { ABBREVIATIONS, MONTHS } from './abbreviations.js';
import { datelineAt } from './dateline.js';
import { findQuoteSpans, type QuoteSpan } from './quote-marks.js';

export interface Sentence {
  text: string;
  /** Offset of the sentence in the text it was cut from. */
  start: number;
  end: number;
  /** Index of the paragraph (blank-line separated) it belongs to. */
  paragraph: number;
}

const CLOSING_AFTER_STOP = new Set(['"', '“', '”', '’', '«', '»', ')', "'"]);
const OPENING_BEFORE_SENTENCE = new Set(['"', '„', '“', '»', '«', '‚', '‘', '(', "'", '¿', '¡', '–', '—', '-']);

/** A metadata line glued to the text by a converter: "date 2018-03 …". */
const METADATA_PREFIX = /^(?:date|datum|fecha|dated|updated|stand)\s*:?\s*\d{4}(?:-\d{1,2}){0,2}\s+/i;

/** Length of a metadata prefix and a dateline at the start of a paragraph, or 0. */
function openingLength(paragraph: string): number {
  const metadata = METADATA_PREFIX.exec(paragraph.slice(0, 40))?.[0].length ?? 0;
  return datelineAt(paragraph, metadata)?.end ?? metadata;
}

/** Paragraphs are normalised, so a space is the only whitespace inside them. */
function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\u00A0';
}

const LEADING_MARKS = /^[("„“«»‚‘'[]+/;

function wordBefore(text: string, index: number): string {
  let from = index;
  while (from > 0 && !isSpace(text[from - 1]) && index - from < 20) from -= 1;
  const word = text.slice(from, index);
  return (OPENING_BEFORE_SENTENCE.has(word[0] ?? '') || word[0] === '[' ? word.replace(LEADING_MARKS, '') : word).toLowerCase();
}

function wordAfter(text: string, index: number): string {
  let to = index;
  while (to < text.length && !isSpace(text[to]) && !'.,;:!?'.includes(text[to]!) && to - index < 20) to += 1;
  return text.slice(index, to).toLowerCase();
}

function isLetterChar(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** Sentences start with a capital letter or a digit. */
function startsSentence(ch: string): boolean {
  if (ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code >= 48 && code <= 57) return true;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Whether a full stop at `dot` is part of an abbreviation, initial or ordinal instead of a sentence end. */
function isNonTerminalDot(text: string, dot: number, nextStart: number): boolean {
  const before = wordBefore(text, dot);
  if (before === '') return false;
  if (ABBREVIATIONS.has(before)) return true;
  // Initials and dotted acronyms: "John F. Kennedy", "U.S.", "z.B."
  if ((before.length === 1 && isLetterChar(before)) || (before.includes('.') && /^(?:\p{L}\.)+\p{L}$/u.test(before))) return true;
  // German ordinals: "am 20. März", "im 19. Jahrhundert"
  if (/^\d{1,2}$/.test(before)) return MONTHS.has(wordAfter(text, nextStart));
  return false;
}

/** The spans of one paragraph, with offsets relative to it; `cursor` moves forward only, so all paragraphs cost O(spans). */
function spansWithin(spans: readonly QuoteSpan[], cursor: { at: number }, from: number, to: number): QuoteSpan[] {
  const inside: QuoteSpan[] = [];
  while (cursor.at < spans.length && spans[cursor.at]!.start < from) cursor.at += 1;
  while (cursor.at < spans.length && spans[cursor.at]!.start < to) {
    const span = spans[cursor.at]!;
    inside.push({ ...span, start: span.start - from, end: span.end - from });
    cursor.at += 1;
  }
  return inside;
}

function insideSpan(spans: QuoteSpan[], cursor: { at: number }, index: number): boolean {
  while (cursor.at < spans.length && spans[cursor.at]!.end <= index) cursor.at += 1;
  const span = spans[cursor.at];
  return span !== undefined && span.start < index && index < span.end - 1;
}

/** The trimmed text between two cuts, unless blank. (A module function: a closure per paragraph cost more.) */
function pushSentence(text: string, from: number, end: number, offset: number, paragraph: number, into: Sentence[]): void {
  const raw = text.slice(from, end);
  const trimmed = raw.trim();
  if (trimmed !== '') {
    const lead = raw.length - raw.trimStart().length;
    into.push({ text: trimmed, start: offset + from + lead, end: offset + from + lead + trimmed.length, paragraph });
  }
}

/** Sentences of one paragraph, never split inside a quotation. Linear in the paragraph length. */
function splitParagraph(text: string, offset: number, paragraph: number, into: Sentence[], spans: QuoteSpan[]): void {
  const cursor = { at: 0 };
  // Datelines open an article, not every paragraph of it.
  let sentenceStart = paragraph === 0 ? openingLength(text) : 0;
  const stops = /[.!?…]/g;
  stops.lastIndex = sentenceStart;
  for (let found = stops.exec(text); found !== null; found = stops.exec(text)) {
    const i = found.index;
    const ch = text[i]!;
    let end = i + 1;
    while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?' || CLOSING_AFTER_STOP.has(text[end]!))) end += 1;
    if (end < text.length && !isSpace(text[end])) continue;
    let next = end;
    while (next < text.length && isSpace(text[next])) next += 1;
    if (next >= text.length) break;
    let first = next;
    while (first < text.length && OPENING_BEFORE_SENTENCE.has(text[first]!)) first += 1;
    const nextChar = text[first] ?? '';
    if (!startsSentence(nextChar)) continue;
    if (insideSpan(spans, cursor, end - 1)) continue;
    if (ch === '.' && isNonTerminalDot(text, i, first)) continue;
    pushSentence(text, sentenceStart, end, offset, paragraph, into);
    sentenceStart = next;
    stops.lastIndex = end;
  }
  pushSentence(text, sentenceStart, text.length, offset, paragraph, into);
}

export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '');
}

const recentNormalized: { text: string; normalized: string }[] = [];

/** What `\s` matches in a regex. */
export function isWhitespaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * No whitespace that normalising would change: at either end, other than a
 * space or a newline, a space next to whitespace, a lone newline, three
 * newlines. Then the text is already normal (one linear scan, no copies).
 * Same answer as `!/^\s|\s$|[^\S \n]|\s | \s|(?<!\n)\n(?!\n)|\n\n\n/.test(text)`,
 * by charCodeAt: that regex was a measurable part of every analysis.
 */
function isNormalized(text: string): boolean {
  const length = text.length;
  if (length === 0) return true;
  if (isWhitespaceCode(text.charCodeAt(0)) || isWhitespaceCode(text.charCodeAt(length - 1))) return false;
  for (let i = 1; i < length - 1; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 32 && code < 0xa0) continue;
    if (code === 32) {
      if (isWhitespaceCode(text.charCodeAt(i - 1)) || isWhitespaceCode(text.charCodeAt(i + 1))) return false;
    } else if (code === 10) {
      // Newlines come in pairs only: a paragraph break.
      if (text.charCodeAt(i + 1) !== 10 || text.charCodeAt(i + 2) === 10) return false;
      i += 1;
    } else if (isWhitespaceCode(code)) return false;
  }
  return true;
}

/** Paragraphs joined by one blank line, whitespace inside them collapsed: the form every offset refers to. */
export function normalizeParagraphs(text: string): string {
  // The passes of one analysis normalise the same body again: a recent result answers without a scan.
  for (const entry of recentNormalized) if (entry.text === text || entry.normalized === text) return entry.normalized;
  // Text from the HTML converter (and analyzeArticle's own body) is already normal: one linear check, no copies.
  const normalized = !isNormalized(text) ? splitParagraphs(text).join('\n\n') : text;
  recentNormalized.unshift({ text, normalized });
  if (recentNormalized.length > RECENT_LIMIT) recentNormalized.pop();
  return normalized;
}

/** Quotes and summary split the same article; the last few results are kept. */
const RECENT_LIMIT = 4;
const recent: { text: string; sentences: Sentence[] }[] = [];

/**
 * Sentences of a plain text whose paragraphs are separated by blank lines.
 * Offsets refer to the text with paragraphs normalised (see splitParagraphs).
 * The returned array is shared between callers: treat it as read-only.
 */
export function splitSentences(text: string): Sentence[] {
  for (const entry of recent) if (entry.text === text) return entry.sentences;
  const sentences = computeSentences(normalizeParagraphs(text));
  recent.unshift({ text, sentences });
  if (recent.length > RECENT_LIMIT) recent.pop();
  return sentences;
}

/** Sentences of a text whose paragraphs are already normalised, with its quotation spans (see findQuoteSpans). */
export function computeSentences(normalized: string, spans: readonly QuoteSpan[] = findQuoteSpans(normalized)): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphs = normalized === '' ? [] : normalized.split('\n\n');
  let offset = 0;
  const spanCursor = { at: 0 };
  paragraphs.forEach((paragraph, index) => {
    splitParagraph(paragraph, offset, index, sentences, spansWithin(spans, spanCursor, offset, offset + paragraph.length));
    offset += paragraph.length + 2;
  });
  return sentences;
}
