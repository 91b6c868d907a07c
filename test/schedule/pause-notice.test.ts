import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackSender, handleCommand, type Caller, type CommandDeps } from '../../src/chat/index.js';
import { silentLogger } from '../../src/config/index.js';
import { defaultTaxonomy, type Subscription } from '../../src/core/index.js';
import { buildDigest, deliverDigest, startScheduler, type ChatSender, type DeliveryDeps } from '../../src/schedule/index.js';
import type { Store } from '../../src/store/index.js';
import { pingsIn, startFakeDiscordServer, type FakeDiscordServer } from '../fakes/index.js';
import { startFakeSlackServer, type FakeSlackServer } from '../fakes/slack-server.js';
import { CHANNEL, HOUR, discordSender, embedTitles, openStore, seedStories, subscribe, tempDatabase } from './fixtures/world.js';

/**
 * A permanent delivery error pauses the subscription AND tells the server's
 * operators why (Discord: the system channel, else a DM to whoever subscribed;
 * Slack: a DM to whoever subscribed); `/news subscribe` in the channel resumes it.
 * Real SQLite, real discord.js REST / Slack WebClient, the fakes on 127.0.0.1.
 */

const NOW = new Date('2026-03-20T08:00:10Z');
const GUILD = '800000000000000001';
const SYSTEM_CHANNEL = '100000000000000099';
const SUBSCRIBER = '600000000000000001';

let db: ReturnType<typeof tempDatabase>;
let store: Store;

beforeEach(() => {
  db = tempDatabase();
  store = openStore(db.path);
});

afterEach(async () => {
  await store.close();
  db.cleanup();
});

function deps(senders: DeliveryDeps['senders'], now: () => Date = () => NOW): DeliveryDeps {
  return {
    store,
    senders,
    labels: (id) => id,
    logger: silentLogger(),
    now,
    maxStories: 30,
    retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
  };
}

/** A subscription owed its 08:00 digest of two stories. */
async function owedSubscription(patch: Parameters<typeof subscribe>[1] = {}): Promise<Subscription> {
  const sub = await subscribe(store, { createdBy: SUBSCRIBER, watermark: new Date(NOW.getTime() - 24 * HOUR), ...patch });
  await seedStories(
    store,
    'summits',
    [1, 2].map((h) => new Date(NOW.getTime() - h * HOUR)),
  );
  return sub;
}

