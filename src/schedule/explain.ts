import { compileFilters, nextFireTime, placeStory, type Article, type StoryExclusion, type Subscription, type Taxonomy } from '../core/index.js';
// identity.ts alone: the feeds index loads the HTTP client, a DOM and a worker pool (CLI lookups must start without them).
import { canonicalizeUrl } from '../feeds/identity.js';
import type { Feed, StoreOps, WorkspaceScope } from '../store/index.js';
import { DEFAULT_LOOKBACK_HOURS, digestWindowStart } from './build.js';
import { scopeOf, storiesForWorkspace, visibleFeeds } from './visibility.js';

/**
 * "Why did (or didn't) this article reach this channel?" as structured data:
 * the article (feed, times, language), its topics with scores and thresholds,
 * its story, and per subscription what happened — delivered (when, which
 * messages), or the rule that kept it out. The rules are the digest
 * selection's own (placeStory). `/news why`, `news-digest why` and the web
 * dashboard render it; describeReason gives each reason its one sentence.
 */

export type ArticleRef = { articleId: number } | { url: string };

export interface ExplainDeps {
  store: StoreOps;
  taxonomy: Taxonomy;
  now: () => Date;
  maxStories: number;
  lookbackHours?: number;
}

export interface FeedFacts {
  id: number;
  name: string;
  url: string;
  enabled: boolean;
  disabledReason: string | null;
  lastFetchedAt: Date | null;
}

export interface TopicFacts {
  id: string;
  /** Null when the article is not tagged with it (below the threshold). */
  score: number | null;
  threshold: number;
  evidence: string[];
}

export type WhyReason =
  | { code: 'paused'; reason: string | null }
  | { code: 'not-grouped' }
  | { code: 'not-visible' }
  | { code: 'before-start'; startedAt: Date; lookbackHours: number }
  | { code: 'already-delivered'; storyId: number; at: Date }
  | { code: 'capped'; maxStories: number }
  | StoryExclusion;

export interface SubscriptionVerdict {
  subscriptionId: number;
  channelId: string;
  mode: Subscription['mode'];
  timezone: string;
  outcome: 'delivered' | 'pending' | 'upcoming' | 'not-delivered';
  /** Delivered or pending: when it was recorded, the period and the messages posted so far. */
  delivery?: { at: Date; periodKey: string; messageIds: string[]; pendingParts: number };
  reason?: WhyReason;
  /** Upcoming digests: when the next one goes out. */
  nextDigestAt?: Date | null;
}

export type ArticleExplanation =
  | { found: false; ref: ArticleRef; feedsOnSameHost: FeedFacts[] }
  | {
      found: true;
      article: Pick<Article, 'id' | 'title' | 'url' | 'source' | 'language' | 'firstSeenAt' | 'publishedAt'> & { feed: FeedFacts | null };
      topics: TopicFacts[];
      story: { id: number; title: string; sources: string[]; firstSeenAt: Date; articles: number } | null;
      subscriptions: SubscriptionVerdict[];
    };

const feedFacts = (feed: Feed): FeedFacts => ({
  id: feed.id,
  name: feed.name,
  url: feed.url,
  enabled: feed.enabled,
  disabledReason: feed.disabledReason,
  lastFetchedAt: feed.lastFetchedAt,
});

