export interface FeedItem {
  guid: string | null;
  /** Absolute http(s) link, resolved against the feed URL. */
  url: string | null;
  title: string;
  html: string | null;
  /** Plain text of the item's own content (teaser or full), paragraphs separated by a blank line. */
  text: string;
  /** The item's date, or the time the item was parsed when the feed gives none or an unreadable one. */
  publishedAt: Date | null;
  author?: string | null;
}

export interface SkippedItem {
  reason: string;
  /** Position of the item in the feed, for the log line. */
  index?: number;
}

export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
  skipped: SkippedItem[];
}

export interface ParseOptions {
  contentType?: string | null;
  url: string;
  now: Date;
}
