/** Word tokens and the folding that makes spelling variants compare equal. */

export interface Token {
  /** Lower-cased surface form. */
  text: string;
  /** Original spelling (for capitalisation checks). */
  raw: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Words of a text; hyphenated compounds ("G20-Gipfel") become their parts. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    tokens.push({ text: raw.toLowerCase(), raw, start: match.index, end: match.index + raw.length });
  }
  return tokens;
}

/** Lower case without diacritics: "Rüstung" → "rustung", "Élysée" → "elysee", "Straße" → "strasse". */
export function foldDiacritics(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

export function isCapitalized(raw: string): boolean {
  const first = raw[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}
