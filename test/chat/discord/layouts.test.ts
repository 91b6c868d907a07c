import { ChannelType } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverDigest, deliverInstant, notifyFeedHealth, renderParts, sendPendingParts } from '../../../src/schedule/index.js';
import { pingsIn, CHANNEL_TYPES, DISCORD_LIMITS } from '../../fakes/discord-server.js';
import { addWorkspaceFeed, NOW } from '../commands/harness.js';
import { createDeliveryHarness, minutesAfter, seedStory, type DeliveryHarness } from './delivery-harness.js';
import { attachment, channel, CHANNEL_ID, chatInput, GUILD_ID, PERMISSIONS, role } from './interaction-payloads.js';

/** Forum posts, threads, role alerts, feed-health notices and OPML import, end to end through discord.js and the fake. */

const FORUM_ID = '700000000000000050';
const ROLE_ID = '500000000000000001';
const MORNING = new Date('2018-03-22T07:00:00Z');

let h: DeliveryHarness;
beforeEach(async () => {
  h = await createDeliveryHarness();
});
afterEach(async () => {
  await h.teardown();
});

interface Body {
  content?: string;
  embeds?: { title?: string; description?: string }[];
  allowed_mentions?: unknown;
}

async function answer(payload: { token: string }): Promise<string> {
  await h.dispatch(payload);
  const record = h.fake.interaction(payload.token);
  const callback = record.callbacks[0] as { type: number; data?: Body };
  const body = callback.type === 5 ? (record.original!.body as Body) : callback.data!;
  return [body.content ?? '', ...(body.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? ''])]
    .join('\n')
    .replace(/\\(.)/g, '$1')
    .replace(/\u200b/g, '');
}

const hostileTitle = (n: number) => `@everyone <@&999999999999999999> Gipfeltreffen Nummer ${n} **sofort**`;

async function seedSummits(count: number): Promise<void> {
  for (let i = 1; i <= count; i += 1) {
    await seedStory(h.store, {
      feedId: null,
      title: hostileTitle(i),
      url: `https://news.example/summit-${i}`,
      sources: ['Tagesblick', 'Weltecho', `Quelle ${i}`],
      quotes: Array.from({ length: 4 }, (_, q) => ({
        text: `Zitat ${q + 1} zu Gipfel ${i}`,
        speaker: `Sprecher ${q + 1}`,
        kind: 'direct' as const,
        score: 4 - q,
      })),
      firstSeenAt: minutesAfter(NOW, -10 * i),
    });
  }
}

describe('forum channels', () => {
  it('get one post per story, each story once even when a post reached Discord before a crash', async () => {
    h.fake.setChannel({ id: FORUM_ID, type: CHANNEL_TYPES.forum, guild_id: GUILD_ID, name: 'news-forum' });
    const reply = await answer(
      chatInput(
        'subscribe',
        { topics: 'summits', channel: channel(FORUM_ID, ChannelType.GuildForum, PERMISSIONS.channelModerator) },
        { permissions: PERMISSIONS.channelModerator },
      ),
    );
    expect(reply).toContain('one forum post per story');
    const [subscription] = await h.store.listSubscriptions();
    expect(subscription).toMatchObject({ channelId: FORUM_ID, layout: 'forum' });
    await seedSummits(3);

    // A crash after the first post reached Discord but before it was marked sent: record, post one by hand, then send.
    h.clock.now = MORNING;
    const digest = await (
      await import('../../../src/schedule/index.js')
    ).buildDigest(h.store, h.delivery.labels, subscription!, MORNING, { maxStories: 10, periodKey: 'p1' });
    const parts = renderParts(h.sender, digest, subscription!);
    expect(parts).toHaveLength(3);
    for (const [index, part] of parts.entries()) {
      await h.store.createDelivery({
        subscriptionId: subscription!.id,
        periodKey: 'p1',
        part: index + 1,
        partCount: 3,
        payload: part.payload,
        createdAt: MORNING,
      });
    }
    const [first] = await h.store.listPendingDeliveries(subscription!.id);
    await h.sender.send(subscription!, first!.payload, first!.idempotencyKey);
    expect(await sendPendingParts(h.delivery, subscription!)).toEqual({ status: 'sent', sent: 3 });

    const posts = h.fake.threads(FORUM_ID);
    expect(posts).toHaveLength(3);
    for (const post of posts) {
      const [starter, ...more] = h.fake.messages(post.id);
      expect(more).toEqual([]);
      expect(starter!.id).toBe(post.id);
      expect(post.name.length).toBeLessThanOrEqual(100);
      expect(post.name).not.toMatch(/@everyone|<@&/);
      expect(pingsIn(starter!.body)).toEqual([]);
      expect(starter!.allowed_mentions).toEqual({ parse: [] });
      const description = String((starter!.embeds[0] as { description: string }).description);
      expect(description).toContain('Zitat 4');
      expect(description).toMatch(/Tagesblick · Weltecho · Quelle \d/);
    }
    expect(h.fake.schemaViolations).toEqual([]);
    expect(h.fake.messages(FORUM_ID)).toEqual([]);
  });
});

