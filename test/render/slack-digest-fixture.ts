import type { Digest, DigestStory } from '../../src/core/index.js';

/** Article-derived strings an attacker controls, each trying to ping or restyle. */
export const HOSTILE = [
  '<!channel> Gipfel in Helsinki',
  '<!here|here> Waffenkontrolle & Abrüstung',
  'Treffen mit <@U12345> und <#C999|general>',
  '<https://evil.example|Klick mich> *fett* _kursiv_ ~weg~ `code`',
  '<!everyone> @channel @here <!subteam^S123|@team>',
  '> zitiert & <script>',
];

export function hostileStory(i: number): DigestStory {
  const hostile = HOSTILE[i % HOSTILE.length]!;
  return {
    storyId: i + 1,
    title: `${hostile} — Meldung ${i + 1} ${'Putin und Trump erwägen ein Gipfeltreffen. '.repeat(i % 7 === 0 ? 20 : 1)}`,
    url: i % 5 === 0 ? 'javascript:alert(1)' : `https://news.example/a/${i}?x=1&y=<2>|3`,
    summary: `${hostile} Trump gratulierte Putin zum Wahlsieg; beide wollen laut Kreml über ein Gipfeltreffen reden. `.repeat(i % 4 === 0 ? 40 : 1),
    quotes: [
      { text: `${hostile} besondere Aufmerksamkeit der Frage gewidmet`.repeat(i % 3 === 0 ? 50 : 1), speaker: `Kreml <@U${i}>`, kind: 'direct', score: 1 },
      { text: 'Das Telefonat war konstruktiv', speaker: 'Dmitri Peskow', kind: 'direct', score: 0.8 },
      { text: 'Ohne Sprecher', speaker: null, kind: 'direct', score: 0.5 },
    ],
    sources: i % 2 === 0 ? ['Tagesblick', 'The Meridian <!channel>', 'Le Quotidien', 'El Diario', 'Extra'] : ['Tagesblick'],
    publishedAt: new Date(Date.UTC(2018, 2, 20, 12, i % 60)),
    topics: i % 6 === 0 ? Array.from({ length: 14 }, (_, t) => `topic-${t}`) : ['summits', 'arms-control', `<!channel>`],
    isUpdate: i % 11 === 0,
  };
}

export function hostileDigest(storyCount: number, mode: Digest['mode'] = 'digest'): Digest {
  const stories = Array.from({ length: storyCount }, (_, i) => hostileStory(i));
  const half = Math.ceil(storyCount / 2);
  return {
    subscriptionId: 7,
    periodKey: '2018-03-20T08:00',
    generatedAt: new Date(Date.UTC(2018, 2, 20, 7, 0)),
    language: 'de',
    timezone: 'Europe/Berlin',
    mode,
    sections: [
      { topicId: 'summits', topicLabel: 'Gipfeltreffen', stories: stories.slice(0, half) },
      { topicId: 'arms-control', topicLabel: 'Rüstungskontrolle <!channel>', stories: stories.slice(half) },
    ],
    moreCount: 5,
    moreHint: '/news search topic:summits since:yesterday <!here>',
  };
}
