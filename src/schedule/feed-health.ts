import type { Subscription } from '../core/index.js';
import { REMOVED_FROM_CONFIG, type Feed, type FeedLink } from '../store/index.js';
import type { DeliveryDeps } from './deps.js';
import { sendPendingParts } from './send-parts.js';
import type { ChannelNotice } from './types.js';

/**
 * Tells a channel when a feed it depends on stops (disabled after failures,
 * taken out of the config) and once more when it works again. What was told
 * is recorded per channel and feed in the same transaction as the notice's
 * delivery part, so each change is told exactly once and a feed that stays
 * down is never announced again.
 *
 * A channel depends on the feeds its subscriptions follow, and for topic
 * subscriptions on the feeds its own workspace added (those its admins can
 * fix); the shared config feeds are the operator's (log, `news-digest feeds`).
 */

export function feedNotice(feed: Feed, state: 'disabled' | 'recovered'): ChannelNotice {
  const name = `${feed.name} (#${feed.id})`;
  if (state === 'recovered') return { title: `Feed working again: ${name}`, lines: ['Its new items reach this channel again.'] };
  const reason = feed.disabledReason ?? 'no reason was recorded';
  const fix =
    reason === REMOVED_FROM_CONFIG
      ? 'The operator took it out of the config file: ask them to add it back, or follow another feed with /news subscribe feeds:…'
      : `Nothing new arrives from it until it works again: check ${feed.url} in a browser, then run /news feeds enable feed:${feed.id} (Manage Server), or remove it with /news feeds remove feed:${feed.id}.`;
  return { title: `Feed stopped: ${name}`, lines: [`Reason: ${reason}.`.replace(/\.\.$/, '.'), fix] };
}

interface ChannelDeps {
  subscription: Subscription;
  feedIds: Set<number>;
}

function dependencies(subscriptions: Subscription[], links: FeedLink[], feeds: Map<number, Feed>): Map<string, ChannelDeps> {
  const channels = new Map<string, ChannelDeps>();
  for (const subscription of subscriptions) {
    const key = `${subscription.platform}:${subscription.channelId}`;
    const entry = channels.get(key) ?? { subscription, feedIds: new Set<number>() };
    const visible = (feedId: number) =>
      feeds.get(feedId)?.shared === true ||
      links.some((link) => link.feedId === feedId && link.platform === subscription.platform && link.workspaceId === subscription.workspaceId);
    for (const feedId of subscription.feeds ?? []) if (visible(feedId)) entry.feedIds.add(feedId);
    if (subscription.topics.length > 0 && subscription.workspaceId !== null) {
      for (const link of links) if (link.platform === subscription.platform && link.workspaceId === subscription.workspaceId) entry.feedIds.add(link.feedId);
    }
    channels.set(key, entry);
  }
  return channels;
}

/** Records and sends the notices owed now; returns how many were recorded. */
export async function notifyFeedHealth(deps: DeliveryDeps): Promise<number> {
  const now = deps.now();
  const subscriptions = (await deps.store.listSubscriptions({ status: 'active' })).filter((s) => deps.senders[s.platform]?.renderNotice);
  if (subscriptions.length === 0) return 0;
  const feeds = new Map((await deps.store.listFeeds()).map((feed) => [feed.id, feed]));
  const links = await deps.store.listFeedLinks();
  const toSend = new Map<number, Subscription>();
  let recorded = 0;
  for (const { subscription, feedIds } of dependencies(subscriptions, links, feeds).values()) {
    if (feedIds.size === 0) continue;
    const told = new Map((await deps.store.listFeedNotices(subscription.platform, subscription.channelId)).map((n) => [n.feedId, n.state]));
    for (const feedId of feedIds) {
      const feed = feeds.get(feedId);
      if (!feed) continue;
      const state = !feed.enabled && told.get(feedId) !== 'disabled' ? 'disabled' : feed.enabled && told.get(feedId) === 'disabled' ? 'recovered' : null;
      if (state === null) continue;
      const parts = deps.senders[subscription.platform]!.renderNotice!(feedNotice(feed, state), subscription);
      const periodKey = `feed-${feedId}-${state}@${now.toISOString()}`;
      await deps.store.transaction(async (tx) => {
        for (const [index, part] of parts.entries()) {
          await tx.createDelivery({
            subscriptionId: subscription.id,
            periodKey,
            part: index + 1,
            partCount: parts.length,
            payload: part.payload,
            threadOfPart: part.threadOf ?? null,
            createdAt: now,
          });
        }
        await tx.recordFeedNotice({
          platform: subscription.platform,
          channelId: subscription.channelId,
          feedId,
          state,
          reason: feed.disabledReason,
          notifiedAt: now,
        });
      });
      deps.logger.info({ subscriptionId: subscription.id, channelId: subscription.channelId, feedId, state }, 'feed health notice recorded');
      toSend.set(subscription.id, subscription);
      recorded += 1;
    }
  }
  for (const subscription of toSend.values()) await sendPendingParts(deps, subscription);
  return recorded;
}

/** For the scheduler after each poll: a failure is logged, never thrown (the poll and digests go on). */
export async function notifyFeedHealthSafely(deps: DeliveryDeps): Promise<void> {
  try {
    await notifyFeedHealth(deps);
  } catch (error) {
    deps.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'feed health notices failed');
  }
}
