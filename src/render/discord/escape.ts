import { singleLine, truncateAtWord } from '../i18n/index.js';
import { stripInvisible } from '../invisible.js';

/**
 * Article text is hostile until escaped: a title must neither format nor ping.
 * Discord's markdown treats a backslash before any ASCII punctuation as a
 * literal, so escaping every markup character is safe and renders unchanged.
 */

const ZERO_WIDTH_SPACE = '\u200b';
const MARKDOWN = /[\\*_~`|>#\-[\]()<]/g;

/**
 * Breaks every mention form so Discord cannot resolve it, even where
 * allowed_mentions does not apply (embeds render `<@123>` as a pill):
 * `@everyone`/`@here` and `<@…>`, `<@&…>`, `<#…>`, `<t:…>`, `</cmd:…>`, `<:emoji:…>`.
 */
export function neutraliseMentions(text: string): string {
  return stripInvisible(text)
    .replace(/@(?=\S)/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/<(?=[@#:/at])/gi, `<${ZERO_WIDTH_SPACE}`);
}

/** For fields Discord renders as markdown (content, title, description, field values). */
export function escapeDiscordMarkdown(text: string): string {
  return (
    neutraliseMentions(text)
      .replace(MARKDOWN, (char) => `\\${char}`)
      // "1. " and "+ " are list markup only at a line start, so they are escaped only there.
      .replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.')
      .replace(/^(\s*)\+(?=\s)/gm, '$1\\+')
  );
}

/**
 * Escaped, on one line, within `max` characters: truncates the raw text (at a
 * word) before escaping, so a cut never splits an escape sequence, and shrinks
 * the budget until the escaped form fits.
 */
export function markdownLine(raw: string, max: number): string {
  return fitAfter(singleLine(raw), max, escapeDiscordMarkdown);
}

/** For fields Discord shows as plain text (footer, author): no markdown, but no mentions either. */
export function plainLine(raw: string, max: number): string {
  return fitAfter(singleLine(raw), max, neutraliseMentions);
}

function fitAfter(text: string, max: number, transform: (text: string) => string): string {
  let budget = max;
  for (;;) {
    const candidate = transform(truncateAtWord(text, budget));
    if (candidate.length <= max || budget <= 1) return candidate.length <= max ? candidate : '';
    budget = Math.max(1, budget - Math.max(1, Math.ceil((candidate.length - max) / 2)));
  }
}
