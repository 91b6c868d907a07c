import { createHash } from 'node:crypto';
import type { FeedItem } from './types.js';

/** Query parameters that only say where a click came from. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gclsrc',
  'msclkid',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'ocid',
  'cmpid',
  'cmp',
  'xtor',
  'smid',
  'sr_share',
  's_cid',
  'ito',
  'ftag',
  'wt_mc',
  'wt_zmc',
  'wt_cc1',
  'ns_source',
  'ns_mchannel',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'at_custom3',
  'at_custom4',
  'at_link',
  'at_format',
  'at_ptr_name',
  'icid',
  'soc_src',
  'soc_trk',
  'rss',
  'feature',
  'ref_src',
  'ref_url',
  'spm',
  'share',
]);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || lower.startsWith('pk_') || lower.startsWith('mtm_') || TRACKING_PARAMS.has(lower);
}

/**
 * One spelling per article URL: https, lower-case host without "www.", no
 * default port, no fragment, no tracking parameters, remaining parameters
 * sorted, no trailing slash. Invalid input comes back trimmed.
 */
export function canonicalizeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim();
  }
  if (parsed.protocol === 'http:') parsed.protocol = 'https:';
  if (parsed.port === '80' || parsed.port === '443') parsed.port = '';
  parsed.hostname = parsed.hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  parsed.hash = '';
  parsed.username = '';
  parsed.password = '';
  const kept = [...parsed.searchParams.entries()].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  parsed.search = new URLSearchParams(kept).toString();
  if (parsed.pathname.length > 1 && parsed.pathname.endsWith('/')) parsed.pathname = parsed.pathname.replace(/\/+$/, '');
  return parsed.href;
}

function normaliseForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Hash of what a reader sees (title and text). Dates and links stay out, so a moving pubDate is not a change. */
export function contentHashOf(item: Pick<FeedItem, 'title' | 'text'>): string {
  return createHash('sha256').update(normaliseForHash(item.title)).update('\n').update(normaliseForHash(item.text)).digest('hex');
}

/** Guids like "123" are only unique within their feed; URL and tag: guids are global. */
function scopedGuid(guid: string, feedUrl: string): string {
  if (/^(?:https?:\/\/|tag:|urn:)/i.test(guid)) return guid;
  return `${canonicalizeUrl(feedUrl)}#${guid}`;
}

export interface ArticleIdentity {
  /** The stored identity: the item's guid, else its canonical link, else its content hash. */
  guid: string;
  canonicalUrl: string | null;
  contentHash: string;
}

/** A link to a site's front page (several items often share it) says nothing about which article this is. */
function isArticleLink(canonical: string): boolean {
  try {
    const parsed = new URL(canonical);
    return parsed.pathname.length > 1 || parsed.search.length > 0;
  } catch {
    return false;
  }
}

export function articleIdentity(item: Pick<FeedItem, 'guid' | 'url' | 'title' | 'text'>, feedUrl: string): ArticleIdentity {
  const contentHash = contentHashOf(item);
  const canonical = item.url ? canonicalizeUrl(item.url) : null;
  const canonicalUrl = canonical && isArticleLink(canonical) ? canonical : null;
  const guid = item.guid ? scopedGuid(item.guid, feedUrl) : (canonicalUrl ?? `sha256:${contentHash}`);
  return { guid, canonicalUrl, contentHash };
}
