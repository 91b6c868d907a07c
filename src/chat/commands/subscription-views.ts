import { digestStoryCount, type Subscription } from '../../core/index.js';
import { findChannelSubscription } from './channel-subscription.js';
import { CommandError } from './errors.js';
import type { OptionReader } from './read.js';
import { describeFollowed, describeSubscription, infoReply, subscriptionLine } from './reply.js';
import { NO_SUBSCRIPTION } from './subscription-commands.js';
import { mergeFilters, readSettings, resolveFeeds } from './subscription-settings.js';
import type { Caller, CommandDeps, CommandReply } from './types.js';

/** This channel's subscription first, then the workspace's others — never another workspace's. */
export async function subscriptions(caller: Caller, deps: CommandDeps): Promise<CommandReply> {
  const here = await findChannelSubscription(deps.store, caller);
  const elsewhere =
    caller.workspaceId === null
      ? []
      : (await deps.store.listSubscriptions({ platform: caller.platform, workspaceId: caller.workspaceId })).filter(
          (subscription) => subscription.id !== here?.id,
        );
  const lines = [
    here
      ? { ...(await subscriptionLine(here, deps)), text: `This channel: ${await describeFollowed(here, deps.store)}` }
      : { text: 'This channel: no subscription (use /news subscribe to add one).', channelId: caller.channelId },
  ];
  for (const subscription of elsewhere) lines.push(await subscriptionLine(subscription, deps));
  return infoReply(`Subscriptions (${(here ? 1 : 0) + elsewhere.length})`, lines);
}

/** What the next digest of this channel holds (only the caller sees it). */
export async function digestPreview(caller: Caller, deps: CommandDeps): Promise<CommandReply> {
  const subscription = await findChannelSubscription(deps.store, caller);
  if (!subscription) throw new CommandError(NO_SUBSCRIPTION, 'not_found');
  const digest = await deps.previewDigest(subscription, deps.now());
  if (digestStoryCount(digest) === 0) {
    const followed = await describeFollowed(subscription, deps.store);
    // An instant subscription has no "last digest": it posts each story as it comes.
    const text = subscription.mode === 'instant' ? `No new stories yet for ${followed}.` : `Nothing new for ${followed} since the last digest.`;
    return infoReply('Digest preview', [{ text, detail: describeSubscription(subscription) }]);
  }
  return { ephemeral: true, title: 'Digest preview', lines: [], digest };
}

/** The digest this channel would get for these topics, feeds and filters — nothing is stored. */
export async function preview(read: OptionReader, caller: Caller, deps: CommandDeps): Promise<CommandReply> {
  const input = readSettings(read);
  if (input.topics === undefined && input.feedRefs === undefined) {
    throw new CommandError('Name the topics or feeds to preview, e.g. /news preview topics:summits,arms-control.');
  }
  // Preview never adds a feed: an unknown address is only "not found" here.
  const feeds = input.feedRefs === undefined ? [] : await resolveFeeds(deps, { ...caller, canManageFeeds: false }, input.feedRefs);
  const here = await findChannelSubscription(deps.store, caller);
  const draft: Subscription = {
    id: 0,
    platform: caller.platform,
    workspaceId: caller.workspaceId,
    channelId: caller.channelId,
    topics: input.topics ?? [],
    feeds,
    filters: mergeFilters(undefined, input),
    schedule: here?.schedule ?? deps.defaults.schedule,
    timezone: here?.timezone ?? deps.defaults.timezone,
    mode: 'digest',
    language: input.language ?? here?.language ?? deps.defaults.language,
    layout: 'plain',
    mentionRoleId: null,
    status: 'active',
    pausedReason: null,
    webhookUrl: null,
    createdBy: caller.userId,
    createdAt: deps.now(),
    watermark: null,
  };
  const digest = { ...(await deps.previewDigest(draft, deps.now())), periodKey: 'preview' };
  if (digestStoryCount(digest) === 0) {
    return infoReply('Preview', [
      {
        text: `No stories in the last 24 hours for ${await describeFollowed(draft, deps.store)}; try other topics or fewer filters.`,
        detail: describeSubscription(draft),
      },
    ]);
  }
  return { ephemeral: true, title: 'Preview (not subscribed)', lines: [], digest };
}
