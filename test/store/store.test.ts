import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/core/index.js';
import { openSqliteStore, type NewArticle, type Store, type Transaction } from '../../src/store/index.js';
import { migrate, migrations, schemaVersion } from '../../src/store/sqlite/index.js';
import { storeEngines } from './engines.js';

const now = new Date('2018-03-20T12:00:00Z');
const tempDb = () => join(mkdtempSync(join(tmpdir(), 'nd-store-')), 'test.db');

const analysis = (overrides: Partial<ArticleAnalysis> = {}): ArticleAnalysis => ({
  language: 'de',
  topics: [{ id: 'summits', score: 3.5, evidence: ['Gipfeltreffen'] }],
  quotes: [{ text: 'besondere Aufmerksamkeit der Frage gewidmet', speaker: 'Kreml', kind: 'direct', score: 1 }],
  statements: [{ text: 'Man betrachte Trumps Schweigen nicht als unfreundlichen Akt', speaker: 'Dmitri Peskow', kind: 'indirect', score: 0.5 }],
  summary: 'Putin und Trump erwägen ein Gipfeltreffen.',
  entities: ['putin', 'trump', 'kremlin'],
  ...overrides,
});

const article = (overrides: Partial<NewArticle> = {}): NewArticle => ({
  feedId: null,
  guid: 'guid-1',
  url: 'https://news.example/a',
  canonicalUrl: 'https://news.example/a',
  title: 'Putin und Trump erwägen Gipfeltreffen',
  body: 'Der russische Staatschef …',
  source: 'Tagesblick',
  publishedAt: now,
  firstSeenAt: now,
  contentHash: 'hash-1',
  analysis: analysis(),
  ...overrides,
});

let store: Store | null = null;
afterEach(async () => {
  await store?.close();
  store = null;
});

