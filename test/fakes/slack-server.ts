import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * A local stand-in for Slack's Web API (https://slack.com/api/…) speaking the
 * real wire format: form-encoded or JSON bodies, Bearer tokens, `{ok:false,
 * error}` answers with HTTP 200, 429 + Retry-After for rate limits — and it
 * rejects messages that break Block Kit limits the way Slack does.
 * It also accepts `response_url` posts at /response/<id>, and plays Socket
 * Mode: apps.connections.open hands out a ws:// URL on the same port, where
 * it greets with `hello` and sends envelopes the client must ack.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | null;
  contentType: string | null;
  body: Record<string, unknown>;
}

export interface StoredMessage {
  channel: string;
  ts: string;
  text: string | null;
  blocks: unknown[] | null;
  metadata: { event_type: string; event_payload: Record<string, unknown> } | null;
  /** Set on a reply: the ts of the thread's parent message. */
  threadTs: string | null;
  /** Every other argument as sent (unfurl_links, parse, …). */
  args: Record<string, unknown>;
}

/** A file uploaded through files.getUploadURLExternal → upload URL → files.completeUploadExternal. */
export interface StoredFile {
  id: string;
  filename: string;
  /** The byte length declared to files.getUploadURLExternal. */
  length: number;
  altText: string | null;
  /** The bytes posted to the upload URL; null until then. */
  data: Buffer | null;
  /** Set by files.completeUploadExternal. */
  title: string | null;
  channel: string | null;
  initialComment: string | null;
  completed: boolean;
}

export interface FakeUser {
  id: string;
  is_admin?: boolean;
  is_owner?: boolean;
  is_bot?: boolean;
}

export interface FakeChannel {
  id: string;
  name?: string;
  creator?: string;
  is_archived?: boolean;
}

