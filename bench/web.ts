import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../src/config/index.js';
import { defaultTaxonomy, type ArticleAnalysis } from '../src/core/index.js';
import { createWebApp } from '../src/http/web/index.js';
import { daysBetween, renderTopicTrendImage } from '../src/render/chart/index.js';
import { openSqliteStore, type Store } from '../src/store/index.js';

/**
 * The dashboard's server-side cost: each page rendered through the Hono app
 * (routing, store queries, JSX, charts) on a store of BENCH_WEB_STORIES
 * (default 20,000) synthetic stories over 90 days, and the chart PNG on its own.
 */

const STORIES = Number(process.env.BENCH_WEB_STORIES ?? 20_000);
const DAY = 86_400_000;
const SPEAKERS = ['Kreml', 'Dmitri Peskow', 'Emmanuel Macron', 'Angela Merkel', 'Cecilia Malmström', 'Federica Mogherini', 'Jens Stoltenberg', 'Donald Trump'];

async function seed(store: Store, now: number): Promise<void> {
  const topics = defaultTaxonomy().topics.map((t) => t.id);
  const feed = await store.upsertFeed({ url: 'https://feeds.example/bench.xml', name: 'Bench Wire' }, new Date(now));
  const BATCH = 1000;
  for (let start = 0; start < STORIES; start += BATCH) {
    await store.transaction(async (tx) => {
      for (let i = start; i < Math.min(STORIES, start + BATCH); i += 1) {
        const at = new Date(now - Math.floor((i / STORIES) * 90 * DAY));
        const topic = topics[i % topics.length]!;
        const analysis: ArticleAnalysis = {
          language: i % 3 === 0 ? 'de' : 'en',
          topics: [{ id: topic, score: 6, evidence: ['Gipfeltreffen'] }],
          quotes: [{ text: `Zitat ${i}`, speaker: SPEAKERS[i % SPEAKERS.length]!, kind: 'direct', score: 1 }],
          statements: [],
          summary: `Summary ${i} about a summit`,
          entities: [],
        };
        const { article } = await tx.saveArticle({
          feedId: feed.id,
          guid: `bench-${i}`,
          url: `https://news.example/${i}`,
          canonicalUrl: `https://news.example/${i}`,
          title: `Story ${i}: leaders discuss a summit`,
          body: 'Leaders met to discuss a summit and arms control. '.repeat(20),
          source: 'Bench Wire',
          publishedAt: at,
          firstSeenAt: at,
          contentHash: `h${i}`,
          analysis,
        });
        await tx.createStory({
          representativeArticleId: article.id,
          title: article.title,
          url: article.url,
          summary: analysis.summary,
          topics: analysis.topics,
          quotes: analysis.quotes,
          sources: ['Bench Wire'],
          languages: [analysis.language],
          articleIds: [article.id],
          firstSeenAt: at,
          updatedAt: at,
        });
      }
    });
  }
  await store.createSubscription({
    platform: 'discord',
    workspaceId: '800000000000000001',
    channelId: '123456789012345678',
    topics: topics.slice(0, 4),
    schedule: '0 8 * * *',
    timezone: 'Europe/Berlin',
    mode: 'digest',
    language: 'en',
    createdAt: new Date(now - 2 * DAY),
  });
}

async function timePage(label: string, runs: number, fn: () => Promise<Response>): Promise<void> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const response = await fn();
    const body = await response.arrayBuffer();
    times.push(performance.now() - start);
    bytes = body.byteLength;
    if (response.status !== 200) throw new Error(`${label}: HTTP ${response.status}`);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!;
  console.log(
    `${label.padEnd(44)} median ${median.toFixed(1).padStart(7)} ms  p95 ${p95.toFixed(1).padStart(7)} ms  ${(bytes / 1024).toFixed(0).padStart(5)} KiB  (${runs} runs)`,
  );
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'nd-bench-web-'));
  const store = openSqliteStore(join(dir, 'web.db'));
  const now = Date.now();
  try {
    const seedStart = performance.now();
    await seed(store, now);
    console.log(`seeded ${STORIES.toLocaleString('en')} stories over 90 days in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
    const { app, sessions } = createWebApp({
      store,
      taxonomy: defaultTaxonomy(),
      adminToken: 'bench-admin-token-0123456789abcdef',
      web: { enabled: true, secureCookie: true, sessionHours: 12 },
      digest: { maxStories: 10, language: 'en' },
      timeZone: 'Europe/Berlin',
      now: () => new Date(now),
      logger: silentLogger(),
    });
    const session = sessions.create();
    const get = (path: string) => () => Promise.resolve(app.request(path, { headers: { cookie: `nd_session=${session.id}` } }));
    const storyId = (await store.storiesSeenBetween(new Date(now - DAY), new Date(now + 1)))[0]?.id ?? 1;
    const pages: [string, string, number][] = [
      ['GET / (overview)', '/', 30],
      ['GET /preview?subscription=1', '/preview?subscription=1', 30],
      ['GET /stories (last 7 days)', '/stories', 30],
      ['GET /stories?q=summit&topic=summits', '/stories?q=summit&topic=summits', 30],
      ['GET /stories?speaker=Peskow', '/stories?speaker=Peskow', 30],
      [`GET /stories/${storyId}`, `/stories/${storyId}`, 30],
      ['GET /trends?days=30', '/trends?days=30', 15],
      ['GET /trends?days=90', '/trends?days=90', 10],
      ['GET /trends/chart.png?days=30', '/trends/chart.png?days=30', 10],
    ];
    for (const [label, path, runs] of pages) await timePage(label, runs, get(path));

    const days = daysBetween(new Date(now - 29 * DAY).toISOString().slice(0, 10), new Date(now).toISOString().slice(0, 10));
    const counts = days.flatMap((day, i) => defaultTaxonomy().topics.map((t, j) => ({ day, topic: t.id, count: (i * (j + 3)) % 7 })));
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < 10; i += 1) {
      const start = performance.now();
      const image = await renderTopicTrendImage(counts, { days, title: 'Stories per topic per day, last 30 days', filename: 'trend' });
      times.push(performance.now() - start);
      size = image.png.length;
    }
    times.sort((a, b) => a - b);
    console.log(`trend PNG, 30 days × 9 topics (spec → SVG → PNG)     median ${times[5]!.toFixed(1)} ms  (${(size / 1024).toFixed(0)} KiB)`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
