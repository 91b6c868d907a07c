import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleCommand } from '../../../src/chat/index.js';
import { createHarness, member, moderator, NOW, type Harness } from './harness.js';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});
afterEach(() => h.close());

const channelAdmin = { ...moderator, canManageFeeds: false };

describe('/news feeds add', () => {
  it('adds a public feed as a chat feed with who added it', async () => {
    const reply = await handleCommand(
      { name: 'feeds', action: 'add', options: { url: 'https://feeds.example.org/world.xml#top', name: 'World Desk' } },
      moderator,
      h.deps,
    );
    expect(reply.error).toBeUndefined();
    const [feed] = await h.store.listFeeds();
    expect(feed).toMatchObject({ url: 'https://feeds.example.org/world.xml', name: 'World Desk', origin: 'chat', addedBy: moderator.userId, enabled: true });
    expect(reply.lines[0]!.text).toBe(`#${feed!.id} World Desk`);
  });

  it('refuses callers without Manage Server, even with Manage Channels', async () => {
    const reply = await handleCommand({ name: 'feeds', action: 'add', options: { url: 'https://feeds.example.org/a.xml' } }, channelAdmin, h.deps);
    expect(reply.error).toBe(true);
    expect(reply.lines[0]!.text).toMatch(/Manage Server permission/);
    expect(await h.store.listFeeds()).toHaveLength(0);
  });

  it('refuses private addresses, non-http URLs and duplicates with the reason', async () => {
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

    await handleCommand({ name: 'feeds', action: 'add', options: { url: 'https://feeds.example.org/a.xml' } }, moderator, h.deps);
    const again = await handleCommand({ name: 'feeds', action: 'add', options: { url: 'https://feeds.example.org/a.xml' } }, moderator, h.deps);
    expect(again.lines[0]!.text).toMatch(/already added as #\d+/);
    expect(await h.store.listFeeds()).toHaveLength(1);
  });
});

describe('/news feeds remove', () => {
  it('removes a chat feed by number or by URL', async () => {
    const a = await h.store.upsertFeed({ url: 'https://feeds.example.org/a.xml', origin: 'chat' }, NOW);
    await h.store.upsertFeed({ url: 'https://feeds.example.org/b.xml', origin: 'chat' }, NOW);
    const byId = await handleCommand({ name: 'feeds', action: 'remove', options: { feed: `#${a.id}` } }, moderator, h.deps);
    expect(byId.error).toBeUndefined();
    const byUrl = await handleCommand({ name: 'feeds', action: 'remove', options: { feed: 'https://feeds.example.org/b.xml' } }, moderator, h.deps);
    expect(byUrl.error).toBeUndefined();
    expect(await h.store.listFeeds()).toHaveLength(0);
  });

  it('refuses members without Manage Server', async () => {
    const feed = await h.store.upsertFeed({ url: 'https://feeds.example.org/a.xml', origin: 'chat' }, NOW);
    const reply = await handleCommand({ name: 'feeds', action: 'remove', options: { feed: String(feed.id) } }, member, h.deps);
    expect(reply.lines[0]!.text).toMatch(/Manage Server/);
    expect(await h.store.getFeed(feed.id)).not.toBeNull();
  });

  it('explains unknown feeds and config feeds', async () => {
    const unknown = await handleCommand({ name: 'feeds', action: 'remove', options: { feed: '42' } }, moderator, h.deps);
    expect(unknown.lines[0]!.text).toBe('No feed "42"; give a feed number or URL from /news feeds list.');
    const config = await h.store.upsertFeed({ url: 'https://feeds.example.org/config.xml', origin: 'config' }, NOW);
    const fromConfig = await handleCommand({ name: 'feeds', action: 'remove', options: { feed: String(config.id) } }, moderator, h.deps);
    expect(fromConfig.lines[0]!.text).toMatch(/comes from the config file; remove it there/);
    expect(await h.store.getFeed(config.id)).not.toBeNull();
  });
});

describe('/news feeds list', () => {
  it("shows every feed's status and why a disabled one is disabled, to anyone", async () => {
    const ok = await h.store.upsertFeed({ url: 'https://feeds.example.org/a.xml', name: 'A', origin: 'config' }, NOW);
    await h.store.updateFeedState(ok.id, { lastStatus: '200', lastFetchedAt: NOW });
    const broken = await h.store.upsertFeed({ url: 'https://feeds.example.org/b.xml', name: 'B', origin: 'chat' }, NOW);
    await h.store.updateFeedState(broken.id, { enabled: false, disabledReason: 'HTTP 404 ten times in a row' });
    const reply = await handleCommand({ name: 'feeds', action: 'list', options: {} }, member, h.deps);
    expect(reply.error).toBeUndefined();
    expect(reply.lines.map((line) => [line.text, line.detail])).toEqual([
      [`#${ok.id} A`, 'last status 200 · fetched 21 Mar 2018, 10:30 (Europe/Berlin) · from config'],
      [`#${broken.id} B`, 'disabled: HTTP 404 ten times in a row'],
    ]);
  });

  it('says how to add the first feed when there is none', async () => {
    const reply = await handleCommand({ name: 'feeds', action: 'list', options: {} }, member, h.deps);
    expect(reply.lines[0]!.text).toMatch(/No feeds yet; add one with \/news feeds add/);
  });
});
