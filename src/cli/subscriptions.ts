import type { Platform, Subscription, SubscriptionMode } from '../core/index.js';
import { isValidTimeZone } from '../config/index.js';
import cron from 'node-cron';
import type { CliContext } from './context.js';
import { UsageError } from './errors.js';
import { isoOrNone, printJsonLines, printLines } from './output.js';
import { parseList } from './options.js';

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

export function checkTopics(ctx: CliContext, topics: string[]): void {
  if (topics.length === 0) throw new UsageError('--topics needs at least one topic id, e.g. --topics summits,arms-control.');
  const known = new Set(ctx.taxonomy.topics.map((t) => t.id));
  const unknown = topics.filter((t) => !known.has(t));
  if (unknown.length > 0) {
    throw new UsageError(`Unknown topic${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; known topics are ${[...known].join(', ')}.`);
  }
}

export function checkSchedule(expression: string): void {
  const result = cron.validateDetailed(expression);
  if (expression.trim().split(/\s+/).length !== 5) {
    throw new UsageError(`--schedule "${expression}" must have five fields (minute hour day month weekday), e.g. "0 8 * * *".`);
  }
  if (!result.valid) {
    const reason = result.errors?.map((e) => e.message).join('; ') ?? 'invalid';
    throw new UsageError(`--schedule "${expression}" is not a valid cron expression (${reason}); e.g. "0 8 * * *" for 08:00 daily.`);
  }
}

export function subscribe(ctx: CliContext, options: SubscribeOptions): Subscription {
  const topics = parseList(options.topics);
  checkTopics(ctx, topics);
  const schedule = options.schedule ?? ctx.config.schedule.cron;
  checkSchedule(schedule);
  const timezone = options.tz ?? ctx.config.schedule.timezone;
  if (!isValidTimeZone(timezone)) throw new UsageError(`--tz "${timezone}" is not an IANA time zone; use a name such as Europe/Berlin or UTC.`);
  if (options.webhookUrl && options.platform !== 'discord') throw new UsageError('--webhook-url works only with --platform discord.');
  return ctx.store().createSubscription({
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

export function listSubscriptions(ctx: CliContext, json: boolean): void {
  const subs = ctx.store().listSubscriptions();
  if (json) printJsonLines(subs);
  else printLines(subs.length ? subs.map(describeSubscription) : ['No subscriptions yet. Add one with: news-digest subscribe --platform console --channel stdout --topics summits']);
}

export function unsubscribe(ctx: CliContext, id: number): void {
  if (!ctx.store().removeSubscription(id)) throw new UsageError(`There is no subscription #${id}; list them with: news-digest subscriptions.`);
}
