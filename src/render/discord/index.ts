export { DiscordLimitError, renderDiscordDigest } from './digest.js';
export { escapeDiscordMarkdown, neutraliseMentions } from './escape.js';
export { DISCORD_LIMITS, discordLimitViolations, embedSize, safeEmbedUrl } from './limits.js';
export { STORY_BUDGET } from './story-embed.js';
export type { DiscordEmbed, DiscordMessage } from './types.js';
export { renderDiscordParts, fullStoryEmbed, threadName, THREAD_NAME_MAX, type DiscordPart, type DiscordLayoutOptions } from './layouts.js';
