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
  /** The first XML error when the last parsed body was broken and read by the forgiving parser; null when it parsed cleanly. */
  parseNote: string | null;
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
    | 'parseNote'
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

/** A story to store; without `publishedAt` it is taken to be `firstSeenAt`. */
export type NewStory = Omit<Story, 'id' | 'publishedAt'> & { publishedAt?: Date };

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

/** A time range [since, until) for the trend queries; days are UTC calendar days (YYYY-MM-DD). */
export interface TrendQuery {
  since: Date;
  until: Date;
  /** Only these topics; all when absent or empty. */
  topics?: string[];
}

/** Stories first seen on `day` tagged with `topicId`. */
export interface StoryTopicDay {
  day: string;
  topicId: string;
  stories: number;
}

/** How often a speaker was quoted (direct or reported) in articles on a topic. */
export interface TopicSpeaker {
  topicId: string;
  speaker: string;
  speakerKey: string;
  /** Distinct articles quoting the speaker: one chatty article does not dominate. */
  articles: number;
  quotes: number;
}

/** Articles first seen on `day` from one feed (feedId null for articles whose feed was removed). */
export interface FeedDayVolume {
  day: string;
  feedId: number | null;
  source: string;
  articles: number;
}

/** A story's delivery to one subscription's channel. */
export interface StoryDelivery {
  subscriptionId: number;
  deliveredAt: Date;
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
  /** Articles whose display URL or canonical URL is exactly `url`, newest first (at most 20). */
  findArticlesByUrl(url: string): Promise<Article[]>;
  /**
   * Articles first seen at or after `since` that are in no story yet (`story_id IS NULL`), oldest first.
   * Every assignment pass picks these up, so an article stored by a poll that died before clustering
   * still reaches a story.
   */
  unassignedArticlesSince(since: Date, limit: number): Promise<Article[]>;
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
  /** Every subscription this story was delivered to, oldest first. */
  storyDeliveries(storyId: number): Promise<StoryDelivery[]>;
}

export interface DeliveryRepository {
  /** Creates the pending part, or returns the existing one with the same idempotency key. */
  createDelivery(delivery: NewDelivery): Promise<Delivery>;
  getDelivery(idempotencyKey: string): Promise<Delivery | null>;
  listPendingDeliveries(subscriptionId?: number): Promise<Delivery[]>;
  listDeliveries(subscriptionId: number, periodKey?: string): Promise<Delivery[]>;
  markDeliverySent(id: number, platformMessageId: string | null, at: Date): Promise<void>;
  markDeliveryAttempt(id: number, error: string, permanent: boolean): Promise<void>;
  /** The newest delivery parts across all subscriptions (by creation), at most `limit`. */
  listRecentDeliveries(limit: number): Promise<Delivery[]>;
}

/** Aggregates for the dashboard's trends and the chat trend chart. */
export interface TrendRepository {
  /** Stories per topic per UTC day, by the story's first-seen time. */
  storiesPerTopicPerDay(query: TrendQuery): Promise<StoryTopicDay[]>;
  /** The `perTopic` most-quoted speakers of each topic, most articles first. */
  topSpeakersPerTopic(query: TrendQuery & { perTopic: number }): Promise<TopicSpeaker[]>;
  /** Articles per feed per UTC day, by first-seen time. */
  feedVolumePerDay(query: Omit<TrendQuery, 'topics'>): Promise<FeedDayVolume[]>;
}

/** What one pruning batch removed. */
export interface PruneResult {
  articles: number;
  stories: number;
  deliveries: number;
}

export interface RetentionRepository {
  /**
   * One batch of retention: deletes up to `limit` of the oldest articles first seen
   * before `cutoff` (with their topics, quotes and search rows), the stories they
   * leave empty (with those stories' delivered markers), and up to `limit` sent
   * delivery parts created before `cutoff`; pending parts are kept. Call again
   * until it deletes nothing.
   */
  pruneBefore(cutoff: Date, limit: number): Promise<PruneResult>;
}

/** Every data operation of a store; inside `transaction` the same operations run on the transaction's handle. */
export interface StoreOps
  extends
    FeedRepository,
    ArticleRepository,
    StoryRepository,
    QuoteRepository,
    SubscriptionRepository,
    DeliveryRepository,
    TrendRepository,
    RetentionRepository {}

/** The handle `transaction` passes in: use only it inside the transaction (the outer store would wait for the transaction to end). */
export type Transaction = StoreOps;

export type StoreEngine = 'sqlite' | 'postgres';

export interface Store extends StoreOps {
  readonly engine: StoreEngine;
  /** Runs `fn` atomically: committed when its promise resolves, rolled back when it rejects. */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  /**
   * A consistent copy of the whole database at `destination` (a new file), safe
   * while other processes read and write it (SQLite: the online backup API).
   */
  backup(destination: string): Promise<{ bytes: number }>;
  /** True when the store answers a trivial query (readiness). */
  ping(): Promise<boolean>;
  /** Waits for a running transaction, then closes. */
  close(): Promise<void>;
}
