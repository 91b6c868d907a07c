import { assertPublicUrl } from './address-guard.js';
import { decodeBody } from './charset.js';
import { FeedError } from './errors.js';
import { findFeedLinks, type FeedLink } from './feed-links.js';
import { fetchResource, type FetchOptions } from './fetch.js';
import { parseFeedText } from './parse.js';
import { sniffDocument } from './sniff.js';

/**
 * Feed autodiscovery: a URL that answers with a feed is that feed; one that
 * answers with an HTML page is followed to the feed the page names in
 * `<link rel="alternate" type="application/rss+xml">` (Atom, RDF and JSON
 * Feed too), with the same address guard and limits as every fetch.
 */

export interface DiscoveredFeed {
  /** The feed's address: the URL given when it is a feed, else the feed the page names. */
  feedUrl: string;
  /** The feed's own title, else the page's link title. */
  title: string | null;
  /** The dialect read, e.g. "RSS 2.0". */
  dialect: string;
  /** The page the feed was found on, when the URL given was a page. */
  foundOn: string | null;
  /** The other feeds the page offers (not fetched). */
  alternatives: FeedLink[];
}

export type DiscoverOptions = Omit<FetchOptions, 'etag' | 'lastModified' | 'accept'> & {
  /** How many of the page's feed links are tried before giving up (default 3). */
  maxCandidates?: number;
  now?: Date;
};

const PAGE_OR_FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';

async function fetchText(url: string, options: DiscoverOptions): Promise<{ text: string; contentType: string | null; finalUrl: string }> {
  const fetched = await fetchResource(url, { ...options, accept: PAGE_OR_FEED_ACCEPT });
  return { text: decodeBody(fetched.body, fetched.contentType).text, contentType: fetched.contentType, finalUrl: fetched.finalUrl };
}

/** Reads the document as a feed; a FeedError says why it is not one. */
function readFeed(text: string, contentType: string | null, url: string, now: Date) {
  return parseFeedText(text, { contentType, url, now });
}

/**
 * Finds the feed behind a URL: the feed itself, or the first readable feed an
 * HTML page names (comment feeds last). Throws a FeedError (one sentence)
 * when the URL is private, unreachable, or a page that names no readable feed.
 */
export async function discoverFeed(url: string, options: DiscoverOptions): Promise<DiscoveredFeed> {
  await assertPublicUrl(url, options);
  const now = options.now ?? new Date();
  const page = await fetchText(url, options);
  const sniffed = sniffDocument(page.text, page.contentType);
  if (sniffed.kind !== 'html') {
    const feed = await readFeed(page.text, page.contentType, page.finalUrl, now);
    return { feedUrl: url, title: feed.title, dialect: feed.dialect, foundOn: null, alternatives: [] };
  }
  const links = findFeedLinks(page.text, page.finalUrl);
  if (links.length === 0) {
    throw new FeedError(
      'parse',
      `${url} is an HTML page that names no feed (no <link rel="alternate" type="application/rss+xml">); give the feed's own address`,
    );
  }
  const failures: string[] = [];
  for (const [index, link] of links.slice(0, options.maxCandidates ?? 3).entries()) {
    try {
      const candidate = await fetchText(link.url, options);
      const feed = await readFeed(candidate.text, candidate.contentType, candidate.finalUrl, now);
      return {
        feedUrl: link.url,
        title: feed.title ?? link.title,
        dialect: feed.dialect,
        foundOn: url,
        alternatives: links.filter((_, other) => other !== index),
      };
    } catch (error) {
      if (error instanceof FeedError && error.reason === 'private_address') throw error;
      failures.push(`${link.url}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  throw new FeedError('parse', `${url} is an HTML page whose feed links could not be read (${failures.join('; ')})`);
}