describe('pause notice on Discord', () => {
  let fake: FakeDiscordServer;
  let sender: ChatSender;

  beforeEach(async () => {
    fake = await startFakeDiscordServer();
    sender = discordSender(fake.url);
  });
  afterEach(async () => {
    await fake.close();
  });

  it('a permanent error pauses the subscription and posts ONE notice in the system channel, pinging nobody', async () => {
    fake.setGuild(GUILD, { system_channel_id: SYSTEM_CHANNEL });
    const sub = await owedSubscription();
    fake.failNext(CHANNEL, 403, 1, { code: 50001, message: 'Missing Access' });

    const outcome = await deliverDigest(deps({ discord: sender }), sub, NOW);
    expect(outcome).toMatchObject({ status: 'paused' });
    const paused = (await store.getSubscription(sub.id))!;
    expect(paused).toMatchObject({ status: 'paused', pausedReason: expect.stringMatching(/Missing Access/) });

    const notices = fake.messages(SYSTEM_CHANNEL);
    expect(notices).toHaveLength(1);
    const [notice] = notices;
    expect(notice!.body).toEqual({ content: notice!.content, allowed_mentions: { parse: [] } });
    expect(notice!.content).toBe(
      `news-digest paused the digest for <#${CHANNEL}>: ${paused.pausedReason!.replace(/\.$/, '')}. Fix it, then run /news subscribe in that channel to resume.`,
    );
    expect(pingsIn(notice!.body)).toEqual([]);
    expect(fake.schemaViolations).toEqual([]);
    expect(fake.dmChannel(SUBSCRIBER)).toBeNull();
    expect(fake.messages(CHANNEL)).toHaveLength(0);

    // Later runs leave the paused subscription alone, so the notice is not repeated.
    const later = new Date(NOW.getTime() + 10 * 60_000);
    const scheduler = startScheduler({ ...deps({ discord: sender }, () => later), pollCron: '*/10 * * * *', poll: async () => undefined, useCron: false });
    await scheduler.ready;
    await scheduler.runDue();
    await scheduler.stop(1000);
    expect(await deliverDigest(deps({ discord: sender }), (await store.getSubscription(sub.id))!, later)).toMatchObject({ status: 'skipped' });
    expect(fake.messages(SYSTEM_CHANNEL)).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method === 'GET' && r.path === `/guilds/${GUILD}`)).toHaveLength(1);
  });

  it('without a system channel, DMs the user who subscribed', async () => {
    const sub = await owedSubscription();
    fake.failNext(CHANNEL, 404);

    expect(await deliverDigest(deps({ discord: sender }), sub, NOW)).toMatchObject({ status: 'paused' });
    expect((await store.getSubscription(sub.id))?.pausedReason).toMatch(/Unknown Channel/);
    const dm = fake.dmChannel(SUBSCRIBER);
    expect(dm).not.toBeNull();
    const opened = fake.requests.filter((r) => r.path === '/users/@me/channels');
    expect(opened.map((r) => r.body)).toEqual([{ recipient_id: SUBSCRIBER }]);
    const notices = fake.messages(dm!);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.content).toMatch(new RegExp(`^news-digest paused the digest for <#${CHANNEL}>: discord refused the post: Unknown Channel`));
    expect(notices[0]!.allowed_mentions).toEqual({ parse: [] });
    expect(fake.schemaViolations).toEqual([]);
  });

  it('DMs instead when the system channel is the channel that failed', async () => {
    fake.setGuild(GUILD, { system_channel_id: CHANNEL });
    const sub = await owedSubscription();
    fake.failNext(CHANNEL, 403, 1, { code: 50013, message: 'Missing Permissions' });

    expect(await deliverDigest(deps({ discord: sender }), sub, NOW)).toMatchObject({ status: 'paused' });
    expect(fake.messages(CHANNEL)).toHaveLength(0);
    expect(fake.messages(fake.dmChannel(SUBSCRIBER)!)).toHaveLength(1);
  });

  it('a notice that cannot be delivered is logged, never thrown or retried: the subscription is still paused', async () => {
    fake.setGuild(GUILD, { system_channel_id: SYSTEM_CHANNEL });
    const sub = await owedSubscription();
    fake.failNext(CHANNEL, 403);
    fake.failNext(SYSTEM_CHANNEL, 403);
    fake.failNext(SUBSCRIBER, 403, 1, { code: 50007, message: 'Cannot send messages to this user' });

    expect(await deliverDigest(deps({ discord: sender }), sub, NOW)).toMatchObject({ status: 'paused' });
    expect((await store.getSubscription(sub.id))?.status).toBe('paused');
    expect(fake.messages(SYSTEM_CHANNEL)).toHaveLength(0);
    expect(fake.requests.filter((r) => r.path === `/channels/${SYSTEM_CHANNEL}/messages`)).toHaveLength(1);
    expect(fake.requests.filter((r) => r.path === '/users/@me/channels')).toHaveLength(1);
  });

  it('with neither a system channel nor a Discord user to DM, only logs', async () => {
    const sub = await owedSubscription({ createdBy: 'cli' });
    fake.failNext(CHANNEL, 403);

    expect(await deliverDigest(deps({ discord: sender }), sub, NOW)).toMatchObject({ status: 'paused' });
    expect(fake.requests.filter((r) => r.path === '/users/@me/channels')).toHaveLength(0);
    expect(fake.requests.filter((r) => r.method === 'POST' && r.path !== `/channels/${CHANNEL}/messages`)).toHaveLength(0);
  });

  it('/news subscribe in the channel resumes the paused subscription and its pending parts are delivered once', async () => {
    fake.setGuild(GUILD, { system_channel_id: SYSTEM_CHANNEL });
    const sub = await owedSubscription();
    fake.failNext(CHANNEL, 403, 1, { code: 50001, message: 'Missing Access' });
    expect(await deliverDigest(deps({ discord: sender }), sub, NOW)).toMatchObject({ status: 'paused' });
    const pending = await store.listPendingDeliveries(sub.id);
    expect(pending).toHaveLength(1);

    // The operator fixes the permissions and subscribes again, ten minutes later.
    const later = new Date(NOW.getTime() + 10 * 60_000);
    const delivery = deps({ discord: sender }, () => later);
    const scheduler = startScheduler({ ...delivery, pollCron: '*/10 * * * *', poll: async () => undefined, useCron: false });
    await scheduler.ready;
    expect(fake.messages(CHANNEL)).toHaveLength(0);

    const taxonomy = defaultTaxonomy();
    const commandDeps: CommandDeps = {
      store,
      taxonomy,
      now: () => later,
      defaults: { schedule: '0 8 * * *', timezone: 'UTC', language: 'en' },
      checkFeedUrl: async () => undefined,
      previewDigest: async (subscription, now) => buildDigest(store, (id) => id, subscription, now, { maxStories: 10 }),
      onSubscriptionsChanged: () => scheduler.onSubscriptionsChanged(),
      logger: silentLogger(),
    };
    const caller: Caller = { platform: 'discord', workspaceId: GUILD, channelId: CHANNEL, userId: SUBSCRIBER, canManageChannel: true, canManageFeeds: true };
    const reply = await handleCommand({ name: 'subscribe', options: { topics: 'summits' } }, caller, commandDeps);
    expect(reply.error).toBeUndefined();
    expect(reply.title).toBe('Subscription resumed');
    expect(reply.lines[1]!.detail).toMatch(/Missing Access/);
    expect(await store.getSubscription(sub.id)).toMatchObject({ status: 'active', pausedReason: null });

    // The resume triggers a refresh at once: the held-back parts go out without waiting for a sweep.
    await expect.poll(() => embedTitles(fake.messages(CHANNEL))).toEqual(['Story 1', 'Story 2']);
    expect(await scheduler.stop(5000)).toEqual({ drained: true });
    const messages = fake.messages(CHANNEL);
    expect(embedTitles(messages)).toEqual(['Story 1', 'Story 2']);
    expect(messages.map((m) => m.body)).toEqual(pending.map((d) => ({ ...JSON.parse(d.payload), nonce: expect.any(String), enforce_nonce: true })));
    expect(await store.listPendingDeliveries(sub.id)).toHaveLength(0);
    expect((await store.listDeliveries(sub.id)).map((d) => d.status)).toEqual(['sent']);
    // One notice for the one pause.
    expect(fake.messages(SYSTEM_CHANNEL)).toHaveLength(1);
  });
});

