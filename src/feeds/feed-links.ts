import { Parser } from 'htmlparser2';
import { resolveLink } from './item-fields.js';
import { foldWhitespace } from './plain-text.js';

/**
 * The feeds an HTML page names: `<link rel="alternate" type="application/rss+xml">`
 * (and Atom, RDF, JSON Feed), as every feed reader follows them; failing
 * those, links in the page that look like feeds (/feed, .rss, .atom).
 */

export interface FeedLink {
  url: string;
  title: string | null;
  /** The declared type, or "guess" for a link found by its address. */
  type: string;
}

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
  'application/json+feed',
  'application/x.atom+xml',
  'application/x-atom+xml',
  'application/x-rss+xml',
  'text/xml',
  'application/xml',
  'text/rss+xml',
  'text/atom+xml',
]);

/** Anchors whose address looks like a feed; only used when the page declares none. */
const FEED_ADDRESS =
  /(?:\.(?:rss|rdf|atom)(?:$|\?)|\/(?:feed|rss|atom)(?:\.xml|\.php)?\/?(?:$|\?)|[?&]feed=(?:rss2?|atom)\b|\/rss\.xml$|\/atom\.xml$|\/index\.xml$)/i;

const MAX_GUESSES = 5;

/** Comment feeds are rarely what a reader wants; they go after the others. */
function isCommentFeed(link: FeedLink): boolean {
  return /comment/i.test(link.url) || /comment|kommentar|commentaire|comentario/i.test(link.title ?? '');
}

export function findFeedLinks(html: string, pageUrl: string): FeedLink[] {
  let base = pageUrl;
  const declared: FeedLink[] = [];
  const guessed: FeedLink[] = [];
  const seen = new Set<string>();
  const add = (list: FeedLink[], href: string | undefined, title: string | null, type: string): void => {
    const url = href === undefined ? null : resolveLink(href, base);
    if (!url || seen.has(url)) return;
    seen.add(url);
    list.push({ url, title: title === null ? null : foldWhitespace(title) || null, type });
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'base' && attributes.href && base === pageUrl) {
          base = resolveLink(attributes.href, pageUrl) ?? pageUrl;
        } else if (name === 'link' && attributes.href) {
          const rel = ` ${(attributes.rel ?? '').toLowerCase().replace(/\s+/g, ' ')} `;
          const type = (attributes.type ?? '').trim().toLowerCase().split(';')[0]!.trim();
          if (rel.includes(' stylesheet ') || !(rel.includes(' alternate ') || rel.includes(' feed '))) return;
          if (FEED_TYPES.has(type) || (rel.includes(' feed ') && type === '')) add(declared, attributes.href, attributes.title ?? null, type || 'feed');
        } else if (name === 'a' && attributes.href && guessed.length < MAX_GUESSES && FEED_ADDRESS.test(attributes.href.trim())) {
          add(guessed, attributes.href, attributes.title ?? null, 'guess');
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  const found = declared.length > 0 ? declared : guessed;
  return [...found.filter((link) => !isCommentFeed(link)), ...found.filter(isCommentFeed)];
}
