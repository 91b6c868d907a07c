import { z } from 'zod';
import type { Digest, Subscription } from '../../core/index.js';
import { escapeDiscordMarkdown, renderDiscordParts, threadName, type DiscordMessage } from '../../render/index.js';
import { ChatDeliveryError, type ChannelNotice, type RenderedPart } from '../../schedule/index.js';

/**
 * Discord delivery parts as stored: a message body (plus `thread_name` when it
 * goes into a thread), or a forum post (`forum_post: { name, message }`). The
 * stored payload crossed a database, so it is parsed as what Discord expects
 * rather than trusted.
 */

const messageSchema = z
  .object({
    content: z.string().optional(),
    embeds: z.array(z.record(z.string(), z.unknown())).optional(),
    thread_name: z.string().min(1).max(100).optional(),
  })
  .loose();

const forumSchema = z.object({ forum_post: z.object({ name: z.string().min(1).max(100), message: messageSchema }) });

export type StoredMessage = z.infer<typeof messageSchema>;
export type StoredPayload =
  { kind: 'message'; message: StoredMessage; threadName: string | null } | { kind: 'forum-post'; name: string; message: StoredMessage };

/** The message body without our own keys and with what may ping decided here, never by the stored payload. */
export function messageBody(message: StoredMessage, allowedMentions: AllowedMentions): Record<string, unknown> {
  const { thread_name: _thread, allowed_mentions: _mentions, ...body } = message as StoredMessage & { allowed_mentions?: unknown };
  return { ...body, allowed_mentions: allowedMentions };
}

export type AllowedMentions = { parse: never[]; roles?: string[] };

/** Nothing the bot posts may ping, except the alert role an instant subscription opted into. */
export function allowedMentionsFor(subscription: Subscription): AllowedMentions {
  return subscription.mode === 'instant' && subscription.mentionRoleId ? { parse: [], roles: [subscription.mentionRoleId] } : { parse: [] };
}

export function renderParts(digest: Digest, subscription: Subscription): RenderedPart[] {
  return renderDiscordParts(digest, { layout: subscription.layout, mentionRoleId: subscription.mentionRoleId ?? null }).map((part) =>
    part.kind === 'forum-post'
      ? { payload: JSON.stringify({ forum_post: { name: part.name, message: part.message } }) }
      : {
          payload: JSON.stringify(part.threadName ? { ...part.message, thread_name: part.threadName } : part.message),
          ...(part.threadOf ? { threadOf: part.threadOf } : {}),
        },
  );
}

/** A notice as one message (or, in a forum, one post titled with it). Plain text, escaped; nothing pings. */
export function renderNotice(notice: ChannelNotice, subscription: Subscription): RenderedPart[] {
  const body = notice.lines.map((line) => escapeDiscordMarkdown(line)).join('\n');
  const title = escapeDiscordMarkdown(notice.title);
  const content = `**${title}**\n${body}`.slice(0, 2000);
  const message: DiscordMessage = { content, allowed_mentions: { parse: [] } };
  if (subscription.layout === 'forum') return [{ payload: JSON.stringify({ forum_post: { name: threadName(notice.title), message } }) }];
  return [{ payload: JSON.stringify(message) }];
}

export function parsePayload(payload: string, subscription: Subscription): StoredPayload {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    json = undefined;
  }
  const forum = forumSchema.safeParse(json);
  if (forum.success) return { kind: 'forum-post', name: forum.data.forum_post.name, message: forum.data.forum_post.message };
  const parsed = messageSchema.safeParse(json);
  if (!parsed.success || (typeof json === 'object' && json !== null && 'forum_post' in json)) {
    throw new ChatDeliveryError(
      `The stored message for subscription ${subscription.id} is not a Discord message body; re-render the digest with news-digest digest --subscription ${subscription.id}.`,
      true,
    );
  }
  return { kind: 'message', message: parsed.data, threadName: parsed.data.thread_name ?? null };
}
