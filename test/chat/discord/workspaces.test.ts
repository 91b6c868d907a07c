import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverDigest, deliverInstant } from '../../../src/schedule/index.js';
import { addWorkspaceFeed, NOW } from '../commands/harness.js';
import { createDeliveryHarness, minutesAfter, seedStory, type DeliveryHarness } from './delivery-harness.js';
import { autocomplete, CHANNEL_ID, chatInput, GUILD_ID, PERMISSIONS } from './interaction-payloads.js';

/**
 * Feeds belong to the Discord server that added them, and feed subscriptions
 * deliver what matches no topic — through the real discord.js client and the
 * real sender against the fake Discord API.
 */

const OTHER_GUILD = '800000000000000002';
const OTHER_CHANNEL = '700000000000000002';

let h: DeliveryHarness;
beforeEach(async () => {
  h = await createDeliveryHarness();
});
afterEach(async () => {
  await h.teardown();
});

interface Body {
  content?: string;
  embeds?: { title?: string; description?: string; footer?: { text: string } }[];
  flags?: number;
  choices?: { name: string; value: string }[];
}

/** What the bot answered: the immediate reply or, for deferred commands, the edited original. */
async function answer(payload: { token: string }): Promise<Body> {
  await h.dispatch(payload);
  const record = h.fake.interaction(payload.token);
  const callback = record.callbacks[0] as { type: number; data?: Body };
  return callback.type === 5 ? (record.original!.body as Body) : callback.data!;
}

const text = (body: Body) =>
  [body.content ?? '', ...(body.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? ''])].join('\n').replace(/\\(.)/g, '$1');
const inOtherServer = { permissions: PERMISSIONS.serverAdmin, guildId: OTHER_GUILD, channelId: OTHER_CHANNEL, userId: '600000000000000077' };

describe('feeds belong to the server that added them', () => {
  it('a second server can neither see, find, complete nor remove the first one’s feed', async () => {
    const added = await answer(
      chatInput('feeds add', { url: 'https://feeds.example.org/secret.xml', name: 'Secret Desk' }, { permissions: PERMISSIONS.serverAdmin }),
    );
    expect(text(added)).toContain('Secret Desk');
    const [feed] = await h.store.listFeeds();

    const list = await answer(chatInput('feeds list', {}, inOtherServer));
    expect(text(list)).not.toMatch(/secret/i);
    const removed = await answer(chatInput('feeds remove', { feed: String(feed!.id) }, inOtherServer));
    expect(text(removed)).toBe(`No feed #${feed!.id} here; /news feeds list shows the feeds you can use.`);
    const byName = await answer(chatInput('feeds remove', { feed: 'Secret Desk' }, inOtherServer));
    expect(text(byName)).toMatch(/^No feed "Secret Desk" here/);
    const typing = autocomplete('feeds remove', 'feed', 'secret', inOtherServer);
    await h.dispatch(typing);
    expect((h.fake.interaction(typing.token).callbacks[0] as { data: Body }).data.choices).toEqual([]);
    const ownTyping = autocomplete('feeds remove', 'feed', 'secret', { permissions: PERMISSIONS.serverAdmin });
    await h.dispatch(ownTyping);
    expect((h.fake.interaction(ownTyping.token).callbacks[0] as { data: Body }).data.choices).toEqual([
      { name: `#${feed!.id} Secret Desk (https://feeds.example.org/secret.xml)`, value: String(feed!.id) },
    ]);
    expect(await h.store.listFeedLinks(feed!.id)).toMatchObject([{ workspaceId: GUILD_ID }]);

    // The first server still has it and can remove it.
    const own = await answer(chatInput('feeds list', {}, { permissions: PERMISSIONS.member }));
    expect(text(own)).toContain('Secret Desk');
  });

  it("keeps another server's stories out of topic digests, previews and search", async () => {
    const config = await h.store.upsertFeed({ url: 'https://feeds.example.org/config.xml', name: 'Shared Wire', origin: 'config' }, NOW);
    const secret = await addWorkspaceFeed(h.store, 'https://feeds.example.org/secret.xml', 'Secret Desk', GUILD_ID);
    await seedStory(h.store, { feedId: config.id, title: 'Gipfeltreffen in Helsinki geplant', sources: ['Shared Wire'], firstSeenAt: minutesAfter(NOW, -60) });
    await seedStory(h.store, { feedId: secret.id, title: 'Vertrauliches Gipfeltreffen', sources: ['Secret Desk'], firstSeenAt: minutesAfter(NOW, -50) });

    const theirs = await answer(chatInput('preview', { topics: 'summits' }, inOtherServer));
    expect(text(theirs)).toContain('Gipfeltreffen in Helsinki');
    expect(text(theirs)).not.toMatch(/Vertrauliches|Secret Desk/);
    const ours = await answer(chatInput('preview', { topics: 'summits' }, { permissions: PERMISSIONS.member }));
    expect(text(ours)).toContain('Vertrauliches Gipfeltreffen');
    const search = await answer(chatInput('search', { query: 'Gipfeltreffen' }, inOtherServer));
    expect(text(search)).toContain('Helsinki');
    expect(text(search)).not.toContain('Vertrauliches');
  });
});

