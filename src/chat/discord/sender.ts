import { createHash } from 'node:crypto';
import { Routes, type REST } from 'discord.js';
import { z } from 'zod';
import type { Logger } from '../../config/index.js';
import type { Digest, Subscription } from '../../core/index.js';
import { renderDiscordDigest } from '../../render/index.js';
import { ChatDeliveryError, type ChatSender } from '../../schedule/index.js';
import { toDeliveryError } from './delivery-errors.js';
import { createDiscordRest, type DiscordRestOptions } from './rest.js';
import { parseDiscordWebhookUrl } from './webhook-url.js';

export interface DiscordSenderOptions extends DiscordRestOptions {
  logger: Logger;
}

export type DiscordSender = ChatSender & { platform: 'discord'; close(): void };

/** Discord accepts nonces of at most 25 characters. */
const NONCE_LENGTH = 25;

/**
 * The stored payload is our own rendering, but it crossed a database: parse it
 * as the body Discord expects rather than trusting it.
 */
const payloadSchema = z.object({
  content: z.string().optional(),
  embeds: z.array(z.record(z.string(), z.unknown())).optional(),
}).loose();

const createdMessageSchema = z.object({ id: z.string() }).loose();

/** The stable nonce for a delivery part: a hash, since idempotency keys can be longer than 25 characters. */
export function discordNonce(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('hex').slice(0, NONCE_LENGTH);
}

export function createDiscordSender(options: DiscordSenderOptions): DiscordSender {
  const rest: REST = createDiscordRest(options);
  const { logger } = options;
  rest.on('rateLimited', (info) => {
    // A webhook route carries its token; never let it reach the log.
    const route = info.route.replace(/\/webhooks\/[^/]+\/[^/?]+/, '/webhooks/:id/:token');
    logger.warn({ route, retryAfterMs: info.retryAfter, global: info.global }, 'Discord rate limit; waiting');
  });

  return {
    platform: 'discord',
    renderDigest: (digest: Digest, _subscription: Subscription) => renderDiscordDigest(digest).map((message) => JSON.stringify(message)),

    async send(subscription, payload, idempotencyKey) {
      const target = { channelId: subscription.channelId, viaWebhook: subscription.webhookUrl !== null };
      const message = parsePayload(payload, subscription);
      // Whatever was stored, nothing the bot posts may ping.
      const body = { ...message, allowed_mentions: { parse: [] } };
      try {
        const created = subscription.webhookUrl
          ? await rest.post(Routes.webhook(...webhookOf(subscription)), {
            body,
            query: new URLSearchParams({ wait: 'true' }),
            auth: false,
          })
          : await rest.post(Routes.channelMessages(subscription.channelId), {
            body: { ...body, nonce: discordNonce(idempotencyKey), enforce_nonce: true },
          });
        const messageId = createdMessageSchema.safeParse(created).data?.id ?? null;
        logger.debug({ subscriptionId: subscription.id, channelId: subscription.channelId, messageId, idempotencyKey }, 'posted to Discord');
        return { messageId };
      } catch (error) {
        const failure = toDeliveryError(error, target);
        logger.warn({ subscriptionId: subscription.id, channelId: subscription.channelId, permanent: failure.permanent, code: failure.code }, failure.message);
        throw failure;
      }
    },

    close() {
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    },
  };
}

function parsePayload(payload: string, subscription: Subscription): z.infer<typeof payloadSchema> {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    json = undefined;
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success) {
    throw new ChatDeliveryError(
      `The stored message for subscription ${subscription.id} is not a Discord message body; re-render the digest with news-digest digest --subscription ${subscription.id}.`,
      true,
    );
  }
  return parsed.data;
}

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
