import type { Platform, Subscription } from '../core/index.js';
import { digestStoryCount, topicLabel } from '../core/index.js';
import { CommandError, mergeFilters, optionReader, readSettings, type CommandOptions } from '../chat/command-handlers.js';
import { renderDigestText } from '../render/index.js';
import { buildDigest, deliverHandler, deliverJobs, previewDigest, subscriptionKey, type DeliveryDeps, type DeliveryOutcome } from '../schedule/index.js';
import { operatorCaller } from './command-deps.js';
import type { CliContext } from './context.js';
import { UsageError } from './errors.js';
import { printLines } from './output.js';
import { createSenders, missingSender, requireSender } from './senders.js';
import { describeSubscription, resolveFeedIds } from './subscriptions.js';
import { openWork } from './work-sharing.js';

export interface DigestOptions {
  subscription?: number;
  all?: boolean;
  dryRun?: boolean;
  /** Print the digest these --topics/--feeds/filters would give, without subscribing. */
  preview?: boolean;
  platform?: Platform;
  workspace?: string;
}

async function selectSubscriptions(ctx: CliContext, options: DigestOptions): Promise<Subscription[]> {
  if (options.subscription !== undefined && options.all) throw new UsageError('Give either a subscription id or --all, not both.');
  if (options.subscription !== undefined) {
    const sub = await (await ctx.store()).getSubscription(options.subscription);
    if (!sub) throw new UsageError(`There is no subscription #${options.subscription}; list them with: news-digest subscriptions.`);
    return [sub];
  }
  if (options.all) return (await ctx.store()).listSubscriptions({ status: 'active' });
  throw new UsageError('Say which digest: news-digest digest ID (see news-digest subscriptions) or --all.');
}

export async function deliveryDeps(ctx: CliContext, senders: DeliveryDeps['senders']): Promise<DeliveryDeps> {
  return {
    store: await ctx.store(),
    senders,
    labels: (id, language) => topicLabel(ctx.taxonomy, id, language),
    logger: ctx.logger,
    now: () => new Date(),
    maxStories: ctx.config.digest.maxStories,
  };
}

export function describeOutcome(outcome: DeliveryOutcome, mode: Subscription['mode'] = 'digest'): string {
  const who = `#${outcome.subscriptionId}`;
  switch (outcome.status) {
    case 'sent':
      return `${who}: sent ${outcome.stories} stories in ${outcome.parts} message${outcome.parts === 1 ? '' : 's'}.`;
    case 'empty':
      // An instant subscription has no "last digest": it posts each story as it comes.
      return mode === 'instant' ? `${who}: no new stories yet; nothing posted.` : `${who}: nothing new since the last digest; nothing posted.`;
    case 'not-due':
      return `${who}: this period's digest was already delivered.`;
    case 'pending':
      return `${who}: ${outcome.pending} part(s) still pending after retries (${outcome.error}); they are re-sent on the next run.`;
    case 'paused':
      return `${who}: paused — ${outcome.reason}`;
    case 'skipped':
      return `${who}: skipped — ${outcome.reason}`;
  }
}

/** `digest --preview --topics …`: what /news preview shows, as text; nothing is stored. */
export async function previewCommand(ctx: CliContext, options: DigestOptions, values: CommandOptions): Promise<void> {
  if (options.subscription !== undefined || options.all)
    throw new UsageError('--preview builds a digest from --topics/--feeds; leave out --subscription and --all.');
  const store = await ctx.store();
  let input;
  try {
    input = readSettings(optionReader(values, ctx));
  } catch (error) {
    throw error instanceof CommandError ? new UsageError(error.message) : error;
  }
  if (input.topics === undefined && input.feedRefs === undefined)
    throw new UsageError('--preview needs --topics or --feeds, e.g. news-digest digest --preview --topics summits.');
  const caller = operatorCaller(options.workspace, options.platform);
  const feeds = input.feedRefs ? await resolveFeedIds(store, input.feedRefs, caller.platform, caller.workspaceId) : [];
  const language = input.language ?? ctx.config.digest.language;
  const digest = await previewDigest(
    { store, labels: (id) => topicLabel(ctx.taxonomy, id, language), maxStories: ctx.config.digest.maxStories },
    {
      platform: caller.platform,
      workspaceId: caller.workspaceId,
      channelId: 'preview',
      topics: input.topics ?? [],
      feeds,
      filters: mergeFilters(undefined, input),
      language,
      timezone: input.timezone ?? ctx.config.schedule.timezone,
    },
    new Date(),
  );
  if (digestStoryCount(digest) === 0) {
    printLines(['No stories in the last 24 hours for these topics, feeds and filters.']);
    return;
  }
  process.stdout.write(renderDigestText(digest));
}

/**
 * `digest`: send now, or print with --dry-run (which records nothing). With --all, a
 * subscription whose platform has no credentials is reported and skipped; the rest
 * still go out, and the exit code is 1 when any was skipped.
 */
export async function digestCommand(ctx: CliContext, options: DigestOptions): Promise<void> {
  const subs = await selectSubscriptions(ctx, options);
  if (options.dryRun) {
    for (const sub of subs) {
      const digest = await buildDigest(await ctx.store(), (id) => topicLabel(ctx.taxonomy, id, sub.language), sub, new Date(), {
        maxStories: ctx.config.digest.maxStories,
      });
      const body = sub.mode === 'instant' && digestStoryCount(digest) === 0 ? `#${sub.id}: no new stories yet.\n` : renderDigestText(digest);
      process.stdout.write(`=== Subscription ${describeSubscription(sub)}\n${body}\n`);
    }
    return;
  }
  const senders = await createSenders(ctx);
  let skipped = 0;
  const work = await openWork(ctx);
  try {
    const deps = await deliveryDeps(ctx, senders.senders);
    const deliverable: Subscription[] = [];
    for (const sub of subs) {
      if (!options.all) requireSender(senders, sub.platform, sub.id);
      const missing = missingSender(senders, sub.platform);
      if (missing) {
        skipped += 1;
        printLines([`#${sub.id}: skipped — it posts to ${sub.platform}, but ${missing} is not set (see .env.example); the others go on.`], process.stderr);
        continue;
      }
      deliverable.push(sub);
    }
    // One job per subscription: on PostgreSQL, processes sending at the same moment deliver each digest once.
    const results = await work.runAll(
      'deliver',
      deliverJobs(
        deliverable.map((sub) => sub.id),
        true,
      ),
      deliverHandler(deps),
    );
    for (const sub of deliverable) {
      const result = results.get(subscriptionKey(sub.id));
      const line =
        result?.status === 'done'
          ? describeOutcome(result.output, sub.mode)
          : `#${sub.id}: not delivered — the shared delivery job ${result ? result.error : 'did not run'}; the next run retries.`;
      printLines([line], process.stderr);
    }
  } finally {
    senders.close();
    await work.close();
  }
  if (skipped > 0) {
    printLines([`${skipped} of ${subs.length} subscriptions skipped for missing credentials.`], process.stderr);
    process.exitCode = 1;
  }
}
