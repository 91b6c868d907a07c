import type { Article, ArticleAnalysis, Delivery, LanguageCode, Platform, Quote, Story, Subscription } from '../core/index.js';

/**
 * The store interface. SQLite implements it for one machine; a PostgreSQL
 * implementation must fit the same shape, so nothing here leaks SQLite.
 */

export type FullTextMode = 'auto' | 'always' | 'never';

export interface Feed {
  id: number;
  url: string;
  name: string;
  language: LanguageCode | null;
  fullText: FullTextMode;
  /** 'config' feeds are synced from the config file; 'chat' ones were added from Discord or Slack. */
  origin: 'config' | 'chat';
  addedBy: string | null;
  enabled: boolean;
  disabledReason: string | null;
  etag: string | null;
  lastModified: string | null;
  bodyHash: string | null;
  lastFetchedAt: Date | null;
  lastStatus: string | null;
  consecutiveFailures: number;
  /** Backoff or Retry-After: not fetched before this instant. */
  nextFetchAt: Date | null;
  createdAt: Date;
}

export interface NewFeed {
  url: string;
  name?: string | null;
  language?: LanguageCode | null;
  fullText?: FullTextMode;
  origin?: 'config' | 'chat';
  addedBy?: string | null;
}

export type FeedStatePatch = Partial<
  Pick<
    Feed,
    'enabled' | 'disabledReason' | 'etag' | 'lastModified' | 'bodyHash' | 'lastFetchedAt' | 'lastStatus' | 'consecutiveFailures' | 'nextFetchAt' | 'name'
  >
>;

export interface NewArticle {
  feedId: number | null;
  guid: string;
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  body: string;
  source: string;
  publishedAt: Date;
  firstSeenAt: Date;
  contentHash: string;
  analysis: ArticleAnalysis;
}

export type SaveArticleResult = { status: 'new' | 'updated' | 'unchanged'; article: Article };

export interface ArticleQuery {
  topic?: string;
  since?: Date;
  until?: Date;
  language?: LanguageCode;
  source?: string;
  /** Full-text query; ranked by relevance and recency over a bounded candidate set. */
  text?: string;
  limit?: number;
}

export interface QuoteQuery {
  speaker?: string;
  topic?: string;
  since?: Date;
  until?: Date;
  text?: string;
  limit?: number;
}

export interface QuoteHit {
  quote: Quote;
  articleId: number;
  storyId: number | null;
  title: string;
  url: string | null;
  source: string;
  publishedAt: Date;
  topics: string[];
}

export type NewStory = Omit<Story, 'id'>;

/** What a new subscription needs; status, pause reason and watermark start empty. */
export type NewSubscription = Pick<
  Subscription,
  'platform' | 'workspaceId' | 'channelId' | 'topics' | 'schedule' | 'timezone' | 'mode' | 'language' | 'createdAt'
> &
  Partial<Pick<Subscription, 'webhookUrl' | 'createdBy'>>;

export interface SubscriptionFilter {
  platform?: Platform;
  workspaceId?: string;
  channelId?: string;
  status?: Subscription['status'];
}

export interface NewDelivery {
  subscriptionId: number;
  periodKey: string;
  part: number;
  partCount: number;
  payload: string;
  createdAt: Date;
}

export interface FeedRepository {
  upsertFeed(feed: NewFeed, now: Date): Feed;
  getFeed(id: number): Feed | null;
  getFeedByUrl(url: string): Feed | null;
  listFeeds(): Feed[];
  updateFeedState(id: number, patch: FeedStatePatch): Feed;
  removeFeed(id: number): boolean;
}

export interface ArticleRepository {
  /** Insert, or update in place when the same identity comes back with changed text. */
  saveArticle(article: NewArticle): SaveArticleResult;
  getArticle(id: number): Article | null;
  findArticleByGuid(guid: string): Article | null;
  findArticleByCanonicalUrl(url: string): Article | null;
  findArticleByContentHash(hash: string): Article | null;
  /** Newest first. With `text`, full-text search. */
  findArticles(query: ArticleQuery): Article[];
  /** Articles first seen at or after `since`, oldest first (for clustering and digests). */
  articlesSeenSince(since: Date, limit?: number): Article[];
  setArticleStory(articleId: number, storyId: number): void;
  countArticles(): number;
}

export interface StoryRepository {
  createStory(story: NewStory): Story;
  updateStory(id: number, story: NewStory): Story;
  getStory(id: number): Story | null;
  /** Stories first seen within [since, until), newest first. */
  storiesSeenBetween(since: Date, until: Date): Story[];
  /** Stories updated since, for clustering new articles against recent stories. */
  storiesUpdatedSince(since: Date): Story[];
}

export interface QuoteRepository {
  findQuotes(query: QuoteQuery): QuoteHit[];
}

export interface SubscriptionRepository {
  createSubscription(sub: NewSubscription): Subscription;
  getSubscription(id: number): Subscription | null;
  listSubscriptions(filter?: SubscriptionFilter): Subscription[];
  updateSubscription(
    id: number,
    patch: Partial<Pick<Subscription, 'topics' | 'schedule' | 'timezone' | 'mode' | 'language' | 'webhookUrl' | 'status' | 'pausedReason' | 'watermark'>>,
  ): Subscription;
  removeSubscription(id: number): boolean;
  /** Was this story already delivered to this subscription's channel? */
  wasStoryDelivered(subscriptionId: number, storyId: number): boolean;
  markStoriesDelivered(subscriptionId: number, storyIds: number[], at: Date): void;
}

export interface DeliveryRepository {
  /** Creates the pending part, or returns the existing one with the same idempotency key. */
  createDelivery(delivery: NewDelivery): Delivery;
  getDelivery(idempotencyKey: string): Delivery | null;
  listPendingDeliveries(subscriptionId?: number): Delivery[];
  listDeliveries(subscriptionId: number, periodKey?: string): Delivery[];
  markDeliverySent(id: number, platformMessageId: string | null, at: Date): void;
  markDeliveryAttempt(id: number, error: string, permanent: boolean): void;
}

export interface Store extends FeedRepository, ArticleRepository, StoryRepository, QuoteRepository, SubscriptionRepository, DeliveryRepository {
  /** Runs `fn` atomically. */
  transaction<T>(fn: () => T): T;
  /** True when the store answers a trivial query (readiness). */
  ping(): boolean;
  close(): void;
}
