import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { ChatDeliveryError } from '../../schedule/index.js';

/**
 * Turns what discord.js throws into a ChatDeliveryError with one sentence an
 * operator can act on. Permanent errors pause the subscription, so they must
 * name the fix; transient ones are retried by the scheduler.
 */

export interface DeliveryTarget {
  channelId: string;
  viaWebhook: boolean;
}

const PERMANENT_CODES: Record<number, (target: DeliveryTarget) => string> = {
  50001: ({ channelId }) => `Missing Access: the bot cannot post in channel ${channelId} — give it View Channel and Send Messages, then /news subscribe again.`,
  50013: ({ channelId }) =>
    `Missing Permissions: the bot cannot post in channel ${channelId} — give it Send Messages and Embed Links, then /news subscribe again.`,
  10003: ({ channelId }) =>
    `Unknown Channel: channel ${channelId} no longer exists or the bot was removed from its server — subscribe a channel again with /news subscribe.`,
  10015: ({ channelId }) =>
    `Unknown Webhook: the webhook configured for channel ${channelId} was deleted — create a new one, or subscribe again with /news subscribe to post as the bot.`,
  50027: ({ channelId }) =>
    `Invalid Webhook Token: the webhook configured for channel ${channelId} no longer accepts posts — create a new one and subscribe again with /news subscribe.`,
};

export function toDeliveryError(error: unknown, target: DeliveryTarget): ChatDeliveryError {
  if (error instanceof ChatDeliveryError) return error;
  if (error instanceof DiscordAPIError) return fromApiError(error, target);
  if (error instanceof RateLimitError) {
    const seconds = Math.ceil(Math.max(error.retryAfter, error.timeToReset) / 1000);
    return new ChatDeliveryError(
      `Discord rate-limited posts to channel ${target.channelId} for ${seconds} s; the digest will be retried.`,
      false,
      429,
      seconds,
    );
  }
  if (error instanceof HTTPError) {
    return new ChatDeliveryError(
      `Discord answered ${error.status} for channel ${target.channelId} after several attempts; the digest will be retried.`,
      false,
      error.status,
    );
  }
  const reason = error instanceof Error ? (error.name === 'AbortError' ? 'the request timed out' : error.message) : String(error);
  return new ChatDeliveryError(`Could not reach Discord to post in channel ${target.channelId} (${reason}); the digest will be retried.`, false);
}

function fromApiError(error: DiscordAPIError, target: DeliveryTarget): ChatDeliveryError {
  const code = typeof error.code === 'number' ? error.code : null;
  const known = code !== null ? PERMANENT_CODES[code] : undefined;
  if (known) return new ChatDeliveryError(known(target), true, code);
  if (error.status === 401) {
    const fix = target.viaWebhook ? 'set the channel webhook again with /news subscribe' : 'check DISCORD_TOKEN';
    return new ChatDeliveryError(`Discord rejected the credentials for channel ${target.channelId} (401) — ${fix}.`, true, code ?? 401);
  }
  if (error.status === 403 || error.status === 404) {
    return new ChatDeliveryError(
      `Discord refused the post to channel ${target.channelId} (${error.status}${code !== null ? ` code ${code}` : ''}: ${firstLine(error.message)}) — check the bot's access to the channel, then /news subscribe again.`,
      true,
      code ?? error.status,
    );
  }
  if (error.status >= 500) {
    return new ChatDeliveryError(`Discord answered ${error.status} for channel ${target.channelId}; the digest will be retried.`, false, code ?? error.status);
  }
  // 400 and other 4xx: the same body will be refused again, so retrying cannot help.
  return new ChatDeliveryError(
    `Discord refused the message for channel ${target.channelId} (${error.status}${code !== null ? ` code ${code}` : ''}: ${firstLine(error.message)}).`,
    true,
    code ?? error.status,
  );
}

function firstLine(text: string): string {
  return text.split('\n').slice(0, 3).join('; ');
}