describe('pause notice on Slack', () => {
  let slack: FakeSlackServer;
  let sender: ChatSender;

  beforeEach(async () => {
    slack = await startFakeSlackServer();
    sender = createSlackSender({
      token: slack.token,
      apiUrl: slack.apiUrl,
      logger: silentLogger(),
      retryConfig: { retries: 0 },
      minIntervalPerChannelMs: 0,
    });
  });
  afterEach(async () => {
    await slack.close();
  });

  it('not_in_channel pauses the subscription and DMs the user who subscribed, once', async () => {
    const sub = await owedSubscription({ platform: 'slack', workspaceId: slack.teamId, channelId: 'C100', createdBy: 'U1' });
    slack.failChannel('C100', 'not_in_channel');

    expect(await deliverDigest(deps({ slack: sender }), sub, NOW)).toMatchObject({ status: 'paused' });
    const paused = (await store.getSubscription(sub.id))!;
    expect(paused).toMatchObject({ status: 'paused', pausedReason: expect.stringMatching(/not_in_channel/) });

    const dm = slack.dmChannel('U1');
    expect(dm).toMatch(/^D/);
    expect(slack.messages).toHaveLength(1);
    const [notice] = slack.messages;
    expect(notice!.channel).toBe(dm);
    // escapeMrkdwn keeps `_` from turning into italics with an invisible zero-width space after it.
    expect(notice!.text!.replaceAll('\u200B', '')).toMatch(
      /^news-digest paused the digest for <#C100>: slack refused the post: Slack refused the message \(not_in_channel\)/,
    );
    expect(notice!.text).toMatch(/Fix it, then run \/news subscribe in that channel to resume\.$/);
    expect(notice!.blocks).toBeNull();
    const posts = slack.requests.filter((r) => r.path === '/api/chat.postMessage');
    expect(posts.map((r) => r.body.channel)).toEqual(['C100', 'U1']);

    // While paused nothing more is sent, and the DM is not repeated.
    expect(await deliverDigest(deps({ slack: sender }), (await store.getSubscription(sub.id))!, NOW)).toMatchObject({ status: 'skipped' });
    expect(slack.messages).toHaveLength(1);
  });

  it('escapes the reason so nothing in it can ping, and skips the DM without a Slack user id', async () => {
    const sub = await owedSubscription({ platform: 'slack', workspaceId: slack.teamId, channelId: 'C100', createdBy: 'W2' });
    await sender.notifyPaused!({ ...sub, createdBy: 'W2' }, 'bad <!channel> & <@U9>');
    expect(slack.messages).toHaveLength(1);
    expect(slack.messages[0]!.text).toContain('bad &lt;!channel&gt; &amp; &lt;@U9&gt;. Fix it');
    expect(slack.messages[0]!.channel).toBe(slack.dmChannel('W2'));

    await sender.notifyPaused!({ ...sub, createdBy: 'cli' }, 'reason');
    await sender.notifyPaused!({ ...sub, createdBy: null }, 'reason');
    expect(slack.messages).toHaveLength(1);
  });
});
