import type { Dispatcher } from 'undici';
import type { ArticleAnalysis, ArticleText, Article } from '../core/index.js';
import type { FetchConfig, Logger } from '../config/index.js';
import type { Feed, FullTextMode, NewArticle, Store, StoreOps } from '../store/index.js';
import type { AddressGuardOptions } from './address-guard.js';
import { decodeBody } from './charset.js';
import { fetchResource } from './fetch.js';
import type { FullTextExtractor } from './full-text-pool.js';
import type { FullTextLimits } from './full-text.js';
import { articleIdentity, type ArticleIdentity } from './identity.js';
import type { FeedItem } from './types.js';

/** Below this many characters of text an item is a teaser and `fullText: auto` fetches the page. */
export const TEASER_MAX_CHARS = 600;
const TEASER_ENDING = /(?:\[(?:…|\.\.\.)\]|…|\.\.\.|read more|continue reading|weiterlesen|mehr lesen|lire la suite|leer más|seguir leyendo)\W*$/i;

const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

export interface IngestContext {
  store: Store;
  fetch: FetchConfig;
  logger: Logger;
  now: Date;
  analyze: (input: ArticleText) => ArticleAnalysis;
  dispatcher: Dispatcher;
  /** Runs Readability in a worker thread with the page limits. */
  extractor: FullTextExtractor;
  fullText: FullTextLimits;
  resolve?: AddressGuardOptions['resolve'];
  isBlockedAddress?: AddressGuardOptions['isBlockedAddress'];
}

export type IngestOutcome = { status: 'new' | 'updated' | 'unchanged'; articleId: number };

/** An item found unchanged, or the article to save for it. */
export type PreparedItem = { status: 'unchanged'; articleId: number } | { status: 'save'; article: NewArticle };

export function isTeaser(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length < TEASER_MAX_CHARS || TEASER_ENDING.test(trimmed);
}

export function wantsFullText(mode: FullTextMode, item: FeedItem): boolean {
  if (!item.url || mode === 'never') return false;
  return mode === 'always' || isTeaser(item.text);
}

/** The article page's main text, or null (the teaser stays, with the reason logged) when it cannot be fetched, is over a limit or has no article. */
async function fetchFullText(context: IngestContext, item: FeedItem): Promise<string | null> {
  const keepFeedText = (reason: string): null => {
    context.logger.warn({ url: item.url, reason }, 'full text not used; keeping the feed text');
    return null;
  };
  let html: string;
  let finalUrl: string;
  try {
    const page = await fetchResource(item.url!, {
      ...context.fetch,
      maxBytes: Math.min(context.fetch.maxBytes, context.fullText.maxBytes),
      maxBytesSetting: 'fullText.maxBytes',
      accept: PAGE_ACCEPT,
      dispatcher: context.dispatcher,
      resolve: context.resolve,
      isBlockedAddress: context.isBlockedAddress,
    });
    html = decodeBody(page.body, page.contentType).text;
    finalUrl = page.finalUrl;
  } catch (error) {
    return keepFeedText((error as Error).message);
  }
  const extraction = await context.extractor.extract(html, finalUrl);
  if (extraction.status === 'refused') return keepFeedText(extraction.reason);
  return extraction.status === 'article' ? extraction.article.text : null;
}

/** guid, then canonical link, then content hash: a re-published story with a new guid is found by its link or text. */
export async function findExisting(store: StoreOps, identity: ArticleIdentity): Promise<Article | null> {
  return (
    (await store.findArticleByGuid(identity.guid)) ??
    (identity.canonicalUrl ? await store.findArticleByCanonicalUrl(identity.canonicalUrl) : null) ??
    (await store.findArticleByContentHash(identity.contentHash))
  );
}

/**
 * Only a feed's own articles are updated in place. The same story carried by
 * another feed (same link, other teaser) is already known; updating it from
 * both feeds would flip its text back and forth on every poll.
 */
function isKnown(existing: Article, feed: Feed, identity: ArticleIdentity): boolean {
  if (existing.contentHash === identity.contentHash) return true;
  return existing.feedId !== null && existing.feedId !== feed.id;
}

/** Items of one feed that share a guid, a link or their text count once: the first one wins, so two copies cannot flip-flop. */
export function distinctItems(items: FeedItem[], feedUrl: string): { item: FeedItem; identity: ArticleIdentity }[] {
  const seen = new Set<string>();
  const result: { item: FeedItem; identity: ArticleIdentity }[] = [];
  for (const item of items) {
    const identity = articleIdentity(item, feedUrl);
    const keys = [`g:${identity.guid}`, `h:${identity.contentHash}`, ...(identity.canonicalUrl ? [`u:${identity.canonicalUrl}`] : [])];
    if (keys.some((key) => seen.has(key))) continue;
    keys.forEach((key) => seen.add(key));
    result.push({ item, identity });
  }
  return result;
}

/**
 * Decides what to store for one item: unchanged items cost one lookup (no
 * page fetch, no analysis); changed text keeps the existing identity so the
 * article is updated in place.
 */
export async function prepareItem(context: IngestContext, feed: Feed, item: FeedItem, identity: ArticleIdentity): Promise<PreparedItem> {
  const existing = await findExisting(context.store, identity);
  if (existing && isKnown(existing, feed, identity)) return { status: 'unchanged', articleId: existing.id };
  const fullText = wantsFullText(feed.fullText, item) ? await fetchFullText(context, item) : null;
  const body = fullText && fullText.length > item.text.length ? fullText : item.text;
  const analysis = context.analyze({ title: item.title, body, languageHint: feed.language });
  return {
    status: 'save',
    article: {
      feedId: feed.id,
      guid: existing?.guid ?? identity.guid,
      url: item.url,
      canonicalUrl: identity.canonicalUrl,
      title: item.title,
      body,
      source: feed.name,
      // A moved pubDate on changed text does not move the story in time.
      publishedAt: existing?.publishedAt ?? item.publishedAt ?? context.now,
      firstSeenAt: context.now,
      contentHash: identity.contentHash,
      analysis,
    },
  };
}

/** Saves a feed's prepared items in one transaction (one commit per feed, not per item). */
export function savePrepared(store: Store, prepared: PreparedItem[]): Promise<IngestOutcome[]> {
  return store.transaction(async (tx) => {
    const outcomes: IngestOutcome[] = [];
    for (const entry of prepared) {
      if (entry.status === 'unchanged') {
        outcomes.push(entry);
        continue;
      }
      const saved = await tx.saveArticle(entry.article);
      outcomes.push({ status: saved.status, articleId: saved.article.id });
    }
    return outcomes;
  });
}
