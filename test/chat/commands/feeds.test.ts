import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleCommand } from '../../../src/chat/index.js';
import { addWorkspaceFeed, createHarness, member, moderator, NOW, otherServerAdmin, type Harness } from './harness.js';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});
afterEach(() => h.close());

const channelAdmin = { ...moderator, canManageFeeds: false };

describe('/news feeds add', () => {
  it("adds a public feed as this workspace's own feed, with who added it", async () => {
    const reply = await handleCommand(
      { name: 'feeds', action: 'add', options: { url: 'https://feeds.example.org/world.xml#top', name: 'World Desk' } },
      moderator,
      h.deps,
    );
    expect(reply.error).toBeUndefined();
    const [feed] = await h.store.listFeeds();
    expect(feed).toMatchObject({
      url: 'https://feeds.example.org/world.xml',
      name: 'World Desk',
      origin: 'chat',
      shared: false,
      addedBy: moderator.userId,
      enabled: true,
    });
    expect(await h.store.listFeedLinks(feed!.id)).toMatchObject([{ platform: 'discord', workspaceId: moderator.workspaceId }]);
    expect(reply.lines[0]!.text).toBe(`#${feed!.id} World Desk`);
  });

  it('refuses callers without Manage Server, even with Manage Channels', async () => {
    const reply = await handleCommand({ name: 'feeds', action: 'add', options: { url: 'https://feeds.example.org/a.xml' } }, channelAdmin, h.deps);
    expect(reply.error).toBe(true);
    expect(reply.lines[0]!.text).toMatch(/Manage Server permission/);
    expect(await h.store.listFeeds()).toHaveLength(0);
  });

  it('refuses private addresses, non-http URLs and duplicates, naming the existing feed', async () => {
    const internal = await handleCommand({ name: 'feeds', action: 'add', options: { url: 'http://intranet.corp/rss' } }, moderator, h.deps);
    expect(internal.error).toBe(true);
    expect(internal.lines[0]!.text).toMatch(/^The feed URL cannot be used: .*10\.1\.2\.3/);
    const loopback = await handleCommand({ name: 'feeds', action: 'add', options: { url: 'http://127.0.0.1:8080/feed' } }, moderator, h.deps);
    expect(loopback.lines[0]!.text).toMatch(/^The feed URL cannot be used/);
    const ftp = await handleCommand({ name: 'feeds', action: 'add', options: { url: 'ftp://feeds.example.org/x' } }, moderator, h.deps);
    expect(ftp.lines[0]!.text).toBe('Feed URLs must start with http:// or https://, not ftp://.');
    const notUrl = await handleCommand({ name: 'feeds', action: 'add', options: { url: 'tagesschau' } }, moderator, h.deps);
    expect(notUrl.lines[0]!.text).toMatch(/is not a URL; give the full feed address/);
    expect(await h.store.listFeeds()).toHaveLength(0);

    await handleCommand({ name: 'feeds', action: 'add', options: { url: 'https://feeds.example.org/a.xml', name: 'A' } }, moderator, h.deps);
    const again = await handleCommand({ name: 'feeds', action: 'add', options: { url: 'https://FEEDS.example.org/a.xml' } }, moderator, h.deps);
    expect(again.lines[0]!.text).toMatch(/^That feed is already added here as #\d+ \(A\)\.$/);
    const config = await h.store.upsertFeed({ url: 'https://feeds.example.org/config.xml', name: 'Config Desk', origin: 'config' }, NOW);
    const shared = await handleCommand({ name: 'feeds', action: 'add', options: { url: config.url } }, moderator, h.deps);
    expect(shared.lines[0]!.text).toBe(`That feed is already available to everyone as #${config.id} (Config Desk); /news feeds list shows it.`);
    expect(await h.store.listFeeds()).toHaveLength(2);
  });

  it('stores an address two workspaces add once, and gives each its own claim', async () => {
    await handleCommand({ name: 'feeds', action: 'add', options: { url: 'https://feeds.example.org/a.xml' } }, moderator, h.deps);
    const second = await handleCommand({ name: 'feeds', action: 'add', options: { url: 'https://feeds.example.org/a.xml' } }, otherServerAdmin, h.deps);
    expect(second.error).toBeUndefined();
    const feeds = await h.store.listFeeds();
    expect(feeds).toHaveLength(1);
    expect((await h.store.listFeedLinks(feeds[0]!.id)).map((link) => link.workspaceId).sort()).toEqual(
      [moderator.workspaceId, otherServerAdmin.workspaceId].sort(),
    );
  });
});

describe('/news feeds per workspace', () => {
  it("never lists, finds or removes another workspace's feed", async () => {
    const theirs = await addWorkspaceFeed(h.store, 'https://feeds.example.org/secret.xml', 'Secret Desk', otherServerAdmin.workspaceId!);
    const list = await handleCommand({ name: 'feeds', action: 'list', options: {} }, moderator, h.deps);
    expect(JSON.stringify(list)).not.toContain('secret');
    for (const feed of [String(theirs.id), theirs.url, 'Secret Desk']) {
      const removed = await handleCommand({ name: 'feeds', action: 'remove', options: { feed } }, moderator, h.deps);
      expect(removed.lines[0]!.text).toMatch(/^No feed .* here; \/news feeds list shows the feeds you can use\.$/);
    }
    expect(await h.store.listFeedLinks(theirs.id)).toHaveLength(1);
    const theirList = await handleCommand({ name: 'feeds', action: 'list', options: {} }, otherServerAdmin, h.deps);
    expect(theirList.lines.map((line) => line.text)).toEqual([`#${theirs.id} Secret Desk`]);
  });
});

describe('/news feeds remove', () => {
  it('removes an own feed by number or by URL; one nobody uses any more stops being fetched', async () => {
    const a = await addWorkspaceFeed(h.store, 'https://feeds.example.org/a.xml');
    const b = await addWorkspaceFeed(h.store, 'https://feeds.example.org/b.xml');
    await h.store.linkFeed({ feedId: b.id, platform: 'discord', workspaceId: otherServerAdmin.workspaceId!, name: null, addedBy: null }, NOW);
    const byId = await handleCommand({ name: 'feeds', action: 'remove', options: { feed: `#${a.id}` } }, moderator, h.deps);
    expect(byId.error).toBeUndefined();
    const byUrl = await handleCommand({ name: 'feeds', action: 'remove', options: { feed: 'https://feeds.example.org/b.xml' } }, moderator, h.deps);
    expect(byUrl.error).toBeUndefined();
    expect(await h.store.listFeeds({ visibleTo: { platform: 'discord', workspaceId: moderator.workspaceId } })).toHaveLength(0);
    expect(await h.store.getFeed(a.id)).toMatchObject({ enabled: false, disabledReason: 'removed by every workspace that used it' });
    // The other workspace still has b: still fetched.
    expect(await h.store.getFeed(b.id)).toMatchObject({ enabled: true });
  });

  it("takes a removed feed out of this workspace's feed subscriptions", async () => {
    const a = await addWorkspaceFeed(h.store, 'https://feeds.example.org/a.xml');
    await handleCommand({ name: 'subscribe', options: { feeds: String(a.id) } }, moderator, h.deps);
    const reply = await handleCommand({ name: 'feeds', action: 'remove', options: { feed: String(a.id) } }, moderator, h.deps);
    expect(reply.lines.map((line) => line.text)).toContain('That subscription followed only this feed and was removed.');
    expect(await h.store.listSubscriptions()).toHaveLength(0);
  });

  it('refuses members without Manage Server', async () => {
    const feed = await addWorkspaceFeed(h.store, 'https://feeds.example.org/a.xml');
    const reply = await handleCommand({ name: 'feeds', action: 'remove', options: { feed: String(feed.id) } }, member, h.deps);
    expect(reply.lines[0]!.text).toMatch(/Manage Server/);
    expect(await h.store.listFeedLinks(feed.id)).toHaveLength(1);
  });

  it('explains unknown feeds and config feeds', async () => {
    const unknown = await handleCommand({ name: 'feeds', action: 'remove', options: { feed: '42' } }, moderator, h.deps);
    expect(unknown.lines[0]!.text).toBe('No feed #42 here; /news feeds list shows the feeds you can use.');
    const config = await h.store.upsertFeed({ url: 'https://feeds.example.org/config.xml', origin: 'config' }, NOW);
    const fromConfig = await handleCommand({ name: 'feeds', action: 'remove', options: { feed: String(config.id) } }, moderator, h.deps);
    expect(fromConfig.lines[0]!.text).toMatch(/comes from the config file; remove it there/);
    expect(await h.store.getFeed(config.id)).not.toBeNull();
  });
});

describe('/news feeds enable', () => {
  it('re-enables a feed disabled after failures, but not one taken out of the config', async () => {
    const broken = await addWorkspaceFeed(h.store, 'https://feeds.example.org/b.xml', 'B');
    await h.store.updateFeedState(broken.id, {
      enabled: false,
      disabledReason: 'disabled after 10 consecutive failures; last: HTTP 500',
      consecutiveFailures: 10,
    });
    const reply = await handleCommand({ name: 'feeds', action: 'enable', options: { feed: 'B' } }, moderator, h.deps);
    expect(reply.error).toBeUndefined();
    expect(await h.store.getFeed(broken.id)).toMatchObject({ enabled: true, consecutiveFailures: 0, disabledReason: null });
    const config = await h.store.upsertFeed({ url: 'https://feeds.example.org/config.xml', origin: 'config' }, NOW);
    await h.store.updateFeedState(config.id, { enabled: false, disabledReason: 'no longer in the config file' });
    const refused = await handleCommand({ name: 'feeds', action: 'enable', options: { feed: String(config.id) } }, moderator, h.deps);
    expect(refused.lines[0]!.text).toMatch(/taken out of the config file; only the operator can add it back/);
  });
});

describe('/news feeds list', () => {
  it("shows the shared and own feeds' status and why a disabled one is disabled, to anyone", async () => {
    const ok = await h.store.upsertFeed({ url: 'https://feeds.example.org/a.xml', name: 'A', origin: 'config' }, NOW);
    await h.store.updateFeedState(ok.id, { lastStatus: '200', lastFetchedAt: NOW });
    const broken = await addWorkspaceFeed(h.store, 'https://feeds.example.org/b.xml', 'B');
    await h.store.updateFeedState(broken.id, { enabled: false, disabledReason: 'HTTP 404 ten times in a row' });
    const reply = await handleCommand({ name: 'feeds', action: 'list', options: {} }, member, h.deps);
    expect(reply.error).toBeUndefined();
    expect(reply.lines.map((line) => [line.text, line.detail])).toEqual([
      [`#${ok.id} A`, 'last status 200 · fetched 21 Mar 2018, 10:30 (Europe/Berlin) · shared, from config'],
      [`#${broken.id} B`, 'disabled: HTTP 404 ten times in a row'],
    ]);
  });

  it('says how to add the first feed when there is none', async () => {
    const reply = await handleCommand({ name: 'feeds', action: 'list', options: {} }, member, h.deps);
    expect(reply.lines[0]!.text).toMatch(/No feeds yet; add one with \/news feeds add/);
  });
});
