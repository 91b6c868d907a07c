import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiscordAPIError, REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { pingsIn, startFakeDiscordServer, type FakeDiscordServer } from './discord-server.js';

let server: FakeDiscordServer;
let rest: REST;

beforeEach(async () => {
  server = await startFakeDiscordServer();
  rest = new REST({ version: '10', api: server.url, retries: 2, timeout: 5_000 }).setToken('test-token');
});
afterEach(async () => {
  await server.close();
});

const CHANNEL = '111111111111111111';

async function apiError(promise: Promise<unknown>): Promise<DiscordAPIError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DiscordAPIError);
  return error as DiscordAPIError;
}

describe('fake Discord REST server', () => {
  it('records a message posted by discord.js with the bot token', async () => {
    const created = (await rest.post(Routes.channelMessages(CHANNEL), {
      body: { content: 'hello', allowed_mentions: { parse: [] } },
    })) as { id: string; channel_id: string };
    expect(created.channel_id).toBe(CHANNEL);
    expect(server.messages(CHANNEL).map((m) => m.id)).toEqual([created.id]);
    expect(server.requests[0]?.headers.authorization).toBe('Bot test-token');
    expect(server.requests[0]?.path).toBe(`/channels/${CHANNEL}/messages`);
  });

  it("answers 50035 in Discord's error format when a limit is exceeded", async () => {
    const error = await apiError(
      rest.post(Routes.channelMessages(CHANNEL), {
        body: { embeds: [{ title: 't', description: 'x'.repeat(4000) }, { description: 'y'.repeat(2500) }] },
      }),
    );
    expect(error.code).toBe(50035);
    expect(error.rawError).toMatchObject({ errors: { embeds: { _errors: [{ code: 'MAX_EMBED_SIZE_EXCEEDED' }] } } });
    expect(server.messages(CHANNEL)).toHaveLength(0);
  });

  it('rejects content over 2,000 characters and an empty message', async () => {
    expect((await apiError(rest.post(Routes.channelMessages(CHANNEL), { body: { content: 'x'.repeat(2001) } }))).code).toBe(50035);
    expect((await apiError(rest.post(Routes.channelMessages(CHANNEL), { body: { content: '' } }))).code).toBe(50006);
  });

  it("rejects bodies that break Discord's OpenAPI schema", async () => {
    const error = await apiError(
      rest.post(Routes.channelMessages(CHANNEL), {
        body: { embeds: [{ title: 'x', url: 'not a url' }] },
      }),
    );
    expect(error.code).toBe(50035);
    expect(server.schemaViolations[0]?.violations[0]?.path).toBe('/embeds/0/url');
    // A well-formed URI that is not http(s) passes the schema but not Discord's own check.
    const scheme = await apiError(
      rest.post(Routes.channelMessages(CHANNEL), {
        body: { embeds: [{ title: 'x', url: 'javascript:alert(1)' }] },
      }),
    );
    expect(scheme.rawError).toMatchObject({ errors: { embeds: { 0: { url: { _errors: [{ code: 'URL_TYPE_INVALID_URL' }] } } } } });
  });

  it('returns the same message for a repeated nonce with enforce_nonce', async () => {
    const body = { content: 'once', nonce: 'abc123', enforce_nonce: true };
    const first = (await rest.post(Routes.channelMessages(CHANNEL), { body })) as { id: string };
    const second = (await rest.post(Routes.channelMessages(CHANNEL), { body })) as { id: string };
    expect(second.id).toBe(first.id);
    expect(server.messages(CHANNEL)).toHaveLength(1);
    await rest.post(Routes.channelMessages(CHANNEL), { body: { content: 'twice', nonce: 'abc123' } });
    expect(server.messages(CHANNEL)).toHaveLength(2);
  });

  it("answers configured failures with Discord's codes", async () => {
    server.failNext(CHANNEL, 403);
    expect((await apiError(rest.post(Routes.channelMessages(CHANNEL), { body: { content: 'a' } }))).code).toBe(50001);
    server.failNext(CHANNEL, 404);
    expect((await apiError(rest.post(Routes.channelMessages(CHANNEL), { body: { content: 'a' } }))).code).toBe(10003);
    server.failNext(CHANNEL, 403, 1, { code: 50013, message: 'Missing Permissions' });
    expect((await apiError(rest.post(Routes.channelMessages(CHANNEL), { body: { content: 'a' } }))).code).toBe(50013);
    expect(server.messages(CHANNEL)).toHaveLength(0);
  });

  it('makes discord.js wait out a 429 and retry a 503', async () => {
    server.failNext(CHANNEL, 429, 1, { retryAfterSeconds: 0.05 });
    server.failNext(CHANNEL, 503, 1);
    await rest.post(Routes.channelMessages(CHANNEL), { body: { content: 'eventually' } });
    expect(server.requests.map((r) => r.status)).toEqual([429, 503, 200]);
    expect(server.messages(CHANNEL)).toHaveLength(1);
  });

  it('makes discord.js wait out a global rate limit', async () => {
    server.failNext(CHANNEL, 429, 1, { retryAfterSeconds: 0.05, global: true });
    await rest.post(Routes.channelMessages(CHANNEL), { body: { content: 'after the global limit' } });
    expect(server.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it('executes webhooks into the registered channel', async () => {
    server.addWebhook('222', 'tok', CHANNEL);
    const message = (await rest.post(Routes.webhook('222', 'tok'), {
      body: { content: 'via webhook' },
      query: new URLSearchParams({ wait: 'true' }),
      auth: false,
    })) as { id: string; webhook_id: string };
    expect(message.webhook_id).toBe('222');
    expect(server.messages(CHANNEL)[0]?.content).toBe('via webhook');
    server.failNext('222', 404);
    expect((await apiError(rest.post(Routes.webhook('222', 'tok'), { body: { content: 'x' }, auth: false }))).code).toBe(10015);
  });

  it('supports the interaction response flow and command registration', async () => {
    await rest.post(Routes.interactionCallback('333', 'itok'), { body: { type: 5, data: { flags: 64 } }, auth: false });
    await rest.patch(Routes.webhookMessage(server.applicationId, 'itok'), { body: { content: 'done' }, auth: false });
    await rest.post(Routes.webhook(server.applicationId, 'itok'), { body: { content: 'more', flags: 64 }, auth: false });
    const record = server.interaction('itok');
    expect(record.original?.content).toBe('done');
    expect(record.followUps.map((m) => m.content)).toEqual(['more']);
    expect((await apiError(rest.post(Routes.interactionCallback('333', 'itok'), { body: { type: 4, data: { content: 'again' } }, auth: false }))).code).toBe(
      40060,
    );

    await rest.put(Routes.applicationGuildCommands(server.applicationId, '444'), {
      body: [{ name: 'news', description: 'News digests', type: 1, default_member_permissions: '16' }],
    });
    expect(server.commands('444')).toMatchObject([{ name: 'news', guild_id: '444' }]);
    expect(((await rest.get(Routes.user())) as { id: string }).id).toBe(server.botUserId);
  });

  it('computes which mentions would ping', () => {
    expect(pingsIn({ content: '@everyone <@&123> <@45>' })).toEqual(['@everyone', '<@&123>', '<@45>']);
    expect(pingsIn({ content: '@everyone <@&123>', allowed_mentions: { parse: [] } })).toEqual([]);
  });

  it('answers GET /guilds/:id with the configured system channel, none by default, and scripted errors', async () => {
    const guild = '800000000000000001';
    expect(await rest.get(Routes.guild(guild))).toMatchObject({ id: guild, system_channel_id: null });
    server.setGuild(guild, { system_channel_id: CHANNEL, name: 'Newsroom' });
    expect(await rest.get(Routes.guild(guild))).toMatchObject({ id: guild, name: 'Newsroom', system_channel_id: CHANNEL });
    server.failNext(guild, 404);
    expect((await apiError(rest.get(Routes.guild(guild)))).code).toBe(10004);
  });

  it('opens one DM channel per user with POST /users/@me/channels and records its messages', async () => {
    const user = '600000000000000001';
    const first = (await rest.post(Routes.userChannels(), { body: { recipient_id: user } })) as { id: string; type: number };
    const again = (await rest.post(Routes.userChannels(), { body: { recipient_id: user } })) as { id: string };
    expect(first.type).toBe(1);
    expect(again.id).toBe(first.id);
    expect(server.dmChannel(user)).toBe(first.id);
    await rest.post(Routes.channelMessages(first.id), { body: { content: 'hi', allowed_mentions: { parse: [] } } });
    expect(server.messages(first.id).map((m) => m.content)).toEqual(['hi']);
    expect((await apiError(rest.post(Routes.userChannels(), { body: { recipient_id: 'nobody' } }))).code).toBe(50035);
    server.failNext(user, 403, 1, { code: 50007, message: 'Cannot send messages to this user' });
    expect((await apiError(rest.post(Routes.userChannels(), { body: { recipient_id: user } }))).code).toBe(50007);
  });
});
