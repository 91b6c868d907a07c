import type { Store } from '../store/index.js';
import type { DeliveryDeps } from './deps.js';
import { deliverDigest, deliverInstant, owedFireTime, type DeliveryOutcome } from './deliver.js';
import { assignStories, type AssignStoriesResult } from './stories.js';
import type { Job, JobHandler } from './work.js';

/**
 * The jobs several processes share, and their handlers. The same handlers run
 * on SQLite (in this process, at once) and on PostgreSQL (through pg-boss).
 */

export interface PollJobData {
  feedId: number;
  /** When the poll was asked for (ISO): a fetch of the feed that started at or after it answers the request. */
  requestedAt: string;
}

export interface DeliverJobData {
  subscriptionId: number;
  /** Send the digest even when this period's is not due yet (the operator's "send now"); never twice per period. */
  force?: boolean;
}

export const feedKey = (feedId: number): string => `feed:${feedId}`;
export const subscriptionKey = (subscriptionId: number): string => `sub:${subscriptionId}`;
export const STORIES_KEY = 'stories';

export function pollJobs(feedIds: number[], requestedAt: Date): Job<PollJobData>[] {
  return feedIds.map((feedId) => ({ key: feedKey(feedId), data: { feedId, requestedAt: requestedAt.toISOString() } }));
}

export function deliverJobs(subscriptionIds: number[], force = false): Job<DeliverJobData>[] {
  return subscriptionIds.map((subscriptionId) => ({ key: subscriptionKey(subscriptionId), data: force ? { subscriptionId, force } : { subscriptionId } }));
}

/**
 * Polls the batch's feeds, except those another process fetched since the poll
 * was asked for: three `poll --once` started together fetch each feed once.
 * (One job per feed runs at a time, so the check and the fetch cannot interleave
 * with another process's fetch of the same feed.)
 */
export function pollHandler<R extends { feedId: number }>(
  store: Store,
  pollFeeds: (feedIds: number[]) => Promise<R[]>,
  alreadyFetched: (feedId: number, at: Date | null) => R,
): JobHandler<PollJobData, R> {
  return async (jobs) => {
    const fresh = new Map<number, R>();
    const due: number[] = [];
    for (const { data } of jobs) {
      const feed = await store.getFeed(data.feedId);
      if (feed?.lastFetchedAt && feed.lastFetchedAt.getTime() >= Date.parse(data.requestedAt))
        fresh.set(data.feedId, alreadyFetched(data.feedId, feed.lastFetchedAt));
      else if (feed) due.push(data.feedId);
      else fresh.set(data.feedId, alreadyFetched(data.feedId, null));
    }
    const reports = new Map((due.length > 0 ? await pollFeeds(due) : []).map((report) => [report.feedId, report]));
    return jobs.map(({ data }) => reports.get(data.feedId) ?? fresh.get(data.feedId) ?? alreadyFetched(data.feedId, null));
  };
}

/** Groups every unassigned article of the window into stories; one process at a time (key `stories`). */
export function assignHandler(store: Store, windowHours: number, now: () => Date): JobHandler<unknown, AssignStoriesResult> {
  return async (jobs) => {
    const result = await assignStories(store, [], { windowHours, now: now() });
    return jobs.map(() => result);
  };
}

/**
 * Delivers what a subscription is owed: pending parts first, then its digest
 * (when due, or forced) or its new instant stories. Exactly once per period and
 * story is still decided by the delivery records and idempotency keys; the queue
 * only makes sure one process works on a subscription at a time.
 */
export function deliverHandler(deps: DeliveryDeps): JobHandler<DeliverJobData, DeliveryOutcome> {
  return async (jobs) => {
    const outcomes: DeliveryOutcome[] = [];
    for (const { data } of jobs) {
      const subscription = await deps.store.getSubscription(data.subscriptionId);
      if (!subscription) outcomes.push({ status: 'skipped', subscriptionId: data.subscriptionId, reason: 'removed' });
      else if (subscription.mode === 'instant') outcomes.push(await deliverInstant(deps, subscription, deps.now()));
      else outcomes.push(await deliverDigest(deps, subscription, deps.now(), { force: data.force ?? false }));
    }
    return outcomes;
  };
}

/** The subscriptions owed something now: a due digest, or parts left pending. `instant` adds every active instant subscription (after a poll). */
export async function owedSubscriptions(store: Store, now: Date, { instant = false } = {}): Promise<number[]> {
  const withPending = new Set((await store.listPendingDeliveries()).map((d) => d.subscriptionId));
  const owed: number[] = [];
  for (const subscription of await store.listSubscriptions({ status: 'active' })) {
    if (withPending.has(subscription.id)) owed.push(subscription.id);
    else if (subscription.mode === 'digest' && owedFireTime(subscription, now)) owed.push(subscription.id);
    else if (subscription.mode === 'instant' && instant) owed.push(subscription.id);
  }
  return owed;
}
