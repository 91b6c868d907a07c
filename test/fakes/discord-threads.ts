import type { IncomingHttpHeaders } from 'node:http';
import { checkMessageLimits } from './discord-limits.js';
import type { DiscordBodyKind } from './discord-schema.js';

/**
 * Channels, threads, forum posts and attachments of the fake Discord API, as
 * the real one behaves: a forum (type 15) or media channel (16) takes no
 * messages, only posts (`POST /channels/{forum}/threads` with a first
 * message, which shares the thread's id); a thread started from a message
 * takes that message's id and a second start answers 160004; thread names are
 * 1–100 characters; messages in a thread go to `POST /channels/{thread}/messages`.
 * Attachments are served by a CDN stand-in on the same server.
 */

export const CHANNEL_TYPES = { text: 0, announcement: 5, publicThread: 11, forum: 15, media: 16 } as const;

export interface FakeChannel {
  id: string;
  type: number;
  guild_id: string;
  name: string;
  parent_id: string | null;
  owner_id?: string;
  archived?: boolean;
}

export interface FakeAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  content_type: string;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  raw?: { contentType: string; data: Buffer };
}

/** What the thread routes need from the fake server around them. */
export interface ThreadHost {
  snowflake(): string;
  botUserId: string;
  defaultGuildId: string;
  needsBot(headers: IncomingHttpHeaders): Reply | null;
  takeFailure(majorId: string, kind: 'channel'): Reply | null;
  validate(path: string, kind: DiscordBodyKind, body: unknown, messageLike: boolean): Reply | null;
  /** Stores a message in a channel (nonce handling included) and returns the reply. */
  createMessage(channelId: string, body: Record<string, unknown>, auth: string, id?: string): Reply;
  findMessage(channelId: string, messageId: string): Record<string, unknown> | null;
  baseUrl(): string;
}

const isForum = (channel: FakeChannel | undefined) => channel?.type === CHANNEL_TYPES.forum || channel?.type === CHANNEL_TYPES.media;

