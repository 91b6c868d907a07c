import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { nextFireTime, previousFireTime, selectDigest, type Story } from '../src/core/index.js';
import { silentLogger } from '../src/config/index.js';
import { deliverDigest, type ChatSender } from '../src/schedule/index.js';
import { openSqliteStore } from '../src/store/index.js';
import { time } from './timing.js';
import { subscriptionFixture } from '../test/fixtures/subscription.js';

/**
 * Schedule and delivery costs: cron occurrence math (runs for every subscription
 * every minute in the sweep), digest selection over a large candidate set, and
 * one recorded-and-sent digest through SQLite with an in-memory sender
 * (the exactly-once bookkeeping without network time).
 */

const TOPICS = ['summits', 'arms-control', 'elections', 'economy', 'climate'];

function stories(count: number, now: Date): Story[] {
  return Array.from({ length: count }, (_, i) => {
    const seen = new Date(now.getTime() - ((i * 7919) % (48 * 60)) * 60_000);
    return {
      id: i + 1,
      representativeArticleId: i + 1,
      title: `Story ${i}`,
      url: null,
      summary: 'Summary.',
      topics: [
        { id: TOPICS[i % TOPICS.length]!, score: (i % 13) + 1, evidence: [] },
        { id: TOPICS[(i + 1) % TOPICS.length]!, score: i % 5, evidence: [] },
      ],
      quotes: [],
      sources: Array.from({ length: (i % 4) + 1 }, (_, s) => `Outlet ${s}`),
      languages: ['en'],
      articleIds: [i + 1],
      publishedAt: seen,
      firstSeenAt: seen,
      updatedAt: seen,
    };
  });
}

export async function run(): Promise<void> {
  console.log(`schedule — ${cpus()[0]?.model ?? 'unknown CPU'}`);
  const at = new Date('2026-03-29T05:00:00Z');
  await time('previousFireTime("0 8 * * *", Europe/Berlin)', 2000, (i) => previousFireTime('0 8 * * *', 'Europe/Berlin', new Date(at.getTime() + i * 60_000)));
  await time('nextFireTime("30 2 * * *", Europe/Berlin, DST day)', 2000, (i) =>
    nextFireTime('30 2 * * *', 'Europe/Berlin', new Date(at.getTime() - i * 60_000)),
  );
  await time('previousFireTime("*/10 * * * *", America/New_York)', 2000, (i) =>
    previousFireTime('*/10 * * * *', 'America/New_York', new Date(at.getTime() + i * 60_000)),
  );
  await time('previousFireTime("0 9 * * 1", UTC) (weekly)', 2000, (i) => previousFireTime('0 9 * * 1', 'UTC', new Date(at.getTime() + i * 3_600_000)));

  const now = new Date('2026-03-20T07:00:00Z');
  const sub = subscriptionFixture({
    id: 1,
    platform: 'console',
    workspaceId: null,
    channelId: 'bench',
    timezone: 'UTC',
    language: 'en',
    createdAt: new Date(0),
    watermark: new Date(now.getTime() - 24 * 3_600_000),
  });
  for (const count of [1_000, 20_000]) {
    const candidates = stories(count, now);
    await time(`selectDigest over ${count} candidate stories`, 50, () =>
      selectDigest({ subscription: sub, stories: candidates, alreadyDelivered: new Set([1, 2, 3]), now, periodKey: 'p', maxStories: 10, labels: (id) => id }),
    );
  }

  const dir = mkdtempSync(join(tmpdir(), 'news-digest-bench-'));
  try {
    const store = openSqliteStore(join(dir, 'bench.db'));
    for (const story of stories(2_000, now)) {
      const { id: _id, ...fresh } = story;
      await store.createStory(fresh);
    }
    const sender: ChatSender = {
      platform: 'console',
      renderDigest: (digest) => digest.sections.flatMap((s) => s.stories.map((story) => story.title)),
      send: async () => ({ messageId: null }),
    };
    const deps = { store, senders: { console: sender }, labels: (id: string) => id, logger: silentLogger(), now: () => now, maxStories: 10 };
    const runs = 200;
    const start = performance.now();
    for (let i = 0; i < runs; i += 1) {
      const created = await store.createSubscription({ ...sub, createdAt: new Date(0) });
      await store.updateSubscription(created.id, { watermark: sub.watermark });
      await deliverDigest(deps, (await store.getSubscription(created.id))!, new Date('2026-03-20T08:00:00Z'));
    }
    const ms = performance.now() - start;
    console.log(`${'deliverDigest: build, record 10 parts, send (SQLite, no network)'.padEnd(58)} ${(ms / runs).toFixed(3).padStart(9)} ms/op  (${runs} runs)`);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
