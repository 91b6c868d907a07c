import { escapeMarkdown } from 'discord.js';

/**
 * Makes plain text safe for Discord: no live markdown, no mentions, no
 * clickable masked links. `allowed_mentions` is empty on every reply as well;
 * this keeps a title like "@everyone" from even looking like a mention.
 */
export function escapeDiscordText(text: string): string {
  const escaped = escapeMarkdown(text, {
    bulletedList: true,
    heading: true,
    maskedLink: true,
    numberedList: true,
  });
  return escaped
    .replace(/@/g, '@\u200b')
    .replace(/<(?=[@#:&/]|a:|t:)/g, '<\u200b')
    .replace(/\[/g, '\\[')
    .replace(/\]/g, '\\]');
}

/** A URL fit for a masked link or embed url: http(s) only, and no characters that end the link early. */
export function safeLinkUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    const text = parsed.toString().replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
    return text.length <= 2048 ? text : null;
  } catch {
    return null;
  }
}

/** Cuts at a word boundary and marks the cut, so nothing exceeds a Discord limit. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  let kept = space > max * 0.6 ? cut.slice(0, space) : cut;
  // Never leave a dangling escape backslash or half a surrogate pair.
  kept = kept.replace(/\\+$/, (slashes) => (slashes.length % 2 === 0 ? slashes : slashes.slice(1)));
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  return `${kept}…`;
}
