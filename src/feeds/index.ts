export {
  FeedError,
  isFeedError,
  type FeedErrorReason,
  decodeBody,
  type DecodedBody,
  parseFeed,
  parseFeedText,
  preloadFeedReaders,
  MAX_ITEMS,
  sniffDocument,
  type DocumentKind,
  type SniffedDocument,
  isEmptyItem,
  type FeedItem,
  type ParsedFeed,
  type ParseOptions,
  type SkippedItem,
} from './parse-entry.js';
export { assertPublicUrl, isPrivateAddress, guardedLookup, type HostResolver, type AddressGuardOptions } from './address-guard.js';
export { fetchResource, createFetchAgent, parseRetryAfter, MAX_REDIRECTS, type FetchOptions, type FetchResult } from './fetch.js';
export { assertSafeXml, DEFAULT_XML_LIMITS, type XmlLimits } from './xml-guard.js';
export { parseFeedDate } from './dates.js';
export { plainText } from './plain-text.js';
export { findFeedLinks, type FeedLink } from './feed-links.js';
export { discoverFeed, type DiscoveredFeed, type DiscoverOptions } from './discover.js';
export { articleIdentity, canonicalizeUrl, contentHashOf, type ArticleIdentity } from './identity.js';
export { extractArticleText, extractPage, pageLimitProblem, DEFAULT_FULL_TEXT_LIMITS, type FullTextLimits, type PageExtraction } from './full-text.js';
export { createFullTextExtractor, fullTextLimits, type FullTextExtractor } from './full-text-pool.js';
export { isTeaser, TEASER_MAX_CHARS } from './ingest.js';
export { backoffDelayMs, nextAttemptAt } from './backoff.js';
export { emptyReport, pollFeeds, reenableFeed, type PollDeps, type PollOptions, type PollReport, type PollOutcome } from './poll.js';
export { formatPollReport } from './poll-report.js';
