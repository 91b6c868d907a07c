import { describe, expect, it } from 'vitest';
import { storyGroup } from '../../../bench/eval-stories.js';
import { clusterArticles, mergeStory } from '../../../src/core/index.js';
import { fixtureCandidates, loadStoryFixtures, pairwiseScores, type StoryPart } from '../../fixtures/stories/fixtures.js';

function clustered(part: StoryPart) {
  const fixtures = loadStoryFixtures(part);
  const candidates = fixtureCandidates(fixtures);
  const keys = new Map(clusterArticles(candidates).map((a) => [String(a.articleId), a.key]));
  return { fixtures, candidates, keys };
}

/** Floors for one group of events (see storyGroup): how many articles it has, and its pairwise precision and recall. */
function expectGroupAtLeast({ fixtures, keys }: ReturnType<typeof clustered>, group: string, articles: number, precision: number, recall: number): void {
  const set = fixtures.filter((f) => storyGroup(f.story) === group);
  expect(set.length).toBe(articles);
  const scores = pairwiseScores(set, keys);
  expect(scores.precision).toBeGreaterThanOrEqual(precision);
  expect(scores.recall).toBeGreaterThanOrEqual(recall);
}

describe('story clustering on the labelled tuning set (real core analysis)', () => {
  const tuning = clustered('tuning');
  const { fixtures, candidates, keys } = tuning;

  it('has the shape the issues ask for: events of 3+ articles in 2+ languages, and look-alike events a day apart', () => {
    const byStory = new Map<string, Set<string>>();
    for (const f of fixtures) byStory.set(f.story, new Set([...(byStory.get(f.story) ?? []), f.language]));
    const big = [...byStory].filter(([story, languages]) => fixtures.filter((f) => f.story === story).length >= 3 && languages.size >= 2);
    expect(big.length).toBeGreaterThanOrEqual(8);
    expect(byStory.size).toBeGreaterThan(big.length);
  });

  it('reaches pairwise precision and recall of 1.0 on its first events, across languages too', () => {
    const scores = pairwiseScores(
      fixtures.filter((f) => storyGroup(f.story) === 'main'),
      keys,
    );
    expect(scores.precision).toBe(1);
    expect(scores.recall).toBe(1);
    expect(scores.crossLanguageFound).toBe(scores.crossLanguagePairs);
  });

  it('keeps look-alike reports of one traveller apart: another host, another city, the next day', () => {
    const key = (id: string) => keys.get(id);
    expect(key('diplomacy--baerbock-amman/de-tagesblick.txt')).toBe(key('diplomacy--baerbock-amman/en-ledger.txt'));
    expect(key('diplomacy--baerbock-amman/de-tagesblick.txt')).not.toBe(key('diplomacy--baerbock-beirut/de-tagesblick.txt'));
    expect(key('summits--xi-belgrade/en-meridian.txt')).not.toBe(key('summits--xi-budapest/en-meridian.txt'));
    expect(key('summits--xi-belgrade/en-meridian.txt')).toBe(key('summits--xi-belgrade/fr-quotidien.txt'));
  });

  it('joins an event told from another side (the EU’s, a neighbour’s) on one distinctive shared name', () => {
    const key = (id: string) => keys.get(id);
    expect(key('elections--georgia-parliament/de-tagesblick.txt')).toBe(key('elections--georgia-parliament/en-meridian.txt'));
    expect(key('armed-conflict--goma-m23/de-nordkurier.txt')).toBe(key('armed-conflict--goma-m23/en-meridian.txt'));
  });

  it('describes the reference story with all its outlets, its earliest publication time and one copy of the quote two English outlets share', () => {
    const members = candidates.filter((c) => String(c.id).startsWith('summits--putin-trump-call/'));
    const story = mergeStory(members);
    expect(story.sources).toEqual(['Tagesblick', 'The Meridian', 'Le Quotidien', 'The Northern Ledger', 'Diário Atlântico']);
    expect(story.publishedAt).toEqual(new Date('2018-03-20T15:10:00Z'));
    const english = story.quotes.filter((q) => q.text.includes('special attention to the question'));
    expect(english).toHaveLength(1);
  });

  it('stays at or above the figures measured on the fresh events (<topic>--fresh-<event>, written apart, now tuned on)', () => {
    expectGroupAtLeast(tuning, 'fresh', 20, 0.95, 0.95);
  });

  it('stays at or above the figures measured on the fresh3 events (<topic>--fresh3-<event>, written apart, now tuned on)', () => {
    expectGroupAtLeast(tuning, 'fresh3', 17, 0.95, 0.95);
  });

  it('stays at or above the figures measured on the fresh5 events (<topic>--fresh5-<event>, written apart, now tuned on; first read 0.875 / 0.583)', () => {
    expectGroupAtLeast(tuning, 'fresh5', 22, 0.95, 0.95);
  });

  it('stays at or above the figures measured on the fresh7 events (<topic>--fresh7-<event>, written apart, tuned on; first read 1.000 / 0.933)', () => {
    expectGroupAtLeast(tuning, 'fresh7', 18, 0.95, 0.9);
  });

  it('stays at or above the figures measured on the fresh9 tours (<topic>--fresh9-<event>, written apart, tuned on; first read 0.524 / 1.000, now 1.000 / 1.000)', () => {
    expectGroupAtLeast(tuning, 'fresh9', 36, 0.95, 0.95);
  });

  it('stays at or above the figures measured on the fresh10 events (<topic>--fresh10-<event>, written apart in round 8, tuned on; first read 0.800 / 1.000; with round 9’s two reports of the same APEC summit)', () => {
    expectGroupAtLeast(tuning, 'fresh10', 20, 0.95, 0.95);
  });

  it('stays at or above the figures measured on the fresh12 events (<topic>--fresh12-<event>, written apart in round 9, tuned on; first read 1.000 / 0.647)', () => {
    expectGroupAtLeast(tuning, 'fresh12', 17, 0.95, 0.95);
  });

  it('stays at or above the figures measured on the fresh14 events (<topic>--fresh14-<event>, written apart in round 10, tuned on; first read 1.000 / 0.833, now 1.000 / 0.917)', () => {
    expectGroupAtLeast(tuning, 'fresh14', 22, 0.95, 0.9);
  });

  it('stays at or above the figures measured on the fresh16 events (<topic>--fresh16-<event>, written apart in round 10, tuned on; first read 1.000 / 1.000 within the set)', () => {
    expectGroupAtLeast(tuning, 'fresh16', 21, 0.95, 0.95);
  });
});

