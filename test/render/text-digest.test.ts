import { describe, expect, it } from 'vitest';
import { CHROME_LANGUAGES, chromeWords, renderDigestText, renderStoryText } from '../../src/render/index.js';
import { ARMS_STORY, OLD_STORY, SUMMIT_STORY, hostileDigest, referenceDigest } from './discord-fixtures.js';

describe('renderDigestText', () => {
  it('renders the reference digest as design/digest.md describes it', () => {
    const text = renderDigestText(referenceDigest());
    expect(text).toBe(
      [
        'Morgenübersicht · Gipfeltreffen, Rüstungskontrolle · Di., 20. März, 08:00 (Europe/Berlin) · 3 Meldungen',
        '',
        'GIPFELTREFFEN (2)',
        '',
        'Putin und Trump erwägen ein Gipfeltreffen',
        'https://tagesblick.example/politik/putin-trump-gipfel',
        'Trump gratulierte Putin zum Wahlsieg; beide wollen laut Kreml über ein Gipfeltreffen und die Begrenzung des Wettrüstens reden.',
        '> „besondere Aufmerksamkeit der Frage gewidmet, möglicherweise ein Gipfeltreffen abzuhalten“ — Kreml',
        'Tagesblick · The Meridian · +2 weitere · heute, 13:05',
        '#summits #arms-control',
        '',
        'Treffen am Rande des G20-Gipfels in Hamburg',
        'Trump und Putin haben sich erst einmal am Rande des G20-Gipfels getroffen.',
        'Tagesblick · 7. Juli 2017, 12:00',
        '#summits',
        '',
        'RÜSTUNGSKONTROLLE (1)',
        '',
        'Moskau und Washington wollen Wettrüsten begrenzen',
        'https://meridian.example/world/arms-race',
        'Beide Präsidenten sehen laut Kreml die Notwendigkeit, ein drohendes Wettrüsten zu begrenzen.',
        '> „den Rüstungswettlauf zu begrenzen“ — Kreml',
        'The Meridian · gestern, 22:40',
        '#arms-control',
        '',
        '… und 5 weitere Meldungen: /news search topic:summits since:yesterday',
        '',
      ].join('\n'),
    );
  });

  it('never shows a quote without a speaker, and never "unknown speaker"', () => {
    const speakerless = { ...SUMMIT_STORY, quotes: SUMMIT_STORY.quotes.map((q) => ({ ...q, speaker: null })) };
    const text = renderDigestText(referenceDigest({ sections: [{ topicId: 'summits', topicLabel: 'Gipfeltreffen', stories: [speakerless] }] }));
    expect(text).not.toMatch(/^> /m);
    expect(text).not.toMatch(/unknown|unbekannt/i);
    // With a speaker available the best named quote wins over a better-scored anonymous one.
    expect(renderDigestText(referenceDigest())).not.toContain('unfreundlichen Akt');
  });

  it('writes the chrome in each supported language and falls back to English', () => {
    const expected: Record<string, RegExp[]> = {
      en: [
        /^Morning digest · .* · Tue 20 Mar, 08:00 \(Europe\/Berlin\) · 3 stories$/m,
        /\+2 more · today, 13:05/,
        /yesterday, 22:40/,
        /^… and 5 more stories: /m,
      ],
      de: [/^Morgenübersicht · .* · 3 Meldungen$/m, /\+2 weitere · heute, 13:05/, /gestern, 22:40/, /^… und 5 weitere Meldungen: /m],
      fr: [/^Revue du matin · .* · 3 articles$/m, /\+2 autres · aujourd'hui, 13:05/, /hier, 22:40/, /^… et 5 autres articles : |^… et 5 autres articles: /m],
      es: [/^Resumen de la mañana · .* · 3 noticias$/m, /\+2 más · hoy, 13:05/, /ayer, 22:40/, /^… y 5 noticias más: /m],
    };
    expect([...CHROME_LANGUAGES].sort()).toEqual(Object.keys(expected).sort());
    for (const [language, patterns] of Object.entries(expected)) {
      const text = renderDigestText(referenceDigest({ language }));
      for (const pattern of patterns) expect(text, language).toMatch(pattern);
    }
    expect(renderDigestText(referenceDigest({ language: 'ja' }))).toMatch(/^Morning digest · /);
  });

  it('uses singular forms for one story', () => {
    const one = referenceDigest({ language: 'en', moreCount: 1, sections: [{ topicId: 'summits', topicLabel: 'Summits', stories: [ARMS_STORY] }] });
    const text = renderDigestText(one);
    expect(text).toMatch(/ · 1 story\n/);
    expect(text).toMatch(/^SUMMITS \(1\)$/m);
    expect(text).toMatch(/^… and 1 more story: /m);
  });

  it("formats times in the digest's time zone, with relative days only for its own calendar", () => {
    const at = (timezone: string) => renderDigestText(referenceDigest({ language: 'en', timezone }));
    // 07:00Z is 16:00 in Tokyo and 03:00 in New York, on the same date.
    expect(at('Asia/Tokyo')).toMatch(/^Afternoon digest · .* · Tue 20 Mar, 16:00 \(Asia\/Tokyo\)/);
    expect(at('America/New_York')).toMatch(/^Evening digest · .* · Tue 20 Mar, 03:00 \(America\/New_York\)/);
    // 12:05Z on the 20th is 21:05 in Tokyo (today); in New York it is 08:05, after the 03:00 digest: still that day.
    expect(at('Asia/Tokyo')).toContain('+2 more · today, 21:05');
    // 21:40Z on the 19th: 06:40 on the 20th in Tokyo (today), 17:40 on the 19th in New York (yesterday).
    expect(at('Asia/Tokyo')).toContain('The Meridian · today, 06:40');
    expect(at('America/New_York')).toContain('The Meridian · yesterday, 17:40');
    // Summer time: 12:05Z in July is 14:05 in Berlin, not 13:05.
    const july = renderDigestText(
      referenceDigest({
        language: 'en',
        generatedAt: new Date('2018-07-20T06:00:00Z'),
        sections: [{ topicId: 'summits', topicLabel: 'Summits', stories: [{ ...SUMMIT_STORY, publishedAt: new Date('2018-07-20T12:05:00Z') }] }],
      }),
    );
    expect(july).toContain('today, 14:05');
    expect(july).toMatch(/Fri 20 Jul, 08:00 \(Europe\/Berlin\)/);
  });

  it('falls back to UTC for a time zone Intl does not know instead of failing', () => {
    expect(renderDigestText(referenceDigest({ language: 'en', timezone: 'Mars/Olympus' }))).toMatch(/Tue 20 Mar, 07:00 \(UTC\)/);
  });

  it('says "nothing new" for an empty digest and marks updates', () => {
    expect(renderDigestText(referenceDigest({ language: 'en', sections: [], moreCount: 0 }))).toContain('Nothing new on these topics');
    const update = renderDigestText(
      referenceDigest({ language: 'en', moreCount: 0, sections: [{ topicId: 'summits', topicLabel: 'Summits', stories: [{ ...OLD_STORY, isUpdate: true }] }] }),
    );
    expect(update).toContain('\nUpdate: Treffen am Rande des G20-Gipfels in Hamburg\n');
    expect(update).not.toContain('… and');
  });

  it('renders instant mode as standalone stories with the topic', () => {
    const text = renderDigestText(referenceDigest({ language: 'en', mode: 'instant', moreCount: 0 }));
    expect(text.match(/^New story · /gm)).toHaveLength(3);
    expect(text).not.toMatch(/^Morning digest/m);
    expect(text).toContain('New story · Rüstungskontrolle\nMoskau und Washington wollen Wettrüsten begrenzen\n');
  });

  it('puts feed text on single lines', () => {
    const messy = { ...ARMS_STORY, title: 'Zeile eins\n\n  Zeile   zwei', sources: ['A\nB', 'A\nB', 'C'] };
    const text = renderStoryText(messy, { language: 'en', timezone: 'UTC', generatedAt: new Date('2018-03-20T07:00:00Z') });
    expect(text.split('\n')[0]).toBe('Zeile eins Zeile zwei');
    expect(text).toContain('A B · C · yesterday, 21:40');
  });

  it('renders one story for instant mode with up to the requested number of quotes', () => {
    const context = { language: 'de', timezone: 'Europe/Berlin', generatedAt: new Date('2018-03-20T07:00:00Z') };
    expect(renderStoryText(SUMMIT_STORY, context).match(/^> /gm)).toHaveLength(1);
    expect(renderStoryText(SUMMIT_STORY, { ...context, maxQuotes: 2 })).toContain('> „Das Telefonat war konstruktiv und geschäftsmäßig“ — Dmitri Peskow');
  });
});

describe('renderDigestText with hostile input', () => {
  it('renders every story of generated digests once, each field on its own line', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const digest = hostileDigest(seed, (seed * 7) % 61);
      const text = renderDigestText(digest);
      const titles = digest.sections
        .flatMap((section) => section.stories)
        .map((story) => `${story.isUpdate ? `${chromeWords(digest.language).update} ` : ''}${story.title.replace(/\s+/g, ' ').trim()}`);
      const lines = text.split('\n');
      for (const title of new Set(titles)) {
        expect(lines.filter((line) => line === title)).toHaveLength(titles.filter((t) => t === title).length);
      }
      expect(text).not.toMatch(/\n{3,}/);
      expect(text.endsWith('\n')).toBe(true);
    }
  });

  it('renders a story with an invalid date without a time instead of failing', () => {
    const text = renderStoryText(
      { ...ARMS_STORY, publishedAt: new Date(Number.NaN) },
      { language: 'en', timezone: 'UTC', generatedAt: new Date('2018-03-20T07:00:00Z') },
    );
    expect(text).toContain('\nThe Meridian\n');
  });
});
