/** Charts load Vega and resvg: import them from render/chart/index.js where needed, not through this index. */
export * from './slack/index.js';
export {
  chromeFor,
  CHROME_LANGUAGES,
  chromeWords,
  orderedTopics,
  quotesWithSpeakers,
  sourceSummary,
  truncateAtWord,
  type ChromeLanguage,
  type DigestChrome,
} from './i18n/index.js';
export { renderDigestText, renderStoryText, type TextStoryOptions } from './text/index.js';
export {
  DISCORD_LIMITS,
  DiscordLimitError,
  discordLimitViolations,
  embedSize,
  escapeDiscordMarkdown,
  neutraliseMentions,
  renderDiscordDigest,
  renderDiscordParts,
  fullStoryEmbed,
  threadName,
  THREAD_NAME_MAX,
  safeEmbedUrl,
  type DiscordPart,
  type DiscordLayoutOptions,
  type DiscordEmbed,
  type DiscordMessage,
} from './discord/index.js';
export type { ChartImage } from './chart/image.js';
export { stripInvisible } from './invisible.js';
