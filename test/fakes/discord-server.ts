import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { attachFakeGateway, type FakeGateway } from './discord-gateway.js';
import { checkMessageLimits } from './discord-limits.js';
import { discordBodyValidator, type DiscordBodyKind, type SchemaViolation } from './discord-schema.js';
import { createThreadRoutes, type FakeAttachment, type FakeChannel, type Reply } from './discord-threads.js';

export { pingsIn, LIMITS as DISCORD_LIMITS } from './discord-limits.js';
export { CHANNEL_TYPES, type FakeAttachment, type FakeChannel } from './discord-threads.js';

/**
 * A local stand-in for Discord's REST API (v10) speaking its wire format, so
 * tests run the real discord.js REST client against it. Give discord.js
 * `new REST({ version: '10', api: server.url })`: it composes
 * `${api}/v10${route}`.
 */

export interface RecordedRequest {
  method: string;
  /** Path without the `/api/v10` prefix or query, e.g. "/channels/123/messages". */
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: IncomingHttpHeaders;
  /** The status the fake answered with. */
  status: number;
}

export interface FakeDiscordMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: unknown[];
  nonce?: string | number;
  webhook_id?: string;
  flags: number;
  allowed_mentions?: unknown;
  /** The full request body that created (or last edited) the message (`payload_json` for multipart uploads). */
  body: Record<string, unknown>;
  /** Files uploaded with the message (multipart/form-data), in attachment order. */
  files: FakeDiscordFile[];
}

export interface FakeDiscordFile {
  id: string;
  filename: string;
  contentType: string;
  description: string | null;
  data: Buffer;
}

export interface FailureOptions {
  /** For 429: seconds in `retry_after` / `Retry-After`. Default 0.05. */
  retryAfterSeconds?: number;
  /** For 429: a global rate limit (X-RateLimit-Global, scope "global") rather than the route's. */
  global?: boolean;
  /** Override Discord's JSON error code (e.g. 50013 Missing Permissions). */
  code?: number;
  message?: string;
}

export interface InteractionRecord {
  callbacks: unknown[];
  original: FakeDiscordMessage | null;
  followUps: FakeDiscordMessage[];
}

export interface FakeDiscordServer {
  /** The base for discord.js REST's `api` option, e.g. http://127.0.0.1:PORT/api. */
  url: string;
  applicationId: string;
  botUserId: string;
  requests: RecordedRequest[];
  /** Messages created in a channel (or through a webhook, under that webhook's channel). */
  messages(channelId: string): FakeDiscordMessage[];
  /** Every request body the OpenAPI schema rejected (each was answered 400). */
  schemaViolations: { path: string; violations: SchemaViolation[] }[];
  /** Answer the next `count` requests for this channel, webhook or interaction id with an error. */
  failNext(majorId: string, status: 403 | 404 | 429 | 500 | 502 | 503, count?: number, options?: FailureOptions): void;
  /** Route a webhook's messages into a channel's message list. */
  addWebhook(webhookId: string, token: string, channelId: string): void;
  interaction(token: string): InteractionRecord;
  /** Successful gateway logins (IDENTIFY) so far. */
  gatewayLogins(): number;
  /** The gateway itself: its shards, and events sent on one shard's connection. */
  gateway: FakeGateway;
  /** Registered commands: global with no argument, else the guild's. */
  commands(guildId?: string): unknown[];
  /**
   * What `GET /guilds/:id` answers for this guild. A guild never set answers
   * with no system channel (`system_channel_id: null`); script errors with failNext(guildId, …).
   */
  setGuild(guildId: string, guild: FakeGuild): void;
  /** The DM channel `POST /users/@me/channels` opened with this user, if any; its messages are in messages(id). */
  dmChannel(userId: string): string | null;
  /** Declares a channel's type (e.g. a forum, 15); undeclared channels are text channels. */
  setChannel(channel: { id: string; type: number; guild_id: string; name: string; parent_id?: string | null }): void;
  channel(id: string): FakeChannel | undefined;
  /** Threads (and forum posts) created under a channel, oldest first; their messages are in messages(thread.id). */
  threads(parentId: string): FakeChannel[];
  /** Serves a file from the CDN stand-in; returns the attachment as interactions' `resolved.attachments` carry it. */
  addAttachment(filename: string, content: string | Buffer, contentType?: string): FakeAttachment;
  close(): Promise<void>;
}

