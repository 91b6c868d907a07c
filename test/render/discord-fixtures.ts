import type { Digest, DigestStory, Quote } from '../../src/core/index.js';

/**
 * Digests for the text and Discord renderer tests: one realistic digest built
 * from the reference article, and generators of hostile ones.
 */

export const SUMMIT_STORY: DigestStory = {
  storyId: 1,
  title: 'Putin und Trump erwägen ein Gipfeltreffen',
  url: 'https://tagesblick.example/politik/putin-trump-gipfel',
  summary: 'Trump gratulierte Putin zum Wahlsieg; beide wollen laut Kreml über ein Gipfeltreffen und die Begrenzung des Wettrüstens reden.',
  quotes: [
    { text: 'Man betrachte Trumps Schweigen nicht als unfreundlichen Akt', speaker: null, kind: 'direct', score: 0.95 },
    { text: 'besondere Aufmerksamkeit der Frage gewidmet, möglicherweise ein Gipfeltreffen abzuhalten', speaker: 'Kreml', kind: 'direct', score: 0.9 },
    { text: 'Das Telefonat war konstruktiv und geschäftsmäßig', speaker: 'Dmitri Peskow', kind: 'indirect', score: 0.6 },
  ],
  sources: ['Tagesblick', 'The Meridian', 'Le Quotidien', 'El Diario'],
  publishedAt: new Date('2018-03-20T12:05:00Z'),
  topics: ['arms-control', 'summits'],
};

export const ARMS_STORY: DigestStory = {
  storyId: 2,
  title: 'Moskau und Washington wollen Wettrüsten begrenzen',
  url: 'https://meridian.example/world/arms-race',
  summary: 'Beide Präsidenten sehen laut Kreml die Notwendigkeit, ein drohendes Wettrüsten zu begrenzen.',
  quotes: [{ text: 'den Rüstungswettlauf zu begrenzen', speaker: 'Kreml', kind: 'indirect', score: 0.7 }],
  sources: ['The Meridian'],
  publishedAt: new Date('2018-03-19T21:40:00Z'),
  topics: ['arms-control'],
};

export const OLD_STORY: DigestStory = {
  storyId: 3,
  title: 'Treffen am Rande des G20-Gipfels in Hamburg',
  url: null,
  summary: 'Trump und Putin haben sich erst einmal am Rande des G20-Gipfels getroffen.',
  quotes: [],
  sources: ['Tagesblick', 'Tagesblick'],
  publishedAt: new Date('2017-07-07T10:00:00Z'),
  topics: ['summits'],
};

export function referenceDigest(overrides: Partial<Digest> = {}): Digest {
  return {
    subscriptionId: 7,
    periodKey: '2018-03-20T08:00',
    // 08:00 in Berlin (CET, UTC+1) on Tuesday 20 March 2018.
    generatedAt: new Date('2018-03-20T07:00:00Z'),
    language: 'de',
    timezone: 'Europe/Berlin',
    mode: 'digest',
    sections: [
      { topicId: 'summits', topicLabel: 'Gipfeltreffen', stories: [SUMMIT_STORY, OLD_STORY] },
      { topicId: 'arms-control', topicLabel: 'Rüstungskontrolle', stories: [ARMS_STORY] },
    ],
    moreCount: 5,
    moreHint: '/news search topic:summits since:yesterday',
    ...overrides,
  };
}

/** Article-derived strings that try to ping, format, link or break layout. */
export const HOSTILE_TEXT = [
  '@everyone Gipfel in Helsinki',
  '<@&123> Rüstungskontrolle @here',
  'Treffen mit <@456> und <@!789> in <#101112>',
  '**fett** __unterstrichen__ ~~weg~~ ||spoiler|| `code` ```block```',
  '# Überschrift\n- Liste\n> Zitat\n1. nummeriert\n-# klein',
  '[Klick mich](https://evil.example) \\*schon escaped\\* <t:1521532800:R> </news search:1> <:pepe:123>',
  'Emoji 🚀🚀🚀 at the end 😀😀😀',
];

