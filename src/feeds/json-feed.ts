import { z } from 'zod';
import { FeedError } from './errors.js';
import { buildItem, MAX_ITEMS, resolveLink, tooManyItems } from './item-fields.js';
import { plainText, textAsHtml } from './plain-text.js';
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
  feed.data.items.slice(0, MAX_ITEMS).forEach((raw, index) => {
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
        title: plainText(item.title),
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
  if (feed.data.items.length > MAX_ITEMS) skipped.push(tooManyItems(feed.data.items.length));
  const link = feed.data.home_page_url ? resolveLink(feed.data.home_page_url, options.url) : null;
  return {
    title: plainText(feed.data.title) || null,
    link,
    dialect: `JSON Feed ${feed.data.version.replace(/^.*\/version\//, '')}`,
    recovered: null,
    items,
    skipped,
  };
}
