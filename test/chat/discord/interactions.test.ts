import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pingsIn } from '../../fakes/discord-server.js';
import { addWorkspaceFeed, analysis, seedArticle } from '../commands/harness.js';
import { createDiscordHarness, livePings, type DiscordHarness } from './discord-harness.js';
import { autocomplete, CHANNEL_ID, chatInput, GUILD_ID, PERMISSIONS } from './interaction-payloads.js';

interface CallbackBody {
  type: number;
  data?: {
    content?: string;
    embeds?: { title?: string; description?: string }[];
    flags?: number;
    allowed_mentions?: unknown;
    choices?: { name: string; value: string }[];
  };
}

let h: DiscordHarness;
beforeEach(async () => {
  h = await createDiscordHarness();
});
afterEach(async () => {
  await h.shutdown();
});

/** Sends the payload through discord.js and returns what the fake received as the interaction callback. */
async function run(payload: { token: string }): Promise<CallbackBody> {
  await h.dispatch(payload);
  const record = h.fake.interaction(payload.token);
  expect(record.callbacks).toHaveLength(1);
  return record.callbacks[0] as CallbackBody;
}

function bodyText(body: { content?: string; embeds?: { title?: string; description?: string }[] }): string {
  return [body.content ?? '', ...(body.embeds ?? []).flatMap((embed) => [embed.title ?? '', embed.description ?? ''])].join('\n');
}

/** What a reader sees once Discord has consumed the markdown escapes. */
const shown = (text: string) => text.replace(/\\(.)/g, '$1');

describe('Discord /news subscribe', () => {
  it('subscribes the channel for a member with Manage Channels and answers publicly without mentions', async () => {
    const callback = await run(
      chatInput(
        'subscribe',
        { topics: 'summits,arms-control', schedule: 'weekly mon 08:00', timezone: 'Europe/Berlin' },
        { permissions: PERMISSIONS.channelModerator },
      ),
    );
    expect(callback.type).toBe(4);
    expect(callback.data?.flags ?? 0).toBe(0);
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    expect(shown(bodyText(callback.data!))).toContain('summits, arms-control');
    expect(await h.store.listSubscriptions()).toMatchObject([
      {
        platform: 'discord',
        workspaceId: GUILD_ID,
        channelId: CHANNEL_ID,
        topics: ['summits', 'arms-control'],
        schedule: '0 8 * * 1',
        timezone: 'Europe/Berlin',
      },
    ]);
    expect(h.fake.schemaViolations).toEqual([]);
  });

  it('refuses, ephemerally, a member whose Discord permissions lack Manage Channels', async () => {
    const callback = await run(chatInput('subscribe', { topics: 'summits' }, { permissions: PERMISSIONS.member }));
    expect(callback.type).toBe(4);
    expect(callback.data?.flags).toBe(64);
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    expect(callback.data?.content).toMatch(/Manage Channels permission/);
    expect(await h.store.listSubscriptions()).toHaveLength(0);
  });

  it('answers a bad cron expression with one ephemeral sentence naming the field', async () => {
    const callback = await run(chatInput('subscribe', { topics: 'summits', schedule: '0 8 * * 9' }, { permissions: PERMISSIONS.channelModerator }));
    expect(callback.data?.flags).toBe(64);
    expect(callback.data?.content).toMatch(/Schedule "0 8 \\?\* \\?\* 9" is not valid: 9 is not a valid day of the week/);
    expect(await h.store.listSubscriptions()).toHaveLength(0);
  });
});

describe('Discord errors echo input safely', () => {
  it('does not let a hostile option value ping or format through the error sentence', async () => {
    const callback = await run(chatInput('subscribe', { topics: '@everyone <@&123> **x**' }, { permissions: PERMISSIONS.channelModerator }));
    expect(callback.data?.flags).toBe(64);
    expect(callback.data?.content).toMatch(/^Unknown topic/);
    expect(livePings(callback.data!.content!)).toEqual([]);
    expect(pingsIn(callback.data)).toEqual([]);
    expect(callback.data?.content).not.toContain('**x**');
  });
});

describe('Discord /news unsubscribe and feeds remove', () => {
  it('unsubscribes for Manage Channels and refuses plain members', async () => {
    await h.store.createSubscription({
      platform: 'discord',
      workspaceId: GUILD_ID,
      channelId: CHANNEL_ID,
      topics: ['summits'],
      schedule: '0 8 * * *',
      timezone: 'UTC',
      mode: 'digest',
      language: 'en',
      createdAt: new Date(),
    });
    const refused = await run(chatInput('unsubscribe', {}, { permissions: PERMISSIONS.member }));
    expect(refused.data?.flags).toBe(64);
    expect(await h.store.listSubscriptions()).toHaveLength(1);
    const done = await run(chatInput('unsubscribe', {}, { permissions: PERMISSIONS.channelModerator }));
    expect(done.data?.flags ?? 0).toBe(0);
    expect(await h.store.listSubscriptions()).toHaveLength(0);
  });

  it('removes a chat feed for Manage Server only', async () => {
    const feed = await addWorkspaceFeed(h.store, 'https://feeds.example.org/a.xml', 'A', GUILD_ID);
    const refused = await run(chatInput('feeds remove', { feed: String(feed.id) }, { permissions: PERMISSIONS.channelModerator }));
    expect(refused.data?.content).toMatch(/Manage Server/);
    expect(await h.store.listFeedLinks(feed.id)).toHaveLength(1);
    await run(chatInput('feeds remove', { feed: String(feed.id) }, { permissions: PERMISSIONS.serverAdmin }));
    expect(await h.store.listFeedLinks(feed.id)).toHaveLength(0);
    expect(await h.store.listFeeds({ visibleTo: { platform: 'discord', workspaceId: GUILD_ID } })).toHaveLength(0);
  });
});

