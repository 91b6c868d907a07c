import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import { PassThrough } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { createDiscordSender, discordNonce, type DiscordSender } from '../../../src/chat/index.js';
import { createLogger, silentLogger } from '../../../src/config/index.js';
import { ChatDeliveryError } from '../../../src/schedule/index.js';
import { pingsIn, startFakeDiscordServer, type FakeDiscordServer } from '../../fakes/discord-server.js';
import { referenceDigest, sixtyStoryDigest } from '../../render/discord-fixtures.js';
import { CHANNEL_ID, discordSubscription } from './sender-fixtures.js';

let server: FakeDiscordServer;
let sender: DiscordSender;

beforeEach(async () => {
  server = await startFakeDiscordServer();
  sender = createDiscordSender({ token: 'bot-token', apiBase: server.url, logger: silentLogger() });
});
afterEach(async () => {
  sender.close();
  await server.close();
});

async function deliveryError(promise: Promise<unknown>): Promise<ChatDeliveryError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ChatDeliveryError);
  return error as ChatDeliveryError;
}

const onePart = () => sender.renderDigest(referenceDigest(), discordSubscription())[0]!;

describe('Discord sender against the fake Discord REST server', () => {
  it("posts every part of a 60-story hostile digest within Discord's limits and schema, pinging nobody", async () => {
    const subscription = discordSubscription();
    const digest = sixtyStoryDigest();
    const parts = sender.renderDigest(digest, subscription);
    expect(parts.length).toBeGreaterThan(1);
    const ids: (string | null)[] = [];
    for (const [part, payload] of parts.entries()) {
      ids.push((await sender.send(subscription, payload, `${subscription.id}:${digest.periodKey}:${part}`)).messageId);
    }
    const posted = server.messages(CHANNEL_ID);
    expect(posted.map((message) => message.id)).toEqual(ids);
    expect(server.schemaViolations).toEqual([]);
    expect(server.requests.every((request) => request.status === 200)).toBe(true);
    expect(posted.flatMap((message) => message.embeds)).toHaveLength(60);
    for (const message of posted) {
      expect(message.body).toMatchObject({ allowed_mentions: { parse: [] }, enforce_nonce: true });
      expect(pingsIn(message.body)).toEqual([]);
    }
    expect(new Set(posted.map((message) => message.nonce)).size).toBe(parts.length);
  });

  it('sends a part twice under the same idempotency key and Discord keeps one message', async () => {
    const subscription = discordSubscription();
    const payload = onePart();
    const first = await sender.send(subscription, payload, '7:2018-03-20T08:00:0');
    const again = await sender.send(subscription, payload, '7:2018-03-20T08:00:0');
    expect(again.messageId).toBe(first.messageId);
    expect(server.messages(CHANNEL_ID)).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]?.body).toMatchObject({ nonce: discordNonce('7:2018-03-20T08:00:0') });
    await sender.send(subscription, payload, '7:2018-03-20T08:00:1');
    expect(server.messages(CHANNEL_ID)).toHaveLength(2);
  });

  it('derives nonces of at most 25 characters that differ per key', () => {
    const long = `${'x'.repeat(200)}:2018-03-20T08:00:0`;
    expect(discordNonce(long)).toHaveLength(25);
    expect(discordNonce('7:p:0')).not.toBe(discordNonce('7:p:1'));
    expect(discordNonce('7:p:0')).toBe(discordNonce('7:p:0'));
  });

  it('posts through the channel webhook when one is configured, without the bot token', async () => {
    server.addWebhook('555555555555555555', 'hook-token_1', CHANNEL_ID);
    const subscription = discordSubscription({ webhookUrl: 'https://discord.com/api/webhooks/555555555555555555/hook-token_1' });
    const { messageId } = await sender.send(subscription, onePart(), '7:p:0');
    const [request] = server.requests;
    expect(request?.path).toBe('/webhooks/555555555555555555/hook-token_1');
    expect(request?.query.get('wait')).toBe('true');
    expect(request?.headers.authorization).toBeUndefined();
    expect(server.messages(CHANNEL_ID)).toMatchObject([{ id: messageId, webhook_id: '555555555555555555' }]);
    expect(server.schemaViolations).toEqual([]);
  });

  it('maps access errors to permanent failures that say how to fix them', async () => {
    const subscription = discordSubscription();
    server.failNext(CHANNEL_ID, 403);
    const missingAccess = await deliveryError(sender.send(subscription, onePart(), 'k1'));
    expect(missingAccess).toMatchObject({ permanent: true, platformCode: 50001 });
    expect(missingAccess.message).toBe(
      `Missing Access: the bot cannot post in channel ${CHANNEL_ID} — give it View Channel and Send Messages, then /news subscribe again.`,
    );

    server.failNext(CHANNEL_ID, 403, 1, { code: 50013, message: 'Missing Permissions' });
    expect(await deliveryError(sender.send(subscription, onePart(), 'k2'))).toMatchObject({
      permanent: true,
      platformCode: 50013,
      message: expect.stringContaining('Embed Links') as unknown,
    });

    server.failNext(CHANNEL_ID, 404);
    expect(await deliveryError(sender.send(subscription, onePart(), 'k3'))).toMatchObject({
      permanent: true,
      platformCode: 10003,
      message: expect.stringMatching(/^Unknown Channel: /) as unknown,
    });

    const hooked = discordSubscription({ webhookUrl: 'https://discord.com/api/webhooks/555555555555555555/gone' });
    server.failNext('555555555555555555', 404);
    const unknownWebhook = await deliveryError(sender.send(hooked, onePart(), 'k4'));
    expect(unknownWebhook).toMatchObject({ permanent: true, platformCode: 10015 });
    expect(unknownWebhook.message).not.toContain('gone');
    expect(server.messages(CHANNEL_ID)).toHaveLength(0);
  });

  it('waits out a rate limit on a webhook without writing its token to the log', async () => {
    const logs = new PassThrough();
    const lines: string[] = [];
    logs.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));
    const logged = createDiscordSender({ token: 'bot-token', apiBase: server.url, logger: createLogger({ level: 'debug', destination: logs }) });
    try {
      server.addWebhook('555555555555555555', 'secret-hook-token', CHANNEL_ID);
      server.failNext('555555555555555555', 429, 1, { retryAfterSeconds: 0.05 });
      const subscription = discordSubscription({ webhookUrl: 'https://discord.com/api/webhooks/555555555555555555/secret-hook-token' });
      await logged.send(subscription, onePart(), 'k');
      expect(server.messages(CHANNEL_ID)).toHaveLength(1);
      await new Promise((resolve) => setImmediate(resolve));
      const log = lines.join('');
      expect(log).toContain('Discord rate limit; waiting');
      expect(log).not.toContain('secret-hook-token');
      expect(log).not.toContain('bot-token');
    } finally {
      logged.close();
    }
  });

  it("refuses a webhook URL that is not Discord's, without posting anywhere", async () => {
    const subscription = discordSubscription({ webhookUrl: 'https://evil.example/api/webhooks/1/abc' });
    expect(await deliveryError(sender.send(subscription, onePart(), 'k'))).toMatchObject({ permanent: true });
    expect(server.requests).toHaveLength(0);
  });

  it('lets discord.js wait out a 429 and retry a 503, posting once', async () => {
    server.failNext(CHANNEL_ID, 429, 1, { retryAfterSeconds: 0.05 });
    server.failNext(CHANNEL_ID, 503, 2);
    const { messageId } = await sender.send(discordSubscription(), onePart(), 'k');
    expect(server.requests.map((request) => request.status)).toEqual([429, 503, 503, 200]);
    expect(server.messages(CHANNEL_ID).map((message) => message.id)).toEqual([messageId]);
  });

  it('gives up on a Discord outage after its retries with a transient failure', async () => {
    server.failNext(CHANNEL_ID, 503, 10);
    const outage = await deliveryError(sender.send(discordSubscription(), onePart(), 'k'));
    expect(outage).toMatchObject({ permanent: false, platformCode: 503 });
    expect(server.requests).toHaveLength(4);
  });

  it('hands a long rate limit back to the scheduler instead of blocking', async () => {
    server.failNext(CHANNEL_ID, 429, 1, { retryAfterSeconds: 120 });
    const limited = await deliveryError(sender.send(discordSubscription(), onePart(), 'k'));
    expect(limited).toMatchObject({ permanent: false, platformCode: 429 });
    expect(limited.retryAfterSeconds).toBeGreaterThanOrEqual(120);
    expect(server.messages(CHANNEL_ID)).toHaveLength(0);
  });

  it('reports an unreachable Discord as transient', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const offline = createDiscordSender({ token: 't', apiBase: `http://127.0.0.1:${port}/api`, logger: silentLogger(), retries: 0 });
    try {
      const error = await deliveryError(offline.send(discordSubscription(), onePart(), 'k'));
      expect(error.permanent).toBe(false);
      expect(error.message).toMatch(/^Could not reach Discord to post in channel /);
    } finally {
      offline.close();
    }
  });

  it('refuses a stored payload that is not a message body, and forces allowed_mentions empty', async () => {
    expect(await deliveryError(sender.send(discordSubscription(), 'not json', 'k'))).toMatchObject({ permanent: true });
    const pinging = JSON.stringify({ content: '@everyone hello', allowed_mentions: { parse: ['everyone'] } });
    await sender.send(discordSubscription(), pinging, 'k2');
    const [message] = server.messages(CHANNEL_ID);
    expect(message?.body.allowed_mentions).toEqual({ parse: [] });
    expect(pingsIn(message?.body)).toEqual([]);
  });
});
