import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/core/index.js';
import { openSqliteStore, type NewArticle, type Store } from '../../src/store/index.js';
import { migrate, migrations } from '../../src/store/sqlite/index.js';
import { storeEngines } from './engines.js';

/**
 * The store additions of migration 005 (issue 14), as a contract any engine
 * must meet: feed ↔ workspace links and visibility, subscription feeds,
 * filters, layout and alert role, thread parts, feed-health notices, story
 * members and delivery times.
 */

const now = new Date('2018-03-20T12:00:00Z');
const tempDb = () => join(mkdtempSync(join(tmpdir(), 'nd-store-ws-')), 'test.db');
const A = { platform: 'discord' as const, workspaceId: '800000000000000001' };
const B = { platform: 'discord' as const, workspaceId: '800000000000000002' };

const analysis: ArticleAnalysis = {
  language: 'de',
  topics: [{ id: 'summits', score: 3, evidence: [] }],
  quotes: [{ text: 'Wir sind bereit zum Gipfeltreffen', speaker: 'Kreml', kind: 'direct', score: 1 }],
  statements: [],
  summary: 'Gipfeltreffen geplant.',
  entities: [],
};

const article = (feedId: number | null, n: number): NewArticle => ({
  feedId,
  guid: `g-${n}`,
  url: `https://news.example/${n}`,
  canonicalUrl: `https://news.example/${n}`,
  title: `Gipfeltreffen Meldung ${n}`,
  body: 'Gipfeltreffen in Helsinki.',
  source: `Quelle ${n}`,
  publishedAt: now,
  firstSeenAt: new Date(now.getTime() + n * 1000),
  contentHash: `h-${n}`,
  analysis,
});

let store: Store | null = null;
afterEach(async () => {
  await store?.close();
  store = null;
});

