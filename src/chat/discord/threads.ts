import { DiscordAPIError, Routes, type REST } from 'discord.js';
import { z } from 'zod';
import type { Logger } from '../../config/index.js';
import type { Subscription } from '../../core/index.js';
import type { StoredMessage } from './parts.js';

/**
 * Threads and forum posts. A thread started from a message has that
 * message's id, so starting it again (a retry after a crash) is recognised by
 * Discord's "already created" answer (code 160004). A forum post cannot carry
 * a nonce, so before posting one the bot looks among the guild's active
 * threads for its own post with the same name in that forum and compares the
 * first message: a post that reached Discord before a crash is not posted twice.
 */

/** "A thread has already been created for this message." */
const THREAD_EXISTS = 160004;
/** Threads under a digest stay open a day; forum posts follow the forum's default. */
const THREAD_ARCHIVE_MINUTES = 1440;

const threadSchema = z.object({ id: z.string(), parent_id: z.string().nullish(), name: z.string().optional(), owner_id: z.string().nullish() }).loose();
const activeSchema = z.object({ threads: z.array(threadSchema).default([]) }).loose();
const messageSchema = z
  .object({ content: z.string().optional(), embeds: z.array(z.object({ title: z.string().optional(), url: z.string().optional() }).loose()).optional() })
  .loose();
const userSchema = z.object({ id: z.string() }).loose();

export interface ThreadPoster {
  /** Starts (or finds) the thread under a posted message; resolves with the thread's channel id. */
  threadUnder(channelId: string, messageId: string, name: string): Promise<string>;
  /** The forum post already made for this message, or null. */
  findForumPost(subscription: Subscription, name: string, message: StoredMessage): Promise<string | null>;
}

const fingerprint = (message: { content?: string; embeds?: { title?: string; url?: string }[] }): string =>
  JSON.stringify([message.content ?? '', (message.embeds ?? []).map((embed) => [embed.title ?? '', embed.url ?? ''])]);

export function createThreadPoster(rest: REST, logger: Logger): ThreadPoster {
  const started = new Set<string>();
  let botUser: Promise<string | null> | null = null;
  const botUserId = (): Promise<string | null> => {
    botUser ??= rest.get(Routes.user()).then(
      (user) => userSchema.parse(user).id,
      () => null,
    );
    return botUser;
  };

  return {
    async threadUnder(channelId, messageId, name) {
      if (started.has(messageId)) return messageId;
      try {
        await rest.post(Routes.threads(channelId, messageId), { body: { name, auto_archive_duration: THREAD_ARCHIVE_MINUTES } });
      } catch (error) {
        if (!(error instanceof DiscordAPIError && error.code === THREAD_EXISTS)) throw error;
      }
      started.add(messageId);
      return messageId;
    },

    async findForumPost(subscription, name, message) {
      if (!subscription.workspaceId) return null;
      let threads: z.infer<typeof threadSchema>[];
      try {
        threads = activeSchema.parse(await rest.get(Routes.guildActiveThreads(subscription.workspaceId))).threads;
      } catch (error) {
        // The check is a safeguard; the post itself reports real channel problems.
        logger.warn(
          { subscriptionId: subscription.id, err: error instanceof Error ? error.message : String(error) },
          'could not list active threads before posting',
        );
        return null;
      }
      const me = await botUserId();
      const wanted = fingerprint(message as { content?: string; embeds?: { title?: string; url?: string }[] });
      for (const thread of threads) {
        if (thread.parent_id !== subscription.channelId || thread.name !== name || (me !== null && thread.owner_id !== me)) continue;
        const starter = messageSchema.safeParse(await rest.get(Routes.channelMessage(thread.id, thread.id)).catch(() => null));
        if (starter.success && fingerprint(starter.data) === wanted) return thread.id;
      }
      return null;
    },
  };
}
