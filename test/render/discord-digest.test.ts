import { describe, expect, it } from 'vitest';
import {
  DISCORD_LIMITS,
  discordLimitViolations,
  escapeDiscordMarkdown,
  neutraliseMentions,
  renderDiscordDigest,
  type DiscordMessage,
} from '../../src/render/index.js';
import { expectSafeDiscordMessages, liveMarkup } from './discord-checks.js';
import { SUMMIT_STORY, hostileDigest, referenceDigest, sixtyStoryDigest } from './discord-fixtures.js';

const embedsOf = (messages: DiscordMessage[]) => messages.flatMap((message) => message.embeds ?? []);

describe('renderDiscordDigest', () => {
  it('renders the reference digest: header, embeds grouped by topic, linked titles, quotes with speakers', () => {
    const messages = renderDiscordDigest(referenceDigest());
    expect(messages).toHaveLength(1);
    const [message] = messages as [DiscordMessage];
    expect(message.content).toBe(
      '**Morgenübersicht · Gipfeltreffen, Rüstungskontrolle · Di., 20. März, 08:00 \\(Europe/Berlin\\) · 3 Meldungen**\n' +
        '… und 5 weitere Meldungen: `/news search topic:summits since:yesterday`',
    );
    const [summit, old, arms] = message.embeds!;
    expect(summit).toMatchObject({
      author: { name: 'GIPFELTREFFEN (2)' },
      title: 'Putin und Trump erwägen ein Gipfeltreffen',
      url: 'https://tagesblick.example/politik/putin-trump-gipfel',
      footer: { text: 'Tagesblick · The Meridian · +2 weitere · heute, 13:05' },
    });
    expect(summit!.description).toBe(
      [
        'Trump gratulierte Putin zum Wahlsieg; beide wollen laut Kreml über ein Gipfeltreffen und die Begrenzung des Wettrüstens reden.',
        '',
        '> „besondere Aufmerksamkeit der Frage gewidmet, möglicherweise ein Gipfeltreffen abzuhalten“ — **Kreml**',
        '> „Das Telefonat war konstruktiv und geschäftsmäßig“ — **Dmitri Peskow**',
        '',
        '\\#summits \\#arms\\-control',
      ].join('\n'),
    );
    expect(old!.author).toBeUndefined();
    expect(old!.url).toBeUndefined();
    expect(arms).toMatchObject({ author: { name: 'RÜSTUNGSKONTROLLE (1)' }, footer: { text: 'The Meridian · gestern, 22:40' } });
    expect(arms!.color).not.toBe(summit!.color);
    expectSafeDiscordMessages(messages);
  });

  it('keeps a 60-story digest of hostile titles within every limit, pinging nobody, with no live markdown', () => {
    const digest = sixtyStoryDigest();
    const messages = renderDiscordDigest(digest);
    expectSafeDiscordMessages(messages);
    for (const message of messages) expect(discordLimitViolations(message)).toEqual([]);
    const embeds = embedsOf(messages);
    expect(embeds).toHaveLength(60);
    // Every story is there, in order, each title still saying which story it is.
    embeds.forEach((embed, i) => expect(embed.title).toContain(`\\_${i + 1}\\_`));
    expect(embeds[0]!.title).toMatch(/^@\u200beveryone \\<\u200b@\u200b&123\\> \\\*\\\*Gipfel\\\*\\\*/);
    expect(messages[0]!.content).toMatch(/ · 60 Meldungen\*\*$/m);
    expect(messages.at(-1)!.content).toContain('… und 12 weitere Meldungen');
    // Each message says which topic its first embed belongs to, continued where a section spans messages.
    for (const message of messages) expect(message.embeds?.[0]?.author?.name).toMatch(/^(GIPFELTREFFEN \(35\)|RÜSTUNGSKONTROLLE \(25\))/);
    expect(messages.some((message) => message.embeds?.[0]?.author?.name === 'GIPFELTREFFEN (35) · Fortsetzung')).toBe(true);
  });

  it('holds every limit for generated hostile digests of any size, language and mode', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const storyCount = (seed * 7) % 81;
      for (const mode of ['digest', 'instant'] as const) {
        const digest = hostileDigest(seed, storyCount, { mode });
        const messages = renderDiscordDigest(digest);
        expectSafeDiscordMessages(messages);
        const stories = digest.sections.reduce((sum, section) => sum + section.stories.length, 0);
        expect(embedsOf(messages)).toHaveLength(stories);
      }
    }
  });

  it('packs small stories ten to a message', () => {
    const stories = Array.from({ length: 25 }, (_, i) => ({ ...SUMMIT_STORY, storyId: i + 1 }));
    const messages = renderDiscordDigest(referenceDigest({ moreCount: 0, sections: [{ topicId: 'summits', topicLabel: 'Gipfeltreffen', stories }] }));
    expect(messages.map((message) => message.embeds?.length)).toEqual([10, 10, 5]);
    expect(messages.slice(1).every((message) => message.content === undefined)).toBe(true);
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    const title = `${'Gipfeltreffen '.repeat(40)}Ende`;
    const summary = `${'Wettrüsten '.repeat(200)}Schluss`;
    const [message] = renderDiscordDigest(
      referenceDigest({ sections: [{ topicId: 'summits', topicLabel: 'Gipfeltreffen', stories: [{ ...SUMMIT_STORY, title, summary }] }] }),
    );
    const embed = message!.embeds![0]!;
    expect(embed.title!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect(embed.title).toMatch(/ Gipfeltreffen…$/);
    expect(embed.description!.split('\n')[0]).toMatch(/ Wettrüsten…$/);
  });

  it('posts one compact embed per story in instant mode', () => {
    const messages = renderDiscordDigest(referenceDigest({ mode: 'instant', moreCount: 0 }));
    expect(messages.map((message) => message.embeds?.length)).toEqual([1, 1, 1]);
    const summit = messages[0]!.embeds![0]!;
    expect(summit.author?.name).toBe('Neue Meldung · Gipfeltreffen');
    expect(summit.description?.match(/^> /gm)).toHaveLength(1);
    expect(summit.description).not.toContain('\\#summits');
    expectSafeDiscordMessages(messages);
  });

  it('posts a "nothing new" line for an empty digest', () => {
    const messages = renderDiscordDigest(referenceDigest({ sections: [], moreCount: 0 }));
    expect(messages).toEqual([{ content: expect.stringContaining('Seit der letzten Übersicht nichts Neues') as unknown, allowed_mentions: { parse: [] } }]);
  });
});

describe('escaping article text for Discord', () => {
  it('escapes every markdown character so it renders literally', () => {
    const hostile = '**bold** __u__ ~~s~~ ||spoiler|| `code` > quote # head - item [a](b) \\ end';
    const escaped = escapeDiscordMarkdown(hostile);
    expect(liveMarkup(escaped)).toEqual([]);
    // Removing the escapes gives back the original text: nothing lost, nothing added.
    expect(escaped.replace(/\\(.)/g, '$1')).toBe(hostile);
  });

  it('escapes line-start list and heading markers', () => {
    expect(escapeDiscordMarkdown('1. eins\n-# klein\n+ plus')).toBe('1\\. eins\n\\-\\# klein\n\\+ plus');
  });

  it('breaks every mention form', () => {
    for (const mention of ['@everyone', '@here', '<@123>', '<@!123>', '<@&123>', '<#123>']) {
      const neutral = neutraliseMentions(mention);
      expect(neutral).not.toBe(mention);
      expect(neutral.replace(/\u200b/g, '')).toBe(mention);
    }
    expect(escapeDiscordMarkdown('<@&123>')).toBe('\\<\u200b@\u200b&123\\>');
  });
});
