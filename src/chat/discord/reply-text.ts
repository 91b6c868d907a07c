import { escapeDiscordMarkdown } from '../../render/index.js';

/**
 * Makes plain text safe for Discord: no live markdown, no mentions, no
 * clickable masked links. The renderer owns the escaping rules; replies use the
 * same ones as digests. `allowed_mentions` is empty on every reply as well.
 */
export function escapeDiscordText(text: string): string {
  return escapeDiscordMarkdown(text);
}

/**
 * Escaped text within `max` characters. Cuts the raw text before escaping, so
 * a cut can never split an escape sequence and re-enable markdown.
 */
export function escapeWithin(raw: string, max: number): string {
  let budget = max;
  for (;;) {
    const candidate = escapeDiscordMarkdown(truncate(raw, budget));
    if (candidate.length <= max || budget <= 1) return candidate.length <= max ? candidate : '';
    budget = Math.max(1, budget - Math.max(1, Math.ceil((candidate.length - max) / 2)));
  }
}

/** A URL fit for a masked link or embed url: http(s) only, and no characters that end the link early. */
export function safeLinkUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    const text = parsed.toString().replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
    // Longer links are left out rather than risk a message over Discord's limits.
    return text.length <= 512 ? text : null;
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
  // Never leave half a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  return `${kept}…`;
}
