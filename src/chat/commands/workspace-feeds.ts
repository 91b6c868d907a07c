import type { Subscription } from '../../core/index.js';
import { UNUSED_FEED_REASON, type Feed, type FeedLink, type WorkspaceScope } from '../../store/index.js';
import { CommandError } from './errors.js';
import { describeFeedRef, type FeedRef } from './feed-refs.js';
import type { Caller, CommandDeps } from './types.js';

/**
 * Feeds as one workspace sees them: the shared ones (config file, operator)
 * and the ones it added. A feed another workspace added is, from here,
 * indistinguishable from one that does not exist — its number, address and
 * name are answered "not found" — except that adding the same address links
 * the one stored feed (fetched once) to this workspace too.
 */

export { UNUSED_FEED_REASON };

/** What the caller may see: its workspace's view, or everything for the operator (undefined: no filter). */
export const scopeOfCaller = (caller: Pick<Caller, 'platform' | 'workspaceId' | 'operator'>): WorkspaceScope | undefined =>
  caller.operator ? undefined : { platform: caller.platform, workspaceId: caller.workspaceId };

export function ownWorkspace(caller: Caller): WorkspaceScope & { workspaceId: string } {
  if (caller.workspaceId === null) throw new CommandError('Feeds belong to a server or workspace: run this in one of its channels, not in a direct message.');
  return { platform: caller.platform, workspaceId: caller.workspaceId };
}

export interface WorkspaceFeeds {
  feeds: Feed[];
  /** This workspace's links (its own feeds), by feed id. */
  own: Map<number, FeedLink>;
}

export async function workspaceFeeds(deps: CommandDeps, caller: Caller): Promise<WorkspaceFeeds> {
  const scope = scopeOfCaller(caller);
  const feeds = await deps.store.listFeeds(scope ? { visibleTo: scope } : {});
  const own = new Map<number, FeedLink>();
  if (caller.workspaceId !== null) {
    for (const feed of await deps.store.listFeeds({ ownedBy: { platform: caller.platform, workspaceId: caller.workspaceId } })) {
      const link = (await deps.store.listFeedLinks(feed.id)).find((l) => l.platform === caller.platform && l.workspaceId === caller.workspaceId);
      if (link) own.set(feed.id, link);
    }
  }
  return { feeds, own };
}

/** The name this workspace knows a feed by. */
export const feedDisplayName = (feed: Feed, own: Map<number, FeedLink>): string => own.get(feed.id)?.name ?? feed.name;

/** One visible feed for a typed reference; "not found" for anything this workspace cannot see. */
export async function findVisibleFeed(deps: CommandDeps, caller: Caller, ref: FeedRef, view?: WorkspaceFeeds): Promise<Feed> {
  const { feeds, own } = view ?? (await workspaceFeeds(deps, caller));
  let matches: Feed[];
  if (ref.kind === 'id') matches = feeds.filter((feed) => feed.id === ref.id);
  else if (ref.kind === 'url') matches = feeds.filter((feed) => feed.url === ref.url);
  else {
    const wanted = ref.name.toLowerCase();
    matches = feeds.filter((feed) => feedDisplayName(feed, own).toLowerCase() === wanted || feed.name.toLowerCase() === wanted);
  }
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    const list = matches.map((feed) => `#${feed.id} ${feedDisplayName(feed, own)}`).join(', ');
    throw new CommandError(`Several feeds are called ${describeFeedRef(ref)} (${list}); give the number instead.`, 'conflict');
  }
  throw new CommandError(`No feed ${describeFeedRef(ref).slice(0, 120)} here; /news feeds list shows the feeds you can use.`, 'not_found');
}

/**
 * The feed to add for a typed address: the single place where autodiscovery
 * (a page address → its feed) plugs in, and where the private-address guard
 * runs. Returns the address to store and a title when discovery found one.
 */
export async function feedToAdd(
  url: string,
  deps: Pick<CommandDeps, 'checkFeedUrl' | 'discoverFeed'>,
): Promise<{ url: string; title: string | null; alternatives: { url: string; title: string | null }[] }> {
  try {
    if (deps.discoverFeed) {
      const found = await deps.discoverFeed(url);
      await deps.checkFeedUrl(found.url);
      return { url: found.url, title: found.title ?? null, alternatives: found.alternatives ?? [] };
    }
    await deps.checkFeedUrl(url);
    return { url, title: null, alternatives: [] };
  } catch (error) {
    if (error instanceof CommandError) throw error;
    const reason = error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
    throw new CommandError(`The feed URL cannot be used: ${reason}.`);
  }
}