describe.each(storeEngines())('workspaces on $name', (engine) => {
  describe('feeds per workspace', () => {
    it('shares config feeds, links chat feeds to their workspaces, and filters listings by who sees what', async () => {
      store = (await engine.open()).store;
      const config = await store.upsertFeed({ url: 'https://example.org/config.xml', origin: 'config' }, now);
      const own = await store.upsertFeed({ url: 'https://example.org/a.xml', origin: 'chat' }, now);
      const both = await store.upsertFeed({ url: 'https://example.org/both.xml', origin: 'chat' }, now);
      expect(config.shared).toBe(true);
      expect(own.shared).toBe(false);
      await store.linkFeed({ feedId: own.id, ...A, name: 'Mine', addedBy: 'u1' }, now);
      await store.linkFeed({ feedId: both.id, ...A, name: null, addedBy: 'u1' }, now);
      await store.linkFeed({ feedId: both.id, ...B, name: null, addedBy: 'u2' }, now);
      // Linking again keeps the first link as it was.
      expect(await store.linkFeed({ feedId: own.id, ...A, name: 'Other name', addedBy: 'u9' }, now)).toMatchObject({ name: 'Mine', addedBy: 'u1' });

      const ids = (feeds: { id: number }[]) => feeds.map((f) => f.id);
      expect(ids(await store.listFeeds({ visibleTo: A }))).toEqual([config.id, own.id, both.id]);
      expect(ids(await store.listFeeds({ visibleTo: B }))).toEqual([config.id, both.id]);
      expect(ids(await store.listFeeds({ visibleTo: { platform: 'discord', workspaceId: null } }))).toEqual([config.id]);
      expect(ids(await store.listFeeds({ visibleTo: { platform: 'slack', workspaceId: A.workspaceId } }))).toEqual([config.id]);
      expect(ids(await store.listFeeds({ ownedBy: B }))).toEqual([both.id]);
      expect(ids(await store.listFeeds())).toEqual([config.id, own.id, both.id]);

      expect(await store.unlinkFeed(both.id, B)).toBe(true);
      expect(await store.unlinkFeed(both.id, B)).toBe(false);
      expect((await store.listFeedLinks(both.id)).map((l) => l.workspaceId)).toEqual([A.workspaceId]);
      // A config file listing a chat feed's address makes it shared; nothing un-shares a shared feed by upsert.
      expect((await store.upsertFeed({ url: own.url, origin: 'config' }, now)).shared).toBe(true);
      expect((await store.upsertFeed({ url: own.url, origin: 'chat', shared: false }, now)).shared).toBe(true);
      // Removing a feed removes its links.
      await store.removeFeed(both.id);
      expect(await store.listFeedLinks(both.id)).toEqual([]);
    });

    it('limits article search and quotes to the feeds a workspace sees', async () => {
      store = (await engine.open()).store;
      const shared = await store.upsertFeed({ url: 'https://example.org/config.xml', origin: 'config' }, now);
      const secret = await store.upsertFeed({ url: 'https://example.org/secret.xml', origin: 'chat' }, now);
      await store.linkFeed({ feedId: secret.id, ...A, name: null, addedBy: null }, now);
      await store.saveArticle(article(shared.id, 1));
      await store.saveArticle(article(secret.id, 2));
      await store.saveArticle(article(null, 3));
      const titles = async (scope: typeof A) => (await store!.findArticles({ text: 'Gipfeltreffen', visibleTo: scope })).map((a) => a.title).sort();
      expect(await titles(A)).toEqual(['Gipfeltreffen Meldung 1', 'Gipfeltreffen Meldung 2', 'Gipfeltreffen Meldung 3']);
      expect(await titles(B)).toEqual(['Gipfeltreffen Meldung 1', 'Gipfeltreffen Meldung 3']);
      expect((await store.findArticles({ visibleTo: B })).map((a) => a.id).sort()).toHaveLength(2);
      expect((await store.findQuotes({ speaker: 'Kreml', visibleTo: B })).map((q) => q.title).sort()).toEqual([
        'Gipfeltreffen Meldung 1',
        'Gipfeltreffen Meldung 3',
      ]);
      expect(await store.findQuotes({ speaker: 'Kreml' })).toHaveLength(3);
    });

    it('gives each story its articles with their feeds, and remembers when a story was delivered', async () => {
      store = (await engine.open()).store;
      const feed = await store.upsertFeed({ url: 'https://example.org/config.xml', origin: 'config' }, now);
      const a1 = (await store.saveArticle(article(feed.id, 1))).article;
      const a2 = (await store.saveArticle(article(null, 2))).article;
      const story = await store.createStory({
        representativeArticleId: a1.id,
        title: 't',
        url: null,
        summary: '',
        topics: [],
        quotes: [],
        sources: [],
        languages: [],
        articleIds: [a1.id, a2.id],
        firstSeenAt: now,
        updatedAt: now,
      });
      expect(await store.storyMembers([story.id, 999])).toEqual([
        { storyId: story.id, articleId: a1.id, feedId: feed.id, firstSeenAt: a1.firstSeenAt },
        { storyId: story.id, articleId: a2.id, feedId: null, firstSeenAt: a2.firstSeenAt },
      ]);
      const sub = await store.createSubscription({
        platform: 'discord',
        workspaceId: A.workspaceId,
        channelId: 'c',
        topics: [],
        schedule: '0 8 * * *',
        timezone: 'UTC',
        mode: 'digest',
        language: 'en',
        createdAt: now,
      });
      expect(await store.storyDeliveredAt(sub.id, story.id)).toBeNull();
      await store.markStoriesDelivered(sub.id, [story.id], now);
      expect(await store.storyDeliveredAt(sub.id, story.id)).toEqual(now);
    });
  });

  describe('subscriptions, thread parts and notices', () => {
    it('store feeds, filters, layout and the alert role, with defaults for older rows', async () => {
      store = (await engine.open()).store;
      const base = {
        platform: 'discord' as const,
        workspaceId: A.workspaceId,
        channelId: 'c',
        schedule: '0 8 * * *',
        timezone: 'UTC',
        mode: 'instant' as const,
        language: 'de',
        createdAt: now,
      };
      const plain = await store.createSubscription({ ...base, topics: ['summits'] });
      expect(plain).toMatchObject({ feeds: [], filters: { include: [], exclude: [], languages: [], minSources: null }, layout: 'plain', mentionRoleId: null });
      const full = await store.createSubscription({
        ...base,
        topics: [],
        feeds: [3, 4],
        filters: { include: ['Putin'], exclude: ['Sport', 'Fußball'], languages: ['de'], minSources: 2 },
        layout: 'threads',
        mentionRoleId: '500000000000000001',
      });
      expect(await store.getSubscription(full.id)).toMatchObject({
        feeds: [3, 4],
        filters: { include: ['Putin'], exclude: ['Sport', 'Fußball'], languages: ['de'], minSources: 2 },
        layout: 'threads',
        mentionRoleId: '500000000000000001',
      });
      const changed = await store.updateSubscription(full.id, {
        layout: 'forum',
        mentionRoleId: null,
        filters: { include: [], exclude: [], languages: [], minSources: null },
        feeds: [4],
      });
      expect(changed).toMatchObject({ layout: 'forum', mentionRoleId: null, feeds: [4], filters: { minSources: null } });

      const head = await store.createDelivery({ subscriptionId: full.id, periodKey: 'p', part: 1, partCount: 2, payload: '{}', createdAt: now });
      const reply = await store.createDelivery({
        subscriptionId: full.id,
        periodKey: 'p',
        part: 2,
        partCount: 2,
        payload: '{}',
        threadOfPart: 1,
        createdAt: now,
      });
      expect(head.threadOfPart).toBeNull();
      expect(reply.threadOfPart).toBe(1);
    });

    it('records the last feed-health notice per channel and feed', async () => {
      store = (await engine.open()).store;
      const feed = await store.upsertFeed({ url: 'https://example.org/a.xml', origin: 'chat' }, now);
      await store.recordFeedNotice({ platform: 'slack', channelId: 'C1', feedId: feed.id, state: 'disabled', reason: 'HTTP 500', notifiedAt: now });
      await store.recordFeedNotice({ platform: 'slack', channelId: 'C1', feedId: feed.id, state: 'recovered', reason: null, notifiedAt: now });
      expect(await store.listFeedNotices('slack', 'C1')).toEqual([
        { platform: 'slack', channelId: 'C1', feedId: feed.id, state: 'recovered', reason: null, notifiedAt: now },
      ]);
      expect(await store.listFeedNotices('slack', 'C2')).toEqual([]);
    });
  });
});