describe('Discord lookups', () => {
  it('defers /news search ephemerally, then edits the reply with escaped, non-pinging results', async () => {
    await seedArticle(h.store, {
      guid: 'hostile',
      contentHash: 'hostile',
      url: 'https://news.example/hostile',
      canonicalUrl: 'https://news.example/hostile',
      title: '**@everyone** Gipfel <@&123> [klick](https://evil.example) `code`',
      analysis: analysis({ summary: '@here Gipfeltreffen geplant <@42>' }),
    });
    const payload = chatInput('search', { query: 'Gipfel' });
    const callback = await run(payload);
    expect(callback).toEqual({ type: 5, data: { flags: 64 } });
    const original = h.fake.interaction(payload.token).original!;
    expect(original.body.allowed_mentions).toEqual({ parse: [] });
    expect(pingsIn(original.body)).toEqual([]);
    const text = bodyText(original.body as never);
    expect(text).toContain('Gipfel');
    expect(livePings(text)).toEqual([]);
    expect(text).not.toContain('**@everyone**');
    expect(text).not.toContain('[klick](https://evil.example)');
    expect(text).toContain('(https://news.example/hostile)');
  });

  it('lets members without any management permission look up quotes', async () => {
    await seedArticle(h.store);
    const payload = chatInput('quotes', { speaker: 'Kreml', since: 'this week' }, { permissions: PERMISSIONS.member });
    await run(payload);
    const text = bodyText(h.fake.interaction(payload.token).original!.body as never);
    expect(shown(text)).toContain('besondere Aufmerksamkeit der Frage gewidmet');
    expect(shown(text)).toContain('Kreml · Tagesblick');
  });

  it('explains an unknown topic in the deferred reply', async () => {
    const payload = chatInput('quotes', { topic: 'rüstung' });
    await run(payload);
    const original = h.fake.interaction(payload.token).original!;
    expect(original.body.content).toMatch(/^Unknown topic "rüstung"/);
    expect(original.body.embeds ?? []).toEqual([]);
  });

  it('lists the topics with descriptions', async () => {
    const callback = await run(chatInput('topics'));
    expect(callback.data?.flags).toBe(64);
    const text = bodyText(callback.data!);
    expect(text).toContain('summits');
    expect(text).toMatch(/\*\*arms\\-control\*\*\n\S/);
  });
});

describe('Discord /news feeds', () => {
  it('adds a feed for a member with Manage Server', async () => {
    const payload = chatInput('feeds add', { url: 'https://feeds.example.org/world.xml', name: 'World' }, { permissions: PERMISSIONS.serverAdmin });
    const callback = await run(payload);
    expect(callback.type).toBe(5);
    expect(await h.store.listFeeds()).toMatchObject([
      { url: 'https://feeds.example.org/world.xml', name: 'World', origin: 'chat', addedBy: '600000000000000001' },
    ]);
    expect(shown(bodyText(h.fake.interaction(payload.token).original!.body as never))).toContain('World');
  });

  it('refuses feeds add to a channel moderator without Manage Server', async () => {
    const payload = chatInput('feeds add', { url: 'https://feeds.example.org/world.xml' }, { permissions: PERMISSIONS.channelModerator });
    await run(payload);
    expect(h.fake.interaction(payload.token).original!.body.content).toMatch(/Manage Server permission/);
    expect(await h.store.listFeeds()).toHaveLength(0);
  });

  it('refuses a feed on a private address', async () => {
    const payload = chatInput('feeds add', { url: 'http://192.168.0.10/rss' }, { permissions: PERMISSIONS.serverAdmin });
    await run(payload);
    expect(h.fake.interaction(payload.token).original!.body.content).toMatch(/^The feed URL cannot be used/);
    expect(await h.store.listFeeds()).toHaveLength(0);
  });
});

