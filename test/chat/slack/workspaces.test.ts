import { createHmac } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/config/index.js';
import { topicLabel } from '../../../src/core/index.js';
import { createSlackSender, startSlackApp, type SlackApp, type SlackSender } from '../../../src/chat/index.js';
import { buildDigest, deliverDigest, renderParts, sendPendingParts, type DeliveryDeps } from '../../../src/schedule/index.js';
import { startFakeSlackServer, type FakeSlackServer } from '../../fakes/slack-server.js';
import { createHarness, NOW, type Harness } from '../commands/harness.js';
import { minutesAfter, seedStory } from '../discord/delivery-harness.js';

/**
 * Slack through the real Bolt receiver (signed requests) and the real sender:
 * the README's subscribe line as written, feeds per team, and threads with
 * thread_ts that are sent exactly once.
 */

const SECRET = 'test-signing-secret-workspaces';
const FAST_RETRY = { retries: 1, factor: 1, minTimeout: 10, maxTimeout: 20, randomize: false };
const MORNING = new Date('2018-03-22T07:00:00Z');

let slack: FakeSlackServer;
let h: Harness;
let app: SlackApp;
let sender: SlackSender;
let eventsUrl: string;

function sign(body: string, timestamp: number): string {
  return `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** A signed /news command from a team's admin; resolves with the reply text (ack, or the response_url posts). */
async function news(text: string, team = 'T0FAKE', channel = 'C100'): Promise<string> {
  const before = slack.responses.length;
  const body = new URLSearchParams({
    token: 'legacy',
    team_id: team,
    team_domain: 'fake',
    channel_id: channel,
    channel_name: 'news',
    user_id: 'UADMIN',
    user_name: 'admin',
    command: '/news',
    text,
    api_app_id: 'A0FAKE',
    response_url: slack.responseUrl(`r-${Math.random()}`),
    trigger_id: '1.2.3',
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const response = await fetch(eventsUrl, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) },
  });
  const ack = await response.text();
  const replies = [ack, ...slack.responses.slice(before).map((r) => JSON.stringify(r.body))];
  return replies
    .filter((reply) => reply !== '')
    .map((reply) => JSON.stringify(JSON.parse(reply) as unknown))
    .join('\n');
}

beforeAll(async () => {
  slack = await startFakeSlackServer();
  slack.addUser({ id: 'UADMIN', is_admin: true });
  slack.addChannel({ id: 'C100', name: 'news', creator: 'UADMIN' });
});
afterAll(async () => {
  await slack.close();
});

beforeEach(async () => {
  h = createHarness();
  app = await startSlackApp({
    botToken: slack.token,
    signingSecret: SECRET,
    apiUrl: slack.apiUrl,
    commands: h.deps,
    logger: silentLogger(),
    listen: { port: 0 },
    retryConfig: FAST_RETRY,
  });
  eventsUrl = `http://127.0.0.1:${app.address!.port}/slack/events`;
  sender = createSlackSender({ token: slack.token, apiUrl: slack.apiUrl, logger: silentLogger(), retryConfig: FAST_RETRY, minIntervalPerChannelMs: 0 });
});
afterEach(async () => {
  await app.stop();
  return h.close();
});

describe('Slack /news grammar', () => {
  it("takes the README's subscribe example as written", async () => {
    const reply = await news('subscribe topics:summits,arms-control schedule:daily 08:00 timezone:Europe/Berlin');
    expect(reply).toContain('Subscribed this channel');
    expect(await h.store.listSubscriptions({ platform: 'slack' })).toMatchObject([
      { workspaceId: 'T0FAKE', topics: ['summits', 'arms-control'], schedule: '0 8 * * *', timezone: 'Europe/Berlin' },
    ]);
  });
});

describe('feeds per Slack team', () => {
  it("keeps one team's feed out of another team's list and reach", async () => {
    expect(await news('feeds add https://feeds.example.org/team-a.xml "Team A Desk"')).toContain('Feed added');
    const [feed] = await h.store.listFeeds();
    const list = await news('feeds list', 'T0OTHER', 'C900');
    expect(list).not.toContain('Team A Desk');
    expect(await news(`feeds remove ${feed!.id}`, 'T0OTHER', 'C900')).toContain(`No feed #${feed!.id} here`);
    expect(await h.store.listFeedLinks(feed!.id)).toMatchObject([{ platform: 'slack', workspaceId: 'T0FAKE' }]);
  });
});