describe('story clustering on the measure-only set (written before tuning, never tuned on)', () => {
  const measure = clustered('measure');
  const { fixtures, keys } = measure;

  it('stays at or above the figures reported for this branch on its first events (precision 1.0, recall 1.0)', () => {
    const scores = pairwiseScores(
      fixtures.filter((f) => storyGroup(f.story) === 'main'),
      keys,
    );
    expect(scores.precision).toBeGreaterThanOrEqual(1);
    expect(scores.recall).toBeGreaterThanOrEqual(1);
  });

  // Events written apart (`<topic>--fresh2-<event>`, `--fresh4-`, `--fresh6-`, `--fresh8-`, `--fresh11-`) and never tuned on: floors just below what they measured when added.
  it('stays at or above the figures measured on the fresh2 events (<topic>--fresh2-<event>, written apart; first read 0.786 / 1.000, the one-template tour pair)', () => {
    expectGroupAtLeast(measure, 'fresh2', 21, 0.95, 0.95);
  });

  it('stays at or above the figures first measured on the fresh4 events (<topic>--fresh4-<event>, written apart)', () => {
    expectGroupAtLeast(measure, 'fresh4', 19, 0.95, 0.95);
  });

  it('stays at or above the figures first measured on the fresh6 events (<topic>--fresh6-<event>, written apart)', () => {
    expectGroupAtLeast(measure, 'fresh6', 21, 0.65, 0.8);
  });

  it('stays at or above the figures first measured on the fresh8 events (<topic>--fresh8-<event>, written apart; first read 0.591 / 0.591, now 1.000 / 0.591)', () => {
    expectGroupAtLeast(measure, 'fresh8', 21, 0.95, 0.55);
  });

  it('stays at or above the figures first measured on the fresh11 events (<topic>--fresh11-<event>, written apart in round 8; first read 0.667 / 0.571)', () => {
    expectGroupAtLeast(measure, 'fresh11', 17, 0.6, 0.55);
  });

  it('stays at or above the figures first measured on the fresh13 events (<topic>--fresh13-<event>, written apart in round 9; first read 1.000 / 0.625)', () => {
    expectGroupAtLeast(measure, 'fresh13', 22, 0.95, 0.6);
  });

  it('stays at or above the figures first measured on the fresh15 events (<topic>--fresh15-<event>, written apart in round 10; first read 1.000 / 0.708)', () => {
    expectGroupAtLeast(measure, 'fresh15', 22, 0.95, 0.7);
  });
});
