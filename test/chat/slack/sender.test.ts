import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Subscription } from '../../../src/core/index.js';
import { silentLogger } from '../../../src/config/index.js';
import { ChatDeliveryError } from '../../../src/schedule/index.js';
import { createSlackSender, type SlackSender } from '../../../src/chat/index.js';
import { blockKitViolation, startFakeSlackServer, type FakeSlackServer } from '../../fakes/slack-server.js';
import { hostileDigest } from '../../render/slack-digest-fixture.js';
import { subscriptionFixture } from '../../fixtures/subscription.js';

const FAST_RETRY = { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 20, randomize: false };

function subscription(channelId = 'C100'): Subscription {
  return subscriptionFixture({ platform: 'slack', workspaceId: 'T0FAKE', channelId, createdBy: 'U1', createdAt: new Date('2018-03-19T00:00:00Z') });
}

async function deliveryError(promise: Promise<unknown>): Promise<ChatDeliveryError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ChatDeliveryError) return error;
    throw error;
  }
  throw new Error('expected the send to fail');
}

describe('Slack sender against the fake Web API', () => {
  let slack: FakeSlackServer;
  let sender: SlackSender;

  beforeEach(async () => {
    slack = await startFakeSlackServer();
    sender = createSlackSender({ token: slack.token, apiUrl: slack.apiUrl, logger: silentLogger(), retryConfig: FAST_RETRY, minIntervalPerChannelMs: 0 });
  });
  afterEach(async () => {
    await slack.close();
  });

  it('posts a 60-story digest as Block Kit messages Slack accepts, none of which can ping', async () => {
    const sub = subscription();
    const parts = sender.renderDigest(hostileDigest(60), sub);
    expect(parts.length).toBeGreaterThan(1);
    for (const [i, part] of parts.entries()) {
      const result = await sender.send(sub, part, `7:2018-03-20T08:00:${i}`);
      expect(result.messageId).toMatch(/^\d+\.\d+$/u);
    }
    expect(slack.messages).toHaveLength(parts.length);
    for (const message of slack.messages) {
      expect(blockKitViolation(message.text, message.blocks)).toBeNull();
      const wire = JSON.stringify(message.blocks) + (message.text ?? '');
      expect(wire).not.toMatch(/<[!@#]/u);
      expect(message.args.unfurl_links).toBe('false');
    }
    const post = slack.requests.find((r) => r.path === '/api/chat.postMessage')!;
    expect(post.authorization).toBe(`Bearer ${slack.token}`);
  });

  it('is refused by the fake exactly like Slack when a limit is broken', async () => {
    const tooMany = JSON.stringify({ text: 'x', blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) });
    const error = await deliveryError(sender.send(subscription(), tooMany, 'k-limit'));
    expect(error.platformCode).toBe('invalid_blocks');
    expect(slack.messages).toHaveLength(0);
  });

  it.each([
    ['not_in_channel', true],
    ['channel_not_found', true],
    ['account_inactive', true],
    ['is_archived', true],
    ['invalid_auth', true],
    ['token_revoked', true],
    ['fatal_error', false],
  ])('maps %s to a %s-permanent ChatDeliveryError', async (code, permanent) => {
    slack.failChannel('C404', code);
    const [part] = sender.renderDigest(hostileDigest(2), subscription('C404'));
    const error = await deliveryError(sender.send(subscription('C404'), part!, `k-${code}`));
    expect(error.platformCode).toBe(code);
    expect(error.permanent).toBe(permanent);
    expect(error.message).toContain(code);
  });

  it('rejects a wrong token as a permanent invalid_auth', async () => {
    const wrong = createSlackSender({
      token: 'xoxb-wrong',
      apiUrl: slack.apiUrl,
      logger: silentLogger(),
      retryConfig: FAST_RETRY,
      minIntervalPerChannelMs: 0,
      reconcileBeforeSend: false,
    });
    const [part] = wrong.renderDigest(hostileDigest(1), subscription());
    const error = await deliveryError(wrong.send(subscription(), part!, 'k-auth'));
    expect(error).toMatchObject({ permanent: true, platformCode: 'invalid_auth' });
  });

  it('waits out a 429 with Retry-After and then posts', async () => {
    const noReconcile = createSlackSender({
      token: slack.token,
      apiUrl: slack.apiUrl,
      logger: silentLogger(),
      retryConfig: FAST_RETRY,
      minIntervalPerChannelMs: 0,
      reconcileBeforeSend: false,
    });
    slack.rateLimitNext(1, 1);
    const [part] = noReconcile.renderDigest(hostileDigest(1), subscription());
    const result = await noReconcile.send(subscription(), part!, 'k-429');
    expect(result.messageId).not.toBeNull();
    const posts = slack.requests.filter((r) => r.path === '/api/chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(slack.messages).toHaveLength(1);
  });

  it('retries through 503s, and reports a transient error when they persist', async () => {
    const [part] = sender.renderDigest(hostileDigest(1), subscription());
    slack.failNextWithStatus(2, 503);
    await expect(sender.send(subscription(), part!, 'k-503-a')).resolves.toMatchObject({ messageId: expect.any(String) });
    slack.failNextWithStatus(10, 503);
    const error = await deliveryError(sender.send(subscription(), part!, 'k-503-b'));
    expect(error.permanent).toBe(false);
    expect(error.platformCode).toBe(503);
  });

  it('carries the idempotency key in message metadata and does not post a part twice', async () => {
    const sub = subscription();
    const [part] = sender.renderDigest(hostileDigest(3), sub);
    expect(await sender.findSentPart(sub, '7:p:0')).toBeNull();
    const first = await sender.send(sub, part!, '7:p:0');
    expect(slack.messages[0]!.metadata).toEqual({ event_type: 'news_digest_part', event_payload: { key: '7:p:0' } });
    // A restart re-sends the pending part: the sender finds it in history instead of posting again.
    const again = await sender.send(sub, part!, '7:p:0');
    expect(again.messageId).toBe(first.messageId);
    expect(slack.messages).toHaveLength(1);
    expect(await sender.findSentPart(sub, '7:p:0')).toEqual({ ts: first.messageId });
  });

  it('refuses a stored payload that is not a Slack message, permanently', async () => {
    const error = await deliveryError(sender.send(subscription(), '{"embeds":[]}', 'k-bad'));
    expect(error).toMatchObject({ permanent: true, platformCode: 'bad_payload' });
  });
});