export interface FakeSlackServer {
  /** http://127.0.0.1:PORT */
  baseUrl: string;
  /** The Web API base for WebClient's `slackApiUrl` (ends with /api/). */
  apiUrl: string;
  token: string;
  teamId: string;
  requests: RecordedRequest[];
  /** Messages chat.postMessage accepted, oldest first. */
  messages: StoredMessage[];
  /** Files apps asked to upload, in order (see StoredFile for each step's fields). */
  files: StoredFile[];
  /** Bodies posted to a response_url, keyed by its id. */
  responses: Array<{ id: string; body: Record<string, unknown> }>;
  responseUrl(id: string): string;
  addUser(user: FakeUser): void;
  addChannel(channel: FakeChannel): void;
  /**
   * The DM channel (D…) a chat.postMessage to this user id opened, if any. Like
   * Slack, a post with a user id (U…/W…) as `channel` lands in the app's DM with
   * that user; its messages carry the D… id. failChannel(userId, …) scripts errors.
   */
  dmChannel(userId: string): string | null;
  /** Every post to this channel fails with `error` until cleared with null. */
  failChannel(channelId: string, error: string | null): void;
  /** The next `count` Web API calls answer 429 ratelimited with Retry-After. */
  rateLimitNext(count: number, retryAfterSeconds: number): void;
  /** The next `count` Web API calls answer with this 5xx status. */
  failNextWithStatus(count: number, status?: number): void;
  /** Calls to this Web API method wait (unanswered) until `release()`: makes "the work outlasts the budget" certain, not timing luck. */
  hold(method: string): { release(): void };
  /** The app-level token Socket Mode must present to apps.connections.open. */
  appToken: string;
  /** Resolves when a Socket Mode client has connected and been greeted. */
  socketConnected(): Promise<void>;
  /** Sends a slash command over Socket Mode and resolves with the client's ack payload. */
  sendSlashCommand(payload: Record<string, string>): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

type ApiAnswer = { status?: number; headers?: Record<string, string>; body: Record<string, unknown> };

const LIMITS = { blocks: 50, sectionText: 3000, headerText: 150, contextElements: 10, text: 40_000 };
const JSON_FIELDS = new Set(['blocks', 'attachments', 'metadata', 'files']);
/** files.getUploadURLExternal's documented limits: alt_txt up to 1,000 characters; uploads up to 1 GB. */
const FILE_LIMITS = { altText: 1000, bytes: 1024 * 1024 * 1024, comment: 40_000 };

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The upload URL takes the file as raw bytes or as a multipart form (any field name), like Slack's. */
async function uploadedBytes(raw: Buffer, contentType: string | null): Promise<Buffer | null> {
  if (!contentType?.startsWith('multipart/form-data')) return raw;
  try {
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
    for (const value of form.values()) if (typeof value !== 'string') return Buffer.from(await value.arrayBuffer());
  } catch {
    return null;
  }
  return null;
}

function parseBody(raw: string, contentType: string | null): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (JSON_FIELDS.has(key)) {
      try {
        out[key] = JSON.parse(value);
      } catch {
        out[key] = { unparseable: value };
      }
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** Returns Slack's error code for a message that breaks a Block Kit limit, or null. */
export function blockKitViolation(text: unknown, blocks: unknown): string | null {
  const hasText = typeof text === 'string' && text.length > 0;
  if (blocks === undefined || blocks === null) return hasText ? textViolation(text) : 'no_text';
  if (!Array.isArray(blocks)) return 'invalid_blocks_format';
  if (blocks.length === 0 && !hasText) return 'no_text';
  if (blocks.length > LIMITS.blocks) return 'invalid_blocks';
  for (const block of blocks) {
    if (!isValidBlock(block)) return 'invalid_blocks';
  }
  return hasText ? textViolation(text) : null;
}

function textViolation(text: string): string | null {
  return text.length > LIMITS.text ? 'msg_too_long' : null;
}

function textObject(value: unknown, types: string[], max: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { type, text } = value as { type?: unknown; text?: unknown };
  return typeof type === 'string' && types.includes(type) && typeof text === 'string' && text.length >= 1 && text.length <= max;
}

function isValidBlock(block: unknown): boolean {
  if (typeof block !== 'object' || block === null) return false;
  const b = block as Record<string, unknown>;
  switch (b.type) {
    case 'header':
      return textObject(b.text, ['plain_text'], LIMITS.headerText);
    case 'section':
      return textObject(b.text, ['plain_text', 'mrkdwn'], LIMITS.sectionText);
    case 'context':
      return (
        Array.isArray(b.elements) &&
        b.elements.length >= 1 &&
        b.elements.length <= LIMITS.contextElements &&
        b.elements.every((e) => textObject(e, ['plain_text', 'mrkdwn'], LIMITS.sectionText))
      );
    case 'divider':
      return true;
    default:
      return false;
  }
}

export async function startFakeSlackServer(options: { token?: string; teamId?: string; appToken?: string } = {}): Promise<FakeSlackServer> {
  const token = options.token ?? 'xoxb-fake-token';
  const appToken = options.appToken ?? 'xapp-fake-app-token';
  const sockets = new WebSocketServer({ noServer: true });
  const pendingAcks = new Map<string, (payload: Record<string, unknown>) => void>();
  let socket: WebSocket | null = null;
  let greeted: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => {
    greeted = resolve;
  });
  let envelopeCounter = 0;
  const teamId = options.teamId ?? 'T0FAKE';
  const requests: RecordedRequest[] = [];
  const messages: StoredMessage[] = [];
  const responses: Array<{ id: string; body: Record<string, unknown> }> = [];
  const files: StoredFile[] = [];
  const users = new Map<string, FakeUser>();
  const channels = new Map<string, FakeChannel>();
  const channelErrors = new Map<string, string>();
  const dmChannels = new Map<string, string>();
  let rateLimited = { count: 0, retryAfter: 1 };
  let failing = { count: 0, status: 503 };
  let tsCounter = 0;
  let baseUrlOf = (): string => '';

  const openDm = (userId: string): string => {
    let channel = dmChannels.get(userId);
    if (!channel) {
      channel = `D${String(dmChannels.size + 1).padStart(8, '0')}`;
      dmChannels.set(userId, channel);
    }
    return channel;
  };

  const nextTs = (): string => {
    tsCounter += 1;
    return `${1_700_000_000 + tsCounter}.${String(tsCounter).padStart(6, '0')}`;
  };

  const methods: Record<string, (args: Record<string, unknown>) => ApiAnswer> = {
    'auth.test': () => ({
      body: { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'newsbot', team_id: teamId, user_id: 'UBOT', bot_id: 'BBOT' },
    }),
    'chat.postMessage': (args) => {
      const target = String(args.channel ?? '');
      if (!target) return { body: { ok: false, error: 'channel_not_found' } };
      const scripted = channelErrors.get(target);
      if (scripted) return { body: { ok: false, error: scripted } };
      const channel = /^[UW][A-Z0-9]+$/u.test(target) ? openDm(target) : target;
      if (channels.get(channel)?.is_archived) return { body: { ok: false, error: 'is_archived' } };
      const violation = blockKitViolation(args.text, args.blocks);
      if (violation) return { body: { ok: false, error: violation } };
      const { text, blocks, metadata, thread_ts: threadTs, ...rest } = args;
      // A reply names its parent by ts; Slack refuses one that is not a message of this channel.
      if (threadTs !== undefined && !messages.some((m) => m.channel === channel && m.ts === String(threadTs) && m.threadTs === null)) {
        return { body: { ok: false, error: 'thread_not_found' } };
      }
      const message: StoredMessage = {
        channel,
        ts: nextTs(),
        text: typeof text === 'string' ? text : null,
        blocks: Array.isArray(blocks) ? blocks : null,
        metadata: (metadata as StoredMessage['metadata']) ?? null,
        threadTs: threadTs === undefined ? null : String(threadTs),
        args: rest,
      };
      messages.push(message);
      return { body: { ok: true, channel, ts: message.ts, message: { text: message.text, ts: message.ts } } };
    },
    'files.getUploadURLExternal': (args) => {
      const filename = typeof args.filename === 'string' ? args.filename : '';
      const length = Number(args.length);
      if (filename === '' || args.length === undefined) return { body: { ok: false, error: 'invalid_arguments' } };
      if (!Number.isInteger(length) || length <= 0) return { body: { ok: false, error: 'missing_argument' } };
      if (length > FILE_LIMITS.bytes) return { body: { ok: false, error: 'file_upload_size_restricted' } };
      const altText = typeof args.alt_txt === 'string' ? args.alt_txt : null;
      if (altText !== null && altText.length > FILE_LIMITS.altText) return { body: { ok: false, error: 'alt_txt_too_large' } };
      const id = `F${String(files.length + 1).padStart(8, '0')}`;
      files.push({ id, filename, length, altText, data: null, title: null, channel: null, initialComment: null, completed: false });
      return { body: { ok: true, upload_url: `${baseUrlOf()}/upload/v1/${id}`, file_id: id } };
    },
    'files.completeUploadExternal': (args) => {
      const list = Array.isArray(args.files) ? (args.files as { id?: unknown; title?: unknown }[]) : null;
      if (!list || list.length === 0) return { body: { ok: false, error: 'invalid_arguments' } };
      const channel = typeof args.channel_id === 'string' ? args.channel_id : null;
      if (channel) {
        const scripted = channelErrors.get(channel);
        if (scripted) return { body: { ok: false, error: scripted } };
        if (channels.get(channel)?.is_archived) return { body: { ok: false, error: 'is_archived' } };
      }
      const comment = typeof args.initial_comment === 'string' ? args.initial_comment : null;
      if (comment !== null && comment.length > FILE_LIMITS.comment) return { body: { ok: false, error: 'msg_too_long' } };
      const done: StoredFile[] = [];
      for (const entry of list) {
        const file = files.find((f) => f.id === entry.id);
        // A file id never handed out, or whose bytes never arrived (or arrived short), cannot be completed.
        if (!file || file.completed || !file.data || file.data.length !== file.length) return { body: { ok: false, error: 'file_not_found' } };
        done.push(file);
      }
      for (const file of done) {
        const entry = list.find((e) => e.id === file.id);
        file.title = typeof entry?.title === 'string' ? entry.title : file.filename;
        file.channel = channel;
        file.initialComment = comment;
        file.completed = true;
      }
      return {
        body: {
          ok: true,
          files: done.map((f) => ({
            id: f.id,
            name: f.filename,
            title: f.title,
            mimetype: 'image/png',
            size: f.length,
            ...(channel ? { channels: [channel] } : {}),
          })),
        },
      };
    },
    'conversations.history': (args) => {
      const channel = String(args.channel ?? '');
      const scripted = channelErrors.get(channel);
      if (scripted) return { body: { ok: false, error: scripted } };
      const withMetadata = args.include_all_metadata === true || args.include_all_metadata === 'true';
      const limit = Number(args.limit ?? 100);
      // Like Slack, the channel's history holds top-level messages only; replies are read with conversations.replies.
      const found = messages
        .filter((m) => m.channel === channel && m.threadTs === null)
        .reverse()
        .slice(0, limit)
        .map((m) => ({ type: 'message', ts: m.ts, text: m.text, ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}) }));
      return { body: { ok: true, messages: found, has_more: false } };
    },
    'conversations.replies': (args) => {
      const channel = String(args.channel ?? '');
      const ts = String(args.ts ?? '');
      const scripted = channelErrors.get(channel);
      if (scripted) return { body: { ok: false, error: scripted } };
      const parent = messages.find((m) => m.channel === channel && m.ts === ts);
      if (!parent) return { body: { ok: false, error: 'thread_not_found' } };
      const withMetadata = args.include_all_metadata === true || args.include_all_metadata === 'true';
      const thread = [parent, ...messages.filter((m) => m.channel === channel && m.threadTs === ts)].slice(0, Number(args.limit ?? 1000));
      const found = thread.map((m) => ({
        type: 'message',
        ts: m.ts,
        text: m.text,
        ...(m.threadTs ? { thread_ts: m.threadTs } : { thread_ts: m.ts }),
        ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}),
      }));
      return { body: { ok: true, messages: found, has_more: false } };
    },
    'conversations.info': (args) => {
      const channel = channels.get(String(args.channel ?? ''));
      if (!channel) return { body: { ok: false, error: 'channel_not_found' } };
      return {
        body: {
          ok: true,
          channel: { id: channel.id, name: channel.name ?? channel.id, creator: channel.creator ?? null, is_archived: channel.is_archived ?? false },
        },
      };
    },
    'users.info': (args) => {
      const user = users.get(String(args.user ?? ''));
      if (!user) return { body: { ok: false, error: 'user_not_found' } };
      return {
        body: {
          ok: true,
          user: { id: user.id, team_id: teamId, is_admin: user.is_admin ?? false, is_owner: user.is_owner ?? false, is_bot: user.is_bot ?? false },
        },
      };
    },
  };

  const send = (res: ServerResponse, answer: ApiAnswer): void => {
    res.writeHead(answer.status ?? 200, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
    res.end(JSON.stringify(answer.body));
  };

  const handleApi = (method: string, args: Record<string, unknown>, authorization: string | null): ApiAnswer => {
    if (rateLimited.count > 0) {
      rateLimited.count -= 1;
      return { status: 429, headers: { 'retry-after': String(rateLimited.retryAfter) }, body: { ok: false, error: 'ratelimited' } };
    }
    if (failing.count > 0) {
      failing.count -= 1;
      return { status: failing.status, body: { ok: false, error: 'service_unavailable' } };
    }
    const bearer = authorization?.replace(/^Bearer\s+/iu, '') ?? (typeof args.token === 'string' ? args.token : null);
    if (!bearer) return { body: { ok: false, error: 'not_authed' } };
    if (method === 'apps.connections.open') {
      if (bearer !== appToken) return { body: { ok: false, error: 'invalid_auth' } };
      return { body: { ok: true, url: `ws://127.0.0.1:${port}/socket` } };
    }
    if (bearer !== token) return { body: { ok: false, error: 'invalid_auth' } };
    const handler = methods[method];
    if (!handler) return { status: 404, body: { ok: false, error: 'unknown_method' } };
    return handler(args);
  };

  const held = new Map<string, { promise: Promise<void> }>();

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const contentType = req.headers['content-type'] ?? null;
      const raw = await readBody(req);
      const upload = /^\/upload\/v1\/(F\d+)$/.exec(url.pathname);
      if (upload && req.method === 'POST') {
        const file = files.find((f) => f.id === upload[1]);
        const bytes = await uploadedBytes(raw, contentType);
        requests.push({ method: 'POST', path: url.pathname, authorization: req.headers.authorization ?? null, contentType, body: { bytes: raw.length } });
        if (!file || file.completed || bytes === null) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
          return;
        }
        file.data = bytes;
        res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${bytes.length}`);
        return;
      }
      let body: Record<string, unknown>;
      try {
        body = parseBody(raw.toString('utf8'), contentType);
      } catch {
        send(res, { status: 400, body: { ok: false, error: 'invalid_json' } });
        return;
      }
      const authorization = req.headers.authorization ?? null;
      requests.push({ method: req.method ?? 'GET', path: url.pathname, authorization, contentType, body });
      if (url.pathname.startsWith('/response/')) {
        responses.push({ id: url.pathname.slice('/response/'.length), body });
        send(res, { body: { ok: true } });
        return;
      }
      if (!url.pathname.startsWith('/api/')) {
        send(res, { status: 404, body: { ok: false, error: 'not_found' } });
        return;
      }
      const method = url.pathname.slice('/api/'.length);
      await held.get(method)?.promise;
      send(res, handleApi(method, body, authorization));
    })();
  });

  server.on('upgrade', (req, duplex, head) => {
    if (!req.url?.startsWith('/socket')) {
      duplex.destroy();
      return;
    }
    sockets.handleUpgrade(req, duplex, head, (ws) => {
      socket = ws;
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: Record<string, unknown> };
        const resolve = message.envelope_id ? pendingAcks.get(message.envelope_id) : undefined;
        if (resolve) {
          pendingAcks.delete(message.envelope_id!);
          resolve(message.payload ?? {});
        }
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A0FAKE' } }));
      greeted();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  baseUrlOf = () => baseUrl;

  return {
    baseUrl,
    apiUrl: `${baseUrl}/api/`,
    token,
    teamId,
    requests,
    messages,
    files,
    responses,
    responseUrl: (id) => `${baseUrl}/response/${id}`,
    addUser: (user) => void users.set(user.id, user),
    addChannel: (channel) => void channels.set(channel.id, channel),
    dmChannel: (userId) => dmChannels.get(userId) ?? null,
    failChannel: (channelId, error) => {
      if (error === null) channelErrors.delete(channelId);
      else channelErrors.set(channelId, error);
    },
    rateLimitNext: (count, retryAfterSeconds) => {
      rateLimited = { count, retryAfter: retryAfterSeconds };
    },
    failNextWithStatus: (count, status = 503) => {
      failing = { count, status };
    },
    hold: (method) => {
      let release = () => {};
      const promise = new Promise<void>((resolve) => (release = resolve));
      held.set(method, { promise });
      return {
        release: () => {
          held.delete(method);
          release();
        },
      };
    },
    appToken,
    socketConnected: () => connected,
    sendSlashCommand: (payload) =>
      new Promise((resolve, reject) => {
        if (!socket) {
          reject(new Error('no Socket Mode client is connected'));
          return;
        }
        envelopeCounter += 1;
        const envelopeId = `env-${envelopeCounter}`;
        pendingAcks.set(envelopeId, resolve);
        socket.send(JSON.stringify({ envelope_id: envelopeId, type: 'slash_commands', payload, accepts_response_payload: true }));
      }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
