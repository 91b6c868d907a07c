import type { Story, Subscription, SubscriptionFilters } from '../types.js';
import { compileTerm, firstTermIn, prepareText, type MatchTerm, type MatchText } from './terms.js';

/**
 * Whether a story belongs in a subscription's digest as far as its topics,
 * feeds and filters go (the window and "already delivered" are the
 * selection's business). Shared by the digest selection and by `/news why`,
 * so the explanation is the rule that was applied, not a second guess.
 */

/** One article of a story: where it came from and when it was first seen. */
export interface StoryArticle {
  articleId: number;
  feedId: number | null;
  firstSeenAt: Date;
}

export type StoryExclusion =
  | { code: 'not-from-feed'; feeds: number[] }
  | { code: 'no-topic'; topics: string[] }
  | { code: 'excluded-term'; term: string }
  | { code: 'no-included-term'; terms: string[] }
  | { code: 'language'; storyLanguages: string[]; languages: string[] }
  | { code: 'min-sources'; sources: number; minimum: number };

export type StoryPlacement =
  | {
      ok: true;
      /** The section: a subscribed topic, or for a feed-only subscription a subscribed feed. */ section:
        { topicId: string; score: number } | { feedId: number };
      seenAt: Date;
    }
  | { ok: false; reason: StoryExclusion };

export interface CompiledFilters {
  include: MatchTerm[];
  exclude: MatchTerm[];
  languages: Set<string>;
  minSources: number | null;
}

export const NO_FILTERS: SubscriptionFilters = { include: [], exclude: [], languages: [], minSources: null };

export function compileFilters(filters: SubscriptionFilters | undefined): CompiledFilters {
  const terms = (list: string[] | undefined) => (list ?? []).flatMap((text) => compileTerm(text) ?? []);
  return {
    include: terms(filters?.include),
    exclude: terms(filters?.exclude),
    languages: new Set((filters?.languages ?? []).map((code) => code.toLowerCase())),
    minSources: filters?.minSources ?? null,
  };
}

/** The text filters look at: title, summary and the quotes. */
export function storyMatchText(story: Pick<Story, 'title' | 'summary' | 'quotes'>): MatchText {
  return prepareText([story.title, story.summary, ...story.quotes.map((quote) => quote.text)].join('\n'));
}

export function distinctSources(sources: readonly string[]): number {
  return new Set(sources.map((source) => source.trim().toLowerCase()).filter((source) => source !== '')).size;
}

/** The subscription topic the story scores highest on; ties go to the one the subscriber listed first. */
export function strongestTopic(story: Pick<Story, 'topics'>, topics: readonly string[]): { topicId: string; score: number } | null {
  let best: { topicId: string; score: number } | null = null;
  for (const topicId of topics) {
    const tag = story.topics.find((t) => t.id === topicId);
    if (tag && (!best || tag.score > best.score)) best = { topicId, score: tag.score };
  }
  return best;
}

/**
 * The filters alone (words, languages, outlets), cheapest first; `text` is
 * computed only when a word filter needs it.
 */
export function filterExclusion(story: Story, filters: CompiledFilters, text?: () => MatchText): StoryExclusion | null {
  if (filters.minSources !== null) {
    const sources = distinctSources(story.sources);
    if (sources < filters.minSources) return { code: 'min-sources', sources, minimum: filters.minSources };
  }
  if (filters.languages.size > 0 && !story.languages.some((language) => filters.languages.has(language.toLowerCase()))) {
    return { code: 'language', storyLanguages: story.languages, languages: [...filters.languages] };
  }
  if (filters.include.length === 0 && filters.exclude.length === 0) return null;
  const prepared = text ? text() : storyMatchText(story);
  const excluded = firstTermIn(prepared, filters.exclude);
  if (excluded) return { code: 'excluded-term', term: excluded.text };
  if (filters.include.length > 0 && !firstTermIn(prepared, filters.include)) return { code: 'no-included-term', terms: filters.include.map((t) => t.text) };
  return null;
}

/**
 * Where the story goes in this subscription's digest, or why it does not.
 * `members` are the story's articles the subscription may see; without them
 * (a caller that has no article facts) the story counts as first seen at its
 * own first-seen time and feed subscriptions match nothing.
 */
export function placeStory(
  story: Story,
  subscription: Pick<Subscription, 'topics' | 'feeds'>,
  filters: CompiledFilters,
  members: readonly StoryArticle[] | undefined,
  text?: () => MatchText,
): StoryPlacement {
  const feeds = subscription.feeds ?? [];
  let seenAt = story.firstSeenAt;
  let feedId: number | null = null;
  if (feeds.length > 0) {
    // A feed subscription carries every new item of its feeds: the story is new when such an item is.
    const fromFeeds = (members ?? []).filter((member) => member.feedId !== null && feeds.includes(member.feedId));
    if (fromFeeds.length === 0) return { ok: false, reason: { code: 'not-from-feed', feeds } };
    seenAt = new Date(Math.min(...fromFeeds.map((member) => member.firstSeenAt.getTime())));
    feedId = feeds.find((id) => fromFeeds.some((member) => member.feedId === id)) ?? null;
  }
  let topic: { topicId: string; score: number } | null = null;
  if (subscription.topics.length > 0) {
    topic = strongestTopic(story, subscription.topics);
    if (!topic) return { ok: false, reason: { code: 'no-topic', topics: subscription.topics } };
  }
  const excluded = filterExclusion(story, filters, text);
  if (excluded) return { ok: false, reason: excluded };
  return { ok: true, section: topic ?? { feedId: feedId! }, seenAt };
}
