import { topicLabel, type Article, type Story, type Subscription, type TopicScore } from '../../core/index.js';
// identity.ts alone: the feeds index loads the HTTP client, a DOM and a worker pool (CLI lookups must start without them).
import { canonicalizeUrl } from '../../feeds/identity.js';
import type { Feed, StoryDelivery } from '../../store/index.js';
import type { WebDeps } from './deps.js';
import { digestWindowStart } from '../../schedule/index.js';

/**
 * "Why not": what can be known about one article URL and a subscription (or
 * an ad-hoc topic selection): which feed saw it, its language, its topics with
 * scores against each threshold, its story, and where that story went.
 * The chat's `/news why` (#14) gives the same explanation.
 */

export interface TopicVerdict {
  id: string;
  label: string;
  /** The article's score, or null when the article is not tagged with it. */
  score: number | null;
  threshold: number | null;
  evidence: string[];
  wanted: boolean;
}

export interface ArticleExplanation {
  article: Article;
  feed: Feed | null;
  topics: TopicVerdict[];
  story: Story | null;
  deliveries: (StoryDelivery & { subscription: Subscription | null })[];
  /** Plain sentences, in order: the first one that says "no" is the answer. */
  reasons: string[];
}

export interface WhyReport {
  url: string;
  articles: ArticleExplanation[];
  /** When no article matches: what might be wrong. */
  notFound: string[];
}

function verdicts(articleTopics: TopicScore[], wanted: string[], deps: WebDeps): TopicVerdict[] {
  const byId = new Map(articleTopics.map((t) => [t.id, t]));
  const ids = [...new Set([...wanted, ...articleTopics.map((t) => t.id)])];
  return ids.map((id) => {
    const tagged = byId.get(id);
    const definition = deps.taxonomy.topics.find((t) => t.id === id);
    return {
      id,
      label: topicLabel(deps.taxonomy, id, 'en'),
      score: tagged?.score ?? null,
      threshold: definition?.threshold ?? null,
      evidence: tagged?.evidence ?? [],
      wanted: wanted.includes(id),
    };
  });
}

async function explainArticle(deps: WebDeps, article: Article, subscription: Subscription | null, wanted: string[]): Promise<ArticleExplanation> {
  const { store } = deps;
  const feed = article.feedId === null ? null : await store.getFeed(article.feedId);
  const story = article.storyId === null ? null : await store.getStory(article.storyId);
  const topics = verdicts(article.analysis.topics, wanted, deps);
  const deliveries = story
    ? await Promise.all((await store.storyDeliveries(story.id)).map(async (d) => ({ ...d, subscription: await store.getSubscription(d.subscriptionId) })))
    : [];
  const reasons: string[] = [];
  reasons.push(`Seen by ${feed ? `feed #${feed.id} ${feed.name}` : article.source} on ${article.firstSeenAt.toISOString()}; language ${article.language}.`);
  const matching = topics.filter((t) => t.wanted && t.score !== null);
  if (wanted.length > 0 && matching.length === 0) {
    const missed = topics
      .filter((t) => t.wanted)
      .map((t) => `${t.id} (threshold ${t.threshold ?? '?'})`)
      .join(', ');
    reasons.push(
      `Not tagged with any wanted topic: ${missed}. A topic needs its threshold score and a title hit, two distinct terms or a repeated term; the article's own topics are listed below.`,
    );
  } else if (matching.length > 0) {
    reasons.push(`Tagged with ${matching.map((t) => `${t.id} (score ${t.score} ≥ ${t.threshold ?? '?'})`).join(', ')}.`);
  }
  if (!story) {
    reasons.push('Not part of a story yet: stories are assigned after each poll, within the story window.');
  } else {
    reasons.push(`Part of story #${story.id} (${story.sources.length} sources, first seen ${story.firstSeenAt.toISOString()}).`);
    if (subscription) {
      const delivered = deliveries.find((d) => d.subscriptionId === subscription.id);
      if (delivered)
        reasons.push(`Already delivered to subscription #${subscription.id} on ${delivered.deliveredAt.toISOString()}: a story is posted once per channel.`);
      else if (subscription.id !== 0) {
        const since = digestWindowStart(subscription);
        if (story.firstSeenAt < since)
          reasons.push(
            `First seen before this subscription's window (${since.toISOString()}): it was due in an earlier digest, or came before the subscription.`,
          );
        else if (subscription.status === 'paused') reasons.push(`The subscription is paused: ${subscription.pausedReason ?? 'no reason recorded'}.`);
        else reasons.push('Due in the next digest unless the story cap cuts it (see the preview above).');
      }
    }
  }
  return { article, feed, topics, story, deliveries, reasons };
}

export async function explainUrl(deps: WebDeps, url: string, subscription: Subscription | null, wanted: string[]): Promise<WhyReport> {
  const trimmed = url.trim().slice(0, 2048);
  const candidates = new Set([trimmed]);
  try {
    candidates.add(canonicalizeUrl(trimmed));
  } catch {
    // Not a URL we can canonicalise: the exact lookup still runs.
  }
  const seen = new Map<number, Article>();
  for (const candidate of candidates) for (const article of await deps.store.findArticlesByUrl(candidate)) seen.set(article.id, article);
  const articles = await Promise.all([...seen.values()].map((a) => explainArticle(deps, a, subscription, wanted)));
  const notFound: string[] = [];
  if (articles.length === 0) {
    notFound.push('No stored article has this URL (display or canonical).');
    const troubled = (await deps.store.listFeeds()).filter((f) => !f.enabled || f.consecutiveFailures > 0);
    if (troubled.length > 0)
      notFound.push(
        `Feeds with problems that might carry it: ${troubled.map((f) => `#${f.id} ${f.name} (${f.enabled ? f.lastStatus : f.disabledReason})`).join('; ')}.`,
      );
    notFound.push('Otherwise its feed may not list it, or it has not been polled yet: check the feed on the Overview page.');
  }
  return { url: trimmed, articles, notFound };
}
