import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTaxonomy, type Digest } from '../../../src/core/index.js';
import { silentLogger } from '../../../src/config/index.js';
import { openSqliteStore, type Store } from '../../../src/store/index.js';
import { SLACK_EVENTS_PATH, SlackConfigError, startSlackApp, type CommandDeps, type SlackApp } from '../../../src/chat/index.js';
import { Metrics, startHttpServer } from '../../../src/http/index.js';
import { startFakeSlackServer, type FakeSlackServer } from '../../fakes/slack-server.js';

const SECRET = 'test-signing-secret-8f2c';
const NOW = new Date('2018-03-20T07:00:00Z');
const FAST_RETRY = { retries: 1, factor: 1, minTimeout: 10, maxTimeout: 20, randomize: false };

function sign(body: string, timestamp: number, secret = SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

function commandBody(fields: { text: string; user?: string; channel?: string; responseUrl: string }): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0FAKE',
    team_domain: 'fake',
    channel_id: fields.channel ?? 'C100',
    channel_name: 'news',
    user_id: fields.user ?? 'UADMIN',
    user_name: 'someone',
    command: '/news',
    text: fields.text,
    api_app_id: 'A0FAKE',
    response_url: fields.responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

interface Answer {
  status: number;
  body: string;
}

async function post(url: string, body: string, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });
  return { status: response.status, body: await response.text() };
}

function emptyDigest(subscriptionId: number): Digest {
  return {
    subscriptionId,
    periodKey: 'preview',
    generatedAt: NOW,
    language: 'en',
    timezone: 'UTC',
    mode: 'digest',
    sections: [],
    moreCount: 0,
    moreHint: null,
  };
}

