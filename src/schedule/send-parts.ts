import type { Delivery, Subscription } from '../core/index.js';
import { DEFAULT_RETRY, type DeliveryDeps } from './deps.js';
import { asDeliveryError, backoffMs, pause } from './retry.js';
import { ChatDeliveryError, type ChatSender, type SendContext } from './types.js';

/** A thread message needs the platform id of the message its thread hangs under (sent before it: parts go in order). */
async function sendContext(deps: DeliveryDeps, part: Delivery): Promise<SendContext | undefined> {
  if (!part.threadOfPart) return undefined;
  const parent = (await deps.store.listDeliveries(part.subscriptionId, part.periodKey)).find((d) => d.part === part.threadOfPart);
  if (!parent?.platformMessageId) {
    throw new ChatDeliveryError(`Part ${part.part} goes in the thread of part ${part.threadOfPart}, which is not posted yet; it will be retried.`, false);
  }
  return { threadParentId: parent.platformMessageId };
}

/** What became of a subscription's pending parts in one run. */
export type PartsOutcome =
  | { status: 'sent'; sent: number }
  /** A transient failure outlasted the retries (or shutdown began): the rest stays pending for the next run. */
  | { status: 'pending'; sent: number; pending: number; error: string }
  /** A permanent failure: the subscription is paused, its parts stay pending until it is resumed. */
  | { status: 'paused'; sent: number; pending: number; reason: string };

type PartResult = { ok: true } | { ok: false; error: ChatDeliveryError };

async function sendPart(deps: DeliveryDeps, sender: ChatSender, subscription: Subscription, part: Delivery): Promise<PartResult> {
  const policy = deps.retry ?? DEFAULT_RETRY;
  const log = deps.logger.child({ subscriptionId: subscription.id, deliveryId: part.id, idempotencyKey: part.idempotencyKey });
  for (let attempt = 1; ; attempt += 1) {
    try {
      const context = await sendContext(deps, part);
      const { messageId } = await sender.send(subscription, part.payload, part.idempotencyKey, context);
      const sentAt = deps.now();
      await deps.store.markDeliverySent(part.id, messageId, sentAt);
      deps.metrics?.deliveryLatency(subscription.platform, Math.max(0, (sentAt.getTime() - part.createdAt.getTime()) / 1000));
      log.info({ part: part.part, partCount: part.partCount, messageId }, 'digest part sent');
      return { ok: true };
    } catch (thrown) {
      const error = asDeliveryError(thrown);
      await deps.store.markDeliveryAttempt(part.id, error.message, false);
      deps.metrics?.chatApiError(subscription.platform, String(error.code ?? (error.permanent ? 'permanent' : 'transient')));
      if (error.permanent) return { ok: false, error };
      log.warn({ attempt, code: error.code, err: error.message }, 'digest part not sent; will retry');
      if (attempt >= policy.attempts) return { ok: false, error };
      if (!(await pause(backoffMs(policy, attempt, error), deps.signal))) return { ok: false, error };
    }
  }
}

/**
 * Tells the subscription's operators why it was paused, once. The notice is a
 * courtesy on top of the stored reason: a failure is logged, never thrown and
 * never retried (the subscription stays paused either way).
 */
async function notifyPaused(deps: DeliveryDeps, sender: ChatSender, subscription: Subscription, reason: string): Promise<void> {
  if (!sender.notifyPaused) return;
  try {
    await sender.notifyPaused(subscription, reason);
  } catch (error) {
    deps.logger.warn(
      { subscriptionId: subscription.id, channelId: subscription.channelId, err: error instanceof Error ? error.message : String(error) },
      'could not tell the operators that the subscription was paused',
    );
  }
}

/**
 * Sends a subscription's pending parts in order, marking each sent as soon as
 * the platform accepts it. A pending part is re-sent with its stored payload and
 * idempotency key, so a part that reached the platform before a crash is
 * recognised (Discord nonce, Slack metadata) instead of posted twice.
 * Stops at the first part that cannot be sent, so parts never arrive out of order.
 */
export async function sendPendingParts(deps: DeliveryDeps, subscription: Subscription): Promise<PartsOutcome> {
  const pending = await deps.store.listPendingDeliveries(subscription.id);
  const sender = deps.senders[subscription.platform];
  if (pending.length === 0) return { status: 'sent', sent: 0 };
  if (!sender) {
    return { status: 'pending', sent: 0, pending: pending.length, error: `no ${subscription.platform} sender is configured` };
  }
  let sent = 0;
  for (const part of pending) {
    if (deps.signal?.aborted) return { status: 'pending', sent, pending: pending.length - sent, error: 'shutting down' };
    const result = await sendPart(deps, sender, subscription, part);
    if (result.ok) {
      sent += 1;
      if (part.part === part.partCount) deps.metrics?.digestSent(subscription.platform, subscription.mode);
      continue;
    }
    if (result.error.permanent) {
      const reason = `${subscription.platform} refused the post: ${result.error.message}`;
      const wasPaused = (await deps.store.getSubscription(subscription.id))?.status === 'paused';
      const paused = await deps.store.updateSubscription(subscription.id, { status: 'paused', pausedReason: reason });
      deps.logger.warn(
        { subscriptionId: subscription.id, channelId: subscription.channelId, code: result.error.code, reason },
        'subscription paused: fix the channel or permissions, then resume it',
      );
      if (!wasPaused) await notifyPaused(deps, sender, paused, reason);
      return { status: 'paused', sent, pending: pending.length - sent, reason };
    }
    return { status: 'pending', sent, pending: pending.length - sent, error: result.error.message };
  }
  return { status: 'sent', sent };
}
