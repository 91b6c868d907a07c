import { describe, expect, it } from 'vitest';
import { mergeQuotes, mergeStory } from '../../../src/core/index.js';
import { candidate, quote } from './candidates.js';

describe('mergeStory', () => {
  const members = [
    candidate({
      id: 2,
      source: 'The Meridian',
      language: 'en',
      publishedAt: new Date('2018-03-20T17:00:00Z'),
      title: 'Trump congratulates Putin, floats summit',
      summary: 'Trump called Putin to congratulate him on his re-election; the Kremlin says both discussed a possible summit.',
      quotes: [quote('will probably be meeting in the not too distant future', 'Donald Trump', 0.9)],
      topics: [{ id: 'summits', score: 0.9, evidence: ['summit'] }],
    }),
    candidate({
      id: 1,
      source: 'Tagesblick',
      language: 'de',
      publishedAt: new Date('2018-03-20T15:00:00Z'),
      title: 'Putin und Trump erwägen ein Gipfeltreffen',
      summary: '',
      quotes: [quote('besondere Aufmerksamkeit der Frage gewidmet', 'Kreml', 0.6)],
      topics: [
        { id: 'arms-control', score: 0.5, evidence: ['Wettrüsten'] },
        { id: 'summits', score: 0.7, evidence: ['Gipfeltreffen'] },
      ],
    }),
    candidate({
      id: 3,
      source: 'The Northern Ledger',
      language: 'en',
      publishedAt: new Date('2018-03-20T18:00:00Z'),
      title: 'Putin and Trump discuss summit',
      summary: 'Short.',
      quotes: [quote('“Will probably be meeting in the not-too-distant future.”', null, 0.8)],
    }),
    candidate({ id: 4, source: 'The Meridian', language: 'en', publishedAt: new Date('2018-03-21T09:00:00Z'), title: 'Update', summary: '' }),
  ];

  it('picks the article with a real summary and the strongest quote as representative', () => {
    const story = mergeStory(members);
    expect(story.representativeId).toBe(2);
    expect(story.title).toBe('Trump congratulates Putin, floats summit');
    expect(story.summary).toMatch(/^Trump called Putin/);
  });

  it('lists sources and languages once each, in order of first publication', () => {
    const story = mergeStory(members);
    expect(story.sources).toEqual(['Tagesblick', 'The Meridian', 'The Northern Ledger']);
    expect(story.languages).toEqual(['de', 'en']);
    expect(story.articleIds).toEqual([1, 2, 3, 4]);
    expect(story.publishedAt).toEqual(new Date('2018-03-20T15:00:00Z'));
  });

  it('carries a quote two outlets printed only once, best first', () => {
    const story = mergeStory(members);
    expect(story.quotes.map((q) => q.text)).toEqual(['will probably be meeting in the not too distant future', 'besondere Aufmerksamkeit der Frage gewidmet']);
  });

  it('merges topics by their best score', () => {
    expect(mergeStory(members).topics.map((t) => [t.id, t.score])).toEqual([
      ['summits', 0.9],
      ['arms-control', 0.5],
    ]);
  });

  it('refuses an empty story', () => {
    expect(() => mergeStory([])).toThrow(/at least one article/);
  });
});

describe('mergeQuotes', () => {
  it('keeps the speaker another outlet named when the better-scored copy has none', () => {
    const merged = mergeQuotes([
      [quote('Nobody listened to us. You listen to us now.', null, 0.9)],
      [quote('„Nobody listened to us, you listen to us now“', 'Vladimir Putin', 0.5)],
    ]);
    expect(merged).toEqual([quote('Nobody listened to us. You listen to us now.', 'Vladimir Putin', 0.9)]);
  });

  it('keeps different quotations of the same speaker', () => {
    const merged = mergeQuotes([[quote('We want a permanent exemption.', 'Angela Merkel', 0.8), quote('The tariffs are unacceptable.', 'Angela Merkel', 0.7)]]);
    expect(merged).toHaveLength(2);
  });

  it('stops at the limit', () => {
    const words = ['tariffs', 'summit', 'missiles', 'elections', 'sanctions', 'treaty', 'borders', 'refugees', 'energy', 'budget'];
    const many = words.map((word, i) => quote(`We will talk about ${word} next week`, 'A', 1 - i / 100));
    expect(mergeQuotes([many], 3).map((q) => q.score)).toEqual([1, 0.99, 0.98]);
  });
});

describe('mergeStory quote languages', () => {
  it('puts quotes in the representative’s language before translated ones', () => {
    const story = mergeStory([
      candidate({
        id: 1,
        language: 'en',
        summary: 'Trump called Putin after his re-election; both discussed a summit.',
        quotes: [quote('special attention to the question of possibly holding a summit', 'Kremlin', 0.7)],
      }),
      candidate({ id: 2, language: 'de', summary: '', quotes: [quote('besondere Aufmerksamkeit der Frage gewidmet', 'Kreml', 0.95)] }),
      candidate({ id: 3, language: 'en', summary: '', quotes: [quote('We will probably be meeting soon', 'Donald Trump', 0.6)] }),
    ]);
    expect(story.quotes.map((q) => q.speaker)).toEqual(['Kremlin', 'Donald Trump', 'Kreml']);
  });
});