describe('Slack /news over the real Bolt HTTP receiver', () => {
  let dir: string;
  let store: Store;
  let slack: FakeSlackServer;
  let app: SlackApp;
  let eventsUrl: string;

  const commands = (): CommandDeps => ({
    store,
    taxonomy: buildTaxonomy({}),
    now: () => NOW,
    defaults: { schedule: '0 8 * * *', timezone: 'Europe/Berlin', language: 'en' },
    checkFeedUrl: async () => undefined,
    previewDigest: async (subscription) => emptyDigest(subscription.id),
    logger: silentLogger(),
  });

  const signedPost = (text: string, options: { user?: string; channel?: string } = {}): Promise<Answer> => {
    const body = commandBody({ text, responseUrl: slack.responseUrl('r1'), ...options });
    const ts = Math.floor(Date.now() / 1000);
    return post(eventsUrl, body, { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) });
  };

  beforeAll(async () => {
    slack = await startFakeSlackServer();
    slack.addUser({ id: 'UADMIN', is_admin: true });
    slack.addUser({ id: 'UMEMBER' });
    slack.addUser({ id: 'UCREATOR' });
    slack.addChannel({ id: 'C100', name: 'news', creator: 'UCREATOR' });
    slack.addChannel({ id: 'C200', name: 'policy', creator: 'UCREATOR' });
  });
  afterAll(async () => {
    await slack.close();
  });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'slack-receiver-'));
    store = openSqliteStore(join(dir, 'news.db'));
    app = await startSlackApp({
      botToken: slack.token,
      signingSecret: SECRET,
      apiUrl: slack.apiUrl,
      commands: commands(),
      logger: silentLogger(),
      listen: { port: 0 },
      retryConfig: FAST_RETRY,
    });
    eventsUrl = `http://127.0.0.1:${app.address!.port}/slack/events`;
  });
  afterEach(async () => {
    await app.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates a subscription from a signed /news subscribe and answers in the ack', async () => {
    const answer = await signedPost('subscribe topics:summits,arms-control');
    expect(answer.status).toBe(200);
    const reply = JSON.parse(answer.body) as { response_type: string; text: string; blocks: unknown[] };
    expect(reply.response_type).toBe('in_channel');
    expect(reply.text).toContain('Subscribed this channel');
    const subs = await store.listSubscriptions({ platform: 'slack', channelId: 'C100' });
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({
      workspaceId: 'T0FAKE',
      topics: ['summits', 'arms-control'],
      createdBy: 'UADMIN',
      timezone: 'Europe/Berlin',
      status: 'active',
    });
  });

  it('accepts the positional form with schedule and time zone', async () => {
    const answer = await signedPost('subscribe summits,arms-control daily 07:30 America/New_York');
    expect(answer.status).toBe(200);
    expect((await store.listSubscriptions({ channelId: 'C100' }))[0]).toMatchObject({ schedule: '30 7 * * *', timezone: 'America/New_York' });
  });

  it.each([
    ['unsigned', (body: string, ts: number) => ({ 'x-slack-request-timestamp': String(ts) })],
    [
      'signed with the wrong secret',
      (body: string, ts: number) => ({ 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts, 'wrong-secret') }),
    ],
    ['stale (six minutes old)', (body: string, ts: number) => ({ 'x-slack-request-timestamp': String(ts - 360), 'x-slack-signature': sign(body, ts - 360) })],
    [
      'signed for a different body',
      (body: string, ts: number) => ({ 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body.replace('UADMIN', 'UOTHER'), ts) }),
    ],
  ])('answers 401 to a request that is %s and changes nothing', async (_label, headers) => {
    const body = commandBody({ text: 'subscribe topics:summits,arms-control', responseUrl: slack.responseUrl('r1') });
    const ts = Math.floor(Date.now() / 1000);
    const answer = await post(eventsUrl, body, headers(body, ts) as Record<string, string>);
    expect(answer.status).toBe(401);
    expect(await store.listSubscriptions()).toHaveLength(0);
  });

  it('refuses a plain member server-side and lets the channel creator subscribe', async () => {
    const refused = JSON.parse((await signedPost('subscribe topics:summits', { user: 'UMEMBER' })).body) as { response_type: string; text: string };
    expect(refused.response_type).toBe('ephemeral');
    expect(refused.text).toMatch(/Only workspace admins, owners or this channel's creator/u);
    expect(await store.listSubscriptions()).toHaveLength(0);
    const allowed = await signedPost('subscribe topics:summits', { user: 'UCREATOR' });
    expect(JSON.parse(allowed.body).text).toContain('Subscribed this channel');
    expect(await store.listSubscriptions()).toHaveLength(1);
  });

  it('lets only admins or the channel creator add feeds', async () => {
    const refused = JSON.parse((await signedPost('feeds add https://example.org/rss.xml', { user: 'UMEMBER' })).body) as { text: string };
    expect(refused.text).toMatch(/add or remove feeds/u);
    expect(await store.listFeeds()).toHaveLength(0);
    await signedPost('feeds add https://example.org/rss.xml "Example News"', { user: 'UADMIN' });
    expect((await store.listFeeds()).map((f) => [f.url, f.origin])).toEqual([['https://example.org/rss.xml', 'chat']]);
  });

  it('answers bad input with an ephemeral usage message and no Web API calls', async () => {
    const before = slack.requests.length;
    const reply = JSON.parse((await signedPost('subscrbe summits')).body) as { response_type: string; text: string; blocks: Array<{ text: { text: string } }> };
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toBe('"subscrbe" is not a /news command.');
    expect(reply.blocks[0]!.text.text).toContain('/news subscribe [topics|feed URL]');
    expect(slack.requests.length).toBe(before);
  });

  it('acks at once and answers through response_url when the work outlasts the budget', async () => {
    const slow = await startSlackApp({
      botToken: slack.token,
      signingSecret: SECRET,
      apiUrl: slack.apiUrl,
      commands: commands(),
      logger: silentLogger(),
      listen: { port: 0 },
      inlineBudgetMs: 50,
      retryConfig: FAST_RETRY,
    });
    // The permission lookup cannot finish until the ack is in: the work outlasts the budget for certain.
    const lookup = slack.hold('users.info');
    try {
      const body = commandBody({ text: 'subscribe topics:arms-control', channel: 'C200', responseUrl: slack.responseUrl('slow-1') });
      const ts = Math.floor(Date.now() / 1000);
      const answer = await post(`http://127.0.0.1:${slow.address!.port}/slack/events`, body, {
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': sign(body, ts),
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toBe('');
      expect(slack.responses.filter((r) => r.id === 'slow-1')).toHaveLength(0);
      lookup.release();
      await expect.poll(() => slack.responses.filter((r) => r.id === 'slow-1')).toHaveLength(1);
      const reply = slack.responses.find((r) => r.id === 'slow-1')!.body as { text: string; response_type: string };
      expect(reply.text).toContain('Subscribed this channel');
      expect(await store.listSubscriptions({ channelId: 'C200' })).toHaveLength(1);
    } finally {
      lookup.release();
      await slow.stop();
    }
  });

  it('answers 404 for paths it does not own, so it can be mounted beside /healthz', async () => {
    const response = await fetch(`http://127.0.0.1:${app.address!.port}/healthz`);
    expect(response.status).toBe(404);
  });

  it('mounts into the ops HTTP server beside /healthz on one port', async () => {
    const mounted = await startSlackApp({
      botToken: slack.token,
      signingSecret: SECRET,
      apiUrl: slack.apiUrl,
      commands: commands(),
      logger: silentLogger(),
      retryConfig: FAST_RETRY,
    });
    const ops = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      metrics: new Metrics(),
      readiness: () => ({ ok: true, details: {} }),
      extraRoutes: { [`POST ${SLACK_EVENTS_PATH}`]: mounted.handler! },
    });
    try {
      expect((await fetch(`${ops.url}/healthz`)).status).toBe(200);
      const body = commandBody({ text: 'subscribe topics:summits', responseUrl: slack.responseUrl('ops-1') });
      const ts = Math.floor(Date.now() / 1000);
      const answer = await post(`${ops.url}${SLACK_EVENTS_PATH}`, body, { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) });
      expect(answer.status).toBe(200);
      expect(await store.listSubscriptions({ channelId: 'C100' })).toHaveLength(1);
      const unsigned = await post(`${ops.url}${SLACK_EVENTS_PATH}`, body.replace('summits', 'arms-control'), { 'x-slack-request-timestamp': String(ts) });
      expect(unsigned.status).toBe(401);
      expect((await store.listSubscriptions({ channelId: 'C100' }))[0]!.topics).toEqual(['summits']);
    } finally {
      await ops.close();
      await mounted.stop();
    }
  });

  it('refuses to start with a bot token Slack rejects, or without any way to receive commands', async () => {
    const start = startSlackApp({
      botToken: 'xoxb-revoked',
      signingSecret: SECRET,
      apiUrl: slack.apiUrl,
      commands: commands(),
      logger: silentLogger(),
      retryConfig: FAST_RETRY,
    });
    await expect(start).rejects.toThrow(SlackConfigError);
    await expect(start).rejects.toThrow(/Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)/u);
    await expect(startSlackApp({ botToken: slack.token, apiUrl: slack.apiUrl, commands: commands(), logger: silentLogger() })).rejects.toThrow(
      /SLACK_SIGNING_SECRET.*SLACK_APP_TOKEN/u,
    );
  });
});
