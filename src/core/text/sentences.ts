import { ABBREVIATIONS, MONTHS } from './abbreviations.js';
import { findQuoteSpans, type QuoteSpan } from './quote-marks.js';

export interface Sentence {
  text: string;
  /** Offset of the sentence in the text it was cut from. */
  start: number;
  end: number;
  /** Index of the paragraph (blank-line separated) it belongs to. */
  paragraph: number;
}

const CLOSING_AFTER_STOP = new Set(['"', '“', '”', '’', '«', '»', ')', '\'']);
const OPENING_BEFORE_SENTENCE = new Set(['"', '„', '“', '»', '«', '‚', '‘', '(', '\'', '¿', '¡', '–', '—', '-']);

/** A capital place name list at the start of a paragraph, ending in a dash: "Moskau, Washington – ". */
const DATELINE = /^\p{Lu}[\p{L}.'’-]{1,30}(?:[ /]\p{Lu}[\p{L}.'’-]{1,30}){0,2}(?:,\s?\p{Lu}[\p{L}.'’-]{1,30}(?:[ /]\p{Lu}[\p{L}.'’-]{1,30}){0,2}){0,3}(?:\s?\([^()\n]{1,40}\))?(?:,\s?\d{1,2}\.?\s?\p{L}{3,9}\.?)?\s?[–—-]{1,2}\s/u;
/** The same dateline glued to the first word when the dash was lost in conversion: "Moskau, WashingtonDer …". */
const GLUED_DATELINE = /^\p{Lu}\p{Ll}{1,30}(?:,\s?\p{Lu}\p{Ll}{1,30}){1,3}(?=(?:Der|Die|Das|Ein|Eine|The|A|An|Le|La|Les|Un|Une|El|Los|Las)\s)/u;

/** A metadata line glued to the text by a converter: "date 2018-03 …". */
const METADATA_PREFIX = /^(?:date|datum|fecha|dated|updated|stand)\s*:?\s*\d{4}(?:-\d{1,2}){0,2}\s+/i;

/** Length of a dateline or metadata prefix at the start of a paragraph, or 0. */
export function datelineLength(paragraph: string): number {
  const head = paragraph.slice(0, 160);
  const metadata = METADATA_PREFIX.exec(head);
  if (metadata !== null) return metadata[0].length;
  const match = DATELINE.exec(head) ?? GLUED_DATELINE.exec(head);
  return match === null ? 0 : match[0].length;
}

function wordBefore(text: string, index: number): string {
  let from = index;
  while (from > 0 && !/\s/.test(text[from - 1]!) && index - from < 20) from -= 1;
  return text.slice(from, index).replace(/^[("„“«»‚‘'[]+/, '').toLowerCase();
}

function wordAfter(text: string, index: number): string {
  let to = index;
  while (to < text.length && !/[\s.,;:!?]/.test(text[to]!) && to - index < 20) to += 1;
  return text.slice(index, to).toLowerCase();
}

/** Whether a full stop at `dot` is part of an abbreviation, initial or ordinal instead of a sentence end. */
function isNonTerminalDot(text: string, dot: number, nextStart: number): boolean {
  const before = wordBefore(text, dot);
  if (before === '') return false;
  if (ABBREVIATIONS.has(before)) return true;
  // Initials and dotted acronyms: "John F. Kennedy", "U.S.", "z.B."
  if (/^\p{L}$/u.test(before) || /^(?:\p{L}\.)+\p{L}$/u.test(before)) return true;
  // German ordinals: "am 20. März", "im 19. Jahrhundert"
  if (/^\d{1,2}$/.test(before)) return MONTHS.has(wordAfter(text, nextStart));
  return false;
}

function insideSpan(spans: QuoteSpan[], cursor: { at: number }, index: number): boolean {
  while (cursor.at < spans.length && spans[cursor.at]!.end <= index) cursor.at += 1;
  const span = spans[cursor.at];
  return span !== undefined && span.start < index && index < span.end - 1;
}

/** Sentences of one paragraph, never split inside a quotation. Linear in the paragraph length. */
function splitParagraph(text: string, offset: number, paragraph: number, into: Sentence[]): void {
  const spans = findQuoteSpans(text);
  const cursor = { at: 0 };
  let sentenceStart = datelineLength(text);
  const push = (end: number): void => {
    const raw = text.slice(sentenceStart, end);
    const trimmed = raw.trim();
    if (trimmed !== '') {
      const lead = raw.length - raw.trimStart().length;
      into.push({ text: trimmed, start: offset + sentenceStart + lead, end: offset + sentenceStart + lead + trimmed.length, paragraph });
    }
  };
  for (let i = sentenceStart; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let end = i + 1;
    while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?' || CLOSING_AFTER_STOP.has(text[end]!))) end += 1;
    if (end < text.length && !/\s/.test(text[end]!)) continue;
    let next = end;
    while (next < text.length && /\s/.test(text[next]!)) next += 1;
    if (next >= text.length) break;
    let first = next;
    while (first < text.length && OPENING_BEFORE_SENTENCE.has(text[first]!)) first += 1;
    const nextChar = text[first] ?? '';
    if (!/[\p{Lu}\p{N}]/u.test(nextChar)) continue;
    if (insideSpan(spans, cursor, end - 1)) continue;
    if (ch === '.' && isNonTerminalDot(text, i, first)) continue;
    push(end);
    sentenceStart = next;
    i = end - 1;
  }
  push(text.length);
}

export function splitParagraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((part) => part.replace(/\s+/g, ' ').trim()).filter((part) => part !== '');
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
  const sentences = computeSentences(text);
  recent.unshift({ text, sentences });
  if (recent.length > RECENT_LIMIT) recent.pop();
  return sentences;
}

function computeSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphs = splitParagraphs(text);
  let offset = 0;
  paragraphs.forEach((paragraph, index) => {
    splitParagraph(paragraph, offset, index, sentences);
    offset += paragraph.length + 2;
  });
  return sentences;
}
