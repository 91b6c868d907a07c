import type { Platform, Subscription, SubscriptionLayout } from '../core/index.js';
import {
  CommandError,
  describeFilters,
  mergeFilters,
  optionReader,
  readSettings,
  sameSettings,
  type CommandOptions,
  type FeedRef,
  describeCron,
} from '../chat/command-handlers.js';
import type { Store } from '../store/index.js';
import { redactSecretUrls } from '../config/index.js';
import type { CliContext } from './context.js';
import { operatorCaller } from './command-deps.js';
import { UsageError } from './errors.js';
import { isoOrNone, printJsonLines, printLines } from './output.js';

/** The CLI-only options of `subscribe`; the /news ones come from the option descriptions (registry-options.ts). */
export interface SubscribeOptions {
  platform: Platform;
  channel: string;
  workspace?: string;
  webhookUrl?: string;
  forum?: boolean;
}

/** The same rules as /news subscribe, so the CLI and chat never disagree. */
function validated<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof CommandError) throw new UsageError(error.message);
    throw error;
  }
}

/** Feed references against the feeds the subscription's workspace sees; the operator adds missing ones with `feeds add` first. */
export async function resolveFeedIds(store: Store, refs: FeedRef[], platform: Platform, workspaceId: string | null): Promise<number[]> {
  const visible = await store.listFeeds({ visibleTo: { platform, workspaceId } });
  const ids: number[] = [];
  for (const ref of refs) {
    const matches =
      ref.kind === 'id'
        ? visible.filter((feed) => feed.id === ref.id)
        : ref.kind === 'url'
          ? visible.filter((feed) => feed.url === ref.url)
          : visible.filter((feed) => feed.name.toLowerCase() === ref.name.toLowerCase());
    if (matches.length !== 1) {
      const what = ref.kind === 'id' ? `#${ref.id}` : ref.kind === 'url' ? ref.url : `"${ref.name}"`;
      const where = workspaceId === null ? 'shared with every workspace' : `available in workspace ${workspaceId}`;
      throw new UsageError(
        matches.length > 1
          ? `Several feeds are called ${what}; give their numbers (news-digest feeds).`
          : `Feed ${what} is not ${where}; add it with: news-digest feeds add URL${workspaceId === null ? '' : ` --workspace ${workspaceId}`}.`,
      );
    }
    if (!ids.includes(matches[0]!.id)) ids.push(matches[0]!.id);
  }
  return ids;
}

export async function subscribe(ctx: CliContext, options: SubscribeOptions, values: CommandOptions): Promise<Subscription> {
  const store = await ctx.store();
  const input = validated(() => readSettings(optionReader(values, ctx)));
  if (input.topics === undefined && input.feedRefs === undefined) throw new UsageError('Give --topics or --feeds (or both): what should this channel follow?');
  if (options.webhookUrl && options.platform !== 'discord') throw new UsageError('--webhook-url works only with --platform discord.');
  if (options.forum && options.platform !== 'discord') throw new UsageError('--forum works only with --platform discord (Discord forum channels).');
  const workspaceId = options.workspace ?? null;
  if (workspaceId !== null) operatorCaller(workspaceId, options.platform);
  const mode = input.mode ?? 'digest';
  if (input.mention && (options.platform !== 'discord' || mode !== 'instant'))
    throw new UsageError('--mention works with --platform discord and --mode instant only.');
  const layout: SubscriptionLayout = options.forum ? 'forum' : input.threads ? 'threads' : 'plain';
  const draft: Subscription = {
    id: 0,
    platform: options.platform,
    workspaceId,
    channelId: options.channel,
    topics: input.topics ?? [],
    feeds: input.feedRefs ? await resolveFeedIds(store, input.feedRefs, options.platform, workspaceId) : [],
    schedule: input.schedule ?? ctx.config.schedule.cron,
    timezone: input.timezone ?? ctx.config.schedule.timezone,
    mode,
    language: input.language ?? ctx.config.digest.language,
    filters: mergeFilters(undefined, input),
    layout,
    mentionRoleId: input.mention?.id ?? null,
    status: 'active',
    pausedReason: null,
    webhookUrl: options.webhookUrl ?? null,
    createdBy: 'cli',
    createdAt: new Date(),
    watermark: null,
  };
  const identical = (await store.listSubscriptions({ platform: options.platform, channelId: options.channel })).find((existing) =>
    sameSettings(existing, draft),
  );
  if (identical) throw new UsageError(`Subscription #${identical.id} already does exactly this: ${describeSubscription(identical)}`);
  const { id: _id, status: _status, pausedReason: _paused, watermark: _watermark, ...fields } = draft;
  return store.createSubscription(fields);
}

/** A subscription as listings show it: the webhook URL (a credential) and anything quoting it are redacted. */
export function publicSubscription(sub: Subscription): Subscription {
  return {
    ...sub,
    webhookUrl: sub.webhookUrl === null ? null : redactSecretUrls(sub.webhookUrl),
    pausedReason: sub.pausedReason === null ? null : redactSecretUrls(sub.pausedReason),
  };
}

export function describeSubscription(subscription: Subscription): string {
  const sub = publicSubscription(subscription);
  const status = sub.status === 'paused' ? `paused: ${sub.pausedReason ?? 'no reason given'}` : 'active';
  const when = sub.mode === 'instant' ? 'instant' : `"${sub.schedule}" (${describeCron(sub.schedule)}) ${sub.timezone}`;
  const follows = [sub.topics.join(','), (sub.feeds ?? []).length > 0 ? `feeds ${(sub.feeds ?? []).map((id) => `#${id}`).join(',')}` : '']
    .filter((part) => part !== '')
    .join(' + ');
  const extras = [
    describeFilters(sub.filters),
    sub.layout && sub.layout !== 'plain' ? sub.layout : '',
    sub.mentionRoleId ? `alerts role ${sub.mentionRoleId}` : '',
    sub.webhookUrl ? `via ${sub.webhookUrl}` : '',
  ]
    .filter((part) => part !== '')
    .join(' · ');
  return `#${sub.id}  ${sub.platform}:${sub.channelId}  ${follows}  ${when}  ${sub.language}${extras ? `  ${extras}` : ''}  ${status}  last digest up to ${isoOrNone(sub.watermark)}`;
}

export async function listSubscriptions(ctx: CliContext, json: boolean): Promise<void> {
  const subs = await (await ctx.store()).listSubscriptions();
  if (json) printJsonLines(subs.map(publicSubscription));
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
