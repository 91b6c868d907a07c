/** Word tokens and the folding that makes spelling variants compare equal. */
import { isWordCode, tokenTable, type TokenTable } from './token-table.js';
import { beginText, wordOf, type Word } from './vocabulary.js';

export interface Token {
  /** Lower-cased surface form. */
  text: string;
  /** Original spelling (for capitalisation checks). */
  raw: string;
  start: number;
  end: number;
  /** The shared vocabulary entry, with what earlier stages derived from the word. */
  word: Word;
}

/** Token objects for tokens [from, to) of a table: for the clause-sized work that wants them. */
export function tokensOf(table: TokenTable, from = 0, to = table.count): Token[] {
  const tokens = new Array<Token>(Math.max(0, to - from));
  for (let i = from; i < to; i += 1) {
    const word = table.words[i]!;
    tokens[i - from] = { text: word.lower, raw: word.raw, start: table.starts[i]!, end: table.ends[i]!, word };
  }
  return tokens;
}

/**
 * Words of a text; hyphenated compounds ("G20-Gipfel") become their parts.
 * Document-sized passes read a TokenTable instead (see analyze.ts).
 */
export function tokenize(text: string): Token[] {
  if (isOneWord(text)) {
    // Most terms and names in the tables read at start are one word: its Word, without building a table.
    beginText();
    const word = wordOf(text);
    return [{ text: word.lower, raw: word.raw, start: 0, end: text.length, word }];
  }
  return tokensOf(tokenTable(text));
}

/** Letters and digits only: the text is one token of its own. */
function isOneWord(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i += 1) if (!isWordCode(text.charCodeAt(i))) return false;
  return true;
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

/** foldDiacritics of a vocabulary word, kept on the word. */
export function foldedWord(word: Word): string {
  return (word.folded ??= foldDiacritics(word.lower));
}

export function isCapitalized(raw: string): boolean {
  const code = raw.charCodeAt(0);
  // ASCII letters and digits answer without allocating case-mapped strings.
  if (code < 128) return code >= 65 && code <= 90;
  const first = raw[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}
