/**
 * Finding balanced quotation spans in one linear pass. Each kind of closing
 * mark keeps a forward-only cursor, so hostile input (100,000 unmatched marks)
 * costs O(n) instead of one rescan per opening mark.
 */

export interface QuoteSpan {
  /** Index of the opening mark. */
  start: number;
  /** Index just past the closing mark. */
  end: number;
  open: string;
  close: string;
}

/** Opening mark → closing marks it pairs with, in order of preference. */
const PAIRS: Record<string, string[]> = {
  '„': ['“', '”'],
  '‚': ['‘', '’'],
  '»': ['«'],
  '«': ['»'],
  '“': ['”'],
  '‘': ['’'],
  '"': ['"'],
  '”': ['”'],
};

const CLOSERS = ['“', '”', '‘', '’', '«', '»', '"'];

/** A quotation longer than this is more likely a stray mark than a real quote. */
const MAX_QUOTE_LENGTH = 2000;

const LETTER = /[\p{L}\p{N}]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

const MARKS = /["“”‘’«»„‚]/g;

/**
 * One regex pass over the text: positions of every mark that can open a quote
 * (in text order) and of each closing mark, apostrophes inside words excluded
 * (don’t, l’État).
 */
function markPositions(text: string): { openers: number[]; closers: Map<string, number[]> } {
  const openers: number[] = [];
  const closers = new Map<string, number[]>(CLOSERS.map((mark) => [mark, []]));
  MARKS.lastIndex = 0;
  for (let found = MARKS.exec(text); found !== null; found = MARKS.exec(text)) {
    const i = found.index;
    const mark = found[0];
    if (PAIRS[mark] !== undefined) openers.push(i);
    const list = closers.get(mark);
    if (list === undefined) continue;
    if ((mark === '’' || mark === '‘') && isLetter(text[i - 1]) && isLetter(text[i + 1])) continue;
    list.push(i);
  }
  return { openers, closers };
}

const ANY_QUOTE_MARK = /["“”‘’«»„‚]/;

/** Positions of paragraph breaks: a quote never spans a blank line. */
function paragraphBreaks(text: string): number[] {
  const breaks: number[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf('\n\n', from);
    if (at < 0) break;
    breaks.push(at);
    from = at + 2;
  }
  breaks.push(text.length);
  return breaks;
}

function isOpening(text: string, i: number, mark: string): boolean {
  const next = text[i + 1];
  if (next === undefined) return false;
  // French and Spanish guillemets carry an inner space: « Bonjour ».
  if (mark === '«' || mark === '»') return true;
  if (/\s/.test(next)) return false;
  const previous = text[i - 1];
  return !isLetter(previous) && !(previous !== undefined && /[.,;:!?]/.test(previous));
}

/** Sentence splitting and quote extraction pair the marks of the same article; the last few results are kept. */
const RECENT_LIMIT = 4;
const MIN_CACHED_LENGTH = 200;
const recent: { text: string; spans: QuoteSpan[] }[] = [];

/**
 * All top-level quotation spans; nested quotes stay inside their outer span.
 * The returned array is shared between callers: treat it as read-only.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  if (!ANY_QUOTE_MARK.test(text)) return [];
  if (text.length < MIN_CACHED_LENGTH) return pairMarks(text);
  for (const entry of recent) if (entry.text === text) return entry.spans;
  const spans = pairMarks(text);
  recent.unshift({ text, spans });
  if (recent.length > RECENT_LIMIT) recent.pop();
  return spans;
}

function pairMarks(text: string): QuoteSpan[] {
  const { openers, closers } = markPositions(text);
  const cursors = new Map<string, number>(CLOSERS.map((mark) => [mark, 0]));
  const breaks = paragraphBreaks(text);
  let breakCursor = 0;
  const spans: QuoteSpan[] = [];
  let i = 0;
  for (const at of openers) {
    if (at < i) continue;
    const mark = text[at]!;
    if (!isOpening(text, at, mark)) continue;
    while (breaks[breakCursor]! < at) breakCursor += 1;
    const limit = Math.min(breaks[breakCursor]!, at + MAX_QUOTE_LENGTH);
    let best = -1;
    let bestClose = '';
    for (const close of PAIRS[mark]!) {
      const list = closers.get(close)!;
      let cursor = cursors.get(close)!;
      while (cursor < list.length && list[cursor]! <= at) cursor += 1;
      cursors.set(close, cursor);
      const found = list[cursor];
      if (found !== undefined && found < limit && (best < 0 || found < best)) {
        best = found;
        bestClose = close;
      }
    }
    if (best < 0) continue;
    spans.push({ start: at, end: best + 1, open: mark, close: bestClose });
    i = best + 1;
  }
  return spans;
}
