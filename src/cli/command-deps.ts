import { topicLabel, type Platform } from '../core/index.js';
import type { Caller, CommandDeps } from '../chat/command-handlers.js';
import type { FetchConfig } from '../config/index.js';
import { buildDigest } from '../schedule/index.js';
import type { CliContext } from './context.js';
import { UsageError } from './errors.js';

/** The HTTP client and feed discovery load when a command fetches (`feeds add`, an OPML attachment), not at every start. */
const feeds = () => import('../feeds/index.js');

/** The /news handlers' dependencies as the CLI and `run` wire them. */
export async function commandDeps(ctx: CliContext): Promise<CommandDeps> {
  const store = await ctx.store();
  const { config } = ctx;
  return {
    store,
    taxonomy: ctx.taxonomy,
    now: () => new Date(),
    defaults: { schedule: config.schedule.cron, timezone: config.schedule.timezone, language: config.digest.language, maxStories: config.digest.maxStories },
    checkFeedUrl: async (url) => (await feeds()).assertPublicUrl(url, { allowPrivateAddresses: config.fetch.allowPrivateAddresses }),
    // A page address is stored as the feed it names (its <link rel="alternate">), through the same guard and limits.
    discoverFeed: async (url) => {
      const found = await (await feeds()).discoverFeed(url, config.fetch);
      return { url: found.feedUrl, title: found.title, alternatives: found.alternatives.map(({ url: other, title }) => ({ url: other, title })) };
    },
    previewDigest: (sub, now) => buildDigest(store, (id) => topicLabel(ctx.taxonomy, id, sub.language), sub, now, { maxStories: config.digest.maxStories }),
    fetchAttachment: attachmentFetcher(config.fetch),
    logger: ctx.logger,
  };
}

/** Where Discord serves command attachments. */
const DISCORD_CDN_HOSTS = new Set(['cdn.discordapp.com', 'media.discordapp.net']);

/**
 * Downloads a chat attachment: only from Discord's CDN, through the same
 * private-address guard, timeouts and byte cap as feeds (the operator's
 * fetch.allowPrivateAddresses opens both, for a local test API).
 */
export function attachmentFetcher(fetch: FetchConfig): (url: string, maxBytes: number) => Promise<string> {
  return async (url, maxBytes) => {
    const host = new URL(url).hostname.toLowerCase();
    if (!fetch.allowPrivateAddresses && !DISCORD_CDN_HOSTS.has(host)) throw new Error(`attachments are only fetched from Discord's CDN, not ${host}`);
    const { decodeBody, fetchResource } = await feeds();
    const result = await fetchResource(url, {
      ...fetch,
      maxBytes: Math.min(maxBytes, fetch.maxBytes),
      accept: 'text/x-opml, text/xml, application/xml, */*;q=0.5',
    });
    return decodeBody(result.body, result.contentType).text;
  };
}

/** Workspace ids look different per platform: Discord guilds are snowflakes, Slack teams start with T (or E on Enterprise Grid). */
export function platformOfWorkspace(workspaceId: string, platform?: Platform): Platform {
  if (platform) return platform;
  if (/^\d{15,21}$/.test(workspaceId)) return 'discord';
  if (/^[TE][A-Z0-9]{6,}$/.test(workspaceId)) return 'slack';
  throw new UsageError(`Cannot tell whether workspace "${workspaceId}" is a Discord server or a Slack team; add --platform discord or --platform slack.`);
}

/**
 * The operator at the CLI as a /news caller: allowed everything; without
 * --workspace it sees every feed, with it exactly what that workspace sees.
 */
export function operatorCaller(workspaceId?: string, platform?: Platform): Caller {
  const base = { channelId: 'cli', userId: 'cli', canManageChannel: true, canManageFeeds: true, canMentionEveryone: true };
  if (workspaceId === undefined) return { ...base, platform: platform ?? 'console', workspaceId: null, operator: true };
  return { ...base, platform: platformOfWorkspace(workspaceId, platform), workspaceId };
}
