import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/config/index.js';
import { nextFireTime } from '../../src/core/index.js';
import { startScheduler, type Scheduler, type SchedulerDeps } from '../../src/schedule/index.js';
import type { Store } from '../../src/store/index.js';
import { startFakeDiscordServer, type FakeDiscordServer } from '../fakes/index.js';
import { startGateProxy } from './fixtures/gate-proxy.js';
import { CHANNEL, HOUR, discordSender, embedTitles, openStore, seedStories, subscribe, tempDatabase } from './fixtures/world.js';

let db: ReturnType<typeof tempDatabase>;
let fake: FakeDiscordServer;
let store: Store;
let clock: Date;
const schedulers: Scheduler[] = [];

function start(patch: Partial<SchedulerDeps> = {}): Scheduler {
  const scheduler = startScheduler({
    store,
    senders: { discord: discordSender(fake.url) },
    labels: (id) => id,
    logger: silentLogger(),
    now: () => clock,
    maxStories: 10,
    retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
    pollCron: '*/10 * * * *',
    poll: async () => undefined,
    useCron: false,
    ...patch,
  });
  schedulers.push(scheduler);
  return scheduler;
}

const titles = () => embedTitles(fake.messages(CHANNEL));

beforeEach(async () => {
  db = tempDatabase();
  fake = await startFakeDiscordServer();
  store = openStore(db.path);
});

afterEach(async () => {
  for (const scheduler of schedulers.splice(0)) await scheduler.stop(1000);
  await store.close();
  await fake.close();
  db.cleanup();
});

describe('catch-up on start', () => {
  it('down across three 08:00 fire times: one digest on start, not one per missed period', async () => {
    const lastDigest = new Date('2026-03-17T08:00:02Z');
    const sub = await subscribe(store, { watermark: lastDigest });
    // Stories kept arriving while the process was down.
    await seedStories(
      store,
      'summits',
      ['2026-03-17T20:00:00Z', '2026-03-18T20:00:00Z', '2026-03-19T20:00:00Z', '2026-03-20T07:30:00Z'].map((t) => new Date(t)),
    );
    clock = new Date('2026-03-20T09:15:00Z');

    const scheduler = start();
    await scheduler.ready;
    expect(titles()).toEqual(['Story 1', 'Story 2', 'Story 3', 'Story 4']);
    const periods = new Set((await store.listDeliveries(sub.id)).map((d) => d.periodKey));
    expect([...periods]).toEqual(['2026-03-20T08:00+00:00']);

    // Later the same day nothing more is owed, however often the scheduler looks.
    clock = new Date('2026-03-20T12:00:00Z');
    await scheduler.runDue();
    await scheduler.refresh();
    expect(fake.messages(CHANNEL)).toHaveLength(1);

    // The next morning brings the next digest, with only what is new.
    await seedStories(store, 'summits', [new Date('2026-03-20T18:00:00Z')], 'Evening');
    clock = new Date('2026-03-21T08:00:00Z');
    const outcomes = await scheduler.runDue();
    expect(outcomes).toMatchObject([{ status: 'sent', periodKey: '2026-03-21T08:00+00:00', parts: 1 }]);
    expect(titles().slice(4)).toEqual(['Evening 1']);
    expect(fake.messages(CHANNEL)).toHaveLength(2);
  });

  it('a restart before the fire time owes nothing; the digest comes at its time', async () => {
    await subscribe(store, { watermark: new Date('2026-03-19T08:00:01Z') });
    await seedStories(store, 'summits', [new Date('2026-03-19T22:00:00Z')]);
    clock = new Date('2026-03-20T07:59:00Z');
    const scheduler = start();
    await scheduler.ready;
    expect(fake.messages(CHANNEL)).toHaveLength(0);
    clock = new Date('2026-03-20T08:00:00Z');
    await scheduler.runDue();
    expect(titles()).toEqual(['Story 1']);
  });

  it('an empty period posts nothing and is not retried every minute', async () => {
    const sub = await subscribe(store, { watermark: new Date('2026-03-19T08:00:01Z') });
    clock = new Date('2026-03-20T08:00:05Z');
    const scheduler = start();
    await scheduler.ready;
    expect((await store.getSubscription(sub.id))?.watermark?.toISOString()).toBe(clock.toISOString());
    // A story arriving after the (empty) 08:00 digest waits for tomorrow's.
    await seedStories(store, 'summits', [new Date('2026-03-20T08:30:00Z')]);
    clock = new Date('2026-03-20T08:31:00Z');
    await scheduler.runDue();
    expect(fake.messages(CHANNEL)).toHaveLength(0);
    clock = new Date('2026-03-21T08:00:00Z');
    await scheduler.runDue();
    expect(titles()).toEqual(['Story 1']);
  });
});

