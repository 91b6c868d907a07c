import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneOnce } from '../../src/schedule/index.js';
import type { Store } from '../../src/store/index.js';
import { storeEngines } from './engines.js';
import { articleFixture, storyFixture } from './fixtures.js';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-06-01T00:00:00Z');
const old = new Date(now.getTime() - 120 * DAY);
const recent = new Date(now.getTime() - 10 * DAY);
const cutoff = new Date(now.getTime() - 90 * DAY);

describe.each(storeEngines())('retention on $name', ({ name, open }) => {
  let store: Store | null = null;
  afterEach(async () => {
    await store?.close();
    store = null;
  });

  it('deletes old articles with their quotes, topics and search rows, the stories they empty with their delivered markers, and old sent parts', async () => {
    const opened = await open();
    store = opened.store;
    const s = store;
    const a1 = (await s.saveArticle(articleFixture('alt1', old, 'Boris Altmann'))).article; // alone in story 2: goes, and the story with it
    const a2 = (await s.saveArticle(articleFixture('alt2', old, 'Carla Altberg'))).article; // shares story 1 with a recent article
    const a3 = (await s.saveArticle(articleFixture('neu3', recent, 'Dora Neumann'))).article;
    const kept = await s.createStory(storyFixture(a3.id, recent, 'kept'));
    const emptied = await s.createStory(storyFixture(a1.id, old, 'emptied'));
    await s.setArticleStory(a2.id, kept.id);
    await s.setArticleStory(a3.id, kept.id);
    await s.setArticleStory(a1.id, emptied.id);
    const sub = await s.createSubscription({
      platform: 'console',
      workspaceId: null,
      channelId: 'c',
      topics: ['summits'],
      schedule: '0 8 * * *',
      timezone: 'UTC',
      mode: 'digest',
      language: 'de',
      createdAt: old,
    });
    await s.markStoriesDelivered(sub.id, [kept.id, emptied.id], old);
    const part = (periodKey: string, createdAt: Date) => ({ subscriptionId: sub.id, periodKey, part: 1, partCount: 1, payload: '{}', createdAt });
    const oldSent = await s.createDelivery(part('old-sent', old));
    await s.markDeliverySent(oldSent.id, 'm1', old);
    const oldPending = await s.createDelivery(part('old-pending', old));
    const recentSent = await s.createDelivery(part('recent-sent', recent));
    await s.markDeliverySent(recentSent.id, 'm2', recent);

    expect(await s.pruneBefore(cutoff, 500)).toEqual({ articles: 2, stories: 1, deliveries: 1 });

    expect(await s.getArticles([a1.id, a2.id, a3.id])).toEqual([expect.objectContaining({ id: a3.id })]);
    expect(await s.findArticles({ text: 'Suchwortalt1' })).toEqual([]);
    expect(await s.findQuotes({ speaker: 'Carla Altberg' })).toEqual([]);
    expect((await s.findQuotes({ speaker: 'Dora Neumann' })).length).toBe(1);
    expect(await s.getStory(emptied.id)).toBeNull();
    expect((await s.getStory(kept.id))?.articleIds).toEqual([a3.id]);
    expect(await s.deliveredStoryIds(sub.id, [kept.id, emptied.id])).toEqual([kept.id]);
    expect((await s.listDeliveries(sub.id)).map((d) => d.id).sort()).toEqual([oldPending.id, recentSent.id].sort());

    // A new story may get the pruned story's id; it must not count as already delivered.
    const fresh = await s.createStory(storyFixture(a3.id, now, 'fresh'));
    expect(await s.wasStoryDelivered(sub.id, fresh.id)).toBe(false);

    if (name === 'sqlite') {
      await s.close();
      store = null;
      const db = new Database(opened.target.engine === 'sqlite' ? opened.target.path : '', { readonly: true });
      const count = (sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n;
      expect(count('SELECT COUNT(*) AS n FROM articles_fts WHERE rowid IN (?, ?)', a1.id, a2.id)).toBe(0);
      expect(count('SELECT COUNT(*) AS n FROM quotes_fts WHERE quotes_fts MATCH ?', 'alt1 OR alt2')).toBe(0);
      expect(count('SELECT COUNT(*) AS n FROM article_topics WHERE article_id IN (?, ?)', a1.id, a2.id)).toBe(0);
      expect(count('SELECT COUNT(*) AS n FROM quotes WHERE article_id IN (?, ?)', a1.id, a2.id)).toBe(0);
      db.close();
    }
  });

  it('prunes in batches until nothing old is left, and keeps everything with days: 0', async () => {
    store = (await open()).store;
    for (let i = 0; i < 7; i += 1) await store.saveArticle(articleFixture(`alt${i}`, old));
    await store.saveArticle(articleFixture('neu', recent));
    expect((await pruneOnce(store, { days: 0, now })).articles).toBe(0);
    expect(await store.countArticles()).toBe(8);
    const summary = await pruneOnce(store, { days: 90, now, batchSize: 2 });
    expect(summary).toMatchObject({ articles: 7, cutoff });
    expect(await store.countArticles()).toBe(1);
  });
});