describe('SQLite migration 005', () => {
  it('shares config feeds and gives chat feeds to the workspaces where their adder subscribed', () => {
    const path = tempDb();
    const db = new Database(path);
    migrate(
      db,
      migrations.filter((m) => m.version < 5),
    );
    const at = now.getTime();
    db.prepare("INSERT INTO feeds (url, name, origin, added_by, created_at) VALUES ('https://example.org/c.xml', 'c', 'config', NULL, ?)").run(at);
    db.prepare("INSERT INTO feeds (url, name, origin, added_by, created_at) VALUES ('https://example.org/x.xml', 'x', 'chat', 'U1', ?)").run(at);
    db.prepare("INSERT INTO feeds (url, name, origin, added_by, created_at) VALUES ('https://example.org/y.xml', 'y', 'chat', 'U9', ?)").run(at);
    db.prepare(
      "INSERT INTO subscriptions (platform, workspace_id, channel_id, topics, schedule, timezone, mode, language, created_by, created_at) VALUES ('discord', 'G1', 'c', '[]', '0 8 * * *', 'UTC', 'digest', 'en', 'U1', ?)",
    ).run(at);
    db.close();
    const upgraded = openSqliteStore(path);
    store = upgraded;
    return (async () => {
      const feeds = await upgraded.listFeeds();
      expect(feeds.map((f) => [f.name, f.shared])).toEqual([
        ['c', true],
        ['x', false],
        ['y', false],
      ]);
      expect(await upgraded.listFeedLinks()).toMatchObject([{ feedId: feeds[1]!.id, platform: 'discord', workspaceId: 'G1' }]);
      expect(await upgraded.listSubscriptions()).toMatchObject([{ feeds: [], layout: 'plain', mentionRoleId: null }]);
    })();
  });
});