export type AddOutcome = {
  feed: Feed;
  created: boolean;
  /** Set when the typed address was a page and autodiscovery chose the feed it names. */
  discovered?: { page: string; title: string | null; alternatives: { url: string; title: string | null }[] };
};

/**
 * Adds a feed for the caller's workspace, refusing duplicates with the
 * existing feed named: one shared with everyone, or one this workspace has.
 * An address another workspace added is linked, not stored twice.
 */
export async function addWorkspaceFeed(deps: CommandDeps, caller: Caller, typedUrl: string, name: string | null): Promise<AddOutcome> {
  const workspace = ownWorkspace(caller);
  const existingOrNull = async (url: string): Promise<AddOutcome | null> => {
    const existing = await deps.store.getFeedByUrl(url);
    if (!existing) return null;
    if (existing.shared) {
      throw new CommandError(`That feed is already available to everyone as #${existing.id} (${existing.name}); /news feeds list shows it.`, 'conflict');
    }
    const links = await deps.store.listFeedLinks(existing.id);
    const ownLink = links.find((link) => link.platform === workspace.platform && link.workspaceId === workspace.workspaceId);
    if (ownLink) throw new CommandError(`That feed is already added here as #${existing.id} (${ownLink.name ?? existing.name}).`, 'conflict');
    const feed = await deps.store.transaction(async (tx) => {
      await tx.linkFeed({ feedId: existing.id, ...workspace, name, addedBy: caller.userId }, deps.now());
      // Nobody used it any more: it was left disabled; this workspace brings it back.
      if (!existing.enabled && existing.disabledReason === UNUSED_FEED_REASON) {
        return tx.updateFeedState(existing.id, { enabled: true, disabledReason: null, consecutiveFailures: 0, nextFetchAt: null });
      }
      return existing;
    });
    return { feed, created: false };
  };
  const known = await existingOrNull(typedUrl);
  if (known) return known;
  const target = await feedToAdd(typedUrl, deps);
  const discovered = target.url !== typedUrl ? { page: typedUrl, title: target.title, alternatives: target.alternatives } : undefined;
  if (discovered) {
    const existing = await existingOrNull(target.url);
    if (existing) return { ...existing, discovered };
  }
  const feed = await deps.store.transaction(async (tx) => {
    const stored = await tx.upsertFeed(
      { url: target.url, origin: 'chat', addedBy: caller.userId, shared: false, ...((name ?? target.title) ? { name: (name ?? target.title)! } : {}) },
      deps.now(),
    );
    await tx.linkFeed({ feedId: stored.id, ...workspace, name: null, addedBy: caller.userId }, deps.now());
    return stored;
  });
  deps.logger.info({ feedId: feed.id, url: feed.url, userId: caller.userId, workspaceId: workspace.workspaceId }, 'feed added from chat');
  return { feed, created: true, ...(discovered ? { discovered } : {}) };
}

/** Takes a feed out of this workspace's subscriptions; returns the subscriptions changed and those removed (nothing left to follow). */
export async function dropFeedFromSubscriptions(
  deps: CommandDeps,
  caller: Caller,
  feedId: number,
): Promise<{ changed: Subscription[]; removed: Subscription[] }> {
  if (caller.workspaceId === null) return { changed: [], removed: [] };
  const subscriptions = await deps.store.listSubscriptions({ platform: caller.platform, workspaceId: caller.workspaceId });
  const changed: Subscription[] = [];
  const removed: Subscription[] = [];
  for (const subscription of subscriptions) {
    if (!(subscription.feeds ?? []).includes(feedId)) continue;
    const feeds = (subscription.feeds ?? []).filter((id) => id !== feedId);
    if (feeds.length === 0 && subscription.topics.length === 0) {
      await deps.store.removeSubscription(subscription.id);
      removed.push(subscription);
    } else {
      changed.push(await deps.store.updateSubscription(subscription.id, { feeds }));
    }
  }
  return { changed, removed };
}
