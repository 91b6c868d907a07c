import { expect, it } from 'vitest';
import type { Digest, DigestStory } from '../../src/core/index.js';
import { renderDigestText, renderDiscordDigest, renderSlackDigest } from '../../src/render/index.js';

/** One story quoted in three languages, none of them the digest's. */
const STORY: DigestStory = {
  storyId: 1,
  title: 'Putin and Trump consider a summit',
  url: 'https://meridian.example/world/summit',
  summary: 'The Kremlin says both presidents discussed a summit.',
  quotes: [
    { text: 'besondere Aufmerksamkeit der Frage gewidmet', speaker: 'Kreml', kind: 'direct', score: 0.9, language: 'de' },
    { text: 'une attention particulière à la possibilité d’un sommet', speaker: 'Kremlin', kind: 'direct', score: 0.8, language: 'fr' },
    { text: 'probably be meeting in the not too distant future', speaker: 'Donald Trump', kind: 'direct', score: 0.7 },
  ],
  sources: ['Tagesblick', 'Le Quotidien', 'The Meridian'],
  publishedAt: new Date('2018-03-20T12:05:00Z'),
  topics: ['summits'],
};

function digest(language: string): Digest {
  return {
    subscriptionId: 7,
    periodKey: '2018-03-20T18:00',
    generatedAt: new Date('2018-03-20T18:00:00Z'),
    language,
    timezone: 'UTC',
    mode: 'digest',
    sections: [{ topicId: 'summits', topicLabel: 'Summits', stories: [STORY] }],
    moreCount: 0,
    moreHint: null,
  };
}

it('wraps each quote in its own language’s marks, and a quote of unknown language in the digest’s, in every renderer', () => {
  const english = digest('en');
  const renderings = [renderDigestText(english), JSON.stringify(renderDiscordDigest(english)), JSON.stringify(renderSlackDigest(english))];
  // The text renderer shows the best quote only; ask each renderer for what it shows.
  expect(renderings[0]).toContain('„besondere Aufmerksamkeit der Frage gewidmet“ — Kreml');
  for (const rendering of renderings.slice(1)) {
    expect(rendering).toContain('„besondere Aufmerksamkeit der Frage gewidmet“');
    expect(rendering).toContain('« une attention particulière à la possibilité d’un sommet »');
  }
  // A German digest keeps the English quote of unknown language in German marks, the German one too.
  const german = renderDigestText({
    ...digest('de'),
    sections: [{ topicId: 'summits', topicLabel: 'Gipfeltreffen', stories: [{ ...STORY, quotes: [STORY.quotes[2]!] }] }],
  });
  expect(german).toContain('„probably be meeting in the not too distant future“ — Donald Trump');
  const spanish = renderDigestText({ ...digest('es'), sections: [{ topicId: 'summits', topicLabel: 'Cumbres', stories: [STORY] }] });
  expect(spanish).toContain('„besondere Aufmerksamkeit der Frage gewidmet“');
  expect(spanish).not.toContain('«besondere');
});
