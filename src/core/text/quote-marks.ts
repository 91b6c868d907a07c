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
/** A paragraph opening with a dialogue dash glued to its first word (see dialogueSpans). */
const DIALOGUE_LINE = /(?:^|\n\n) *[—–―](?=\S)/;

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
  if (!ANY_QUOTE_MARK.test(text) && !DIALOGUE_LINE.test(text)) return [];
  if (text.length < MIN_CACHED_LENGTH) return pairMarks(text);
  for (const entry of recent) if (entry.text === text) return entry.spans;
  const spans = pairMarks(text);
  recent.unshift({ text, spans });
  if (recent.length > RECENT_LIMIT) recent.pop();
  return spans;
}

/** Dashes that open a line of dialogue in Spanish and French copy ("—No me voy —zanja—."). */
const DIALOGUE_DASHES = new Set(['—', '–', '―']);
/** The narrator's aside that closes a dialogue line: a space, the same dash, a lower-case word ("—responde", "—a-t-il dit"). */
const ASIDE = /\s([—–―])(?=\p{Ll})/gu;

/**
 * Dialogue lines: a paragraph opening with a dash glued to its first word and
 * interrupted by the narrator's aside ("—El acuerdo no basta —dijo el ministro—.").
 * The span is the spoken part before the aside. A dash line with no aside is an
 * interview's question or answer, or a list item, and is no quotation here.
 */
function dialogueSpans(text: string, breaks: readonly number[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let start = 0;
  for (const end of breaks) {
    let at = start;
    while (at < end && (text[at] === ' ' || text[at] === '\n')) at += 1;
    const mark = text[at];
    if (mark !== undefined && DIALOGUE_DASHES.has(mark) && at + 1 < end && !/\s/.test(text[at + 1]!)) {
      // Searched within the line's first MAX_QUOTE_LENGTH characters only, so many dash lines cost linear time.
      const line = text.slice(at + 1, Math.min(end, at + MAX_QUOTE_LENGTH));
      ASIDE.lastIndex = 0;
      for (let aside = ASIDE.exec(line); aside !== null; aside = ASIDE.exec(line)) {
        if (aside[1] !== mark) continue;
        spans.push({ start: at, end: at + 1 + aside.index + 2, open: mark, close: mark });
        break;
      }
    }
    start = end + 2;
  }
  return spans;
}

/**
 * Where a quotation left open at a paragraph's end goes on: the next paragraph
 * opens with a quotation mark again (the convention for a quotation running over
 * several paragraphs, each opened and only the last closed). Returns the
 * paragraph's end, or -1.
 */
function continuedTo(text: string, mark: string, paragraphEnd: number): number {
  if (paragraphEnd >= text.length) return -1;
  let next = paragraphEnd + 2;
  while (next < text.length && text[next] === ' ') next += 1;
  const opener = text[next];
  const continues = opener === mark || (mark === '«' && opener === '»') || (mark === '“' && opener === '"') || (mark === '"' && opener === '“');
  return continues && paragraphEnd - 1 > 0 ? paragraphEnd : -1;
}

function pairMarks(text: string): QuoteSpan[] {
  const { openers, closers } = markPositions(text);
  const cursors = new Map<string, number>(CLOSERS.map((mark) => [mark, 0]));
  const breaks = paragraphBreaks(text);
  const dialogue = dialogueSpans(text, breaks);
  let dialogueCursor = 0;
  let breakCursor = 0;
  const spans: QuoteSpan[] = [];
  let i = 0;
  for (const at of openers) {
    if (at < i) continue;
    while (dialogueCursor < dialogue.length && dialogue[dialogueCursor]!.end <= at) dialogueCursor += 1;
    const line = dialogue[dialogueCursor];
    if (line !== undefined && line.start <= at) {
      i = line.end;
      continue;
    }
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
    if (best < 0) {
      const end = limit === breaks[breakCursor] ? continuedTo(text, mark, limit) : -1;
      if (end < 0) continue;
      // The span ends where the paragraph does; its last character stands in for the closing mark.
      spans.push({ start: at, end, open: mark, close: '' });
      i = end;
      continue;
    }
    spans.push({ start: at, end: best + 1, open: mark, close: bestClose });
    i = best + 1;
  }
  return dialogue.length === 0 ? spans : [...spans, ...dialogue].sort((a, b) => a.start - b.start);
}