describe('Discord long replies', () => {
  it('splits a long feeds list into a reply and follow-ups that Discord accepts, with hostile names neutralised', async () => {
    for (let i = 0; i < 120; i++) {
      await addWorkspaceFeed(h.store, `https://feeds.example.org/${i}.xml?${'q'.repeat(200)}`, `@everyone <@&123> **Feed ${i}** ${'~'.repeat(60)}`, GUILD_ID);
    }
    const payload = chatInput('feeds list');
    const callback = await run(payload);
    expect(callback.type).toBe(4);
    const record = h.fake.interaction(payload.token);
    expect(record.followUps.length).toBeGreaterThan(0);
    const bodies = [callback.data!, ...record.followUps.map((message) => message.body as CallbackBody['data'] & object)];
    const shownFeeds = bodies.flatMap((body) => shown(bodyText(body)).match(/Feed \d+/g) ?? []);
    expect(new Set(shownFeeds).size).toBe(120);
    for (const body of bodies) {
      expect(body.allowed_mentions).toEqual({ parse: [] });
      expect(livePings(bodyText(body))).toEqual([]);
    }
    expect(h.fake.requests.filter((request) => request.status >= 400)).toEqual([]);
  });
});

describe('Discord digest preview', () => {
  it('sends a long preview as an ephemeral reply plus ephemeral follow-ups, every message within limits', async () => {
    const firstSeen = new Date('2018-03-21T08:00:00Z');
    for (let i = 0; i < 40; i++) {
      const article = await seedArticle(h.store, {
        guid: `g${i}`,
        contentHash: `h${i}`,
        url: `https://news.example/${i}`,
        canonicalUrl: `https://news.example/${i}`,
        title: `@everyone Story ${i} ${'Gipfel '.repeat(30)}`,
      });
      const story = await h.store.createStory({
        representativeArticleId: article.id,
        title: article.title,
        url: article.url,
        summary: 'Zusammenfassung '.repeat(15),
        topics: article.analysis.topics,
        quotes: article.analysis.quotes,
        sources: ['Tagesblick', 'Weltecho'],
        languages: ['de'],
        articleIds: [article.id],
        firstSeenAt: firstSeen,
        updatedAt: firstSeen,
      });
      await h.store.setArticleStory(article.id, story.id);
    }
    await h.store.createSubscription({
      platform: 'discord',
      workspaceId: GUILD_ID,
      channelId: CHANNEL_ID,
      topics: ['summits', 'arms-control'],
      schedule: '0 8 * * *',
      timezone: 'Europe/Berlin',
      mode: 'digest',
      language: 'de',
      createdAt: new Date('2018-03-21T07:00:00Z'),
    });
    const payload = chatInput('digest');
    expect((await run(payload)).type).toBe(5);
    const record = h.fake.interaction(payload.token);
    expect(record.original!.body.allowed_mentions).toEqual({ parse: [] });
    expect((record.original!.body.embeds as unknown[]).length).toBeGreaterThan(0);
    for (const followUp of record.followUps) {
      expect(followUp.flags & 64).toBe(64);
      expect(followUp.body.allowed_mentions).toEqual({ parse: [] });
    }
    const all = [record.original!, ...record.followUps];
    expect(all.map((message) => livePings(bodyText(message.body as never))).flat()).toEqual([]);
    // The fake answers 400 to anything over a Discord limit; none were needed.
    expect(h.fake.requests.filter((request) => request.status >= 400)).toEqual([]);
  });
});

describe('Discord autocomplete and edge cases', () => {
  it('completes the last item of a comma-separated topic list', async () => {
    const callback = await run(autocomplete('subscribe', 'topics', 'summits, arm'));
    expect(callback.type).toBe(8);
    expect(callback.data?.choices?.[0]).toEqual({ name: expect.stringMatching(/^summits,arms-control — /), value: 'summits,arms-control' });
    expect(callback.data?.choices?.map((choice) => choice.value)).not.toContain('summits,summits');
  });

  it('completes feeds by name for feeds remove', async () => {
    const feed = await addWorkspaceFeed(h.store, 'https://feeds.example.org/welt.xml', 'Weltecho', GUILD_ID);
    const callback = await run(autocomplete('feeds remove', 'feed', 'welt', { permissions: PERMISSIONS.serverAdmin }));
    expect(callback.data?.choices).toEqual([{ name: `#${feed.id} Weltecho (https://feeds.example.org/welt.xml)`, value: String(feed.id) }]);
  });

  it('answers a subcommand this version does not know with how to fix it', async () => {
    const callback = await run(chatInput('weather', { city: 'Moskau' }, { permissions: PERMISSIONS.serverAdmin }));
    expect(callback.data?.flags).toBe(64);
    expect(callback.data?.content).toMatch(/unknown; re-register the commands/);
  });

  it('refuses use outside a server', async () => {
    const callback = await run(chatInput('subscriptions', {}, { guild: false }));
    expect(callback.data?.flags).toBe(64);
    expect(callback.data?.content).toMatch(/in a server channel/);
  });

  it("lists the server's subscriptions for anyone", async () => {
    await h.store.createSubscription({
      platform: 'discord',
      workspaceId: GUILD_ID,
      channelId: '700000000000000005',
      topics: ['trade'],
      schedule: '0 8 * * *',
      timezone: 'UTC',
      mode: 'digest',
      language: 'en',
      createdAt: new Date(),
    });
    const callback = await run(chatInput('subscriptions'));
    const text = bodyText(callback.data!);
    expect(text).toContain('<#700000000000000005>');
    expect(shown(text)).toContain('This channel: no subscription');
  });
});
