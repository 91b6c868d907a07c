import { beforeEach, describe, expect, it } from 'vitest';
import type { ArticleAnalysis, Quote } from '../../src/core/index.js';
import type { NewArticle, Store } from '../../src/store/index.js';
import { storeEngines } from './engines.js';

/** The dashboard's store additions: trend aggregates, URL lookup, a story's deliveries, recent deliveries. */

const DAY = 86_400_000;
const day1 = new Date('2024-05-01T10:00:00Z');
const day2 = new Date('2024-05-02T23:30:00Z');

const quote = (speaker: string, text = 'Wir sprechen.'): Quote => ({ text, speaker, kind: 'direct', score: 1 });
const analysis = (topics: string[], quotes: Quote[]): ArticleAnalysis => ({
  language: 'de',
  topics: topics.map((id) => ({ id, score: 5, evidence: [id] })),
  quotes,
  statements: [],
  summary: 's',
  entities: [],
});

describe.each(storeEngines())('store additions for the dashboard on $name', (engine) => {
  let store: Store;
  let n = 0;
  const save = async (feedId: number | null, source: string, at: Date, topics: string[], quotes: Quote[], url?: string) => {
    n += 1;
    const article: NewArticle = {
      feedId,
      guid: `g${n}`,
      url: url ?? `https://news.example/${n}?utm_source=x`,
      canonicalUrl: `https://news.example/${n}`,
      title: `t${n}`,
      body: 'b',
      source,
      publishedAt: at,
      firstSeenAt: at,
      contentHash: `h${n}`,
      analysis: analysis(topics, quotes),
    };
    return (await store.saveArticle(article)).article;
  };
  const story = async (articleIds: number[], at: Date, topics: string[]) =>
    store.createStory({
      representativeArticleId: articleIds[0]!,
      title: 'x',
      url: null,
      summary: '',
      topics: topics.map((id) => ({ id, score: 5, evidence: [] })),
      quotes: [],
      sources: [],
      languages: ['de'],
      articleIds,
      firstSeenAt: at,
      updatedAt: at,
    });

  beforeEach(async () => {
    store = (await engine.open()).store;
  });

  it('counts stories per topic per UTC day within [since, until), optionally for some topics', async () => {
    const a = await save(null, 'A', day1, ['summits'], []);
    const b = await save(null, 'A', day2, ['summits', 'trade'], []);
    const c = await save(null, 'A', new Date(day2.getTime() + DAY), ['trade'], []);
    await story([a.id], day1, ['summits']);
    await story([b.id], day2, ['summits', 'trade']);
    await story([c.id], new Date(day2.getTime() + DAY), ['trade']);
    const range = { since: new Date('2024-05-01T00:00:00Z'), until: new Date('2024-05-03T00:00:00Z') };
    expect(await store.storiesPerTopicPerDay(range)).toEqual([
      { day: '2024-05-01', topicId: 'summits', stories: 1 },
      { day: '2024-05-02', topicId: 'summits', stories: 1 },
      { day: '2024-05-02', topicId: 'trade', stories: 1 },
    ]);
    expect(await store.storiesPerTopicPerDay({ ...range, topics: ['trade'] })).toEqual([{ day: '2024-05-02', topicId: 'trade', stories: 1 }]);
  });

  it('ranks speakers per topic by the number of articles quoting them, not by quotes', async () => {
    await save(null, 'A', day1, ['summits'], [quote('Kreml'), quote('Kreml', 'Zwei.'), quote('Kreml', 'Drei.')]);
    await save(null, 'B', day1, ['summits'], [quote('Dmitri Peskow')]);
    await save(null, 'C', day2, ['summits'], [quote('Dmitri Peskow')]);
    await save(null, 'C', day2, ['trade'], [quote('Cecilia Malmström')]);
    const top = await store.topSpeakersPerTopic({ since: day1, until: new Date(day2.getTime() + 1), perTopic: 1 });
    expect(top).toEqual([
      { topicId: 'summits', speaker: 'Dmitri Peskow', speakerKey: expect.any(String), articles: 2, quotes: 2 },
      { topicId: 'trade', speaker: 'Cecilia Malmström', speakerKey: expect.any(String), articles: 1, quotes: 1 },
    ]);
    const two = await store.topSpeakersPerTopic({ since: day1, until: new Date(day2.getTime() + 1), perTopic: 2, topics: ['summits'] });
    expect(two.map((s) => [s.speaker, s.articles, s.quotes])).toEqual([
      ['Dmitri Peskow', 2, 2],
      ['Kreml', 1, 3],
    ]);
  });

  it('counts articles per feed per day', async () => {
    const feed = await store.upsertFeed({ url: 'https://feeds.example/a.xml', name: 'Alpha' }, day1);
    await save(feed.id, 'Alpha', day1, [], []);
    await save(feed.id, 'Alpha', day1, [], []);
    await save(null, 'Orphan', day2, [], []);
    expect(await store.feedVolumePerDay({ since: day1, until: new Date(day2.getTime() + 1) })).toEqual([
      { day: '2024-05-01', feedId: feed.id, source: 'Alpha', articles: 2 },
      { day: '2024-05-02', feedId: null, source: 'Orphan', articles: 1 },
    ]);
  });

  it('finds articles by display or canonical URL, tells where a story went, and lists the newest deliveries', async () => {
    const a = await save(null, 'A', day1, ['summits'], [], 'https://news.example/story?utm_source=feed');
    expect((await store.findArticlesByUrl('https://news.example/story?utm_source=feed')).map((x) => x.id)).toEqual([a.id]);
    expect((await store.findArticlesByUrl(`https://news.example/${n}`)).map((x) => x.id)).toEqual([a.id]);
    expect(await store.findArticlesByUrl('https://news.example/none')).toEqual([]);

    const s = await story([a.id], day1, ['summits']);
    const sub = await store.createSubscription({
      platform: 'console',
      workspaceId: null,
      channelId: 'c',
      topics: ['summits'],
      schedule: '0 8 * * *',
      timezone: 'UTC',
      mode: 'digest',
      language: 'en',
      createdAt: day1,
    });
    await store.markStoriesDelivered(sub.id, [s.id], day2);
    expect(await store.storyDeliveries(s.id)).toEqual([{ subscriptionId: sub.id, deliveredAt: day2 }]);
    for (const part of [1, 2, 3])
      await store.createDelivery({ subscriptionId: sub.id, periodKey: 'p', part, partCount: 3, payload: '{}', createdAt: new Date(day1.getTime() + part) });
    expect((await store.listRecentDeliveries(2)).map((d) => d.part)).toEqual([3, 2]);
  });
});
