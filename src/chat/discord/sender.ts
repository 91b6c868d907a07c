import { createHash } from 'node:crypto';
import { Routes, type REST } from 'discord.js';
import { z } from 'zod';
import type { Logger } from '../../config/index.js';
import type { Digest, Subscription } from '../../core/index.js';
import { renderDiscordDigest } from '../../render/index.js';
import { ChatDeliveryError, type ChatSender, type SendContext } from '../../schedule/index.js';
import { toDeliveryError } from './delivery-errors.js';
import { allowedMentionsFor, messageBody, parsePayload, renderNotice, renderParts } from './parts.js';
import { createDiscordRest, type DiscordRestOptions } from './rest.js';
import { createThreadPoster } from './threads.js';
import { parseDiscordWebhookUrl } from './webhook-url.js';
import { postDiscordImage, type DiscordImageTarget, type PostedImage } from './image.js';
import type { ChartImage } from '../../render/index.js';

export interface DiscordSenderOptions extends DiscordRestOptions {
  logger: Logger;
}

export type DiscordSender = ChatSender & {
  platform: 'discord';
  /** Posts a chart PNG as an attachment (the `/news trends` reply and a digest's weekly chart). */
  postImage(target: DiscordImageTarget, image: ChartImage, idempotencyKey?: string): Promise<PostedImage>;
  close(): void;
};

/** Discord accepts nonces of at most 25 characters. */
const NONCE_LENGTH = 25;

const createdMessageSchema = z.object({ id: z.string() }).loose();
const guildSchema = z.object({ system_channel_id: z.string().nullish() }).loose();
const dmChannelSchema = z.object({ id: z.string() }).loose();

/** Discord user ids are snowflakes; `createdBy` may also be a CLI user or null. */
const DISCORD_USER_ID = /^\d{15,21}$/;
/** Message content limit is 2,000 characters; the reason is ours, but keep the notice short. */
const MAX_REASON_LENGTH = 1500;

/** The operator notice for a paused subscription. Channel mentions render as links but never ping. */
export function discordPauseNotice(subscription: Subscription, reason: string): string {
  const shortReason = reason.length > MAX_REASON_LENGTH ? `${reason.slice(0, MAX_REASON_LENGTH - 1)}…` : reason;
  const trimmed = shortReason.replace(/[.\s]+$/u, '');
  return `news-digest paused the digest for <#${subscription.channelId}>: ${trimmed}. Fix it, then run /news subscribe in that channel to resume.`;
}

/** The stable nonce for a delivery part: a hash, since idempotency keys can be longer than 25 characters. */
export function discordNonce(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('hex').slice(0, NONCE_LENGTH);
}

