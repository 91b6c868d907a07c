import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/config/index.js';
import { Metrics } from '../../src/http/index.js';
import { deliverDigest, startScheduler, type DeliveryDeps } from '../../src/schedule/index.js';
import type { Store } from '../../src/store/index.js';
import { startFakeDiscordServer, type FakeDiscordServer } from '../fakes/index.js';
import { CHANNEL, HOUR, discordSender, embedTitles, openStore, seedStories, subscribe, tempDatabase } from './fixtures/world.js';

const NOW = new Date('2026-03-20T08:00:10Z');

let db: ReturnType<typeof tempDatabase>;
let fake: FakeDiscordServer;
let store: Store;
let metrics: Metrics;

function deps(now: () => Date = () => NOW): DeliveryDeps {
  return {
    store,
    senders: { discord: discordSender(fake.url) },
    labels: (id) => id,
    logger: silentLogger(),
    now,
    maxStories: 30,
    retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
    metrics,
  };
}

beforeEach(async () => {
  db = tempDatabase();
  fake = await startFakeDiscordServer();
  store = openStore(db.path);
  metrics = new Metrics();
});

afterEach(async () => {
  await store.close();
  await fake.close();
  db.cleanup();
});

describe('chat outage', () => {
  it('Discord answers 503 for a while, then 200: the digest stays pending, then every part arrives exactly once', async () => {
    const sub = await subscribe(store, { watermark: new Date(NOW.getTime() - 24 * HOUR) });
    const seeded = await seedStories(
      store,
      'summits',
      Array.from({ length: 25 }, (_, i) => new Date(NOW.getTime() - (i + 1) * 10 * 60_000)),
    );
    // 3 attempts per run: the first run fails part 1 three times, the second run gets through after 2 more failures.
    fake.failNext(CHANNEL, 503, 5);

    const first = await deliverDigest(deps(), sub, NOW);
    expect(first).toMatchObject({ status: 'pending', pending: 3 });
    expect(fake.messages(CHANNEL)).toHaveLength(0);
    const pending = await store.listPendingDeliveries(sub.id);
    expect(pending.map((d) => [d.part, d.partCount, d.attempts])).toEqual([
      [1, 3, 3],
      [2, 3, 0],
      [3, 3, 0],
    ]);
    expect(pending[0]?.lastError).toMatch(/503/);
    // The digest is recorded: its stories count as delivered and the watermark moved, so no second digest is built.
    expect((await store.getSubscription(sub.id))?.watermark?.toISOString()).toBe(NOW.toISOString());

    // The next run, ten minutes later, sends the same recorded parts.
    const later = new Date(NOW.getTime() + 10 * 60_000);
    const second = await deliverDigest(
      deps(() => later),
      (await store.getSubscription(sub.id))!,
      later,
    );
    expect(second).toMatchObject({ status: 'not-due' });
    const messages = fake.messages(CHANNEL);
    expect(messages).toHaveLength(3);
    expect(messages.map((m) => m.body)).toEqual(pending.map((d) => ({ ...JSON.parse(d.payload), nonce: expect.any(String), enforce_nonce: true })));
    expect(embedTitles(messages)).toEqual(seeded.map((s) => s.title));
    expect((await store.listDeliveries(sub.id)).map((d) => d.status)).toEqual(['sent', 'sent', 'sent']);
    expect(fake.requests.filter((r) => r.status === 503)).toHaveLength(5);
    const exposition = (await metrics.render()).body;
    expect(exposition).toContain('news_digest_chat_api_errors_total{platform="discord",code="503"} 5');
    expect(exposition).toContain('news_digest_digests_sent_total{platform="discord",mode="digest"} 1');
    expect(exposition).toContain('news_digest_delivery_latency_seconds_count{platform="discord"} 3');
  });

  it('a permanent error pauses the subscription with its reason and keeps the parts for when it is resumed', async () => {
    const sub = await subscribe(store, { watermark: new Date(NOW.getTime() - 24 * HOUR) });
    await seedStories(
      store,
      'summits',
      [1, 2].map((h) => new Date(NOW.getTime() - h * HOUR)),
    );
    fake.failNext(CHANNEL, 403, 1, { code: 50001, message: 'Missing Access' });

    const outcome = await deliverDigest(deps(), sub, NOW);
    expect(outcome).toMatchObject({ status: 'paused' });
    const paused = await store.getSubscription(sub.id);
    expect(paused?.status).toBe('paused');
    expect(paused?.pausedReason).toMatch(/Missing Access/);
    expect(await store.listPendingDeliveries(sub.id)).toHaveLength(1);
    expect(fake.messages(CHANNEL)).toHaveLength(0);

    // A paused subscription is left alone by the scheduler…
    const scheduler = startScheduler({ ...deps(), pollCron: '*/10 * * * *', poll: async () => undefined, useCron: false });
    await scheduler.ready;
    expect(fake.messages(CHANNEL)).toHaveLength(0);
    // …and once resumed from chat, its digest goes out, once.
    await store.updateSubscription(sub.id, { status: 'active', pausedReason: null });
    await scheduler.refresh();
    await scheduler.stop(1000);
    expect(embedTitles(fake.messages(CHANNEL))).toEqual(['Story 1', 'Story 2']);
    expect(await store.listPendingDeliveries(sub.id)).toHaveLength(0);
  });
});