export interface FakeGuild {
  name?: string;
  /** Where Discord posts join messages; null when the server has none. */
  system_channel_id?: string | null;
  owner_id?: string;
}

export interface FakeDiscordOptions {
  applicationId?: string;
  botUserId?: string;
  /** How long a nonce sent with enforce_nonce deduplicates. Discord says "a few minutes". */
  nonceWindowMs?: number;
  /** Validate bodies against Discord's OpenAPI description when present (default true). */
  validateSchema?: boolean;
  /** The only bot token accepted (REST answers 401, the gateway closes with 4004); default: any "Bot …" token. */
  token?: string;
  /** The shard count GET /gateway/bot recommends (default 1). */
  shards?: number;
}

interface PendingFailure extends FailureOptions {
  status: number;
  remaining: number;
}

/** Discord's upload limits for a bot without boosts: 10 files, 10 MiB per request. */
export const UPLOAD_LIMITS = { files: 10, bytes: 10 * 1024 * 1024, description: 1024 } as const;

const NOT_FOUND_CODES: Record<string, { code: number; message: string }> = {
  channel: { code: 10003, message: 'Unknown Channel' },
  webhook: { code: 10015, message: 'Unknown Webhook' },
  interaction: { code: 10062, message: 'Unknown interaction' },
  guild: { code: 10004, message: 'Unknown Guild' },
  user: { code: 10013, message: 'Unknown User' },
};

