import { DiscordAPIError, HTTPError, Routes } from 'discord.js';
import { AdapterStartError, networkReason, withRetries } from '../start-error.js';
import { createDiscordRest, DEFAULT_DISCORD_API_BASE } from './rest.js';

export interface DiscordVerifyOptions {
  token: string;
  apiBase?: string | null;
  /** Tries before giving up on an unreachable API (default 3). */
  attempts?: number;
  /** Per request (default 10 s). */
  timeoutMs?: number;
}

const isRefusal = (error: unknown): error is DiscordAPIError => error instanceof DiscordAPIError && error.status >= 400 && error.status < 500;

/**
 * Asks Discord who the token belongs to (GET /users/@me) before the gateway login:
 * a rejected token or an unreachable API becomes one sentence naming the fix,
 * after a bounded number of tries instead of discord.js's endless reconnects.
 */
export async function verifyDiscordToken(options: DiscordVerifyOptions): Promise<{ id: string; username: string }> {
  const base = options.apiBase ?? DEFAULT_DISCORD_API_BASE;
  const rest = createDiscordRest({ token: options.token, apiBase: options.apiBase ?? null, retries: 0, timeoutMs: options.timeoutMs ?? 10_000 });
  const attempts = options.attempts ?? 3;
  try {
    return (await withRetries(() => rest.get(Routes.user('@me')), { attempts, retry: (error) => !isRefusal(error) })) as { id: string; username: string };
  } catch (error) {
    if (isRefusal(error)) {
      throw new AdapterStartError(
        'discord',
        'rejected',
        error.status === 401
          ? 'Discord rejected DISCORD_TOKEN (401 Unauthorized): reset the token on the Bot page of the Discord Developer Portal and put it in DISCORD_TOKEN.'
          : `The Discord API at ${base} answered ${error.status} (${error.message}) when asked who DISCORD_TOKEN belongs to: check DISCORD_TOKEN${options.apiBase ? ' and DISCORD_API_BASE' : ''}.`,
      );
    }
    const reason = error instanceof HTTPError ? `HTTP ${error.status}` : networkReason(error);
    throw new AdapterStartError(
      'discord',
      'unreachable',
      `Could not reach the Discord API at ${base} after ${attempts} tries (${reason}): check the network and proxy${options.apiBase ? ', and DISCORD_API_BASE' : ''}.`,
    );
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
