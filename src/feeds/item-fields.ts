import { decodeHTMLStrict } from 'entities';
import { htmlToText } from '../core/index.js';
import { parseFeedDate } from './dates.js';
import type { FeedItem } from './types.js';

/** Limits for one item; an item over them is skipped, not the feed. */
export const MAX_TITLE_CHARS = 2_000;
export const MAX_GUID_CHARS = 2_000;
const FALLBACK_TITLE_CHARS = 80;
/** Clocks and zones are often wrong by hours; a date further in the future than this is a lie. */
const MAX_FUTURE_MS = 24 * 3600 * 1000;

/** xml2js gives strings, `{ _: text, $: attrs }`, or nested objects for inline XHTML. */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(textOf).filter((part): part is string => part !== null);
    return parts.length ? parts.join(' ') : null;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record._ === 'string') return record._;
    const parts = Object.entries(record)
      .filter(([key]) => key !== '$')
      .map(([, child]) => textOf(child))
      .filter((part): part is string => part !== null);
    return parts.length ? parts.join(' ') : null;
  }
  return null;
}

export function cleanTitle(raw: string | null): string {
  if (!raw) return '';
  // Titles are plain text, yet many feeds escape entities twice (&amp;quot;).
  return decodeHTMLStrict(raw).replace(/\s+/g, ' ').trim();
}

export function resolveLink(raw: string | null, base: string): string | null {
  const value = raw?.trim();
  if (!value) return null;
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
  title: string | null;
  html: string | null;
  date: string | null;
  isoDate: string | null;
  author: string | null;
}

/** Builds a FeedItem, or a reason to skip it. */
export function buildItem(fields: ItemFields, feedUrl: string, now: Date): FeedItem | { skip: string } {
  const title = cleanTitle(fields.title);
  if (title.length > MAX_TITLE_CHARS) return { skip: `title longer than ${MAX_TITLE_CHARS} characters` };
  const guid = fields.guid?.trim() || null;
  if (guid && guid.length > MAX_GUID_CHARS) return { skip: `guid longer than ${MAX_GUID_CHARS} characters` };
  const html = fields.html?.trim() ? fields.html : null;
  const text = html ? htmlToText(html) : '';
  const guidAsLink = guid && /^https?:\/\//i.test(guid) ? guid : null;
  const url = resolveLink(fields.link, feedUrl) ?? resolveLink(guidAsLink, feedUrl);
  if (!title && !text && !url) return { skip: 'item has no title, link or text' };
  return {
    guid,
    url,
    title: title || (text ? titleFromText(text) : url!),
    html,
    text,
    publishedAt: itemDate(fields.date, fields.isoDate, now),
    author: fields.author?.replace(/\s+/g, ' ').trim() || null,
  };
}
