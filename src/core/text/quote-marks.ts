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

/** Positions of each closing mark, excluding apostrophes inside words (don’t, l’État). */
function closerPositions(text: string): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  for (const mark of CLOSERS) {
    const list: number[] = [];
    const apostrophe = mark === '’' || mark === '‘';
    for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
      if (apostrophe && isLetter(text[i - 1]) && isLetter(text[i + 1])) continue;
      list.push(i);
    }
    positions.set(mark, list);
  }
  return positions;
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

/** All top-level quotation spans; nested quotes stay inside their outer span. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  if (!ANY_QUOTE_MARK.test(text)) return [];
  const closers = closerPositions(text);
  const cursors = new Map<string, number>(CLOSERS.map((mark) => [mark, 0]));
  const breaks = paragraphBreaks(text);
  let breakCursor = 0;
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const mark = text[i]!;
    const candidates = PAIRS[mark];
    if (candidates === undefined || !isOpening(text, i, mark)) {
      i += 1;
      continue;
    }
    while (breaks[breakCursor]! < i) breakCursor += 1;
    const limit = Math.min(breaks[breakCursor]!, i + MAX_QUOTE_LENGTH);
    let best = -1;
    let bestClose = '';
    for (const close of candidates) {
      const list = closers.get(close)!;
      let cursor = cursors.get(close)!;
      while (cursor < list.length && list[cursor]! <= i) cursor += 1;
      cursors.set(close, cursor);
      const at = list[cursor];
      if (at !== undefined && at < limit && (best < 0 || at < best)) {
        best = at;
        bestClose = close;
      }
    }
    if (best < 0) {
      i += 1;
      continue;
    }
    spans.push({ start: i, end: best + 1, open: mark, close: bestClose });
    i = best + 1;
  }
  return spans;
}
