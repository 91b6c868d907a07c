export interface FeedItem {
  guid: string | null;
  /** Absolute http(s) link, resolved against the feed URL. */
  url: string | null;
  /** Plain text; the first line of the text or the link when the feed gives none; '' only for an empty item (see isEmptyItem). */
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
  /** The feed's name as plain text. */
  title: string | null;
  /** The site the feed belongs to (RSS channel link, Atom alternate link, JSON Feed home_page_url). */
  link: string | null;
  /** The dialect read, e.g. "RSS 2.0", "Atom 0.3", "CDF", "JSON Feed 1.1". */
  dialect: string;
  /**
   * Set when the document was not well-formed and was read by the forgiving
   * parser: the first error, e.g. "line 12, column 40: unexpected close tag".
   */
  recovered: string | null;
  /** Every item read, in feed order, including empty ones (isEmptyItem), which ingestion skips. */
  items: FeedItem[];
  /** Items that could not be read: cut off by the end of the document, oversized fields, past MAX_ITEMS. */
  skipped: SkippedItem[];
}

export interface ParseOptions {
  contentType?: string | null;
  url: string;
  now: Date;
}
