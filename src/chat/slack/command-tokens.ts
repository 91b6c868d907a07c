/**
 * Splits slash-command text into words, keeping quoted phrases together
 * ("…", '…', and the curly quotes phones substitute). Slack may deliver the
 * text escaped (`&amp;`, `<https://…|label>`), so that is undone first.
 */

const OPENING_TO_CLOSING: Record<string, string> = { '"': '"', "'": "'", '“': '”', '„': '“', '‘': '’', '«': '»' };

/** Undoes Slack's escaping of slash-command text: auto-linked URLs back to plain URLs, entities back to characters. */
export function unescapeCommandText(text: string): string {
  return text
    .replace(/<(https?:\/\/[^|>]+)(?:\|[^>]*)?>/gu, '$1')
    .replace(/<mailto:[^|>]+\|([^>]*)>/gu, '$1')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');
}

export class UnclosedQuoteError extends Error {}

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let inToken = false;
  let closing: string | null = null;
  let opening = '';
  for (const char of text) {
    if (closing !== null) {
      if (char === closing) closing = null;
      else current += char;
      continue;
    }
    const close = OPENING_TO_CLOSING[char];
    if (close !== undefined) {
      closing = close;
      opening = char;
      inToken = true;
      continue;
    }
    if (/\s/u.test(char)) {
      if (inToken) tokens.push(current);
      current = '';
      inToken = false;
      continue;
    }
    current += char;
    inToken = true;
  }
  if (closing !== null) throw new UnclosedQuoteError(`The quote opened with ${opening} is not closed`);
  if (inToken) tokens.push(current);
  return tokens;
}
