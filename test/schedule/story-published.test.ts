import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { defaultTaxonomy, topicLabel } from '../../src/core/index.js';
import { renderDigestText } from '../../src/render/text/digest.js';
import { assignStories, buildDigest } from '../../src/schedule/index.js';
import { openSqliteStore, type NewArticle, type Store } from '../../src/store/index.js';
import { subscriptionFixture } from '../fixtures/subscription.js';

let store: Store | null = null;
afterEach(async () => {
  await store?.close();
  store = null;
});

const published = new Date('2018-03-20T09:00:00Z');
const polled = new Date('2018-03-20T14:13:00Z');

function report(guid: string, source: string, language: string, at: Date, title: string): NewArticle {
  return {
    feedId: null,
    guid,
    url: `https://${guid}.example/`,
    canonicalUrl: null,
    title,
    body: 'The Kremlin said on Tuesday that Putin and Trump discussed a possible summit. Peskov called the call constructive.',
    source,
    publishedAt: at,
    // The feed was polled hours after the articles came out.
    firstSeenAt: polled,
    contentHash: `hash-${guid}`,
    analysis: {
      language,
      topics: [{ id: 'summits', score: 9, evidence: ['summit'] }],
      quotes: [],
      statements: [],
      summary: title,
      entities: ['putin', 'trump', 'kremlin', 'peskov', 'moscow'],
    },
  };
}

it('keeps a story’s earliest publication time through the SQLite store and shows it in the digest, not the first-seen time', async () => {
  store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'nd-published-')), 'news.db'));
  const ids = [
    (await store.saveArticle(report('late', 'The Meridian', 'en', new Date(published.getTime() + 3_600_000), 'Trump and Putin discuss a summit'))).article.id,
    (await store.saveArticle(report('early', 'The Northern Ledger', 'en', published, 'Putin and Trump consider a summit'))).article.id,
  ];
  const { storyIds } = await assignStories(store, ids, { windowHours: 48, now: new Date('2018-03-20T14:20:00Z') });
  expect(storyIds).toHaveLength(1);
  const story = await store.getStory(storyIds[0]!);
  expect(story?.publishedAt).toEqual(published);
  expect(story?.firstSeenAt).toEqual(polled);

  const subscription = subscriptionFixture({ timezone: 'UTC', language: 'en', watermark: null, createdAt: new Date('2018-03-20T00:00:00Z') });
  const taxonomy = defaultTaxonomy();
  const digest = await buildDigest(store, (id, language) => topicLabel(taxonomy, id, language), subscription, new Date('2018-03-20T16:00:00Z'), {
    maxStories: 10,
  });
  const [entry] = digest.sections.flatMap((section) => section.stories);
  expect(entry?.publishedAt).toEqual(published);
  const text = renderDigestText(digest);
  expect(text).toContain('today, 09:00');
  expect(text).not.toContain('14:13');
});