describe('instant subscriptions', () => {
  it('after each poll, posts one message per new story, once', async () => {
    clock = new Date('2026-03-20T10:00:00Z');
    const sub = await subscribe(store, { mode: 'instant', createdAt: new Date('2026-03-20T09:00:00Z') });
    let polls = 0;
    const scheduler = start({
      poll: async () => {
        polls += 1;
        await seedStories(store, 'summits', [new Date(clock.getTime() - 60_000)], `Poll${polls}`);
      },
    });
    await scheduler.ready;
    await scheduler.pollNow();
    expect(scheduler.lastPollAt()?.toISOString()).toBe(clock.toISOString());
    clock = new Date('2026-03-20T10:10:00Z');
    await scheduler.pollNow();
    expect(titles()).toEqual(['Poll1 1', 'Poll2 1']);
    expect((await store.listDeliveries(sub.id)).map((d) => d.periodKey)).toEqual([expect.stringMatching(/^story-\d+$/), expect.stringMatching(/^story-\d+$/)]);
  });
});

describe('jobs on node-cron', () => {
  it('creates a poll job, a sweep job and one job per digest subscription, and follows changes from chat', async () => {
    clock = new Date();
    const sub = await subscribe(store, { schedule: '0 8 * * *', timezone: 'Europe/Berlin', watermark: clock });
    const scheduler = start({ useCron: true });
    await scheduler.ready;
    const names = () =>
      scheduler
        .jobs()
        .map((j) => j.name)
        .sort();
    expect(names()).toEqual([`digest-${sub.id}`, 'poll', 'sweep']);
    const job = () => scheduler.jobs().find((j) => j.name === `digest-${sub.id}`);
    expect(job()?.nextRun?.getTime()).toBe(nextFireTime('0 8 * * *', 'Europe/Berlin', new Date())?.getTime());

    await store.updateSubscription(sub.id, { schedule: '30 17 * * 1-5', timezone: 'America/New_York' });
    await scheduler.refresh();
    expect(job()?.nextRun?.getTime()).toBe(nextFireTime('30 17 * * 1-5', 'America/New_York', new Date())?.getTime());

    await store.removeSubscription(sub.id);
    scheduler.onSubscriptionsChanged();
    await scheduler.refresh();
    expect(names()).toEqual(['poll', 'sweep']);

    await scheduler.stop(1000);
    expect(scheduler.jobs()).toEqual([]);
  });

  it('never runs two polls at once: a second trigger joins the one in progress', async () => {
    clock = new Date('2026-03-20T10:00:00Z');
    let release: () => void = () => undefined;
    let started = 0;
    const scheduler = start({
      poll: () => {
        started += 1;
        return new Promise<void>((resolve) => (release = resolve));
      },
    });
    await scheduler.ready;
    const a = scheduler.pollNow();
    const b = scheduler.pollNow();
    expect(started).toBe(1);
    release();
    await Promise.all([a, b]);
    expect(scheduler.lastPollAt()).toEqual(clock);
  });
});

describe('stop', () => {
  it('waits for the digest in flight to finish all its parts', async () => {
    await subscribe(store, { watermark: new Date('2026-03-19T08:00:01Z') });
    await seedStories(
      store,
      'summits',
      [1, 2, 3].map((h) => new Date(Date.parse('2026-03-20T08:00:00Z') - h * HOUR)),
    );
    clock = new Date('2026-03-20T08:00:00Z');
    // A 503 on part 1 and a back-off: the digest is mid-retry when stop() is called.
    fake.failNext(CHANNEL, 503, 1);
    const scheduler = start({ retry: { attempts: 3, baseDelayMs: 50, maxDelayMs: 50 } });
    // Stop once the digest is in flight: its first part has been refused with the 503.
    await expect.poll(() => fake.requests.filter((r) => r.status === 503).length).toBe(1);
    const result = await scheduler.stop(5000);
    expect(result).toEqual({ drained: true });
    expect(titles()).toEqual(['Story 1', 'Story 2', 'Story 3']);
    expect(await store.listPendingDeliveries()).toHaveLength(0);
  });

  it('when the grace period runs out, the part in flight stays pending: nothing is recorded half-done', async () => {
    const sub = await subscribe(store, { watermark: new Date('2026-03-19T08:00:01Z') });
    await seedStories(
      store,
      'summits',
      Array.from({ length: 15 }, (_, i) => new Date(Date.parse('2026-03-20T07:00:00Z') - i * 60_000)),
    );
    clock = new Date('2026-03-20T08:00:00Z');
    const gate = await startGateProxy(fake.url, 1);
    try {
      const scheduler = start({ senders: { discord: discordSender(gate.url) }, maxStories: 30 });
      await gate.held;
      expect(await scheduler.stop(200)).toEqual({ drained: false });
      // The digest is recorded in full; neither part counts as sent, and nothing reached the channel.
      expect((await store.listDeliveries(sub.id)).map((d) => d.status)).toEqual(['pending', 'pending']);
      expect(fake.messages(CHANNEL)).toHaveLength(0);
      // The next start re-sends both parts, once each.
      // The held post now reaches Discord late; the restart's re-send of it is recognised by its nonce.
      await gate.release();
      const next = start({ maxStories: 30 });
      await next.ready;
      expect(fake.messages(CHANNEL)).toHaveLength(2);
      expect(titles()).toHaveLength(15);
      expect(new Set(titles()).size).toBe(15);
      expect(await store.listPendingDeliveries()).toEqual([]);
    } finally {
      await gate.close();
    }
  });
});
