import { createRequire } from 'node:module';
import { REST, type RateLimitData } from 'discord.js';

/** Discord's own API base; `DISCORD_API_BASE` replaces it (tests point it at a local fake). */
export const DEFAULT_DISCORD_API_BASE = 'https://discord.com/api';

export interface DiscordRestOptions {
  token: string;
  /** The `api` base discord.js composes `${api}/v10${route}` from, e.g. http://127.0.0.1:PORT/api. */
  apiBase?: string | null;
  /** Retries after a 5xx or a dropped connection (429s are always waited out, see below). Default 3. */
  retries?: number;
  /** Per-request timeout. Default 15 s. */
  timeoutMs?: number;
  /**
   * A rate limit longer than this is not waited out but thrown, so the caller
   * can retry later instead of a delivery blocking for minutes. Default 60 s.
   */
  maxRateLimitWaitMs?: number;
}

/** The dispatcher type of discord.js's undici, which is not ours. */
type RestAgent = NonNullable<NonNullable<ConstructorParameters<typeof REST>[0]>['agent']>;

let agent: RestAgent | null = null;

/**
 * A connection pool from discord.js's own copy of undici. discord.js builds its
 * request bodies (multipart FormData for attachments) with that copy, but by
 * default sends them through the process-wide dispatcher, which belongs to
 * whichever undici loaded first — ours (the feed fetcher's) is another major
 * version and cannot stream the other's FormData. An explicit agent from the
 * same copy keeps the two apart whatever the import order.
 */
export function discordAgent(): RestAgent {
  if (!agent) {
    const fromRest = createRequire(createRequire(import.meta.url).resolve('@discordjs/rest'));
    const { Agent } = fromRest('undici') as { Agent: new () => RestAgent };
    agent = new Agent();
  }
  return agent;
}

/** discord.js's REST client (with its bucket and 429 handling) for our API base. */
export function createDiscordRest(options: DiscordRestOptions): REST {
  const maxWait = options.maxRateLimitWaitMs ?? 60_000;
  return new REST({
    version: '10',
    api: (options.apiBase ?? DEFAULT_DISCORD_API_BASE).replace(/\/+$/, ''),
    retries: options.retries ?? 3,
    timeout: options.timeoutMs ?? 15_000,
    rejectOnRateLimit: (data: RateLimitData) => data.retryAfter > maxWait || data.timeToReset > maxWait,
    agent: discordAgent(),
  }).setToken(options.token);
}
