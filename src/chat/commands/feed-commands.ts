import { REMOVED_FROM_CONFIG, type Feed, type FeedLink } from '../../store/index.js';
import { CommandError } from './errors.js';
import { importFeeds, summariseImport } from './feed-import.js';
import { MAX_OPML_BYTES, parseOpml } from './opml.js';
import { OPTIONS } from './options.js';
import type { OptionReader } from './read.js';
import { formatWhen, infoReply } from './reply.js';
import type { Caller, CommandDeps, CommandReply, ReplyLine } from './types.js';
import {
  addWorkspaceFeed,
  dropFeedFromSubscriptions,
  feedDisplayName,
  findVisibleFeed,
  ownWorkspace,
  UNUSED_FEED_REASON,
  workspaceFeeds,
} from './workspace-feeds.js';

/** Import replies list this many lines; the summary counts all. */
const IMPORT_LINES_SHOWN = 20;

export async function addFeed(read: OptionReader, caller: Caller, deps: CommandDeps): Promise<CommandReply> {
  const url = read(OPTIONS.url)!;
  const name = read(OPTIONS.name) ?? null;
  const { feed, created, discovered } = await addWorkspaceFeed(deps, caller, url, name);
  const lines: ReplyLine[] = [
    {
      text: `#${feed.id} ${name ?? feed.name}`,
      url: feed.url,
      detail: created ? 'fetched on the next poll' : 'already fetched; its stories are available here now',
    },
  ];
  // The typed address was a page: say which feed it named, and what else it offered.
  if (discovered) {
    lines.push({ text: `Found on ${discovered.page}: ${discovered.title ?? feed.url}`, url: feed.url });
    for (const other of discovered.alternatives.slice(0, 5)) lines.push({ text: `Also offered: ${other.title ?? other.url}`, url: other.url });
  }
  return infoReply('Feed added', lines, false);
}

function sharedRefusal(feed: Feed): string {
  return feed.origin === 'config'
    ? `Feed #${feed.id} (${feed.name}) comes from the config file; remove it there, or it would come back on restart.`
    : `Feed #${feed.id} (${feed.name}) was added by the operator for every workspace; ask them to remove it (news-digest feeds remove ${feed.id}).`;
}

export async function removeFeed(read: OptionReader, caller: Caller, deps: CommandDeps): Promise<CommandReply> {
  const workspace = ownWorkspace(caller);
  const feed = await findVisibleFeed(deps, caller, read(OPTIONS.feed)!);
  if (feed.shared) throw new CommandError(sharedRefusal(feed), 'conflict');
  await deps.store.unlinkFeed(feed.id, workspace);
  // No workspace left that wants it: stop fetching it, but keep it (and its articles, which stay private).
  if ((await deps.store.listFeedLinks(feed.id)).length === 0) await deps.store.updateFeedState(feed.id, { enabled: false, disabledReason: UNUSED_FEED_REASON });
  const { changed, removed } = await dropFeedFromSubscriptions(deps, caller, feed.id);
  if (changed.length + removed.length > 0) deps.onSubscriptionsChanged?.();
  deps.logger.info({ feedId: feed.id, url: feed.url, userId: caller.userId, workspaceId: workspace.workspaceId }, 'feed removed from chat');
  const lines: ReplyLine[] = [{ text: `#${feed.id} ${feed.name}`, url: feed.url, detail: 'stored articles are kept' }];
  for (const subscription of changed) lines.push({ text: 'That subscription no longer follows it.', channelId: subscription.channelId });
  for (const subscription of removed) lines.push({ text: 'That subscription followed only this feed and was removed.', channelId: subscription.channelId });
  return infoReply('Feed removed', lines, false);
}

export async function enableFeed(read: OptionReader, caller: Caller, deps: CommandDeps): Promise<CommandReply> {
  const feed = await findVisibleFeed(deps, caller, read(OPTIONS.feed)!);
  if (feed.enabled)
    return infoReply('Feed enabled', [
      { text: `#${feed.id} ${feed.name} is already enabled.`, url: feed.url, detail: feedStatus(feed, deps.defaults.timezone) },
    ]);
  if (feed.disabledReason === REMOVED_FROM_CONFIG) {
    throw new CommandError(`Feed #${feed.id} (${feed.name}) was taken out of the config file; only the operator can add it back there.`, 'conflict');
  }
  const enabled = await deps.store.updateFeedState(feed.id, { enabled: true, disabledReason: null, consecutiveFailures: 0, nextFetchAt: null });
  deps.logger.info({ feedId: feed.id, userId: caller.userId, workspaceId: caller.workspaceId }, 'feed re-enabled from chat');
  return infoReply('Feed enabled', [{ text: `#${enabled.id} ${enabled.name}`, url: enabled.url, detail: 'fetched again on the next poll' }], false);
}

function feedStatus(feed: Feed, timeZone: string, own?: FeedLink): string {
  if (!feed.enabled) return `disabled: ${feed.disabledReason ?? 'no reason recorded'}`;
  const parts = [feed.lastStatus === null ? 'not fetched yet' : `last status ${feed.lastStatus}`];
  if (feed.lastFetchedAt) parts.push(`fetched ${formatWhen(feed.lastFetchedAt, timeZone)}`);
  if (feed.consecutiveFailures > 0) parts.push(`${feed.consecutiveFailures} failures in a row`);
  parts.push(feed.shared ? (feed.origin === 'config' ? 'shared, from config' : 'shared, added by the operator') : own ? 'added here' : 'added in chat');
  return parts.join(' · ');
}

export async function listFeeds(caller: Caller, deps: CommandDeps): Promise<CommandReply> {
  const { feeds, own } = await workspaceFeeds(deps, caller);
  if (feeds.length === 0) {
    return infoReply('Feeds (0)', [{ text: 'No feeds yet; add one with /news feeds add url:https://example.org/rss.xml.' }]);
  }
  const lines: ReplyLine[] = feeds.map((feed) => ({
    text: `#${feed.id} ${feedDisplayName(feed, own)}`,
    url: feed.url,
    detail: feedStatus(feed, deps.defaults.timezone, own.get(feed.id)),
  }));
  return infoReply(`Feeds (${feeds.length})`, lines);
}

export async function importFeedsCommand(read: OptionReader, caller: Caller, deps: CommandDeps): Promise<CommandReply> {
  const workspace = ownWorkspace(caller);
  const file = read(OPTIONS.file)!;
  if (!deps.fetchAttachment) throw new CommandError('Importing files is not available here; use news-digest feeds import FILE on the server.');
  let text: string;
  try {
    text = await deps.fetchAttachment(file.url, MAX_OPML_BYTES);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
    throw new CommandError(`Could not download the attached file (${reason}); attach it again.`);
  }
  const entries = parseOpml(text);
  if (entries.length === 0) throw new CommandError('That OPML file lists no feeds (no outline has an xmlUrl); export the feed list again from your reader.');
  const results = await importFeeds(deps, entries, { workspace, addedBy: caller.userId });
  const lines: ReplyLine[] = results.slice(0, IMPORT_LINES_SHOWN).map((result) => ({
    text: `Line ${result.line}: ${result.title ?? result.url}`,
    url: result.status === 'invalid' ? null : result.url,
    detail: result.message,
  }));
  if (results.length > IMPORT_LINES_SHOWN) lines.push({ text: `… and ${results.length - IMPORT_LINES_SHOWN} more lines.` });
  return infoReply(`Imported ${file.filename}: ${summariseImport(results)}`, lines);
}