async function findArticle(store: StoreOps, ref: ArticleRef): Promise<Article | null> {
  if ('articleId' in ref) return store.getArticle(ref.articleId);
  const url = ref.url.trim();
  let canonical: string | null = null;
  try {
    canonical = canonicalizeUrl(url);
  } catch {
    canonical = null;
  }
  return (
    (canonical ? await store.findArticleByCanonicalUrl(canonical) : null) ??
    (await store.findArticleByCanonicalUrl(url)) ??
    (await store.findArticleByGuid(url)) ??
    (canonical ? await store.findArticleByGuid(canonical) : null)
  );
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Explains one article for these subscriptions. `scope` limits what may be
 * seen (a chat caller's workspace): an article of a feed outside it is "not
 * found", exactly as if it did not exist. Null scope (the operator) sees all.
 */
export async function explainArticle(
  deps: ExplainDeps,
  ref: ArticleRef,
  subscriptions: Subscription[],
  scope: WorkspaceScope | null,
): Promise<ArticleExplanation> {
  const { store } = deps;
  const feeds = scope ? await visibleFeeds(store, scope) : new Map((await store.listFeeds()).map((feed) => [feed.id, feed]));
  const article = await findArticle(store, ref);
  if (!article || (article.feedId !== null && !feeds.has(article.feedId))) {
    const host = 'url' in ref ? hostOf(ref.url) : null;
    const sameHost = host === null ? [] : [...feeds.values()].filter((feed) => hostOf(feed.url) === host).map(feedFacts);
    return { found: false, ref, feedsOnSameHost: sameHost };
  }
  const feed = article.feedId === null ? null : (feeds.get(article.feedId) ?? null);
  const tagged = new Map(article.analysis.topics.map((topic) => [topic.id, topic]));
  const wanted = new Set([...article.analysis.topics.map((t) => t.id), ...subscriptions.flatMap((s) => s.topics)]);
  const topics: TopicFacts[] = deps.taxonomy.topics
    .filter((topic) => wanted.has(topic.id))
    .map((topic) => ({ id: topic.id, score: tagged.get(topic.id)?.score ?? null, threshold: topic.threshold, evidence: tagged.get(topic.id)?.evidence ?? [] }))
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.id.localeCompare(b.id));
  const story = article.storyId === null ? null : await store.getStory(article.storyId);
  const verdicts: SubscriptionVerdict[] = [];
  for (const subscription of subscriptions) verdicts.push(await verdictFor(deps, subscription, article, story?.id ?? null));
  return {
    found: true,
    article: {
      id: article.id,
      title: article.title,
      url: article.url ?? article.canonicalUrl,
      source: article.source,
      language: article.language,
      firstSeenAt: article.firstSeenAt,
      publishedAt: article.publishedAt,
      feed: feed ? feedFacts(feed) : null,
    },
    topics,
    story: story ? { id: story.id, title: story.title, sources: story.sources, firstSeenAt: story.firstSeenAt, articles: story.articleIds.length } : null,
    subscriptions: verdicts,
  };
}

async function verdictFor(deps: ExplainDeps, subscription: Subscription, article: Article, storyId: number | null): Promise<SubscriptionVerdict> {
  const base = { subscriptionId: subscription.id, channelId: subscription.channelId, mode: subscription.mode, timezone: subscription.timezone };
  const notDelivered = (reason: WhyReason): SubscriptionVerdict => ({ ...base, outcome: 'not-delivered', reason });
  if (storyId === null) return notDelivered({ code: 'not-grouped' });
  const { store } = deps;
  const story = await store.getStory(storyId);
  if (!story) return notDelivered({ code: 'not-grouped' });

  const deliveredAt = await store.storyDeliveredAt(subscription.id, storyId);
  if (deliveredAt) {
    if (article.firstSeenAt.getTime() > deliveredAt.getTime()) return notDelivered({ code: 'already-delivered', storyId, at: deliveredAt });
    const parts = (await store.listDeliveries(subscription.id)).filter((d) => d.createdAt.getTime() === deliveredAt.getTime());
    const instantParts = parts.filter((d) => d.periodKey === `story-${storyId}`);
    const own = instantParts.length > 0 ? instantParts : parts;
    const pendingParts = own.filter((d) => d.status !== 'sent').length;
    return {
      ...base,
      outcome: pendingParts > 0 ? 'pending' : 'delivered',
      delivery: {
        at: deliveredAt,
        periodKey: own[0]?.periodKey ?? 'unknown',
        messageIds: own.flatMap((d) => (d.platformMessageId ? [d.platformMessageId] : [])),
        pendingParts,
      },
    };
  }

  const view = await storiesForWorkspace(store, [story], scopeOf(subscription));
  const visible = view.stories[0];
  if (!visible) return notDelivered({ code: 'not-visible' });
  const placed = placeStory(visible, subscription, compileFilters(subscription.filters), view.members.get(storyId));
  if (!placed.ok) return notDelivered(placed.reason);
  if (subscription.status === 'paused') return notDelivered({ code: 'paused', reason: subscription.pausedReason });

  const lookbackHours = deps.lookbackHours ?? DEFAULT_LOOKBACK_HOURS;
  const start = digestWindowStart({ ...subscription, watermark: null }, lookbackHours);
  if (placed.seenAt.getTime() <= start.getTime()) return notDelivered({ code: 'before-start', startedAt: subscription.createdAt, lookbackHours });
  if (subscription.watermark && placed.seenAt.getTime() <= subscription.watermark.getTime())
    return notDelivered({ code: 'capped', maxStories: deps.maxStories });
  const next = subscription.mode === 'digest' ? nextFireTime(subscription.schedule, subscription.timezone, deps.now()) : null;
  return { ...base, outcome: 'upcoming', nextDigestAt: next };
}

/** One sentence for a reason; times in `timeZone`. */
export function describeReason(reason: WhyReason, format: (date: Date) => string): string {
  switch (reason.code) {
    case 'paused':
      return `The subscription is paused (${reason.reason ?? 'no reason recorded'}); /news subscribe in the channel resumes it.`;
    case 'not-grouped':
      return 'It is not in a story yet; stories are formed right after each poll.';
    case 'not-visible':
      return "It comes from a feed this channel's workspace does not have.";
    case 'before-start':
      return `It was first seen before this subscription started on ${format(reason.startedAt)}; a new subscription looks back ${reason.lookbackHours} hours.`;
    case 'already-delivered':
      return `Its story #${reason.storyId} was already delivered here on ${format(reason.at)}, before this article arrived; a later outlet adds a source, it is not posted again.`;
    case 'capped':
      return `It matched, but its digest was full: a digest carries at most ${reason.maxStories} stories and ends with "and N more".`;
    case 'not-from-feed':
      return `It did not come from a feed this subscription follows (${reason.feeds.map((id) => `#${id}`).join(', ')}).`;
    case 'no-topic':
      return `No topic matched: this subscription follows ${reason.topics.join(', ')}.`;
    case 'excluded-term':
      return `Filtered out by the word "${reason.term}" (exclude).`;
    case 'no-included-term':
      return `It contains none of the include words (${reason.terms.map((t) => `"${t}"`).join(', ')}).`;
    case 'language':
      return `Its language (${reason.storyLanguages.join(', ') || 'unknown'}) is not one of ${reason.languages.join(', ')}.`;
    case 'min-sources':
      return `Covered by ${reason.sources} outlet${reason.sources === 1 ? '' : 's'}, fewer than min-sources ${reason.minimum}.`;
  }
}