describe('Slack threads', () => {
  it('post the digest, then each story in its thread (thread_ts), each reply exactly once across a crash', async () => {
    const before = slack.messages.length;
    expect(await news('subscribe summits threads')).toContain('threads');
    const [subscription] = await h.store.listSubscriptions();
    for (let i = 1; i <= 3; i += 1) {
      await seedStory(h.store, { feedId: null, title: `Gipfeltreffen ${i} <!channel>`, firstSeenAt: minutesAfter(NOW, -i) });
    }
    const deps: DeliveryDeps = {
      store: h.store,
      senders: { slack: sender },
      labels: (id, language) => topicLabel(h.deps.taxonomy, id, language),
      logger: silentLogger(),
      now: () => MORNING,
      maxStories: 10,
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
    };
    // Record the parts, post the digest and the first reply by hand, as if the process died before marking them sent.
    const digest = await buildDigest(h.store, deps.labels, subscription!, MORNING, { maxStories: 10, periodKey: 'p1' });
    const parts = renderParts(sender, digest, subscription!);
    expect(parts.map((p) => p.threadOf ?? null)).toEqual([null, 1, 1, 1]);
    for (const [index, part] of parts.entries()) {
      await h.store.createDelivery({
        subscriptionId: subscription!.id,
        periodKey: 'p1',
        part: index + 1,
        partCount: parts.length,
        payload: part.payload,
        threadOfPart: part.threadOf ?? null,
        createdAt: MORNING,
      });
    }
    const [head, firstReply] = await h.store.listPendingDeliveries(subscription!.id);
    const { messageId } = await sender.send(subscription!, head!.payload, head!.idempotencyKey);
    await h.store.markDeliverySent(head!.id, messageId, MORNING);
    await sender.send(subscription!, firstReply!.payload, firstReply!.idempotencyKey, { threadParentId: messageId });
    expect(await sendPendingParts(deps, subscription!)).toEqual({ status: 'sent', sent: 3 });

    const inChannel = slack.messages.slice(before).filter((m) => m.channel === 'C100');
    const top = inChannel.filter((m) => m.threadTs === null);
    const replies = inChannel.filter((m) => m.threadTs !== null);
    expect(top).toHaveLength(1);
    expect(replies).toHaveLength(3);
    expect(new Set(replies.map((m) => m.threadTs))).toEqual(new Set([top[0]!.ts]));
    expect(new Set(replies.map((m) => m.metadata!.event_payload.key)).size).toBe(3);
    for (const message of inChannel) expect(JSON.stringify(message.blocks)).not.toMatch(/<!channel>/);
    // Nothing is left to post.
    expect(await sendPendingParts(deps, subscription!)).toEqual({ status: 'sent', sent: 0 });
    expect(slack.messages.slice(before).filter((m) => m.channel === 'C100')).toHaveLength(4);
  });

  it('a digest delivered with threads through deliverDigest replies under its first message', async () => {
    await news('subscribe summits threads:true');
    const [subscription] = await h.store.listSubscriptions();
    await seedStory(h.store, { feedId: null, title: 'Gipfeltreffen in Genf', firstSeenAt: minutesAfter(NOW, -3) });
    const deps: DeliveryDeps = {
      store: h.store,
      senders: { slack: sender },
      labels: (id, language) => topicLabel(h.deps.taxonomy, id, language),
      logger: silentLogger(),
      now: () => MORNING,
      maxStories: 10,
    };
    const before = slack.messages.length;
    expect(await deliverDigest(deps, subscription!, MORNING)).toMatchObject({ status: 'sent', parts: 2, stories: 1 });
    const [top, reply, ...none] = slack.messages.slice(before).filter((m) => m.channel === 'C100');
    expect(none).toEqual([]);
    expect(top!.threadTs).toBeNull();
    expect(reply!.threadTs).toBe(top!.ts);
    expect(JSON.stringify(reply!.blocks)).toContain('Kreml');
  });
});
