import { htmlToText } from '../core/index.js';
import { parseFeedDate } from './dates.js';
import { foldWhitespace, looksLikeHtml, plainText } from './plain-text.js';
import type { FeedItem, SkippedItem } from './types.js';

/** A feed larger than this many items is cut, whatever its dialect; nobody publishes more at once, hostile feeds do. */
export const MAX_ITEMS = 5_000;

/** The one skip line for a feed over MAX_ITEMS. */
export function tooManyItems(count: number): SkippedItem {
  return { reason: `feed has ${count} items; only the first ${MAX_ITEMS} are read` };
}

/** Limits for one item; an item over them is skipped, not the feed. */
export const MAX_TITLE_CHARS = 2_000;
export const MAX_GUID_CHARS = 2_000;
const FALLBACK_TITLE_CHARS = 80;
/** Clocks and zones are often wrong by hours; a date further in the future than this is a lie. */
const MAX_FUTURE_MS = 24 * 3600 * 1000;

/** Feed titles and author names as plain text (entities decoded, markup removed, whitespace folded). */
export function cleanTitle(raw: string | null): string {
  return plainText(raw);
}

/**
 * An absolute http(s) URL for a link as published: trimmed, resolved against
 * the base, and refused when it is junk (`::::`, a colon before any slash that
 * is no scheme) or another scheme (javascript:, mailto:).
 */
export function resolveLink(raw: string | null, base: string): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const colon = value.indexOf(':');
  if (colon !== -1) {
    const delimiter = value.search(/[/?#]/);
    if ((delimiter === -1 || colon < delimiter) && !/^[a-z][a-z0-9+.-]*:/i.test(value)) return null;
  }
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function itemDate(raw: string | null, fallbackIso: string | null, now: Date): Date {
  const parsed = parseFeedDate(raw) ?? (fallbackIso ? new Date(fallbackIso) : null);
  if (!parsed || Number.isNaN(parsed.getTime())) return now;
  if (parsed.getTime() - now.getTime() > MAX_FUTURE_MS) return now;
  return parsed;
}

function titleFromText(text: string): string {
  const firstLine = text.split('\n')[0]?.trim() ?? '';
  if (firstLine.length <= FALLBACK_TITLE_CHARS) return firstLine;
  const cut = firstLine.slice(0, FALLBACK_TITLE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > 40 ? space : FALLBACK_TITLE_CHARS).trimEnd()}…`;
}

export interface ItemFields {
  guid: string | null;
  link: string | null;
  /** False when the feed says the guid is not the article's address (RSS isPermaLink="false"). */
  permalink?: boolean;
  /** Plain text already (see plainText). */
  title: string | null;
  html: string | null;
  date: string | null;
  isoDate: string | null;
  author: string | null;
}

/** Item content as text; content escaped twice (`&lt;p&gt;` inside CDATA) is read as the HTML it is. */
function contentText(html: string): string {
  const text = htmlToText(html);
  return text.includes('</') && looksLikeHtml(text) ? htmlToText(text) : text;
}

/** Why an item cannot become an article: it has no title, link or text. The parser keeps such items in place (entry order stays the feed's); ingestion skips them. */
export const EMPTY_ITEM_REASON = 'item has no title, link or text';

export function isEmptyItem(item: Pick<FeedItem, 'title' | 'text' | 'url'>): boolean {
  return item.title === '' && item.text === '' && item.url === null;
}

/** Builds a FeedItem, or a reason to skip it. */
export function buildItem(fields: ItemFields, feedUrl: string, now: Date): FeedItem | { skip: string } {
  const title = foldWhitespace(fields.title ?? '');
  if (title.length > MAX_TITLE_CHARS) return { skip: `title longer than ${MAX_TITLE_CHARS} characters` };
  const guid = fields.guid?.trim() || null;
  if (guid && guid.length > MAX_GUID_CHARS) return { skip: `guid longer than ${MAX_GUID_CHARS} characters` };
  const html = fields.html?.trim() ? fields.html : null;
  const text = html ? contentText(html) : '';
  const guidAsLink = guid && fields.permalink !== false && /^https?:\/\//i.test(guid) ? guid : null;
  const url = resolveLink(fields.link, feedUrl) ?? resolveLink(guidAsLink, feedUrl);
  return {
    guid,
    url,
    // An item reduced to nothing (its title was only an <img>) keeps its place with an empty title; see isEmptyItem.
    title: title || (text ? titleFromText(text) : (url ?? '')),
    html,
    text,
    publishedAt: itemDate(fields.date, fields.isoDate, now),
    author: plainText(fields.author) || null,
  };
}
