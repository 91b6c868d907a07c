import type { Subscription } from '../core/index.js';
import { topicLabel } from '../core/index.js';
import { renderDigestText } from '../render/index.js';
import { buildDigest, deliverDigest, deliverInstant, type DeliveryDeps, type DeliveryOutcome } from '../schedule/index.js';
import type { CliContext } from './context.js';
import { UsageError } from './errors.js';
import { printLines } from './output.js';
import { createSenders, missingSender, requireSender } from './senders.js';
import { describeSubscription } from './subscriptions.js';

export interface DigestOptions {
  subscription?: number;
  all?: boolean;
  dryRun?: boolean;
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

export function describeOutcome(outcome: DeliveryOutcome): string {
  const who = `#${outcome.subscriptionId}`;
  switch (outcome.status) {
    case 'sent':
      return `${who}: sent ${outcome.stories} stories in ${outcome.parts} message${outcome.parts === 1 ? '' : 's'}.`;
    case 'empty':
      return `${who}: nothing new since the last digest; nothing posted.`;
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
      process.stdout.write(`=== Subscription ${describeSubscription(sub)}\n${renderDigestText(digest)}\n`);
    }
    return;
  }
  const senders = await createSenders(ctx);
  let skipped = 0;
  try {
    const deps = await deliveryDeps(ctx, senders.senders);
    for (const sub of subs) {
      if (!options.all) requireSender(senders, sub.platform, sub.id);
      const missing = missingSender(senders, sub.platform);
      if (missing) {
        skipped += 1;
        printLines([`#${sub.id}: skipped — it posts to ${sub.platform}, but ${missing} is not set (see .env.example); the others go on.`], process.stderr);
        continue;
      }
      const outcome = sub.mode === 'instant' ? await deliverInstant(deps, sub, new Date()) : await deliverDigest(deps, sub, new Date(), { force: true });
      printLines([describeOutcome(outcome)], process.stderr);
    }
  } finally {
    senders.close();
  }
  if (skipped > 0) {
    printLines([`${skipped} of ${subs.length} subscriptions skipped for missing credentials.`], process.stderr);
    process.exitCode = 1;
  }
}
