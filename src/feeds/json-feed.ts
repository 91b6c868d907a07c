import { z } from 'zod';
import { FeedError } from './errors.js';
import { buildItem } from './item-fields.js';
import type { FeedItem, ParsedFeed, ParseOptions, SkippedItem } from './types.js';

/** JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1). Items are checked one by one so one bad item is skipped alone. */
const jsonFeedSchema = z.object({
  version: z.string().startsWith('https://jsonfeed.org/version/'),
  title: z.string().optional(),
  home_page_url: z.string().optional(),
  items: z.array(z.unknown()),
});

const author = z.object({ name: z.string().optional() }).loose();

const jsonItemSchema = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    url: z.string().optional(),
    external_url: z.string().optional(),
    title: z.string().optional(),
    content_html: z.string().optional(),
    content_text: z.string().optional(),
    summary: z.string().optional(),
    date_published: z.string().optional(),
    date_modified: z.string().optional(),
    author: author.optional(),
    authors: z.array(author).optional(),
  })
  .loose();

export function looksLikeJsonFeed(text: string, contentType: string | null | undefined): boolean {
  if (contentType && /json/i.test(contentType)) return true;
  return /^\s*\{/.test(text);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Plain-text content becomes paragraphs of HTML so every item goes through the same HTML-to-text path. */
function textAsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n');
}

export function parseJsonFeed(text: string, options: ParseOptions): ParsedFeed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FeedError('parse', `the feed is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const feed = jsonFeedSchema.safeParse(data);
  if (!feed.success) {
    throw new FeedError('parse', 'the JSON document is not a JSON Feed (it needs "version": "https://jsonfeed.org/version/1.1" and an "items" list)');
  }
  const items: FeedItem[] = [];
  const skipped: SkippedItem[] = [];
  feed.data.items.forEach((raw, index) => {
    const parsed = jsonItemSchema.safeParse(raw);
    if (!parsed.success) {
      skipped.push({ reason: `JSON Feed item is malformed: ${parsed.error.issues[0]?.message ?? 'invalid'}`, index });
      return;
    }
    const item = parsed.data;
    const html =
      item.content_html ?? (item.content_text !== undefined ? textAsHtml(item.content_text) : item.summary !== undefined ? textAsHtml(item.summary) : null);
    const built = buildItem(
      {
        guid: item.id === undefined ? null : String(item.id),
        link: item.url ?? item.external_url ?? null,
        title: item.title ?? null,
        html,
        date: item.date_published ?? item.date_modified ?? null,
        isoDate: null,
        author: item.authors?.[0]?.name ?? item.author?.name ?? null,
      },
      options.url,
      options.now,
    );
    if ('skip' in built) skipped.push({ reason: built.skip, index });
    else items.push(built);
  });
  return { title: feed.data.title?.trim() || null, items, skipped };
}
