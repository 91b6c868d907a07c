import { describe, expect, it } from 'vitest';
import { digestStoryIds, selectDigest, type DigestSelectionInput } from '../../../src/core/index.js';
import type { Story, Subscription, TopicScore } from '../../../src/core/index.js';
import { subscriptionFixture } from '../../fixtures/subscription.js';

const NOW = new Date('2026-03-20T07:00:00Z');
const hoursAgo = (h: number): Date => new Date(NOW.getTime() - h * 3_600_000);

function subscription(patch: Partial<Subscription> = {}): Subscription {
  return subscriptionFixture({ createdAt: hoursAgo(24 * 30), watermark: hoursAgo(24), ...patch });
}

function story(id: number, topics: Array<[string, number]>, opts: { seenHoursAgo?: number; sources?: number; publishedHoursAgo?: number } = {}): Story {
  const seen = hoursAgo(opts.seenHoursAgo ?? 2);
  const tags: TopicScore[] = topics.map(([topicId, score]) => ({ id: topicId, score, evidence: [] }));
  return {
    id,
    representativeArticleId: id * 10,
    title: `Story ${id}`,
    url: `https://example.org/${id}`,
    summary: `Summary ${id}.`,
    topics: tags,
    quotes: [
      { text: `low ${id}`, speaker: 'A', kind: 'direct', score: 0.1 },
      { text: `high ${id}`, speaker: 'B', kind: 'direct', score: 0.9 },
      { text: `mid ${id}`, speaker: 'C', kind: 'direct', score: 0.5 },
    ],
    sources: Array.from({ length: opts.sources ?? 1 }, (_, i) => `Outlet ${i + 1}`),
    languages: ['de'],
    articleIds: [id * 10],
    publishedAt: hoursAgo(opts.publishedHoursAgo ?? opts.seenHoursAgo ?? 2),
    firstSeenAt: seen,
    updatedAt: seen,
  };
}

const LABELS: Record<string, string> = { summits: 'Gipfeltreffen', 'arms-control': 'Rüstungskontrolle' };

function select(stories: Story[], patch: Partial<DigestSelectionInput> = {}) {
  return selectDigest({
    subscription: subscription(),
    stories,
    alreadyDelivered: new Set(),
    now: NOW,
    periodKey: '2026-03-20T08:00+01:00',
    maxStories: 10,
    labels: (id) => LABELS[id] ?? id,
    ...patch,
  });
}

