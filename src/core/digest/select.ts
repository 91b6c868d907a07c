import type { Digest, DigestSection, DigestStory, LanguageCode, Story, Subscription } from '../types.js';
import { compileFilters, placeStory, type StoryArticle } from './eligibility.js';
import { formatCivilDate } from './zoned-time.js';

export interface DigestSelectionInput {
  subscription: Subscription;
  /** Candidate stories; the selection filters them, so a wide window is fine. */
  stories: Story[];
  /** Ids of stories already delivered to this subscription's channel. */
  alreadyDelivered: Set<number>;
  now: Date;
  periodKey: string;
  maxStories: number;
  /** A topic's display label in the digest's language (the subscription's). */
  labels: (topicId: string, language: LanguageCode) => string;
  /** Lower bound (exclusive) on first-seen time when the subscription has no watermark yet. */
  since?: Date;
  /** Each story's articles (those the subscription may see); feed subscriptions need them. */
  members?: ReadonlyMap<number, readonly StoryArticle[]>;
  /** Section label of a feed-only subscription's feed (its name). */
  feedLabel?: (feedId: number) => string;
}

/** A story that made the cut, with the subscription topic it is filed under. */
interface RankedStory {
  story: Story;
  topicId: string;
  importance: number;
}

/** Quotes carried into the digest per story; the renderer shows fewer if it must. */
const QUOTES_PER_STORY = 8;

/**
 * Topic score, weighted up by the number of outlets reporting the story:
 * a story three outlets carry outranks one with a slightly higher score from one.
 */
function importanceOf(topicScore: number, outlets: number): number {
  return topicScore * (1 + 0.5 * Math.log2(Math.max(1, outlets)));
}

/** Section key of a feed-only subscription's feed; never a topic id (those have no colon). */
export const feedSectionId = (feedId: number): string => `feed:${feedId}`;

function byImportance(a: RankedStory, b: RankedStory): number {
  return b.importance - a.importance || b.story.firstSeenAt.getTime() - a.story.firstSeenAt.getTime() || b.story.id - a.story.id;
}

function toDigestStory(entry: RankedStory, subscriptionTopics: string[]): DigestStory {
  const { story } = entry;
  const own = subscriptionTopics.filter((id) => story.topics.some((t) => t.id === id));
  const others = [...story.topics]
    .sort((a, b) => b.score - a.score)
    .map((t) => t.id)
    .filter((id) => !own.includes(id));
  return {
    storyId: story.id,
    title: story.title,
    url: story.url,
    summary: story.summary,
    quotes: [...story.quotes].sort((a, b) => b.score - a.score).slice(0, QUOTES_PER_STORY),
    sources: story.sources,
    publishedAt: story.publishedAt,
    topics: [...own, ...others],
  };
}

/**
 * Which stories a subscription's digest carries: those on its topics first seen
 * after its watermark and never delivered to it before (a later outlet adds
 * sources, it does not repost), most important first, capped at `maxStories`
 * with "and N more", filed once each under their strongest subscribed topic.
 */
export function selectDigest(input: DigestSelectionInput): Digest {
  const { subscription, now } = input;
  const since = subscription.watermark ?? input.since ?? null;
  const filters = compileFilters(subscription.filters);
  const ranked: RankedStory[] = [];
  const byFeed = (subscription.feeds ?? []).length > 0;
  const outside = (at: number) => (since !== null && at <= since.getTime()) || at > now.getTime();
  for (const story of input.stories) {
    // Cheap checks first; a feed subscription's "new" is its feeds' articles' time, known only after placing.
    if ((!byFeed && outside(story.firstSeenAt.getTime())) || input.alreadyDelivered.has(story.id)) continue;
    const placed = placeStory(story, subscription, filters, input.members?.get(story.id));
    if (!placed.ok) continue;
    if (outside(placed.seenAt.getTime())) continue;
    const section = placed.section;
    const topicId = 'topicId' in section ? section.topicId : feedSectionId(section.feedId);
    const score = 'score' in section ? section.score : Math.max(1, ...story.topics.map((t) => t.score));
    ranked.push({ story, topicId, importance: importanceOf(score, story.sources.length) });
  }
  ranked.sort(byImportance);

  const cap = Math.max(0, input.maxStories);
  const kept = ranked.slice(0, cap);
  const cut = ranked.slice(cap);
  const sectionIds = subscription.topics.length > 0 ? subscription.topics : (subscription.feeds ?? []).map(feedSectionId);
  const sections: DigestSection[] = sectionIds
    .map((topicId) => ({
      topicId,
      topicLabel: sectionLabel(topicId, subscription, input),
      stories: kept.filter((e) => e.topicId === topicId).map((e) => toDigestStory(e, subscription.topics)),
    }))
    .filter((section) => section.stories.length > 0);

  const firstCut = cut[0];
  return {
    subscriptionId: subscription.id,
    periodKey: input.periodKey,
    generatedAt: now,
    language: subscription.language,
    timezone: subscription.timezone,
    mode: subscription.mode,
    sections,
    moreCount: cut.length,
    moreHint: firstCut ? searchHint(firstCut.topicId, since, subscription.timezone) : null,
  };
}

function sectionLabel(sectionId: string, subscription: Subscription, input: DigestSelectionInput): string {
  const feed = /^feed:(\d+)$/.exec(sectionId);
  if (!feed) return input.labels(sectionId, subscription.language);
  return input.feedLabel?.(Number(feed[1])) ?? `#${feed[1]}`;
}

/** `/news search topic:summits since:2026-03-19` — where the cut stories can be found. */
function searchHint(topicId: string, since: Date | null, timezone: string): string {
  const topic = topicId.startsWith('feed:') ? '' : ` topic:${topicId}`;
  return since ? `/news search${topic} since:${formatCivilDate(since, timezone)}` : `/news search${topic}`;
}

/** Number of stories a digest carries (the cut ones not counted). */
export function digestStoryCount(digest: Digest): number {
  return digest.sections.reduce((sum, section) => sum + section.stories.length, 0);
}

/** Ids of the stories a digest carries. */
export function digestStoryIds(digest: Digest): number[] {
  return digest.sections.flatMap((section) => section.stories.map((story) => story.storyId));
}
