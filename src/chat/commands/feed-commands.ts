import type { Feed } from '../../store/index.js';
import { CommandError } from './errors.js';
import { formatWhen, infoReply } from './reply.js';
import type { Caller, CommandDeps, CommandOptions, CommandReply, ReplyLine } from './types.js';

const MAX_NAME_LENGTH = 100;

function parseFeedUrl(input: string): string {
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

export async function addFeed(options: CommandOptions, caller: Caller, deps: CommandDeps): Promise<CommandReply> {
  if (options.url === undefined || options.url.trim() === '') {
    throw new CommandError('Give the feed address, e.g. /news feeds add url:https://example.org/rss.xml.');
  }
  const url = parseFeedUrl(options.url);
  const name = options.name?.trim();
  if (name !== undefined && name.length > MAX_NAME_LENGTH) {
    throw new CommandError(`The feed name is ${name.length} characters long; keep it under ${MAX_NAME_LENGTH}.`);
  }
  const known = async (feedUrl: string): Promise<void> => {
    const existing = await deps.store.getFeedByUrl(feedUrl);
    if (existing) {
      throw new CommandError(`That feed is already added as #${existing.id} (${existing.name}); /news feeds list shows all feeds.`, 'conflict');
    }
  };
  await known(url);
  let found: Awaited<ReturnType<CommandDeps['checkFeedUrl']>>;
  try {
    found = await deps.checkFeedUrl(url);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
    throw new CommandError(`The feed URL cannot be used: ${reason}.`);
  }
  // The URL was a page naming its feed: store the feed found there.
  const feedUrl = found?.feedUrl ?? url;
  if (feedUrl !== url) await known(feedUrl);
  const feed = await deps.store.upsertFeed(
    { url: feedUrl, origin: 'chat', addedBy: caller.userId, ...(name === undefined || name === '' ? {} : { name }) },
    deps.now(),
  );
  deps.logger.info({ feedId: feed.id, url: feed.url, userId: caller.userId }, 'feed added from chat');
  const lines: ReplyLine[] = [{ text: `#${feed.id} ${feed.name}`, url: feed.url, detail: 'fetched on the next poll' }];
  if (found && feedUrl !== url) {
    lines.push({ text: `Found on ${url}: ${found.title ?? feedUrl}`, url: feedUrl });
    for (const other of found.alternatives.slice(0, 5)) lines.push({ text: `Also offered: ${other.title ?? other.url}`, url: other.url });
  }
  return infoReply('Feed added', lines, false);
}

async function findFeed(reference: string, deps: CommandDeps): Promise<Feed> {
  const text = reference.trim().replace(/^#/, '');
  const feed = /^\d+$/.test(text)
    ? await deps.store.getFeed(Number(text))
    : ((await deps.store.getFeedByUrl(text)) ?? (await deps.store.getFeedByUrl(safeUrl(text))));
  if (!feed) {
    throw new CommandError(`No feed "${reference.trim().slice(0, 100)}"; give a feed number or URL from /news feeds list.`, 'not_found');
  }
  return feed;
}

function safeUrl(text: string): string {
  try {
    return parseFeedUrl(text);
  } catch {
    return text;
  }
}

export async function removeFeed(options: CommandOptions, caller: Caller, deps: CommandDeps): Promise<CommandReply> {
  if (options.feed === undefined || options.feed.trim() === '') {
    throw new CommandError('Say which feed to remove by its number or URL, e.g. /news feeds remove feed:3.');
  }
  const feed = await findFeed(options.feed, deps);
  if (feed.origin === 'config') {
    throw new CommandError(`Feed #${feed.id} (${feed.name}) comes from the config file; remove it there, or it would come back on restart.`, 'conflict');
  }
  await deps.store.removeFeed(feed.id);
  deps.logger.info({ feedId: feed.id, url: feed.url, userId: caller.userId }, 'feed removed from chat');
  return infoReply('Feed removed', [{ text: `#${feed.id} ${feed.name}`, url: feed.url, detail: 'stored articles are kept' }], false);
}

function feedStatus(feed: Feed, timeZone: string): string {
  if (!feed.enabled) return `disabled: ${feed.disabledReason ?? 'no reason recorded'}`;
  const parts = [feed.lastStatus === null ? 'not fetched yet' : `last status ${feed.lastStatus}`];
  if (feed.lastFetchedAt) parts.push(`fetched ${formatWhen(feed.lastFetchedAt, timeZone)}`);
  if (feed.consecutiveFailures > 0) parts.push(`${feed.consecutiveFailures} failures in a row`);
  parts.push(feed.origin === 'config' ? 'from config' : 'added in chat');
  return parts.join(' · ');
}

export async function listFeeds(deps: CommandDeps): Promise<CommandReply> {
  const feeds = await deps.store.listFeeds();
  if (feeds.length === 0) {
    return infoReply('Feeds (0)', [{ text: 'No feeds yet; add one with /news feeds add url:https://example.org/rss.xml.' }]);
  }
  const lines: ReplyLine[] = feeds.map((feed) => ({
    text: `#${feed.id} ${feed.name}`,
    url: feed.url,
    detail: feedStatus(feed, deps.defaults.timezone),
  }));
  return infoReply(`Feeds (${feeds.length})`, lines);
}
