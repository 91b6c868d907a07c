import { periodKeyFor, selectDigest, type Digest, type LanguageCode, type Subscription } from '../core/index.js';
import type { StoreOps } from '../store/index.js';
import { scopeOf, storiesForWorkspace } from './visibility.js';

export interface BuildDigestOptions {
  maxStories: number;
  /** How far back the first digest of a subscription without a watermark looks. Default 24. */
  lookbackHours?: number;
  /** Overrides the period key (instant posts, previews). */
  periodKey?: string;
}

const HOUR_MS = 3_600_000;
export const DEFAULT_LOOKBACK_HOURS = 24;

/** The lower bound of the window: the watermark, or for a new subscription its creation minus the look-back. */
export function digestWindowStart(subscription: Subscription, lookbackHours = DEFAULT_LOOKBACK_HOURS): Date {
  if (subscription.watermark) return subscription.watermark;
  if (subscription.mode === 'instant') return subscription.createdAt;
  return new Date(subscription.createdAt.getTime() - lookbackHours * HOUR_MS);
}

/**
 * The digest this subscription would get at `now`: stories since its watermark,
 * minus those already delivered to it, seen through its workspace (shared
 * feeds and its own), with its feeds and filters applied. Reads only; used for
 * the chat `digest` preview, the CLI and the delivery itself.
 */
export async function buildDigest(
  store: StoreOps,
  labels: (topicId: string, language: LanguageCode) => string,
  subscription: Subscription,
  now: Date,
  options: BuildDigestOptions,
): Promise<Digest> {
  const since = digestWindowStart(subscription, options.lookbackHours);
  // A feed subscription carries new items of its feeds even when they joined an older story;
  // storiesSeenBetween is half-open, so include stories first seen exactly at `now`.
  const candidates =
    (subscription.feeds ?? []).length > 0 ? await store.storiesUpdatedSince(since) : await store.storiesSeenBetween(since, new Date(now.getTime() + 1));
  const view = await storiesForWorkspace(store, candidates, scopeOf(subscription));
  const alreadyDelivered = new Set(
    await store.deliveredStoryIds(
      subscription.id,
      view.stories.map((s) => s.id),
    ),
  );
  return selectDigest({
    subscription,
    stories: view.stories,
    members: view.members,
    feedLabel: (feedId) => view.feeds.get(feedId)?.name ?? `#${feedId}`,
    alreadyDelivered,
    now,
    since,
    periodKey: options.periodKey ?? periodKeyFor(subscription.schedule, subscription.timezone, now),
    maxStories: options.maxStories,
    labels,
  });
}
