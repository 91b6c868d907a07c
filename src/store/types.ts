import type { Article, ArticleAnalysis, Delivery, LanguageCode, Platform, Quote, Story, Subscription } from '../core/index.js';
import type { FeedFilter, FeedLink, FeedNotice, StoryMemberRow, WorkspaceScope } from './workspaces.js';

export type { FeedFilter, FeedLink, FeedNotice, StoryMemberRow, WorkspaceScope } from './workspaces.js';

export type FullTextMode = 'auto' | 'always' | 'never';

export interface Feed {
  id: number;
  url: string;
  name: string;
  language: LanguageCode | null;
  fullText: FullTextMode;
  /** 'config' feeds are synced from the config file; 'chat' ones were added at run time (from Discord, Slack or the CLI). */
  origin: 'config' | 'chat';
  /**
   * Visible to every workspace (config feeds, feeds the operator added without
   * --workspace). Other feeds are visible only to the workspaces linked to them.
   */
  shared: boolean;
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
  /** Default: true for config feeds, false otherwise. An existing feed keeps its value. */
  shared?: boolean;
}

export type FeedStatePatch = Partial<
  Pick<
    Feed,
    | 'enabled'
    | 'disabledReason'
    | 'etag'
    | 'lastModified'
    | 'bodyHash'
    | 'lastFetchedAt'
    | 'lastStatus'
    | 'consecutiveFailures'
    | 'nextFetchAt'
    | 'name'
    | 'shared'
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
  /** Only articles from feeds this workspace may see (and articles without a feed). */
  visibleTo?: WorkspaceScope;
}

export interface QuoteQuery {
  /** Only quotes from articles of feeds this workspace may see. */
  visibleTo?: WorkspaceScope;
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
  Partial<Pick<Subscription, 'webhookUrl' | 'createdBy' | 'feeds' | 'filters' | 'layout' | 'mentionRoleId'>>;

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
  /** The part (of the same period) whose thread this message goes into. */
  threadOfPart?: number | null;
}

export interface FeedRepository {
  upsertFeed(feed: NewFeed, now: Date): Promise<Feed>;
  getFeed(id: number): Promise<Feed | null>;
  getFeedByUrl(url: string): Promise<Feed | null>;
  /** By id; with a filter, only the feeds a workspace sees or owns. */
  listFeeds(filter?: FeedFilter): Promise<Feed[]>;
  updateFeedState(id: number, patch: FeedStatePatch): Promise<Feed>;
  removeFeed(id: number): Promise<boolean>;
  /** Gives a workspace its claim on a feed; an existing link is kept as it is and returned. */
  linkFeed(link: Omit<FeedLink, 'addedAt'>, at: Date): Promise<FeedLink>;
  unlinkFeed(feedId: number, workspace: WorkspaceScope & { workspaceId: string }): Promise<boolean>;
  /** Every link, or a feed's links; ordered by feed, then time added. */
  listFeedLinks(feedId?: number): Promise<FeedLink[]>;
  /** The feed-health notices already given to a channel. */
  listFeedNotices(platform: Platform, channelId: string): Promise<FeedNotice[]>;
  recordFeedNotice(notice: FeedNotice): Promise<void>;
}

export interface ArticleRepository {
  /** Insert, or update in place when the same identity comes back with changed text. */
  saveArticle(article: NewArticle): Promise<SaveArticleResult>;
  getArticle(id: number): Promise<Article | null>;
  /** The articles with these ids that exist, in the order of `ids`. */
  getArticles(ids: number[]): Promise<Article[]>;
  findArticleByGuid(guid: string): Promise<Article | null>;
  findArticleByCanonicalUrl(url: string): Promise<Article | null>;
  findArticleByContentHash(hash: string): Promise<Article | null>;
  /** Newest first. With `text`, full-text search. */
  findArticles(query: ArticleQuery): Promise<Article[]>;
  /** Articles first seen at or after `since`, oldest first (for clustering and digests). */
  articlesSeenSince(since: Date, limit?: number): Promise<Article[]>;
  setArticleStory(articleId: number, storyId: number): Promise<void>;
  countArticles(): Promise<number>;
}

export interface StoryRepository {
  createStory(story: NewStory): Promise<Story>;
  updateStory(id: number, story: NewStory): Promise<Story>;
  getStory(id: number): Promise<Story | null>;
  /** Stories first seen within [since, until), newest first. */
  storiesSeenBetween(since: Date, until: Date): Promise<Story[]>;
  /** Stories updated since, for clustering new articles against recent stories. */
  storiesUpdatedSince(since: Date): Promise<Story[]>;
  /** The articles of these stories with their feed and first-seen time, by story then article id. */
  storyMembers(storyIds: number[]): Promise<StoryMemberRow[]>;
}

export interface QuoteRepository {
  findQuotes(query: QuoteQuery): Promise<QuoteHit[]>;
}

export type SubscriptionPatch = Partial<
  Pick<
    Subscription,
    | 'topics'
    | 'schedule'
    | 'timezone'
    | 'mode'
    | 'language'
    | 'webhookUrl'
    | 'status'
    | 'pausedReason'
    | 'watermark'
    | 'feeds'
    | 'filters'
    | 'layout'
    | 'mentionRoleId'
  >
>;

export interface SubscriptionRepository {
  createSubscription(sub: NewSubscription): Promise<Subscription>;
  getSubscription(id: number): Promise<Subscription | null>;
  listSubscriptions(filter?: SubscriptionFilter): Promise<Subscription[]>;
  updateSubscription(id: number, patch: SubscriptionPatch): Promise<Subscription>;
  removeSubscription(id: number): Promise<boolean>;
  /** Was this story already delivered to this subscription's channel? */
  wasStoryDelivered(subscriptionId: number, storyId: number): Promise<boolean>;
  /** When this story was delivered to this subscription's channel, or null. */
  storyDeliveredAt(subscriptionId: number, storyId: number): Promise<Date | null>;
  /** Which of these stories were already delivered to this subscription's channel. */
  deliveredStoryIds(subscriptionId: number, storyIds: number[]): Promise<number[]>;
  markStoriesDelivered(subscriptionId: number, storyIds: number[], at: Date): Promise<void>;
}

export interface DeliveryRepository {
  /** Creates the pending part, or returns the existing one with the same idempotency key. */
  createDelivery(delivery: NewDelivery): Promise<Delivery>;
  getDelivery(idempotencyKey: string): Promise<Delivery | null>;
  listPendingDeliveries(subscriptionId?: number): Promise<Delivery[]>;
  listDeliveries(subscriptionId: number, periodKey?: string): Promise<Delivery[]>;
  markDeliverySent(id: number, platformMessageId: string | null, at: Date): Promise<void>;
  markDeliveryAttempt(id: number, error: string, permanent: boolean): Promise<void>;
}

/** Every data operation of a store; inside `transaction` the same operations run on the transaction's handle. */
export interface StoreOps extends FeedRepository, ArticleRepository, StoryRepository, QuoteRepository, SubscriptionRepository, DeliveryRepository {}

/** The handle `transaction` passes in: use only it inside the transaction (the outer store would wait for the transaction to end). */
export type Transaction = StoreOps;

export type StoreEngine = 'sqlite' | 'postgres';

export interface Store extends StoreOps {
  readonly engine: StoreEngine;
  /** Runs `fn` atomically: committed when its promise resolves, rolled back when it rejects. */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  /** True when the store answers a trivial query (readiness). */
  ping(): Promise<boolean>;
  /** Waits for a running transaction, then closes. */
  close(): Promise<void>;
}
