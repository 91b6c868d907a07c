import type { Subscription } from '../../core/index.js';
import { findChannelSubscription } from './channel-subscription.js';
import { CommandError } from './errors.js';
import { OPTIONS } from './options.js';
import type { OptionReader } from './read.js';
import { infoReply, subscriptionLine } from './reply.js';
import { checkMention, layoutFor, mergeFilters, readSettings, resolveFeeds, sameSettings } from './subscription-settings.js';
import type { Caller, CommandDeps, CommandReply } from './types.js';
import { findVisibleFeed } from './workspace-feeds.js';

export { DIGEST_LANGUAGES as SUPPORTED_LANGUAGES } from './options.js';

export const NO_SUBSCRIPTION = 'This channel has no subscription yet; create one with /news subscribe topics:summits,arms-control.';

/**
 * The channel the command is about: this one, or the one picked with
 * `channel:` — then the caller's Manage Channels there (resolved by Discord)
 * decides, and a forum channel is marked as one.
 */
export function targetCaller(read: OptionReader, caller: Caller): Caller {
  const channel = read(OPTIONS.channel);
  if (!channel) return caller;
  if (channel.kind === 'other') throw new CommandError('channel: takes a text, announcement or forum channel.');
  if (!channel.canManage) {
    throw new CommandError(`You need the Manage Channels permission in <#${channel.id}> to change its subscription; ask a moderator to run it.`, 'forbidden');
  }
  return { ...caller, channelId: channel.id, channelKind: channel.kind };
}

export async function subscribe(read: OptionReader, callerHere: Caller, deps: CommandDeps): Promise<CommandReply> {
  const caller = targetCaller(read, callerHere);
  const input = readSettings(read);
  const existing = await findChannelSubscription(deps.store, caller);
  if (!existing && input.topics === undefined && input.feedRefs === undefined) {
    throw new CommandError('Name the topics or feeds to follow, e.g. /news subscribe topics:summits,arms-control or feeds:https://example.org/rss.xml.');
  }
  const feeds = input.feedRefs === undefined ? undefined : await resolveFeeds(deps, caller, input.feedRefs);
  const mode = input.mode ?? existing?.mode ?? 'digest';
  const mention = checkMention(input.mention, mode, caller);
  const next: Subscription = {
    ...(existing ?? {
      id: 0,
      platform: caller.platform,
      workspaceId: caller.workspaceId,
      channelId: caller.channelId,
      status: 'active' as const,
      pausedReason: null,
      webhookUrl: null,
      createdBy: caller.userId,
      createdAt: deps.now(),
      watermark: null,
    }),
    topics: input.topics ?? existing?.topics ?? [],
    feeds: feeds ?? existing?.feeds ?? [],
    schedule: input.schedule ?? existing?.schedule ?? deps.defaults.schedule,
    timezone: input.timezone ?? existing?.timezone ?? deps.defaults.timezone,
    mode,
    language: input.language ?? existing?.language ?? deps.defaults.language,
    filters: mergeFilters(existing?.filters, input),
    layout: layoutFor(caller.channelKind, input.threads, existing?.layout),
    // A digest has no alert role: switching to digest mode drops it.
    mentionRoleId: mode === 'instant' ? (mention !== undefined ? mention : (existing?.mentionRoleId ?? null)) : null,
  };
  if (next.topics.length === 0 && (next.feeds ?? []).length === 0) {
    throw new CommandError('A subscription needs topics or feeds; to stop the digests use /news unsubscribe.');
  }

  if (!existing) {
    const { id: _id, status: _status, pausedReason: _paused, watermark: _watermark, ...fields } = next;
    const created = await deps.store.createSubscription(fields);
    deps.logger.info({ subscriptionId: created.id, channelId: caller.channelId, userId: caller.userId }, 'subscription created from chat');
    return infoReply('Subscribed this channel', [await subscriptionLine(created, deps, caller)], false);
  }
  const resuming = existing.status === 'paused';
  if (!resuming && sameSettings(existing, next)) {
    throw new CommandError(`This channel already has exactly this subscription (#${existing.id}); nothing changed. /news subscriptions shows it.`, 'conflict');
  }
  const updated = await deps.store.updateSubscription(existing.id, {
    topics: next.topics,
    feeds: next.feeds ?? [],
    schedule: next.schedule,
    timezone: next.timezone,
    mode: next.mode,
    language: next.language,
    filters: next.filters!,
    layout: next.layout ?? 'plain',
    mentionRoleId: next.mentionRoleId ?? null,
    // Subscribing again is how a paused subscription is resumed: its pending parts go out on the next sweep.
    ...(resuming ? { status: 'active' as const, pausedReason: null } : {}),
  });
  const line = await subscriptionLine(updated, deps, caller);
  if (resuming) {
    deps.logger.info(
      { subscriptionId: updated.id, channelId: caller.channelId, userId: caller.userId, pausedReason: existing.pausedReason },
      'subscription resumed from chat',
    );
    return infoReply(
      'Subscription resumed',
      [
        line,
        {
          text: 'Digests held back while it was paused will be posted within a minute.',
          detail: `It was paused because ${existing.pausedReason ?? 'of an error (no reason was recorded)'}`,
        },
      ],
      false,
    );
  }
  deps.logger.info({ subscriptionId: updated.id, channelId: caller.channelId, userId: caller.userId }, 'subscription updated from chat');
  return infoReply('Subscription updated', [line], false);
}

export async function unsubscribe(read: OptionReader, callerHere: Caller, deps: CommandDeps): Promise<CommandReply> {
  const caller = targetCaller(read, callerHere);
  const existing = await findChannelSubscription(deps.store, caller);
  if (!existing) throw new CommandError(NO_SUBSCRIPTION, 'not_found');
  const dropTopics = read(OPTIONS.topics);
  const feedRefs = read(OPTIONS.feeds);
  const following = () => [...existing.topics, ...(existing.feeds ?? []).map((id) => `feed #${id}`)].join(', ');
  if (dropTopics === undefined && feedRefs === undefined) {
    await deps.store.removeSubscription(existing.id);
    deps.logger.info({ subscriptionId: existing.id, userId: caller.userId }, 'subscription removed from chat');
    return infoReply('Unsubscribed this channel', [{ text: `No more digests for ${following()} here.` }], false);
  }
  const notFollowed = (dropTopics ?? []).filter((topic) => !existing.topics.includes(topic));
  if (notFollowed.length > 0) {
    throw new CommandError(`This channel does not follow ${notFollowed.join(', ')}; it follows ${following()}.`, 'not_found');
  }
  const dropFeeds: number[] = [];
  for (const ref of feedRefs ?? []) {
    const feed = await findVisibleFeed(deps, caller, ref);
    if (!(existing.feeds ?? []).includes(feed.id))
      throw new CommandError(`This channel does not follow feed #${feed.id} (${feed.name}); it follows ${following()}.`, 'not_found');
    dropFeeds.push(feed.id);
  }
  const topics = existing.topics.filter((topic) => !(dropTopics ?? []).includes(topic));
  const feeds = (existing.feeds ?? []).filter((id) => !dropFeeds.includes(id));
  if (topics.length === 0 && feeds.length === 0) {
    await deps.store.removeSubscription(existing.id);
    return infoReply('Unsubscribed this channel', [{ text: `No more digests for ${following()} here.` }], false);
  }
  const updated = await deps.store.updateSubscription(existing.id, { topics, feeds });
  return infoReply('Subscription updated', [await subscriptionLine(updated, deps, caller)], false);
}
