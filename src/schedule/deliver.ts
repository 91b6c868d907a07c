import { digestStoryCount, digestStoryIds, instantPeriodKey, periodKeyFor, previousFireTime, type Digest, type Subscription } from '../core/index.js';
import { buildDigest } from './build.js';
import type { DeliveryDeps } from './deps.js';
import { sendPendingParts, type PartsOutcome } from './send-parts.js';
import type { ChatSender, RenderedPart } from './types.js';

/** The parts for the subscription's layout; senders without layouts render plain messages. */
export function renderParts(sender: ChatSender, digest: Digest, subscription: Subscription): RenderedPart[] {
  return sender.renderParts ? sender.renderParts(digest, subscription) : sender.renderDigest(digest, subscription).map((payload) => ({ payload }));
}

export type DeliveryOutcome =
  | { status: 'sent'; subscriptionId: number; periodKey: string; parts: number; stories: number }
  /** Nothing new: nothing posted, the watermark still advances (an empty digest is not posted). */
  | { status: 'empty'; subscriptionId: number; periodKey: string }
  /** This period was handled before (its parts are sent, or it was empty). */
  | { status: 'not-due'; subscriptionId: number; periodKey: string }
  | { status: 'pending'; subscriptionId: number; periodKey: string; pending: number; error: string }
  | { status: 'paused'; subscriptionId: number; periodKey: string; reason: string }
  | { status: 'skipped'; subscriptionId: number; reason: string };

export interface DeliverOptions {
  /** Deliver even when this period was already handled (an operator's "send now"). */
  force?: boolean;
}

/**
 * The schedule fire time this subscription still owes a digest for, or null.
 * A period counts as handled once the watermark has moved past its fire time,
 * so a process that was down across several fire times owes ONE digest (the latest).
 */
export function owedFireTime(subscription: Subscription, now: Date): Date | null {
  if (subscription.status !== 'active' || subscription.mode !== 'digest') return null;
  const fire = previousFireTime(subscription.schedule, subscription.timezone, now);
  const handledUpTo = subscription.watermark ?? subscription.createdAt;
  return fire && fire.getTime() > handledUpTo.getTime() ? fire : null;
}

function fromParts(subscriptionId: number, periodKey: string, parts: PartsOutcome): DeliveryOutcome | null {
  if (parts.status === 'pending') return { status: 'pending', subscriptionId, periodKey, pending: parts.pending, error: parts.error };
  if (parts.status === 'paused') return { status: 'paused', subscriptionId, periodKey, reason: parts.reason };
  return null;
}

/**
 * Records every rendered part as pending, the stories as delivered and the new
 * watermark in ONE transaction: after a crash the stored payloads are re-sent
 * as they were instead of a different digest being rebuilt.
 */
function recordParts(deps: DeliveryDeps, subscription: Subscription, digest: Digest, parts: RenderedPart[], now: Date): Promise<void> {
  return deps.store.transaction(async (tx) => {
    for (const [index, part] of parts.entries()) {
      await tx.createDelivery({
        subscriptionId: subscription.id,
        periodKey: digest.periodKey,
        part: index + 1,
        partCount: parts.length,
        payload: part.payload,
        threadOfPart: part.threadOf ?? null,
        createdAt: now,
      });
    }
    await tx.markStoriesDelivered(subscription.id, digestStoryIds(digest), now);
    await tx.updateSubscription(subscription.id, { watermark: now });
  });
}

/**
 * Builds, records and sends the digest a subscription is owed at `now`, exactly once:
 * parts left pending by an earlier run go out first, a handled period is not
 * delivered again, and a crash at any point is repaired by re-sending pending parts.
 */
