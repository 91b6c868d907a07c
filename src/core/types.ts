import type { Platform } from './platforms.js';

/**
 * The domain types every module shares. The core owns them because data flows
 * one way (feeds → articles → analysis → stories → digests → chat) and every
 * adapter downstream speaks in these terms.
 */

/** ISO 639-1 code ('de', 'en', 'fr', 'es', …) or 'und' when the text is too short to tell. */
export type LanguageCode = string;

export interface TopicScore {
  id: string;
  score: number;
  /** The matched terms, so every tag can be explained. */
  evidence: string[];
}

export interface Quote {
  text: string;
  /**
   * Who said it: a person by the fullest name the article gives ("Jens Stoltenberg") or an institution
   * as the article writes it ("Kreml", "présidence russe"). Null when nobody can be named with enough confidence.
   */
  speaker: string | null;
  /** 'direct' for a quotation in quote marks, 'indirect' for reported speech. */
  kind: 'direct' | 'indirect';
  /** Higher is a better pick for the digest. */
  score: number;
  /** Language of the quotation (its article's), so a digest in another language still wraps it in its own marks. */
  language?: LanguageCode;
  /** How sure the speaker attribution is, in [0, 1]; 0 without a speaker. Absent on quotes stored before it existed. */
  speakerConfidence?: number;
}

/** What the core makes of one article's text. Pure function of title, body and taxonomy. */
export interface ArticleAnalysis {
  language: LanguageCode;
  topics: TopicScore[];
  /** Direct quotations, best first. */
  quotes: Quote[];
  /** Indirect speech, kept apart from direct quotes. */
  statements: Quote[];
  /** One or two sentences, at most 300 characters. */
  summary: string;
  /** Canonical keys of named people, places and organisations (language-neutral), for story clustering. */
  entities: string[];
}

export interface ArticleText {
  title: string;
  /** Plain text, paragraphs separated by a blank line. */
  body: string;
  languageHint?: LanguageCode | null;
}

/** An article as stored. */
export interface Article {
  id: number;
  feedId: number | null;
  /** The identity the feed layer settled on: guid, canonical link or content hash. */
  guid: string;
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  body: string;
  /** The outlet's display name (the feed's name). */
  source: string;
  language: LanguageCode;
  publishedAt: Date;
  firstSeenAt: Date;
  contentHash: string;
  analysis: ArticleAnalysis;
  storyId: number | null;
}

/** The same event reported by one or more outlets. */
export interface Story {
  id: number;
  representativeArticleId: number;
  title: string;
  url: string | null;
  summary: string;
  topics: TopicScore[];
  quotes: Quote[];
  sources: string[];
  languages: LanguageCode[];
  articleIds: number[];
  /** When the story was first published: its earliest member's publication time (a feed without dates gives the first-seen time). */
  publishedAt: Date;
  /** When the first member was polled; digests select by it (a watermark never skips a late-dated story). */
  firstSeenAt: Date;
  updatedAt: Date;
}

export type { Platform };
export type SubscriptionMode = 'digest' | 'instant';

/**
 * How a subscription's messages are laid out: `plain` posts the digest,
 * `threads` adds a thread under it with each story's quotes and sources,
 * `forum` posts one forum post (a thread) per story (Discord forum channels).
 */
export type SubscriptionLayout = 'plain' | 'threads' | 'forum';

/** What a subscription lets through besides its topics and feeds. Empty lists and null mean "no filter". */
export interface SubscriptionFilters {
  /** Only stories containing at least one of these words or phrases (whole words, case- and accent-insensitive). */
  include: string[];
  /** No story containing any of these words or phrases. */
  exclude: string[];
  /** Only stories with an article in one of these languages (ISO 639-1). */
  languages: string[];
  /** Only stories covered by at least this many outlets. */
  minSources: number | null;
}

export interface Subscription {
  id: number;
  platform: Platform;
  /** Discord guild id or Slack team id; null for the console. */
  workspaceId: string | null;
  channelId: string;
  topics: string[];
  /** Five-field cron expression, evaluated in `timezone`. */
  schedule: string;
  timezone: string;
  mode: SubscriptionMode;
  /** Language of the digest chrome (headers, dates); article text stays as written. */
  language: LanguageCode;
  status: 'active' | 'paused';
  pausedReason: string | null;
  /** Optional Discord channel webhook to post through instead of the bot token. */
  webhookUrl: string | null;
  createdBy: string | null;
  createdAt: Date;
  /** Stories first seen up to this instant have been delivered. */
  watermark: Date | null;
  /** Feed ids whose every new item this subscription carries (with `topics` as a filter on top when both are set). Stored: always set. */
  feeds?: number[];
  /** Stored: always set. */
  filters?: SubscriptionFilters;
  /** Stored: always set; 'plain' by default. */
  layout?: SubscriptionLayout;
  /** Discord role an instant post mentions (opt-in role alert); null for none. */
  mentionRoleId?: string | null;
}

export interface DigestStory {
  storyId: number;
  title: string;
  url: string | null;
  summary: string;
  quotes: Quote[];
  sources: string[];
  publishedAt: Date;
  topics: string[];
  /** Set when this entry is a marked update of a story delivered before. */
  isUpdate?: boolean;
}

export interface DigestSection {
  topicId: string;
  topicLabel: string;
  stories: DigestStory[];
}

export interface Digest {
  subscriptionId: number;
  /** Identifies the digest period, part of every delivery's idempotency key. */
  periodKey: string;
  generatedAt: Date;
  language: LanguageCode;
  timezone: string;
  mode: SubscriptionMode;
  sections: DigestSection[];
  /** Stories cut by the cap ("and N more"). */
  moreCount: number;
  /** A hint for finding the rest, e.g. "/news search topic:summits since:yesterday". */
  moreHint: string | null;
}

export type DeliveryStatus = 'pending' | 'sent' | 'failed';

export interface Delivery {
  id: number;
  subscriptionId: number;
  /** `${subscriptionId}:${periodKey}:${part}` — unique. */
  idempotencyKey: string;
  periodKey: string;
  part: number;
  partCount: number;
  status: DeliveryStatus;
  /** The rendered message body, so a pending part can be re-sent byte-identical after a crash. */
  payload: string;
  platformMessageId: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  /** Set for a message posted in the thread of another part of the same period (its part number). */
  threadOfPart?: number | null;
}
