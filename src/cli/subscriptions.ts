import type { Platform, Subscription, SubscriptionMode } from '../core/index.js';
import { isValidTimeZone } from '../config/index.js';
import { CommandError, listTopics, parseTopicList, scheduleToCron } from '../chat/index.js';
import type { CliContext } from './context.js';
import { UsageError } from './errors.js';
import { isoOrNone, printJsonLines, printLines } from './output.js';

export interface SubscribeOptions {
  platform: Platform;
  channel: string;
  topics: string;
  workspace?: string;
  schedule?: string;
  tz?: string;
  mode?: SubscriptionMode;
  language?: string;
  webhookUrl?: string;
}

/** The same topic and schedule rules as /news subscribe, so the CLI and chat never disagree. */
function validated<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof CommandError) throw new UsageError(error.message);
    throw error;
  }
}

export async function subscribe(ctx: CliContext, options: SubscribeOptions): Promise<Subscription> {
  const topics = validated(() => parseTopicList(options.topics, listTopics(ctx.taxonomy)));
  const schedule = options.schedule === undefined ? ctx.config.schedule.cron : validated(() => scheduleToCron(options.schedule as string));
  const timezone = options.tz ?? ctx.config.schedule.timezone;
  if (!isValidTimeZone(timezone)) throw new UsageError(`--tz "${timezone}" is not an IANA time zone; use a name such as Europe/Berlin or UTC.`);
  if (options.webhookUrl && options.platform !== 'discord') throw new UsageError('--webhook-url works only with --platform discord.');
  return (await ctx.store()).createSubscription({
    platform: options.platform,
    workspaceId: options.workspace ?? null,
    channelId: options.channel,
    topics,
    schedule,
    timezone,
    mode: options.mode ?? 'digest',
    language: options.language ?? ctx.config.digest.language,
    webhookUrl: options.webhookUrl ?? null,
    createdBy: 'cli',
    createdAt: new Date(),
  });
}

export function describeSubscription(sub: Subscription): string {
  const status = sub.status === 'paused' ? `paused: ${sub.pausedReason ?? 'no reason given'}` : 'active';
  const when = sub.mode === 'instant' ? 'instant' : `"${sub.schedule}" ${sub.timezone}`;
  return `#${sub.id}  ${sub.platform}:${sub.channelId}  ${sub.topics.join(',')}  ${when}  ${sub.language}  ${status}  last digest up to ${isoOrNone(sub.watermark)}`;
}

export async function listSubscriptions(ctx: CliContext, json: boolean): Promise<void> {
  const subs = await (await ctx.store()).listSubscriptions();
  if (json) printJsonLines(subs);
  else
    printLines(
      subs.length
        ? subs.map(describeSubscription)
        : ['No subscriptions yet. Add one with: news-digest subscribe --platform console --channel stdout --topics summits'],
    );
}

export async function unsubscribe(ctx: CliContext, id: number): Promise<void> {
  if (!(await (await ctx.store()).removeSubscription(id))) throw new UsageError(`There is no subscription #${id}; list them with: news-digest subscriptions.`);
}

/** Puts a paused subscription back to work; its pending parts are sent on the next run. */
export async function resumeSubscription(ctx: CliContext, id: number): Promise<Subscription> {
  const store = await ctx.store();
  const sub = await store.getSubscription(id);
  if (!sub) throw new UsageError(`There is no subscription #${id}; list them with: news-digest subscriptions.`);
  return store.updateSubscription(id, { status: 'active', pausedReason: null });
}