const HOSTILE_URLS = [
  'javascript:alert(1)',
  'ftp://files.example/x',
  'not a url',
  `https://long.example/${'a'.repeat(3000)}`,
  'https://user:secret@news.example/a',
  'https://news.example/a b|c{d}?q=<x>&r="y"',
  'https://news.example/ok',
  null,
];

/** A deterministic generator (mulberry32), so a failing case reproduces from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

function hostileWords(next: () => number, maxLength: number): string {
  const words: string[] = [];
  const target = Math.floor(next() * maxLength);
  let length = 0;
  while (length < target) {
    const word =
      next() < 0.3 ? pick(next, HOSTILE_TEXT) : pick(next, ['Gipfel', 'Kreml', 'arms', 'control', 'Putin', 'Trump', 'x'.repeat(1 + Math.floor(next() * 400))]);
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ');
}

export function hostileStory(next: () => number, storyId: number): DigestStory {
  const quotes: Quote[] = Array.from({ length: Math.floor(next() * 5) }, () => ({
    text: hostileWords(next, 2000),
    speaker: next() < 0.2 ? null : hostileWords(next, 300) || 'Kreml',
    kind: 'direct',
    score: next(),
  }));
  return {
    storyId,
    title: `${pick(next, HOSTILE_TEXT)} ${hostileWords(next, 900)}`,
    url: pick(next, HOSTILE_URLS),
    summary: hostileWords(next, 6000),
    quotes,
    sources: Array.from({ length: Math.floor(next() * 12) }, () => hostileWords(next, 200) || 'Tagesblick'),
    publishedAt: new Date(Date.UTC(2018, 2, 20) - Math.floor(next() * 400) * 86_400_000),
    topics: Array.from({ length: Math.floor(next() * 30) }, (_, i) => `topic-${i}-${pick(next, ['summits', '@everyone', '<@&1>'])}`),
    isUpdate: next() < 0.2,
  };
}

/** A digest of `storyCount` hostile stories spread over up to five topics. */
export function hostileDigest(seed: number, storyCount: number, overrides: Partial<Digest> = {}): Digest {
  const next = random(seed);
  const topicCount = 1 + Math.floor(next() * 5);
  const sections = Array.from({ length: topicCount }, (_, t) => ({
    topicId: `topic-${t}`,
    topicLabel: t === 0 ? '@everyone **Summits** <@&123>' : `${pick(next, HOSTILE_TEXT)} ${t}`,
    stories: [] as DigestStory[],
  }));
  for (let i = 0; i < storyCount; i++) sections[i % topicCount]!.stories.push(hostileStory(next, i + 1));
  return {
    subscriptionId: 9,
    periodKey: `seed-${seed}`,
    generatedAt: new Date('2018-03-20T07:00:00Z'),
    language: pick(next, ['de', 'en', 'fr', 'es']),
    timezone: pick(next, ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'UTC']),
    mode: 'digest',
    sections,
    moreCount: Math.floor(next() * 3) * 7,
    moreHint: next() < 0.5 ? '/news search topic:summits since:yesterday @everyone' : null,
    ...overrides,
  };
}

/** The 60-story digest of the "Done when": titles with @everyone, <@&123> and markdown. */
export function sixtyStoryDigest(): Digest {
  const next = random(60);
  const stories = Array.from({ length: 60 }, (_, i): DigestStory => ({
    ...hostileStory(next, i + 1),
    title: `@everyone <@&123> **Gipfel** _${i + 1}_ [link](https://evil.example) ${'# '.repeat(i % 3)}${'lang '.repeat(i % 4 === 0 ? 80 : 1)}`,
  }));
  return {
    ...referenceDigest({ moreCount: 12, moreHint: '/news search topic:summits since:yesterday' }),
    sections: [
      { topicId: 'summits', topicLabel: 'Gipfeltreffen', stories: stories.slice(0, 35) },
      { topicId: 'arms-control', topicLabel: 'Rüstungskontrolle', stories: stories.slice(35) },
    ],
  };
}