export async function deliverDigest(deps: DeliveryDeps, subscription: Subscription, now: Date, options: DeliverOptions = {}): Promise<DeliveryOutcome> {
  const subscriptionId = subscription.id;
  if (subscription.status !== 'active') return { status: 'skipped', subscriptionId, reason: 'paused' };
  const sender = deps.senders[subscription.platform];
  if (!sender) return { status: 'skipped', subscriptionId, reason: `no ${subscription.platform} sender is configured` };
  const periodKey = periodKeyFor(subscription.schedule, subscription.timezone, now);

  const earlier = fromParts(subscriptionId, periodKey, await sendPendingParts(deps, subscription));
  if (earlier) return earlier;
  const current = await deps.store.getSubscription(subscriptionId);
  if (!current || current.status !== 'active') return { status: 'skipped', subscriptionId, reason: current ? 'paused' : 'removed' };
  if (!options.force && !owedFireTime(current, now)) return { status: 'not-due', subscriptionId, periodKey };
  if ((await deps.store.listDeliveries(subscriptionId, periodKey)).length > 0) return { status: 'not-due', subscriptionId, periodKey };

  const digest = await buildDigest(deps.store, deps.labels, current, now, {
    maxStories: deps.maxStories,
    lookbackHours: deps.lookbackHours,
    periodKey,
  });
  const payloads = digestStoryCount(digest) > 0 ? renderParts(sender, digest, current) : [];
  if (payloads.length === 0) {
    await deps.store.updateSubscription(subscriptionId, { watermark: now });
    deps.logger.info({ subscriptionId, periodKey }, 'nothing new for this digest; not posted');
    return { status: 'empty', subscriptionId, periodKey };
  }
  await recordParts(deps, current, digest, payloads, now);
  deps.logger.info({ subscriptionId, periodKey, parts: payloads.length, stories: digestStoryCount(digest) }, 'digest recorded; sending');
  const sent = fromParts(subscriptionId, periodKey, await sendPendingParts(deps, current));
  return sent ?? { status: 'sent', subscriptionId, periodKey, parts: payloads.length, stories: digestStoryCount(digest) };
}

/**
 * Posts each new story on an `instant` subscription's topics as its own compact
 * message (the renderer's instant layout), recorded and sent like digest parts.
 */
export async function deliverInstant(deps: DeliveryDeps, subscription: Subscription, now: Date): Promise<DeliveryOutcome> {
  const subscriptionId = subscription.id;
  const periodKey = `instant@${now.toISOString()}`;
  if (subscription.status !== 'active') return { status: 'skipped', subscriptionId, reason: 'paused' };
  const sender = deps.senders[subscription.platform];
  if (!sender) return { status: 'skipped', subscriptionId, reason: `no ${subscription.platform} sender is configured` };

  const earlier = fromParts(subscriptionId, periodKey, await sendPendingParts(deps, subscription));
  if (earlier) return earlier;
  const current = await deps.store.getSubscription(subscriptionId);
  if (!current || current.status !== 'active') return { status: 'skipped', subscriptionId, reason: current ? 'paused' : 'removed' };

  const selection = await buildDigest(deps.store, deps.labels, current, now, { maxStories: deps.maxStories, periodKey });
  if (selection.moreCount > 0) {
    deps.logger.info({ subscriptionId, skipped: selection.moreCount }, 'more new stories than an instant subscription posts at once');
  }
  const posts = selection.sections.flatMap((section) =>
    section.stories.map((story) => ({
      ...selection,
      periodKey: instantPeriodKey(story.storyId),
      sections: [{ ...section, stories: [story] }],
      moreCount: 0,
      moreHint: null,
    })),
  );
  const rendered = posts.map((post) => ({ periodKey: post.periodKey, parts: renderParts(sender, post, current) }));
  await deps.store.transaction(async (tx) => {
    for (const post of rendered) {
      for (const [index, part] of post.parts.entries()) {
        await tx.createDelivery({
          subscriptionId,
          periodKey: post.periodKey,
          part: index + 1,
          partCount: post.parts.length,
          payload: part.payload,
          threadOfPart: part.threadOf ?? null,
          createdAt: now,
        });
      }
    }
    await tx.markStoriesDelivered(subscriptionId, digestStoryIds(selection), now);
    await tx.updateSubscription(subscriptionId, { watermark: now });
  });
  if (posts.length === 0) return { status: 'empty', subscriptionId, periodKey };
  const sent = fromParts(subscriptionId, periodKey, await sendPendingParts(deps, current));
  return sent ?? { status: 'sent', subscriptionId, periodKey, parts: posts.length, stories: posts.length };
}

/**
 * On start (and after outages): re-sends every active subscription's pending
 * parts with their original idempotency keys. Paused subscriptions keep theirs
 * until resumed.
 */
export async function reconcilePending(deps: DeliveryDeps): Promise<DeliveryOutcome[]> {
  const bySubscription = new Set((await deps.store.listPendingDeliveries()).map((d) => d.subscriptionId));
  const outcomes: DeliveryOutcome[] = [];
  for (const subscriptionId of bySubscription) {
    const subscription = await deps.store.getSubscription(subscriptionId);
    if (!subscription || subscription.status !== 'active') continue;
    const parts = await sendPendingParts(deps, subscription);
    const periodKey = 'reconcile';
    outcomes.push(fromParts(subscriptionId, periodKey, parts) ?? { status: 'sent', subscriptionId, periodKey, parts: parts.sent, stories: 0 });
  }
  return outcomes;
}
