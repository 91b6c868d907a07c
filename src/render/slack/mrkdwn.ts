/**
 * Escaping for Slack mrkdwn. Slack turns `<!channel>`, `<!here>`, `<@U…>`,
 * `<#C…>` and `<url|label>` into live mentions and links, so every `&`, `<`
 * and `>` from article text is replaced by its entity — the only escaping
 * Slack documents. Formatting characters cannot be escaped in mrkdwn, so a
 * zero-width space after each keeps `*bold*` or `` `code` `` in a headline
 * from restyling the digest.
 */

import { stripInvisible } from '../invisible.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const FORMATTING = new Set(['*', '_', '~', '`']);
const ZERO_WIDTH_SPACE = '\u200B';
const WORD_JOINER = '\u2060';
const ELLIPSIS = '…';

/** Escapes one character; formatting characters keep their glyph but lose their meaning. */
function escapeChar(char: string): string {
  const entity = ENTITIES[char];
  if (entity !== undefined) return entity;
  if (FORMATTING.has(char)) return char + ZERO_WIDTH_SPACE;
  return char;
}

/**
 * Breaks `@channel`, `@here` and `@everyone` written out in plain text, which
 * some clients still highlight, with an invisible word joiner.
 */
function breakBroadcastWords(text: string): string {
  return text.replace(/@(channel|here|everyone)\b/giu, `@${WORD_JOINER}$1`);
}

/** Collapses control characters and runs of whitespace so one value stays on one line. */
export function singleLine(text: string): string {
  const visible = stripInvisible(text);
  // eslint-disable-next-line no-control-regex
  return visible.replace(/[\u0000-\u001f\u007f\s]+/gu, ' ').trim();
}

/** `singleLine` then `clampMrkdwn`, without scanning more of a huge text than can be shown. */
export function clampMrkdwnLine(text: string, max: number): string {
  const bound = max * 4 + 64;
  return clampMrkdwn(singleLine(text.length > bound ? text.slice(0, bound) : text), max);
}

/** Escapes article-derived text for mrkdwn. */
export function escapeMrkdwn(text: string): string {
  return clampMrkdwn(text, Number.POSITIVE_INFINITY);
}

/**
 * Escapes `text` and cuts it so the escaped result is at most `max` characters
 * (UTF-16 units, as Slack counts), ending in an ellipsis when cut. Cutting after
 * escaping never splits an entity.
 */
export function clampMrkdwn(text: string, max: number): string {
  // Escaping only lengthens text, so characters beyond `max` can never be shown.
  const visible = stripInvisible(text);
  const source = breakBroadcastWords(visible.length > max + 16 ? visible.slice(0, max + 16) : visible);
  let out = '';
  for (const char of source) {
    const piece = escapeChar(char);
    if (out.length + piece.length > max) return cutWithEllipsis(out, max);
    out += piece;
  }
  return out;
}

function cutWithEllipsis(escaped: string, max: number): string {
  if (max <= 0) return '';
  let cut = escaped.slice(0, Math.max(0, max - ELLIPSIS.length));
  // Never leave half an entity (`&am`) or a lone high surrogate behind.
  cut = cut.replace(/&[a-z]{0,3}$/u, '').replace(/[\uD800-\uDBFF]$/u, '');
  return cut + ELLIPSIS;
}

/**
 * Plain text for `plain_text` objects (header blocks), clamped to `max` UTF-16
 * units. Slack shows entities there literally, so angle brackets become
 * look-alike guillemets instead: nothing can read as a `<!channel>` token.
 */
export function clampPlain(text: string, max: number): string {
  const safe = breakBroadcastWords(stripInvisible(text)).replace(/</gu, '‹').replace(/>/gu, '›');
  if (safe.length <= max) return safe;
  return safe.slice(0, max - ELLIPSIS.length).replace(/[\uD800-\uDBFF]$/u, '') + ELLIPSIS;
}

/**
 * A link Slack cannot misread: only http(s) URLs, with the characters that end
 * or split a `<url|label>` token percent-encoded. Returns null for anything else.
 */
export function safeLinkTarget(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href.replace(/[<>|\s]/gu, (c) => encodeURIComponent(c));
}

/** `<url|label>` with an escaped label (clamped to `maxLabel`), or just the label when the URL is unusable. */
export function mrkdwnLink(url: string | null | undefined, label: string, maxLabel: number): string {
  const target = safeLinkTarget(url);
  const text = clampMrkdwnLine(label, maxLabel);
  return target ? `<${target}|${text}>` : text;
}