export function createDiscordSender(options: DiscordSenderOptions): DiscordSender {
  const rest: REST = createDiscordRest(options);
  const { logger } = options;
  const threads = createThreadPoster(rest, logger);
  rest.on('rateLimited', (info) => {
    // A webhook route carries its token; never let it reach the log.
    const route = info.route.replace(/\/webhooks\/[^/]+\/[^/?]+/, '/webhooks/:id/:token');
    logger.warn({ route, retryAfterMs: info.retryAfter, global: info.global }, 'Discord rate limit; waiting');
  });

  /** The guild's system channel (where Discord posts join messages), or null when it has none or cannot be read. */
  const systemChannelOf = async (guildId: string | null): Promise<string | null> => {
    if (!guildId) return null;
    try {
      return guildSchema.parse(await rest.get(Routes.guild(guildId))).system_channel_id ?? null;
    } catch (error) {
      logger.warn({ guildId, err: errorText(error) }, 'could not read the server to find its system channel');
      return null;
    }
  };

  return {
    platform: 'discord',
    renderDigest: (digest: Digest, _subscription: Subscription) => renderDiscordDigest(digest).map((message) => JSON.stringify(message)),

    renderParts,
    renderNotice,

    async send(subscription, payload, idempotencyKey, context?: SendContext) {
      const target = { channelId: subscription.channelId, viaWebhook: subscription.webhookUrl !== null };
      const stored = parsePayload(payload, subscription);
      // Whatever was stored, what may ping is decided here: nothing, or the opted-in alert role.
      const body = messageBody(stored.message, allowedMentionsFor(subscription));
      try {
        let messageId: string | null;
        if (stored.kind === 'forum-post') {
          messageId =
            (await threads.findForumPost(subscription, stored.name, stored.message)) ??
            (subscription.webhookUrl
              ? idOf(
                  await rest.post(Routes.webhook(...webhookOf(subscription)), {
                    body: { ...body, thread_name: stored.name },
                    query: new URLSearchParams({ wait: 'true' }),
                    auth: false,
                  }),
                )
              : idOf(await rest.post(Routes.threads(subscription.channelId), { body: { name: stored.name, message: body } })));
        } else if (context?.threadParentId) {
          const threadId = await threads.threadUnder(subscription.channelId, context.threadParentId, stored.threadName ?? 'Quotes and sources');
          messageId = subscription.webhookUrl
            ? idOf(
                await rest.post(Routes.webhook(...webhookOf(subscription)), {
                  body,
                  query: new URLSearchParams({ wait: 'true', thread_id: threadId }),
                  auth: false,
                }),
              )
            : idOf(await rest.post(Routes.channelMessages(threadId), { body: { ...body, nonce: discordNonce(idempotencyKey), enforce_nonce: true } }));
        } else {
          messageId = subscription.webhookUrl
            ? idOf(await rest.post(Routes.webhook(...webhookOf(subscription)), { body, query: new URLSearchParams({ wait: 'true' }), auth: false }))
            : idOf(
                await rest.post(Routes.channelMessages(subscription.channelId), {
                  body: { ...body, nonce: discordNonce(idempotencyKey), enforce_nonce: true },
                }),
              );
        }
        logger.debug({ subscriptionId: subscription.id, channelId: subscription.channelId, messageId, idempotencyKey }, 'posted to Discord');
        return { messageId };
      } catch (error) {
        const failure = toDeliveryError(error, target);
        logger.warn({ subscriptionId: subscription.id, channelId: subscription.channelId, permanent: failure.permanent, code: failure.code }, failure.message);
        throw failure;
      }
    },

    async notifyPaused(subscription, reason) {
      const log = logger.child({ subscriptionId: subscription.id, channelId: subscription.channelId });
      // Nothing the bot posts may ping; a channel mention is a link, not a notification.
      const body = { content: discordPauseNotice(subscription, reason), allowed_mentions: { parse: [] } };

      const systemChannel = await systemChannelOf(subscription.workspaceId);
      if (systemChannel && systemChannel !== subscription.channelId) {
        try {
          await rest.post(Routes.channelMessages(systemChannel), { body });
          log.info({ noticeChannelId: systemChannel }, 'told the server about the paused subscription in its system channel');
          return;
        } catch (error) {
          log.warn({ noticeChannelId: systemChannel, err: errorText(error) }, 'could not post the pause notice in the system channel; trying a DM');
        }
      }
      const userId = subscription.createdBy;
      if (!userId || !DISCORD_USER_ID.test(userId)) {
        log.warn({ createdBy: userId }, 'no system channel and no Discord user to DM; the pause is only in the log and /news subscriptions');
        return;
      }
      const dm = dmChannelSchema.parse(await rest.post(Routes.userChannels(), { body: { recipient_id: userId } }));
      await rest.post(Routes.channelMessages(dm.id), { body });
      log.info({ userId }, 'told the subscriber about the paused subscription by DM');
    },

    async postImage(target, image, idempotencyKey) {
      try {
        return await postDiscordImage(rest, target, image, idempotencyKey ? discordNonce(idempotencyKey) : undefined);
      } catch (error) {
        const failure = toDeliveryError(error, { channelId: target.channelId, viaWebhook: Boolean(target.webhookUrl) });
        logger.warn({ channelId: target.channelId, permanent: failure.permanent, code: failure.code }, failure.message);
        throw failure;
      }
    },

    close() {
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    },
  };
}

const idOf = (created: unknown): string | null => createdMessageSchema.safeParse(created).data?.id ?? null;

function webhookOf(subscription: Subscription): [string, string] {
  const webhook = parseDiscordWebhookUrl(subscription.webhookUrl ?? '');
  if (!webhook) {
    throw new ChatDeliveryError(
      `The webhook configured for channel ${subscription.channelId} is not a Discord webhook URL (https://discord.com/api/webhooks/ID/TOKEN) — set it again with /news subscribe.`,
      true,
    );
  }
  return [webhook.id, webhook.token];
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
