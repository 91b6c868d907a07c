import { describe, expect, it } from 'vitest';
import {
  compileFilters,
  compileTerm,
  containsTerm,
  digestStoryIds,
  placeStory,
  prepareText,
  selectDigest,
  type Story,
  type StoryArticle,
} from '../../../src/core/index.js';
import { subscriptionFixture } from '../../fixtures/subscription.js';

const NOW = new Date('2026-03-20T07:00:00Z');
const hoursAgo = (h: number): Date => new Date(NOW.getTime() - h * 3_600_000);

const matches = (text: string, term: string) => containsTerm(prepareText(text), compileTerm(term)!);

function story(id: number, patch: Partial<Story> = {}): Story {
  return {
    id,
    representativeArticleId: id,
    title: `Story ${id}`,
    url: null,
    summary: '',
    topics: [{ id: 'summits', score: 3, evidence: [] }],
    quotes: [],
    sources: ['Tagesblick'],
    languages: ['de'],
    articleIds: [id],
    firstSeenAt: hoursAgo(2),
    publishedAt: hoursAgo(2),
    updatedAt: hoursAgo(2),
    ...patch,
  };
}

describe('filter words', () => {
  it('match whole words and phrases, in any case and without accents', () => {
    expect(matches('Gipfel in Zürich vereinbart', 'zurich')).toBe(true);
    expect(matches('GIPFEL IN ZURICH', 'Zürich')).toBe(true);
    expect(matches('Sperrung der Hauptstraße', 'HAUPTSTRASSE')).toBe(true);
    expect(matches('An arms-race warning', 'arms race')).toBe(true);
    expect(matches("Putin's envoy", 'Putin')).toBe(true);
    expect(matches('Putins Sprecher', 'Putin')).toBe(false);
    expect(matches('Rasputin revisited', 'Putin')).toBe(false);
    expect(matches('Η Αθήνα φιλοξενεί τη σύνοδο', 'αθηνα')).toBe(true);
    expect(matches('Саммит в Москве', 'москве')).toBe(true);
  });

  it('find words in scripts written without spaces', () => {
    expect(matches('東京で首脳会談が開かれた', '東京')).toBe(true);
    expect(matches('首脳会談は大阪で', '東京')).toBe(false);
    expect(matches('การประชุมสุดยอดที่กรุงเทพ', 'กรุงเทพ')).toBe(true);
  });

  it('treat pattern characters as text: a term without letters matches nothing', () => {
    expect(compileTerm('.*')).toBeNull();
    expect(matches('a (b) c', '(b)')).toBe(true);
    expect(matches('abc', 'a.c')).toBe(false);
  });
});

describe('placeStory', () => {
  const none = compileFilters(undefined);

  it('applies excludes before includes, then languages and outlets', () => {
    const sub = subscriptionFixture({ topics: ['summits'] });
    const s = story(1, { title: 'Gipfel und Fußball', languages: ['de'], sources: ['A', 'a ', 'B'] });
    expect(placeStory(s, sub, compileFilters({ include: ['gipfel'], exclude: ['fussball'], languages: [], minSources: null }), undefined)).toEqual({
      ok: false,
      reason: { code: 'excluded-term', term: 'fussball' },
    });
    expect(placeStory(s, sub, compileFilters({ include: ['Wahl'], exclude: [], languages: [], minSources: null }), undefined)).toMatchObject({
      ok: false,
      reason: { code: 'no-included-term' },
    });
    expect(placeStory(s, sub, compileFilters({ include: [], exclude: [], languages: ['en'], minSources: null }), undefined)).toMatchObject({
      ok: false,
      reason: { code: 'language' },
    });
    // "A" and "a " are one outlet.
    expect(placeStory(s, sub, compileFilters({ include: [], exclude: [], languages: [], minSources: 3 }), undefined)).toEqual({
      ok: false,
      reason: { code: 'min-sources', sources: 2, minimum: 3 },
    });
    expect(placeStory(s, sub, none, undefined)).toMatchObject({ ok: true, section: { topicId: 'summits' } });
  });

  it('places a feed subscription by its feeds, new when its feed’s article is new, with topics as a filter on top', () => {
    const members: StoryArticle[] = [
      { articleId: 1, feedId: 7, firstSeenAt: hoursAgo(30) },
      { articleId: 2, feedId: 9, firstSeenAt: hoursAgo(1) },
    ];
    const untagged = story(1, { topics: [], firstSeenAt: hoursAgo(30) });
    expect(placeStory(untagged, subscriptionFixture({ topics: [], feeds: [9] }), none, members)).toEqual({
      ok: true,
      section: { feedId: 9 },
      seenAt: hoursAgo(1),
    });
    expect(placeStory(untagged, subscriptionFixture({ topics: [], feeds: [3] }), none, members)).toMatchObject({
      ok: false,
      reason: { code: 'not-from-feed' },
    });
    expect(placeStory(untagged, subscriptionFixture({ topics: ['summits'], feeds: [9] }), none, members)).toMatchObject({
      ok: false,
      reason: { code: 'no-topic' },
    });
  });
});

describe('selectDigest with feeds and filters', () => {
  it('files a feed subscription’s stories under the feed’s name, and leaves filtered ones out', () => {
    const subscription = subscriptionFixture({
      topics: [],
      feeds: [9],
      createdAt: hoursAgo(48),
      watermark: hoursAgo(24),
      filters: { include: [], exclude: ['sport'], languages: [], minSources: null },
    });
    const members = new Map<number, StoryArticle[]>([
      [1, [{ articleId: 1, feedId: 9, firstSeenAt: hoursAgo(2) }]],
      [2, [{ articleId: 2, feedId: 9, firstSeenAt: hoursAgo(3) }]],
      [3, [{ articleId: 3, feedId: 4, firstSeenAt: hoursAgo(2) }]],
    ]);
    const digest = selectDigest({
      subscription,
      stories: [story(1, { topics: [] }), story(2, { title: 'Sport am Sonntag' }), story(3)],
      members,
      feedLabel: (id) => `Feed ${id}`,
      alreadyDelivered: new Set(),
      now: NOW,
      periodKey: 'p',
      maxStories: 10,
      labels: (id) => id,
    });
    expect(digestStoryIds(digest)).toEqual([1]);
    expect(digest.sections.map((section) => [section.topicId, section.topicLabel])).toEqual([['feed:9', 'Feed 9']]);
  });
});