export async function startFakeDiscordServer(options: FakeDiscordOptions = {}): Promise<FakeDiscordServer> {
  const applicationId = options.applicationId ?? '900000000000000001';
  const botUserId = options.botUserId ?? applicationId;
  const nonceWindowMs = options.nonceWindowMs ?? 5 * 60_000;
  const validator = options.validateSchema === false ? null : discordBodyValidator();

  let nextSnowflake = 1_200_000_000_000_000_000n;
  const snowflake = () => String(nextSnowflake++);
  const requests: RecordedRequest[] = [];
  const schemaViolations: FakeDiscordServer['schemaViolations'] = [];
  const byChannel = new Map<string, FakeDiscordMessage[]>();
  const nonces = new Map<string, { message: FakeDiscordMessage; at: number }>();
  const failures = new Map<string, PendingFailure[]>();
  const webhooks = new Map<string, { token: string; channelId: string }>();
  const interactions = new Map<string, InteractionRecord>();
  const commands = new Map<string, unknown[]>();
  const guilds = new Map<string, FakeGuild>();
  const dmChannels = new Map<string, string>();

  const interaction = (token: string): InteractionRecord => {
    let record = interactions.get(token);
    if (!record) {
      record = { callbacks: [], original: null, followUps: [] };
      interactions.set(token, record);
    }
    return record;
  };

  const makeMessage = (
    channelId: string,
    body: Record<string, unknown>,
    webhookId?: string,
    files: FakeDiscordFile[] = [],
    id?: string,
  ): FakeDiscordMessage => ({
    id: id ?? snowflake(),
    channel_id: channelId,
    content: typeof body.content === 'string' ? body.content : '',
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    ...(body.nonce !== undefined && body.nonce !== null ? { nonce: body.nonce as string | number } : {}),
    ...(webhookId ? { webhook_id: webhookId } : {}),
    flags: typeof body.flags === 'number' ? body.flags : 0,
    allowed_mentions: body.allowed_mentions,
    body,
    files,
  });

  const store = (message: FakeDiscordMessage) => {
    const list = byChannel.get(message.channel_id) ?? [];
    list.push(message);
    byChannel.set(message.channel_id, list);
    return message;
  };

  /** Schema first (Discord's published contract), then the limits Discord enforces beyond it. */
  const validate = (path: string, kind: DiscordBodyKind, body: unknown, messageLike: boolean, hasFiles = false): Reply | null => {
    const violations = validator ? validator(kind, body) : [];
    if (violations.length > 0) {
      schemaViolations.push({ path, violations });
      return { status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: schemaErrorTree(violations) } };
    }
    if (!messageLike) return null;
    const failure = checkMessageLimits(body, { allowEmpty: kind === 'webhookMessageEdit' || hasFiles });
    return failure ? { status: failure.status, body: failure.body } : null;
  };

  const takeFailure = (majorId: string, kind: keyof typeof NOT_FOUND_CODES): Reply | null => {
    const queue = failures.get(majorId);
    const failure = queue?.[0];
    if (!queue || !failure) return null;
    if (--failure.remaining <= 0) queue.shift();
    return failureReply(failure, kind);
  };

  const createMessage = (channelId: string, body: Record<string, unknown>, auth: string, files: FakeDiscordFile[] = [], id?: string): Reply => {
    const nonce = body.nonce;
    const nonceKey = body.enforce_nonce === true && nonce !== undefined && nonce !== null ? `${auth}:${String(nonce)}` : null;
    if (nonceKey) {
      const seen = nonces.get(nonceKey);
      if (seen && Date.now() - seen.at < nonceWindowMs) return { status: 200, body: publicMessage(seen.message, botUserId) };
    }
    const message = store(makeMessage(channelId, body, undefined, files, id));
    if (nonceKey) nonces.set(nonceKey, { message, at: Date.now() });
    return { status: 200, body: publicMessage(message, botUserId) };
  };

  const threadsApi = createThreadRoutes({
    snowflake,
    botUserId,
    defaultGuildId: '800000000000000001',
    needsBot: (headers) =>
      typeof headers.authorization === 'string' && headers.authorization.startsWith('Bot ')
        ? null
        : { status: 401, body: { message: '401: Unauthorized', code: 0 } },
    takeFailure,
    validate,
    createMessage: (channelId, body, auth, id) => createMessage(channelId, body, auth, [], id),
    findMessage: (channelId, messageId) => {
      const found = (byChannel.get(channelId) ?? []).find((message) => message.id === messageId);
      return found ? publicMessage(found, botUserId) : null;
    },
    baseUrl: () => `http://127.0.0.1:${port}`,
  });

  const route = (method: string, path: string, query: URLSearchParams, body: unknown, headers: IncomingHttpHeaders, files: FakeDiscordFile[]): Reply => {
    const threaded = threadsApi.route(method, path, query, body, headers);
    if (threaded) return threaded;
    const auth = headers.authorization;
    const needsBot = (): Reply | null =>
      typeof auth === 'string' && auth.startsWith('Bot ') && (options.token === undefined || auth === `Bot ${options.token}`)
        ? null
        : { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    const object = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    let m: RegExpMatchArray | null;

    if ((m = path.match(/^\/channels\/(\d+)\/messages$/)) && method === 'POST') {
      const channelId = m[1]!;
      return (
        needsBot() ??
        takeFailure(channelId, 'channel') ??
        validate(path, 'messageCreate', body, true, files.length > 0) ??
        createMessage(channelId, object, auth as string, files)
      );
    }
    if ((m = path.match(/^\/channels\/(\d+)$/)) && method === 'GET') {
      const channelId = m[1]!;
      return (
        needsBot() ??
        takeFailure(channelId, 'channel') ?? {
          status: 200,
          body: {
            id: channelId,
            type: 0,
            guild_id: '800000000000000001',
            name: `channel-${channelId}`,
            position: 0,
            permission_overwrites: [],
            nsfw: false,
            parent_id: null,
          },
        }
      );
    }
    if ((m = path.match(/^\/guilds\/(\d+)$/)) && method === 'GET') {
      const guildId = m[1]!;
      return needsBot() ?? takeFailure(guildId, 'guild') ?? { status: 200, body: guildBody(guildId, guilds.get(guildId) ?? {}) };
    }
    if (path === '/users/@me/channels' && method === 'POST') {
      const failed = needsBot() ?? validate(path, 'privateChannelCreate', body, false);
      if (failed) return failed;
      const recipient = typeof object.recipient_id === 'string' ? object.recipient_id : null;
      if (recipient === null || !/^\d+$/.test(recipient)) {
        return {
          status: 400,
          body: {
            code: 50035,
            message: 'Invalid Form Body',
            errors: { recipient_id: { _errors: [{ code: 'NUMBER_TYPE_COERCE', message: 'Value is not snowflake.' }] } },
          },
        };
      }
      const scripted = takeFailure(recipient, 'user');
      if (scripted) return scripted;
      let channelId = dmChannels.get(recipient);
      if (!channelId) {
        channelId = snowflake();
        dmChannels.set(recipient, channelId);
      }
      return {
        status: 200,
        body: {
          id: channelId,
          type: 1,
          last_message_id: null,
          flags: 0,
          recipients: [{ id: recipient, username: `user-${recipient}`, discriminator: '0', global_name: null, avatar: null }],
        },
      };
    }
    if (path === '/gateway/bot' && method === 'GET') {
      return (
        needsBot() ?? {
          status: 200,
          // max_concurrency = shards: every shard may identify at once (discord.js would otherwise wait 5 s between them).
          body: {
            url: gateway.url,
            shards: gateway.shards,
            session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: gateway.shards },
          },
        }
      );
    }
    if (path === '/users/@me' && method === 'GET') {
      return needsBot() ?? { status: 200, body: { id: botUserId, username: 'news-digest', discriminator: '0', global_name: null, avatar: null, bot: true } };
    }
    if ((m = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/)) && method === 'PUT') {
      const failed = needsBot() ?? validate(path, 'commandsOverwrite', body, false);
      if (failed) return failed;
      const registered = (Array.isArray(body) ? body : []).map((command: Record<string, unknown>) => ({
        id: snowflake(),
        application_id: m![1],
        ...(m![2] ? { guild_id: m![2] } : {}),
        version: snowflake(),
        type: 1,
        ...command,
      }));
      commands.set(m[2] ?? 'global', registered);
      return { status: 200, body: registered };
    }
    if ((m = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/)) && method === 'POST') {
      const [, id, token] = m as [string, string, string];
      const failed = takeFailure(id, 'interaction') ?? validate(path, 'interactionCallback', body, false);
      if (failed) return failed;
      const data = (object.data ?? {}) as Record<string, unknown>;
      if (object.type === 4 || object.type === 7) {
        const limits = checkMessageLimits(data);
        if (limits) return { status: limits.status, body: limits.body };
      }
      const record = interaction(token);
      if (record.callbacks.length > 0) return { status: 400, body: { code: 40060, message: 'Interaction has already been acknowledged.' } };
      record.callbacks.push(body);
      if (object.type === 4 || object.type === 5) record.original = makeMessage(`interaction:${token}`, object.type === 4 ? data : {});
      if (query.get('with_response') === 'true') {
        return {
          status: 200,
          body: {
            interaction: { id, type: 2 },
            resource: { type: object.type, ...(record.original ? { message: publicMessage(record.original, botUserId) } : {}) },
          },
        };
      }
      return { status: 204 };
    }
    if ((m = path.match(/^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/)) && method === 'PATCH') {
      const [, id, token] = m as [string, string, string];
      const failed = takeFailure(id, 'webhook') ?? validate(path, 'webhookMessageEdit', body, true);
      if (failed) return failed;
      const record = interaction(token);
      if (!record.original) return { status: 404, body: { code: 10008, message: 'Unknown Message' } };
      record.original = { ...makeMessage(record.original.channel_id, { ...record.original.body, ...object }), id: record.original.id };
      return { status: 200, body: publicMessage(record.original, botUserId) };
    }
    if ((m = path.match(/^\/webhooks\/(\d+)\/([^/]+)$/)) && method === 'POST') {
      const [, id, token] = m as [string, string, string];
      const failed = takeFailure(id, 'webhook') ?? validate(path, 'webhookExecute', body, true, files.length > 0);
      if (failed) return failed;
      if (id === applicationId) {
        const record = interaction(token);
        if (record.callbacks.length === 0) return { status: 404, body: { code: 10015, message: 'Unknown Webhook' } };
        const followUp = makeMessage(`interaction:${token}`, object, id);
        record.followUps.push(followUp);
        return { status: 200, body: publicMessage(followUp) };
      }
      const webhook = webhooks.get(id);
      if (webhook && webhook.token !== token) return { status: 401, body: { code: 50027, message: 'Invalid Webhook Token' } };
      const message = store(makeMessage(query.get('thread_id') ?? webhook?.channelId ?? id, object, id, files));
      return query.get('wait') === 'true' ? { status: 200, body: publicMessage(message) } : { status: 204 };
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  };

  const server = createServer((req, res) => {
    void handle(req, res);
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    let body: unknown = null;
    let files: FakeDiscordFile[] = [];
    let reply: Reply;
    // Like Discord, the path is matched decoded: discord.js sends /users/%40me.
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10(?=\/)/, '');
    const contentType = req.headers['content-type'] ?? '';
    try {
      if (contentType.startsWith('multipart/form-data')) {
        const upload = await readMultipart(raw, contentType);
        if ('status' in upload) throw upload;
        body = upload.body;
        files = upload.files;
      } else {
        body = raw.length === 0 ? null : (JSON.parse(raw.toString('utf8')) as unknown);
      }
      reply = url.pathname.startsWith('/api/v10/')
        ? route(req.method ?? 'GET', path, url.searchParams, body, req.headers, files)
        : (threadsApi.cdn(req.method ?? 'GET', url.pathname) ?? { status: 404, body: { message: '404: Not Found', code: 0 } });
    } catch (error) {
      reply =
        typeof error === 'object' && error !== null && 'status' in error
          ? (error as Reply)
          : { status: 400, body: { code: 50109, message: 'The request body contains invalid JSON.' } };
    }
    requests.push({ method: req.method ?? 'GET', path, query: url.searchParams, body, headers: req.headers, status: reply.status });
    const headers: Record<string, string> = { ...reply.headers };
    if (reply.raw) {
      res.writeHead(reply.status, { ...headers, 'content-type': reply.raw.contentType, 'content-length': String(reply.raw.data.length) });
      res.end(reply.raw.data);
      return;
    }
    if (reply.body !== undefined) headers['content-type'] = 'application/json';
    res.writeHead(reply.status, headers);
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const gateway = attachFakeGateway(server, port, { botUserId, applicationId, token: options.token ?? null, shards: options.shards });

  return {
    url: `http://127.0.0.1:${port}/api`,
    applicationId,
    botUserId,
    requests,
    schemaViolations,
    messages: (channelId) => [...(byChannel.get(channelId) ?? [])],
    failNext: (majorId, status, count = 1, failure = {}) => {
      const queue = failures.get(majorId) ?? [];
      queue.push({ ...failure, status, remaining: count });
      failures.set(majorId, queue);
    },
    addWebhook: (webhookId, token, channelId) => {
      webhooks.set(webhookId, { token, channelId });
    },
    interaction,
    gatewayLogins: () => gateway.identified(),
    gateway,
    commands: (guildId) => [...(commands.get(guildId ?? 'global') ?? [])],
    setGuild: (guildId, guild) => {
      guilds.set(guildId, guild);
    },
    dmChannel: (userId) => dmChannels.get(userId) ?? null,
    setChannel: (channel) => threadsApi.setChannel(channel),
    channel: (id) => threadsApi.channel(id),
    threads: (parentId) => threadsApi.threads(parentId),
    addAttachment: (filename, content, contentType) => threadsApi.addAttachment(filename, content, contentType),
    close: () =>
      new Promise<void>((resolve, reject) => {
        gateway.close();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function failureReply(failure: PendingFailure, kind: keyof typeof NOT_FOUND_CODES): Reply {
  const custom = failure.code !== undefined ? { code: failure.code, message: failure.message ?? 'Error' } : null;
  switch (failure.status) {
    case 403:
      return { status: 403, body: custom ?? { code: 50001, message: 'Missing Access' } };
    case 404:
      return { status: 404, body: custom ?? NOT_FOUND_CODES[kind] };
    case 429: {
      const retryAfter = failure.retryAfterSeconds ?? 0.05;
      return {
        status: 429,
        body: { message: 'You are being rate limited.', retry_after: retryAfter, global: failure.global === true },
        headers: {
          'retry-after': String(retryAfter),
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Date.now() / 1000 + retryAfter),
          'x-ratelimit-reset-after': String(retryAfter),
          'x-ratelimit-bucket': 'fake-bucket',
          'x-ratelimit-scope': failure.global ? 'global' : 'user',
          ...(failure.global ? { 'x-ratelimit-global': 'true' } : {}),
        },
      };
    }
    default:
      return { status: failure.status, body: { message: 'Service Unavailable', code: 0 } };
  }
}

/** A guild object as `GET /guilds/:id` returns it (the fields a bot typically reads). */
function guildBody(guildId: string, guild: FakeGuild): Record<string, unknown> {
  return {
    id: guildId,
    name: guild.name ?? `guild-${guildId}`,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: guild.owner_id ?? '600000000000000009',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    roles: [],
    emojis: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: guild.system_channel_id ?? null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
  };
}

function publicMessage(message: FakeDiscordMessage, botUserId = '900000000000000001'): Record<string, unknown> {
  const { body: _body, allowed_mentions: _mentions, files: _files, ...rest } = message;
  return {
    ...rest,
    type: 0,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: message.files.map((file) => ({
      id: `${message.id}${file.id}`,
      filename: file.filename,
      size: file.data.length,
      content_type: file.contentType,
      description: file.description,
      url: `https://cdn.discordapp.test/attachments/${message.channel_id}/${message.id}/${file.filename}`,
      proxy_url: `https://media.discordapp.test/attachments/${message.channel_id}/${message.id}/${file.filename}`,
    })),
    pinned: false,
    author: { id: message.webhook_id ?? botUserId, username: 'news-digest', discriminator: '0', bot: true },
  };
}

/** Discord nests errors by body path: `{ embeds: { '0': { url: { _errors: [...] } } } }`. */
function schemaErrorTree(violations: SchemaViolation[]): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  for (const violation of violations) {
    let node = tree;
    for (const key of violation.path.split('/').filter(Boolean)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    const list = (node._errors ??= []) as { code: string; message: string }[];
    list.push({ code: `SCHEMA_${violation.keyword.toUpperCase()}`, message: violation.message });
  }
  return tree;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const invalidForm = (message: string): Reply => ({
  status: 400,
  body: { code: 50035, message: 'Invalid Form Body', errors: { _errors: [{ code: 'INVALID_FORM', message }] } },
});

/**
 * A message with files, as Discord takes it: multipart/form-data with the JSON
 * body in `payload_json` and each file in `files[n]`, where `attachments[i].id`
 * names the part `files[id]`. Enforces the file count, the request size and
 * the attachment description length.
 */
async function readMultipart(raw: Buffer, contentType: string): Promise<{ body: Record<string, unknown>; files: FakeDiscordFile[] } | Reply> {
  if (raw.length > UPLOAD_LIMITS.bytes) return { status: 413, body: { code: 40005, message: 'Request entity too large' } };
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
  } catch {
    return invalidForm('The multipart body could not be parsed.');
  }
  const payload = form.get('payload_json');
  let body: Record<string, unknown> = {};
  if (typeof payload === 'string') {
    try {
      body = JSON.parse(payload) as Record<string, unknown>;
    } catch {
      return { status: 400, body: { code: 50109, message: 'The request body contains invalid JSON.' } };
    }
  }
  const parts = new Map<string, File>();
  for (const [name, value] of form.entries()) {
    if (name === 'payload_json') continue;
    const index = /^files\[(\d+)\]$/.exec(name)?.[1];
    if (index === undefined || typeof value === 'string') return invalidForm(`Unexpected form field ${name}.`);
    parts.set(index, value);
  }
  if (parts.size > UPLOAD_LIMITS.files) return invalidForm(`Must be ${UPLOAD_LIMITS.files} or fewer files.`);
  const declared = Array.isArray(body.attachments) ? (body.attachments as { id?: unknown; filename?: unknown; description?: unknown }[]) : [];
  const files: FakeDiscordFile[] = [];
  for (const [index, file] of parts) {
    const meta = declared.find((a) => String(a.id) === index);
    const description = typeof meta?.description === 'string' ? meta.description : null;
    if (description !== null && description.length > UPLOAD_LIMITS.description) {
      return invalidForm(`attachments[${index}].description must be ${UPLOAD_LIMITS.description} or fewer in length.`);
    }
    files.push({
      id: index,
      filename: typeof meta?.filename === 'string' ? meta.filename : file.name,
      contentType: file.type,
      description,
      data: Buffer.from(await file.arrayBuffer()),
    });
  }
  for (const attachment of declared) {
    if (!parts.has(String(attachment.id)))
      return invalidForm(`attachments: no file part files[${String(attachment.id)}] for attachment id ${String(attachment.id)}.`);
  }
  return { body, files };
}
