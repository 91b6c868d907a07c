/** Word tokens and the folding that makes spelling variants compare equal. */

export interface Token {
  /** Lower-cased surface form. */
  text: string;
  /** Original spelling (for capitalisation checks). */
  raw: string;
  start: number;
  end: number;
}

/**
 * Letters of the scripts the product reads (Latin with its extensions, Greek,
 * Cyrillic) and digits, spelled out as ranges: Unicode property classes make
 * this, the hottest regex of the core, about twice as slow.
 */
const LETTERS = '0-9A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u052F\\u1E00-\\u1EFF';
const WORD = new RegExp(`[${LETTERS}]+(?:['’][${LETTERS}]+)?`, 'g');

/** One regex pass; a word may carry one apostrophe part ("l’Élysée", "don't"). */
function scanWords(text: string): Token[] {
  const tokens: Token[] = [];
  const lower = text.toLowerCase();
  // Lower-casing the whole text once is cheaper, unless it changed the length (Turkish İ).
  const aligned = lower.length === text.length;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    tokens.push({ text: aligned ? lower.slice(start, end) : raw.toLowerCase(), raw, start, end });
  }
  return tokens;
}

/** The same article text is tokenised by several analyses; the last few results are kept. */
const RECENT_LIMIT = 4;
const MIN_CACHED_LENGTH = 200;
const recent: { text: string; tokens: Token[] }[] = [];

/**
 * Words of a text; hyphenated compounds ("G20-Gipfel") become their parts.
 * The returned array is shared between callers: treat it as read-only.
 */
export function tokenize(text: string): Token[] {
  if (text.length >= MIN_CACHED_LENGTH) {
    for (const entry of recent) if (entry.text === text) return entry.tokens;
  }
  const tokens = scanWords(text);
  if (text.length >= MIN_CACHED_LENGTH) {
    recent.unshift({ text, tokens });
    if (recent.length > RECENT_LIMIT) recent.pop();
  }
  return tokens;
}

const FOLD_MEMO_LIMIT = 100_000;
const foldMemo = new Map<string, string>();

function isPlainLowerAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 0x7a || (code >= 0x41 && code <= 0x5a)) return false;
  }
  return true;
}

/** Lower case without diacritics: "Rüstung" → "rustung", "Élysée" → "elysee", "Straße" → "strasse". */
export function foldDiacritics(text: string): string {
  if (isPlainLowerAscii(text)) return text;
  const short = text.length <= 40;
  if (short) {
    const known = foldMemo.get(text);
    if (known !== undefined) return known;
  }
  const folded = text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
  if (short) {
    if (foldMemo.size >= FOLD_MEMO_LIMIT) foldMemo.clear();
    foldMemo.set(text, folded);
  }
  return folded;
}

export function isCapitalized(raw: string): boolean {
  const code = raw.charCodeAt(0);
  // ASCII letters and digits answer without allocating case-mapped strings.
  if (code < 128) return code >= 65 && code <= 90;
  const first = raw[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}