describe('feed subscriptions', () => {
  it('delivers every new item of a followed feed, one that matches no topic included', async () => {
    const feed = await addWorkspaceFeed(h.store, 'https://feeds.example.org/local.xml', 'Lokalblatt', GUILD_ID);
    const reply = await answer(chatInput('subscribe', { feeds: String(feed.id), mode: 'instant' }, { permissions: PERMISSIONS.channelModerator }));
    expect(text(reply)).toContain(`feeds #${feed.id} Lokalblatt`);
    h.clock.now = minutesAfter(NOW, 30);
    await seedStory(h.store, { feedId: feed.id, title: 'Stadtfest am Wochenende', topics: [], sources: ['Lokalblatt'], firstSeenAt: minutesAfter(NOW, 10) });
    await seedStory(h.store, { feedId: null, title: 'Gipfeltreffen anderswo', firstSeenAt: minutesAfter(NOW, 12) });
    const [subscription] = await h.store.listSubscriptions();
    const outcome = await deliverInstant(h.delivery, subscription!, h.clock.now);
    expect(outcome).toMatchObject({ status: 'sent', stories: 1 });
    const posted = h.fake.messages(CHANNEL_ID);
    expect(posted).toHaveLength(1);
    expect(text(posted[0]!.body as Body)).toContain('Stadtfest am Wochenende');
  });

  it('adds an unknown feed address and subscribes in one step, for Manage Server only', async () => {
    const refused = await answer(chatInput('subscribe', { feeds: 'https://feeds.example.org/new.xml' }, { permissions: PERMISSIONS.channelModerator }));
    expect(text(refused)).toMatch(/is not a feed here yet, and adding feeds needs the Manage Server permission/);
    expect(await h.store.listFeeds()).toHaveLength(0);
    const done = await answer(chatInput('subscribe', { feeds: 'https://feeds.example.org/new.xml' }, { permissions: PERMISSIONS.serverAdmin }));
    const [feed] = await h.store.listFeeds();
    expect(text(done)).toContain(`feeds #${feed!.id}`);
    expect(await h.store.listSubscriptions()).toMatchObject([{ feeds: [feed!.id], topics: [] }]);
  });

  it('refuses an identical subscription, naming the existing one', async () => {
    await answer(chatInput('subscribe', { topics: 'summits', schedule: 'daily 08:00' }, { permissions: PERMISSIONS.channelModerator }));
    const again = await answer(chatInput('subscribe', { topics: 'summits', schedule: 'daily 08:00' }, { permissions: PERMISSIONS.channelModerator }));
    const [subscription] = await h.store.listSubscriptions();
    expect(text(again)).toBe(`This channel already has exactly this subscription (#${subscription!.id}); nothing changed. /news subscriptions shows it.`);
  });
});

describe('filters and /news why', () => {
  it('keeps a story with an excluded word out, and /news why says so', async () => {
    const reply = await answer(chatInput('subscribe', { topics: 'summits', exclude: 'fussball, "Formel 1"' }, { permissions: PERMISSIONS.channelModerator }));
    expect(text(reply)).toContain('exclude fussball, Formel 1');
    const [subscription] = await h.store.listSubscriptions();
    await seedStory(h.store, { feedId: null, title: 'Gipfeltreffen der Außenminister', url: 'https://news.example/ok', firstSeenAt: minutesAfter(NOW, -30) });
    await seedStory(h.store, {
      feedId: null,
      title: 'Gipfeltreffen der FUSSBALL-Verbände',
      url: 'https://news.example/fussball',
      firstSeenAt: minutesAfter(NOW, -20),
    });
    h.clock.now = new Date('2018-03-22T07:00:00Z');
    const outcome = await deliverDigest(h.delivery, subscription!, h.clock.now);
    expect(outcome).toMatchObject({ status: 'sent', stories: 1 });
    const posted = h.fake
      .messages(CHANNEL_ID)
      .map((m) => text(m.body as Body))
      .join('\n');
    expect(posted).toContain('Außenminister');
    expect(posted).not.toContain('Verbände');

    const why = await answer(chatInput('why', { article: 'https://news.example/fussball' }, { permissions: PERMISSIONS.member }));
    expect(text(why)).toContain(`Subscription #${subscription!.id}: not delivered`);
    expect(text(why)).toContain('Filtered out by the word "fussball" (exclude).');
    const delivered = await answer(chatInput('why', { article: 'https://news.example/ok' }, { permissions: PERMISSIONS.member }));
    expect(text(delivered)).toMatch(/Subscription #\d+: delivered 22 Mar 2018/);
    expect(text(delivered)).toContain(`message ${h.fake.messages(CHANNEL_ID)[0]!.id}`);
  });

  it('shows filters with /news subscriptions and explains min-sources and languages', async () => {
    await answer(chatInput('subscribe', { topics: 'summits', 'min-sources': 2, languages: 'en,fr' }, { permissions: PERMISSIONS.channelModerator }));
    const list = await answer(chatInput('subscriptions', {}, { permissions: PERMISSIONS.member }));
    expect(text(list)).toContain('languages en, fr · min-sources 2');
    await seedStory(h.store, { feedId: null, title: 'Gipfeltreffen', url: 'https://news.example/solo', firstSeenAt: minutesAfter(NOW, -5) });
    const why = await answer(chatInput('why', { article: 'https://news.example/solo' }, { permissions: PERMISSIONS.member }));
    expect(text(why)).toContain('Covered by 1 outlet, fewer than min-sources 2.');
  });

  it('says when an article was never seen, and which feed on that site is down', async () => {
    const feed = await addWorkspaceFeed(h.store, 'https://www.tagesblick.example.org/rss.xml', 'Tagesblick', GUILD_ID);
    await h.store.updateFeedState(feed.id, { enabled: false, disabledReason: 'disabled after 10 consecutive failures; last: HTTP 503', lastFetchedAt: NOW });
    const why = await answer(chatInput('why', { article: 'https://tagesblick.example.org/politik/1' }, { permissions: PERMISSIONS.member }));
    expect(text(why)).toContain('Not seen: no stored article has this address.');
    expect(text(why)).toContain(`Feed #${feed.id} Tagesblick is on the same site`);
    expect(text(why)).toContain('disabled since about 21 Mar 2018, 10:30 (Europe/Berlin): disabled after 10 consecutive failures');
  });
});
