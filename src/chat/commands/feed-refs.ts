import { CommandError } from './errors.js';

/** How a user names a feed: its number, its address or its name. */
export type FeedRef = { kind: 'id'; id: number } | { kind: 'url'; url: string } | { kind: 'name'; name: string };

/** A subscription follows at most this many feeds (the option text is bounded too). */
export const MAX_FEEDS_PER_SUBSCRIPTION = 10;

/** A feed address as stored: http(s), no credentials, no fragment, host in lower case. */
export function parseFeedUrl(input: string): string {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CommandError(`"${text.slice(0, 100)}" is not a URL; give the full feed address, e.g. https://example.org/rss.xml.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CommandError(`Feed URLs must start with http:// or https://, not ${url.protocol}//.`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new CommandError('Feed URLs must not contain a user name or password; use a public feed address.');
  }
  url.hash = '';
  return url.toString();
}

export const looksLikeFeedRef = (word: string): boolean => /^#?\d+$/.test(word.trim()) || /^https?:\/\//i.test(word.trim());

export function parseFeedRef(input: string): FeedRef {
  const text = input.trim();
  if (/^#?\d+$/.test(text)) return { kind: 'id', id: Number(text.replace('#', '')) };
  if (/^https?:\/\//i.test(text)) return { kind: 'url', url: parseFeedUrl(text) };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) parseFeedUrl(text);
  return { kind: 'name', name: text };
}

/** "3, #4, https://example.org/rss.xml, Tagesblick" → feed references, without repeats. */
export function parseFeedRefs(input: string): FeedRef[] {
  const items = input
    .split(/[,;\n]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0) throw new CommandError('Name at least one feed by its number, address or name, e.g. feeds:3 or feeds:https://example.org/rss.xml.');
  if (items.length > MAX_FEEDS_PER_SUBSCRIPTION) {
    throw new CommandError(`That is ${items.length} feeds; a subscription follows at most ${MAX_FEEDS_PER_SUBSCRIPTION}.`);
  }
  const refs: FeedRef[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const ref = parseFeedRef(item);
    const key = ref.kind === 'id' ? `id:${ref.id}` : ref.kind === 'url' ? `url:${ref.url}` : `name:${ref.name.toLowerCase()}`;
    if (!seen.has(key)) refs.push(ref);
    seen.add(key);
  }
  return refs;
}

export function describeFeedRef(ref: FeedRef): string {
  return ref.kind === 'id' ? `#${ref.id}` : ref.kind === 'url' ? ref.url : `"${ref.name}"`;
}
