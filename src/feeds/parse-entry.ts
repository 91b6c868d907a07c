/**
 * The parse path on its own: charset decoding, sniffing and the feed parsers,
 * for input that is already bytes (a local file). It loads no HTTP client, no
 * DOM or Readability and no worker pool; those come with index.ts, for a URL
 * or an HTML page.
 */
export { FeedError, isFeedError, type FeedErrorReason } from './errors.js';
export { decodeBody, type DecodedBody } from './charset.js';
export { parseFeed, parseFeedText, preloadFeedReaders, MAX_ITEMS } from './parse.js';
export { sniffDocument, type DocumentKind, type SniffedDocument } from './sniff.js';
export { isEmptyItem } from './item-fields.js';
export type { FeedItem, ParsedFeed, ParseOptions, SkippedItem } from './types.js';