describe('selectDigest', () => {
  it('takes only stories on the subscription’s topics first seen after the watermark', () => {
    const digest = select([
      story(1, [['summits', 3]], { seenHoursAgo: 2 }),
      story(2, [['summits', 3]], { seenHoursAgo: 30 }), // before the watermark (24 h ago)
      story(3, [['elections', 5]], { seenHoursAgo: 2 }), // not subscribed
      story(4, [['arms-control', 2]], { seenHoursAgo: 23 }),
      story(5, [['summits', 2]], { seenHoursAgo: -1 }), // after `now`: belongs to the next digest
    ]);
    expect(digestStoryIds(digest).sort()).toEqual([1, 4]);
    expect(digest.subscriptionId).toBe(7);
    expect(digest.periodKey).toBe('2026-03-20T08:00+01:00');
    expect(digest.language).toBe('de');
    expect(digest.moreCount).toBe(0);
    expect(digest.moreHint).toBeNull();
  });

  it('shows a story at its publication time, selected by when it was first seen', () => {
    // Published 30 hours ago (before the watermark) but first polled 2 hours ago: new to the subscriber, dated as published.
    const late = story(1, [['summits', 3]], { seenHoursAgo: 2, publishedHoursAgo: 30 });
    const digest = select([late]);
    expect(digestStoryIds(digest)).toEqual([1]);
    expect(digest.sections[0]!.stories[0]!.publishedAt).toEqual(hoursAgo(30));
    expect(digest.sections[0]!.stories[0]!.publishedAt).not.toEqual(late.firstSeenAt);
  });

  it('falls back to `since` when the subscription has never been delivered', () => {
    const digest = select([story(1, [['summits', 3]], { seenHoursAgo: 40 }), story(2, [['summits', 3]], { seenHoursAgo: 50 })], {
      subscription: subscription({ watermark: null }),
      since: hoursAgo(48),
    });
    expect(digestStoryIds(digest)).toEqual([1]);
  });

  it('leaves out stories already delivered to the channel, even if more outlets joined since', () => {
    const digest = select([story(1, [['summits', 3]], { sources: 4 }), story(2, [['summits', 1]])], { alreadyDelivered: new Set([1]) });
    expect(digestStoryIds(digest)).toEqual([2]);
  });

  it('ranks by topic score, then by number of outlets, then by recency', () => {
    const digest = select([
      story(1, [['summits', 2]], { sources: 1, seenHoursAgo: 1 }),
      story(2, [['summits', 4]], { sources: 1, seenHoursAgo: 5 }),
      story(3, [['summits', 2]], { sources: 4, seenHoursAgo: 5 }),
      story(4, [['summits', 2]], { sources: 1, seenHoursAgo: 3 }),
    ]);
    // 2: 4×1 = 4 and 3: 2×(1+0.5·log2 4) = 4 tie, seen at the same time, higher id first; then 1 (newer) before 4.
    expect(digestStoryIds(digest)).toEqual([3, 2, 1, 4]);
  });

  it('caps the digest and counts the rest as "and N more" with a search hint', () => {
    const stories = Array.from({ length: 7 }, (_, i) => story(i + 1, [['arms-control', 10 - i]]));
    const digest = select(stories, { maxStories: 3 });
    expect(digestStoryIds(digest)).toEqual([1, 2, 3]);
    expect(digest.moreCount).toBe(4);
    expect(digest.moreHint).toBe('/news search topic:arms-control since:2026-03-19');
  });

  it('files a multi-topic story once, under its strongest subscribed topic, sections in the subscription’s order', () => {
    const digest = select([
      story(1, [
        ['summits', 1],
        ['arms-control', 3],
      ]),
      story(2, [['summits', 2]]),
      story(3, [
        ['elections', 9],
        ['summits', 1],
      ]),
    ]);
    expect(digest.sections.map((s) => [s.topicId, s.topicLabel, s.stories.map((x) => x.storyId)])).toEqual([
      ['summits', 'Gipfeltreffen', [2, 3]],
      ['arms-control', 'Rüstungskontrolle', [1]],
    ]);
    const multi = digest.sections[1]?.stories[0];
    // Tags: the subscription's topics first (in its order), then the rest by score.
    expect(multi?.topics).toEqual(['summits', 'arms-control']);
    expect(digest.sections[0]?.stories[1]?.topics).toEqual(['summits', 'elections']);
    expect(multi?.quotes.map((q) => q.text)).toEqual(['high 1', 'mid 1', 'low 1']);
  });

  it('breaks a score tie between two subscribed topics in favour of the one listed first', () => {
    const digest = select([
      story(1, [
        ['arms-control', 2],
        ['summits', 2],
      ]),
    ]);
    expect(digest.sections.map((s) => s.topicId)).toEqual(['summits']);
  });

  it('labels sections in the subscription’s language', () => {
    const digest = select([story(1, [['summits', 3]])], {
      subscription: subscription({ language: 'fr' }),
      labels: (id, language) => `${id}@${language}`,
    });
    expect(digest.sections.map((s) => s.topicLabel)).toEqual(['summits@fr']);
    expect(digest.language).toBe('fr');
  });

  it('is empty when nothing new matches', () => {
    const digest = select([story(1, [['summits', 3]], { seenHoursAgo: 48 })]);
    expect(digest.sections).toEqual([]);
    expect(digest.moreCount).toBe(0);
  });
});