describe('SQLite migrations', () => {
  it('creates the schema once and records every version', async () => {
    const path = tempDb();
    store = openSqliteStore(path);
    await store.close();
    store = openSqliteStore(path); // reopening applies nothing twice
    const db = new Database(path);
    expect(schemaVersion(db)).toBe(Math.max(...migrations.map((m) => m.version)));
    expect((db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('upgrades an older database and refuses a newer one', () => {
    const db = new Database(':memory:');
    migrate(db, [{ version: 1, name: 'one', sql: 'CREATE TABLE a (x)' }]);
    migrate(db, [
      { version: 1, name: 'one', sql: 'CREATE TABLE a (x)' },
      { version: 2, name: 'two', sql: 'CREATE TABLE b (y)' },
    ]);
    expect(schemaVersion(db)).toBe(2);
    expect(() => migrate(db, [{ version: 1, name: 'one', sql: '' }])).toThrow(/schema version 2 .* upgrade news-digest/);
  });

  it('applies a migration that lands after a later one was already applied', () => {
    const db = new Database(':memory:');
    migrate(db, [
      { version: 1, name: 'one', sql: 'CREATE TABLE a (x)' },
      { version: 3, name: 'three', sql: 'CREATE TABLE c (z)' },
    ]);
    migrate(db, [
      { version: 1, name: 'one', sql: 'CREATE TABLE a (x)' },
      { version: 2, name: 'two', sql: 'CREATE TABLE b (y)' },
      { version: 3, name: 'three', sql: 'CREATE TABLE c (z)' },
    ]);
    expect((db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version)).toEqual([1, 2, 3]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'b'").get()).toBeDefined();
  });
});

describe.each(storeEngines())('store contract on $name', (engine) => {
  describe('articles', () => {
    it('inserts, leaves unchanged, and updates in place by identity', async () => {
      store = (await engine.open()).store;
      const first = await store.saveArticle(article());
      expect(first.status).toBe('new');
      expect((await store.saveArticle(article())).status).toBe('unchanged');
      const changed = await store.saveArticle(article({ contentHash: 'hash-2', title: 'Neuer Titel', firstSeenAt: new Date(now.getTime() + 60_000) }));
      expect(changed.status).toBe('updated');
      expect(changed.article.id).toBe(first.article.id);
      expect(changed.article.title).toBe('Neuer Titel');
      expect(changed.article.firstSeenAt).toEqual(now);
      expect(await store.countArticles()).toBe(1);
    });

    it('finds by canonical link and content hash, and filters by topic and date', async () => {
      store = (await engine.open()).store;
      await store.saveArticle(article());
      await store.saveArticle(
        article({
          guid: 'g2',
          canonicalUrl: 'https://news.example/b',
          contentHash: 'h2',
          publishedAt: new Date(now.getTime() - 86_400_000),
          analysis: analysis({ topics: [{ id: 'trade', score: 2, evidence: ['Zölle'] }] }),
        }),
      );
      expect((await store.findArticleByCanonicalUrl('https://news.example/b'))?.guid).toBe('g2');
      expect((await store.findArticleByContentHash('hash-1'))?.guid).toBe('guid-1');
      expect((await store.findArticles({ topic: 'trade' })).map((a) => a.guid)).toEqual(['g2']);
      expect((await store.findArticles({ since: new Date(now.getTime() - 1000) })).map((a) => a.guid)).toEqual(['guid-1']);
      expect((await store.findArticles({})).map((a) => a.guid)).toEqual(['guid-1', 'g2']);
    });

    it('lists the articles of a window that are in no story, oldest first, bounded', async () => {
      store = (await engine.open()).store;
      const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
      const saved = [];
      for (const [i, minutes] of [-600, 30, 10, 20].entries()) {
        saved.push((await store.saveArticle(article({ guid: `u${i}`, contentHash: `uh${i}`, firstSeenAt: at(minutes) }))).article);
      }
      const story = await store.createStory({
        representativeArticleId: saved[3]!.id,
        title: 't',
        url: null,
        summary: '',
        topics: [],
        quotes: [],
        sources: [],
        languages: [],
        articleIds: [saved[3]!.id],
        firstSeenAt: now,
        updatedAt: now,
      });
      expect(story.articleIds).toEqual([saved[3]!.id]);
      const unassigned = await store.unassignedArticlesSince(at(-60), 10);
      expect(unassigned.map((a) => a.guid)).toEqual(['u2', 'u1']);
      expect((await store.unassignedArticlesSince(at(-60), 1)).map((a) => a.guid)).toEqual(['u2']);
      expect((await store.unassignedArticlesSince(at(-6000), 10)).map((a) => a.guid)).toEqual(['u0', 'u2', 'u1']);
    });
  });

  describe('quotes', () => {
    it('finds quotes by any variant of the speaker name', async () => {
      store = (await engine.open()).store;
      await store.saveArticle(article());
      const hits = await store.findQuotes({ speaker: 'Dmitry Peskov' });
      expect(hits.map((h) => h.quote.text)).toEqual(['Man betrachte Trumps Schweigen nicht als unfreundlichen Akt']);
      expect(hits[0]?.topics).toEqual(['summits']);
      expect(await store.findQuotes({ speaker: 'Kreml', topic: 'trade' })).toEqual([]);
    });
  });

  describe('subscriptions and deliveries', () => {
    it('keeps subscriptions, their delivered stories, and idempotent delivery parts', async () => {
      store = (await engine.open()).store;
      const sub = await store.createSubscription({
        platform: 'discord',
        workspaceId: 'g1',
        channelId: 'c1',
        topics: ['summits'],
        schedule: '0 8 * * *',
        timezone: 'Europe/Berlin',
        mode: 'digest',
        language: 'de',
        createdAt: now,
      });
      expect(await store.listSubscriptions({ channelId: 'c1' })).toHaveLength(1);
      const paused = await store.updateSubscription(sub.id, { status: 'paused', pausedReason: 'Missing Access', watermark: now });
      expect(paused).toMatchObject({ status: 'paused', pausedReason: 'Missing Access', watermark: now });

      await store.markStoriesDelivered(sub.id, [7, 8], now);
      await store.markStoriesDelivered(sub.id, [7], now);
      expect(await store.wasStoryDelivered(sub.id, 7)).toBe(true);
      expect(await store.wasStoryDelivered(sub.id, 9)).toBe(false);

      const part = { subscriptionId: sub.id, periodKey: '2018-03-20T08:00', part: 1, partCount: 2, payload: '{"content":"x"}', createdAt: now };
      const created = await store.createDelivery(part);
      const again = await store.createDelivery({ ...part, payload: 'different' });
      expect(again.id).toBe(created.id);
      expect(again.payload).toBe('{"content":"x"}');
      expect((await store.listPendingDeliveries()).map((d) => d.idempotencyKey)).toEqual([`${sub.id}:2018-03-20T08:00:1`]);
      await store.markDeliveryAttempt(created.id, '503 Service Unavailable', false);
      expect(await store.getDelivery(created.idempotencyKey)).toMatchObject({ status: 'pending', attempts: 1 });
      await store.markDeliverySent(created.id, 'm-1', now);
      expect(await store.listPendingDeliveries()).toEqual([]);
      expect((await store.listDeliveries(sub.id))[0]).toMatchObject({ status: 'sent', platformMessageId: 'm-1', attempts: 2 });

      expect(await store.removeSubscription(sub.id)).toBe(true);
      expect(await store.listDeliveries(sub.id)).toEqual([]);
    });
  });

  describe('feeds', () => {
    it('upserts by URL and keeps fetch state', async () => {
      store = (await engine.open()).store;
      const feed = await store.upsertFeed({ url: 'https://www.news.example/feed' }, now);
      expect(feed).toMatchObject({ name: 'news.example', enabled: true, fullText: 'auto', consecutiveFailures: 0 });
      const renamed = await store.upsertFeed({ url: 'https://www.news.example/feed', name: 'News' }, now);
      expect(renamed.id).toBe(feed.id);
      expect(renamed.name).toBe('News');
      const failed = await store.updateFeedState(feed.id, { enabled: false, disabledReason: 'timeout', consecutiveFailures: 10, nextFetchAt: now });
      expect(failed).toMatchObject({ enabled: false, disabledReason: 'timeout', consecutiveFailures: 10, nextFetchAt: now });
      expect(feed.parseNote).toBeNull();
      const recovered = await store.updateFeedState(feed.id, { parseNote: 'line 9, column 39: unexpected close tag' });
      expect((await store.getFeed(recovered.id))?.parseNote).toBe('line 9, column 39: unexpected close tag');
      expect((await store.updateFeedState(feed.id, { parseNote: null })).parseNote).toBeNull();
      expect(await store.removeFeed(feed.id)).toBe(true);
      expect(await store.listFeeds()).toEqual([]);
    });
  });

  it('answers ping while open', async () => {
    store = (await engine.open()).store;
    expect(await store.ping()).toBe(true);
  });

  describe('async transactions', () => {
    it('commits when the callback resolves and rolls back every statement when it rejects', async () => {
      store = (await engine.open()).store;
      await store.transaction(async (tx) => {
        await tx.saveArticle(article({ guid: 'kept', contentHash: 'k' }));
      });
      await expect(
        store.transaction(async (tx) => {
          await tx.saveArticle(article({ guid: 'dropped', contentHash: 'd' }));
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.findArticleByGuid('kept')).not.toBeNull();
      expect(await store.findArticleByGuid('dropped')).toBeNull();
    });

    it('never shows other callers a transaction’s uncommitted rows', async () => {
      store = (await engine.open()).store;
      const s = store;
      let release!: () => void;
      const paused = new Promise<void>((resolve) => (release = resolve));
      let inserted!: () => void;
      const wroteOne = new Promise<void>((resolve) => (inserted = resolve));
      const running = s.transaction(async (tx) => {
        await tx.saveArticle(article({ guid: 'a', contentHash: 'a' }));
        inserted();
        await paused;
        await tx.saveArticle(article({ guid: 'b', contentHash: 'b' }));
      });
      await wroteOne;
      if (engine.name === 'sqlite') {
        // One connection: a call issued while the transaction is open is answered only after it commits, and then sees both rows.
        const counted = s.countArticles();
        release();
        expect(await counted).toBe(2);
      } else {
        // A pool: other callers run at once on another connection and see the state before the transaction.
        expect(await s.countArticles()).toBe(0);
        release();
      }
      await running;
      expect(await s.countArticles()).toBe(2);
    });

    it('refuses a call on the outer store from inside its own transaction instead of waiting for ever', async () => {
      store = (await engine.open()).store;
      const s = store;
      await expect(s.transaction(async () => s.countArticles())).rejects.toThrow(/use the transaction handle/);
      // The store is still usable afterwards.
      expect(await s.countArticles()).toBe(0);
    });

    it('refuses a transaction handle used after its transaction ended', async () => {
      store = (await engine.open()).store;
      let leaked: Transaction | null = null;
      await store.transaction(async (tx) => {
        leaked = tx;
      });
      await expect(leaked!.countArticles()).rejects.toThrow(/after its transaction ended/);
    });

    it('runs steps that group statements (saving an article) inside a transaction and commits them all', async () => {
      store = (await engine.open()).store;
      await store.transaction(async (tx) => {
        await tx.saveArticle(article({ guid: 'first', contentHash: 'f' }));
        const sub = await tx.createSubscription({
          platform: 'discord',
          workspaceId: 'g1',
          channelId: 'c1',
          topics: [],
          schedule: '0 8 * * *',
          timezone: 'UTC',
          mode: 'digest',
          language: 'de',
          createdAt: now,
        });
        expect(sub.id).toBeGreaterThan(0);
      });
      expect(await store.countArticles()).toBe(1);
      expect(await store.listSubscriptions()).toHaveLength(1);
    });
  });
});