export function createThreadRoutes(host: ThreadHost) {
  const channels = new Map<string, FakeChannel>();
  const attachments = new Map<string, { meta: FakeAttachment; data: Buffer }>();

  const threadBody = (thread: FakeChannel) => ({
    ...thread,
    flags: 0,
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 1,
    member_count: 1,
    total_message_sent: 1,
    thread_metadata: { archived: thread.archived ?? false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
  });

  const route = (method: string, path: string, query: URLSearchParams, body: unknown, headers: IncomingHttpHeaders): Reply | null => {
    const object = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    let m: RegExpMatchArray | null;
    if ((m = path.match(/^\/channels\/(\d+)\/messages$/)) && method === 'POST' && isForum(channels.get(m[1]!))) {
      return host.needsBot(headers) ?? { status: 400, body: { code: 50008, message: 'Cannot send messages in a non-text channel' } };
    }
    if ((m = path.match(/^\/channels\/(\d+)\/threads$/)) && method === 'POST') {
      const parentId = m[1]!;
      const failed = host.needsBot(headers) ?? host.takeFailure(parentId, 'channel') ?? host.validate(path, 'threadCreate', body, false);
      if (failed) return failed;
      const parent = channels.get(parentId);
      const message = (object.message ?? null) as Record<string, unknown> | null;
      if (isForum(parent) && message === null) {
        return {
          status: 400,
          body: {
            code: 50035,
            message: 'Invalid Form Body',
            errors: { message: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] } },
          },
        };
      }
      if (message) {
        const limits = checkMessageLimits(message);
        if (limits) return { status: limits.status, body: limits.body };
      }
      const thread: FakeChannel = {
        id: host.snowflake(),
        type: CHANNEL_TYPES.publicThread,
        guild_id: parent?.guild_id ?? host.defaultGuildId,
        name: String(object.name),
        parent_id: parentId,
        owner_id: host.botUserId,
      };
      channels.set(thread.id, thread);
      if (message && isForum(parent)) {
        const created = host.createMessage(thread.id, message, String(headers.authorization), thread.id);
        return { status: 201, body: { ...threadBody(thread), message: created.body } };
      }
      return { status: 201, body: threadBody(thread) };
    }
    if ((m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)\/threads$/)) && method === 'POST') {
      const [, channelId, messageId] = m as [string, string, string];
      const failed = host.needsBot(headers) ?? host.takeFailure(channelId, 'channel') ?? host.validate(path, 'threadFromMessage', body, false);
      if (failed) return failed;
      if (!host.findMessage(channelId, messageId)) return { status: 404, body: { code: 10008, message: 'Unknown Message' } };
      if (channels.has(messageId)) return { status: 400, body: { code: 160004, message: 'A thread has already been created for this message' } };
      const parent = channels.get(channelId);
      const thread: FakeChannel = {
        id: messageId,
        type: CHANNEL_TYPES.publicThread,
        guild_id: parent?.guild_id ?? host.defaultGuildId,
        name: String(object.name),
        parent_id: channelId,
        owner_id: host.botUserId,
      };
      channels.set(thread.id, thread);
      return { status: 201, body: threadBody(thread) };
    }
    if ((m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)$/)) && method === 'GET') {
      const failed = host.needsBot(headers);
      if (failed) return failed;
      const found = host.findMessage(m[1]!, m[2]!);
      return found ? { status: 200, body: found } : { status: 404, body: { code: 10008, message: 'Unknown Message' } };
    }
    if ((m = path.match(/^\/guilds\/(\d+)\/threads\/active$/)) && method === 'GET') {
      const failed = host.needsBot(headers);
      if (failed) return failed;
      const threads = [...channels.values()].filter((c) => c.type === CHANNEL_TYPES.publicThread && c.guild_id === m![1] && !c.archived).map(threadBody);
      return { status: 200, body: { threads, members: [], has_more: false } };
    }
    if ((m = path.match(/^\/channels\/(\d+)$/)) && method === 'GET' && channels.has(m[1]!)) {
      return host.needsBot(headers) ?? { status: 200, body: { position: 0, permission_overwrites: [], nsfw: false, ...channels.get(m[1]!) } };
    }
    void query;
    return null;
  };

  /** The CDN stand-in (outside /api): GET /attachments/{id}/{filename}. */
  const cdn = (method: string, path: string): Reply | null => {
    const m = path.match(/^\/attachments\/(\d+)\/[^/]+$/);
    if (!m || method !== 'GET') return null;
    const file = attachments.get(m[1]!);
    return file ? { status: 200, raw: { contentType: file.meta.content_type, data: file.data } } : { status: 404, body: { message: 'Not Found' } };
  };

  return {
    route,
    cdn,
    /** Declare a channel (e.g. a forum) so the fake knows its type. */
    setChannel(channel: Omit<FakeChannel, 'parent_id'> & { parent_id?: string | null }): void {
      channels.set(channel.id, { parent_id: null, ...channel });
    },
    channel: (id: string): FakeChannel | undefined => channels.get(id),
    /** Threads (forum posts included) under a channel, oldest first. */
    threads: (parentId: string): FakeChannel[] => [...channels.values()].filter((c) => c.parent_id === parentId && c.type === CHANNEL_TYPES.publicThread),
    /** Serves a file as Discord's CDN would; the result is what an interaction's `resolved.attachments` carries. */
    addAttachment(filename: string, content: string | Buffer, contentType = 'text/x-opml; charset=utf-8'): FakeAttachment {
      const id = host.snowflake();
      const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      const meta = { id, filename, size: data.length, url: `${host.baseUrl()}/attachments/${id}/${encodeURIComponent(filename)}`, content_type: contentType };
      attachments.set(id, { meta, data });
      return meta;
    },
  };
}
