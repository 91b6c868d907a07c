import type { SubscriptionMode } from '../../core/index.js';
import { isValidTimeZone } from '../../config/index.js';
import { findChannelSubscription } from './channel-subscription.js';
import { CommandError } from './errors.js';
import { describeSubscription, infoReply, subscriptionLine } from './reply.js';
import { scheduleToCron } from './schedule-phrase.js';
import { listTopics, parseTopicList } from './topic-catalog.js';
import type { Caller, CommandDeps, CommandOptions, CommandReply } from './types.js';

export const SUPPORTED_LANGUAGES = ['de', 'en', 'fr', 'es'] as const;
const NO_SUBSCRIPTION = 'This channel has no subscription yet; create one with /news subscribe topics:summits,arms-control.';

function parseTimeZone(input: string): string {
  const text = input.trim();
  if (!isValidTimeZone(text) || text === '') {
    throw new CommandError(`"${text.slice(0, 60)}" is not a time zone I know; use an IANA name like Europe/Berlin or America/New_York.`);
  }
  // Store the canonical spelling ("europe/berlin" → "Europe/Berlin").
  return new Intl.DateTimeFormat('en', { timeZone: text }).resolvedOptions().timeZone;
}

function parseMode(input: string): SubscriptionMode {
  const mode = input.trim().toLowerCase();
  if (mode === 'digest' || mode === 'instant') return mode;
  throw new CommandError(`Mode "${input.trim().slice(0, 30)}" is not valid; use digest (scheduled summaries) or instant (one post per new story).`);
}

function parseLanguage(input: string): string {
  const language = input.trim().toLowerCase();
  if ((SUPPORTED_LANGUAGES as readonly string[]).includes(language)) return language;
  throw new CommandError(`Language "${input.trim().slice(0, 30)}" is not supported; use one of ${SUPPORTED_LANGUAGES.join(', ')}.`);
}

export async function subscribe(options: CommandOptions, caller: Caller, deps: CommandDeps): Promise<CommandReply> {
  if (options.topics === undefined) {
    throw new CommandError('Name the topics to follow, e.g. /news subscribe topics:summits,arms-control.');
  }
  const topics = parseTopicList(options.topics, listTopics(deps.taxonomy));
  const schedule = options.schedule === undefined ? undefined : scheduleToCron(options.schedule);
  const timezone = options.timezone === undefined ? undefined : parseTimeZone(options.timezone);
  const mode = options.mode === undefined ? undefined : parseMode(options.mode);
  const language = options.language === undefined ? undefined : parseLanguage(options.language);

  const existing = await findChannelSubscription(deps.store, caller);
  if (existing) {
    // Subscribing again is how a paused subscription is resumed: its pending parts go out on the next sweep.
    const resuming = existing.status === 'paused';
    const updated = await deps.store.updateSubscription(existing.id, {
      topics,
      ...(schedule === undefined ? {} : { schedule }),
      ...(timezone === undefined ? {} : { timezone }),
      ...(mode === undefined ? {} : { mode }),
      ...(language === undefined ? {} : { language }),
      ...(resuming ? { status: 'active' as const, pausedReason: null } : {}),
    });
    if (resuming) {
      deps.logger.info(
        { subscriptionId: updated.id, channelId: caller.channelId, userId: caller.userId, pausedReason: existing.pausedReason },
        'subscription resumed from chat',
      );
      return infoReply(
        'Subscription resumed',
        [
          subscriptionLine(updated),
          {
            text: 'Digests held back while it was paused will be posted within a minute.',
            detail: `It was paused because ${existing.pausedReason ?? 'of an error (no reason was recorded)'}`,
          },
        ],
        false,
      );
    }
    deps.logger.info({ subscriptionId: updated.id, channelId: caller.channelId, userId: caller.userId }, 'subscription updated from chat');
    return infoReply('Subscription updated', [subscriptionLine(updated)], false);
  }
  const created = await deps.store.createSubscription({
    platform: caller.platform,
    workspaceId: caller.workspaceId,
    channelId: caller.channelId,
    topics,
    schedule: schedule ?? deps.defaults.schedule,
    timezone: timezone ?? deps.defaults.timezone,
    mode: mode ?? 'digest',
    language: language ?? deps.defaults.language,
    createdBy: caller.userId,
    createdAt: deps.now(),
  });
  deps.logger.info({ subscriptionId: created.id, channelId: caller.channelId, userId: caller.userId }, 'subscription created from chat');
  return infoReply('Subscribed this channel', [subscriptionLine(created)], false);
}

export async function unsubscribe(options: CommandOptions, caller: Caller, deps: CommandDeps): Promise<CommandReply> {
  const existing = await findChannelSubscription(deps.store, caller);
  if (!existing) throw new CommandError(NO_SUBSCRIPTION, 'not_found');
  if (options.topics === undefined || options.topics.trim() === '') {
    await deps.store.removeSubscription(existing.id);
    deps.logger.info({ subscriptionId: existing.id, userId: caller.userId }, 'subscription removed from chat');
    return infoReply('Unsubscribed this channel', [{ text: `No more digests for ${existing.topics.join(', ')} here.` }], false);
  }
  const drop = parseTopicList(options.topics, listTopics(deps.taxonomy));
  const notFollowed = drop.filter((topic) => !existing.topics.includes(topic));
  if (notFollowed.length > 0) {
    throw new CommandError(`This channel does not follow ${notFollowed.join(', ')}; it follows ${existing.topics.join(', ')}.`, 'not_found');
  }
  const remaining = existing.topics.filter((topic) => !drop.includes(topic));
  if (remaining.length === 0) {
    await deps.store.removeSubscription(existing.id);
    return infoReply('Unsubscribed this channel', [{ text: `No more digests for ${existing.topics.join(', ')} here.` }], false);
  }
  const updated = await deps.store.updateSubscription(existing.id, { topics: remaining });
  return infoReply('Subscription updated', [subscriptionLine(updated)], false);
}

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
      ? { ...subscriptionLine(here), text: `This channel: ${here.topics.join(', ')}` }
      : { text: 'This channel: no subscription (use /news subscribe to add one).', channelId: caller.channelId },
    ...elsewhere.map(subscriptionLine),
  ];
  return infoReply(`Subscriptions (${(here ? 1 : 0) + elsewhere.length})`, lines);
}

export async function digestPreview(caller: Caller, deps: CommandDeps): Promise<CommandReply> {
  const subscription = await findChannelSubscription(deps.store, caller);
  if (!subscription) throw new CommandError(NO_SUBSCRIPTION, 'not_found');
  const digest = await deps.previewDigest(subscription, deps.now());
  const storyCount = digest.sections.reduce((sum, section) => sum + section.stories.length, 0);
  if (storyCount === 0) {
    return infoReply('Digest preview', [
      { text: `Nothing new for ${subscription.topics.join(', ')} since the last digest.`, detail: describeSubscription(subscription) },
    ]);
  }
  return { ephemeral: true, title: 'Digest preview', lines: [], digest };
}