describe('threads under the digest', () => {
  it("put each story's quotes and sources in a thread started from the digest, every message once and within limits", async () => {
    await answer(chatInput('subscribe', { topics: 'summits', threads: true }, { permissions: PERMISSIONS.channelModerator }));
    const [subscription] = await h.store.listSubscriptions();
    expect(subscription!.layout).toBe('threads');
    await seedSummits(12);
    h.clock.now = MORNING;
    const outcome = await deliverDigest(h.delivery, subscription!, MORNING);
    expect(outcome).toMatchObject({ status: 'sent', stories: 10 });

    const digest = h.fake.messages(CHANNEL_ID);
    const threads = h.fake.threads(CHANNEL_ID);
    expect(threads).toHaveLength(1);
    expect(threads[0]!.id).toBe(digest[0]!.id);
    const inThread = h.fake.messages(threads[0]!.id);
    expect(inThread).toHaveLength(10);
    for (const message of [...digest, ...inThread]) {
      expect(message.allowed_mentions).toEqual({ parse: [] });
      expect(pingsIn(message.body)).toEqual([]);
      expect(message.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    }
    expect(String((inThread[0]!.embeds[0] as { description: string }).description)).toContain('Zitat 4');
    const deliveries = await h.store.listDeliveries(subscription!.id);
    expect(new Set(deliveries.map((d) => d.idempotencyKey)).size).toBe(deliveries.length);
    expect(deliveries.filter((d) => d.threadOfPart === 1)).toHaveLength(10);
    expect(deliveries.every((d) => d.status === 'sent')).toBe(true);
    // Sending again posts nothing more.
    await sendPendingParts(h.delivery, subscription!);
    expect(h.fake.messages(threads[0]!.id)).toHaveLength(10);
    expect(h.fake.schemaViolations).toEqual([]);
  });
});

describe('role alerts', () => {
  it('mention exactly the chosen role, and nothing in titles pings', async () => {
    const reply = await answer(
      chatInput(
        'subscribe',
        { topics: 'summits', mode: 'instant', mention: role(ROLE_ID, 'Eilmeldungen', true) },
        { permissions: PERMISSIONS.channelModerator },
      ),
    );
    expect(reply).toContain(`alerts role ${ROLE_ID}`);
    const [subscription] = await h.store.listSubscriptions();
    h.clock.now = minutesAfter(NOW, 30);
    await seedStory(h.store, { feedId: null, title: hostileTitle(1), firstSeenAt: minutesAfter(NOW, 5) });
    expect(await deliverInstant(h.delivery, subscription!, h.clock.now)).toMatchObject({ status: 'sent', stories: 1 });
    const [message] = h.fake.messages(CHANNEL_ID);
    expect(message!.allowed_mentions).toEqual({ parse: [], roles: [ROLE_ID] });
    expect(pingsIn(message!.body)).toEqual([`<@&${ROLE_ID}>`]);
  });

  it('are refused for a role the caller may not mention, @everyone and digests', async () => {
    const hidden = role(ROLE_ID, 'Leitung', false);
    const refused = await answer(
      chatInput('subscribe', { topics: 'summits', mode: 'instant', mention: hidden }, { permissions: PERMISSIONS.channelModerator }),
    );
    expect(refused).toBe('@Leitung is not mentionable, and you lack Mention Everyone; make the role mentionable or ask someone who may mention it.');
    const everyone = await answer(
      chatInput('subscribe', { topics: 'summits', mode: 'instant', mention: role(GUILD_ID, '@everyone', true) }, { permissions: PERMISSIONS.mentionEveryone }),
    );
    expect(everyone).toMatch(/^mention: takes a role, not @everyone/);
    const digest = await answer(
      chatInput('subscribe', { topics: 'summits', mention: role(ROLE_ID, 'Eil', true) }, { permissions: PERMISSIONS.channelModerator }),
    );
    expect(digest).toMatch(/^mention: works with mode:instant only/);
    expect(await h.store.listSubscriptions()).toHaveLength(0);
    const allowed = await answer(chatInput('subscribe', { topics: 'summits', mode: 'instant', mention: hidden }, { permissions: PERMISSIONS.mentionEveryone }));
    expect(allowed).toContain(`alerts role ${ROLE_ID}`);
  });
});

describe('feed health in the channel', () => {
  it('tells a channel once that a feed it follows stopped, and once that it works again', async () => {
    const feed = await addWorkspaceFeed(h.store, 'https://feeds.example.org/local.xml', 'Lokalblatt', GUILD_ID);
    await answer(chatInput('subscribe', { feeds: String(feed.id) }, { permissions: PERMISSIONS.channelModerator }));
    expect(await notifyFeedHealth(h.delivery)).toBe(0);
    await h.store.updateFeedState(feed.id, { enabled: false, disabledReason: 'disabled after 10 consecutive failures; last: HTTP 503' });
    expect(await notifyFeedHealth(h.delivery)).toBe(1);
    expect(await notifyFeedHealth(h.delivery)).toBe(0);
    let posted = h.fake.messages(CHANNEL_ID);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.content.replace(/\\(.)/g, '$1')).toContain(`Feed stopped: Lokalblatt (#${feed.id})`);
    expect(posted[0]!.content.replace(/\\(.)/g, '$1')).toContain(`/news feeds enable feed:${feed.id}`);
    await h.store.updateFeedState(feed.id, { enabled: true, disabledReason: null });
    expect(await notifyFeedHealth(h.delivery)).toBe(1);
    expect(await notifyFeedHealth(h.delivery)).toBe(0);
    posted = h.fake.messages(CHANNEL_ID);
    expect(posted).toHaveLength(2);
    expect(posted[1]!.content.replace(/\\(.)/g, '$1')).toContain('Feed working again: Lokalblatt');
    for (const message of posted) expect(message.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('/news feeds import', () => {
  const opml = (urls: string[]) =>
    [
      '<?xml version="1.0"?>',
      '<opml version="2.0"><head><title>x</title></head><body>',
      ...urls.map((url, i) => `<outline text="Feed ${i}" xmlUrl="${url}"/>`),
      '</body></opml>',
    ].join('\n');

  it('imports an attached OPML file for this server, reporting every line; a broken file imports nothing', async () => {
    const file = h.fake.addAttachment(
      'feeds.opml',
      opml(['https://feeds.example.org/a.xml', 'https://feeds.example.org/a.xml', 'http://intranet.corp/rss', 'https://feeds.example.org/b.xml']),
    );
    const reply = await answer(chatInput('feeds import', { file: attachment(file) }, { permissions: PERMISSIONS.serverAdmin }));
    expect(reply).toContain('Imported feeds.opml: 2 added, 1 already there or repeated, 1 refused');
    expect(reply).toMatch(/Line 4: Feed 1\]\(https:\/\/feeds\.example\.org\/a\.xml\)\*\*\nThe same feed as line 3; imported once\./);
    expect(reply).toMatch(/Line 5: Feed 2\*\*\nThe feed URL cannot be used: http:\/\/intranet\.corp\/rss resolves to the non-public address 10\.1\.2\.3/);
    expect((await h.store.listFeeds({ ownedBy: { platform: 'discord', workspaceId: GUILD_ID } })).map((f) => f.url)).toEqual([
      'https://feeds.example.org/a.xml',
      'https://feeds.example.org/b.xml',
    ]);

    const broken = h.fake.addAttachment('cut.opml', opml(['https://feeds.example.org/c.xml']).replace('</body></opml>', ''));
    const refused = await answer(chatInput('feeds import', { file: attachment(broken) }, { permissions: PERMISSIONS.serverAdmin }));
    expect(refused).toMatch(/^That file is not a usable OPML file: <body> opened on line \d+ is never closed/);
    expect(await h.store.getFeedByUrl('https://feeds.example.org/c.xml')).toBeNull();

    const huge = h.fake.addAttachment('huge.opml', opml(['https://feeds.example.org/d.xml']) + ' '.repeat(1_100_000));
    const tooBig = await answer(chatInput('feeds import', { file: attachment(huge) }, { permissions: PERMISSIONS.serverAdmin }));
    expect(tooBig).toBe(`The attached file is ${huge.size} bytes; the limit is 1048576 bytes.`);
    expect(h.fake.requests.some((request) => request.path.startsWith(`/attachments/${huge.id}`))).toBe(false);

    const member = await answer(chatInput('feeds import', { file: attachment(file) }, { permissions: PERMISSIONS.channelModerator }));
    expect(member).toMatch(/Manage Server permission/);
  });
});
