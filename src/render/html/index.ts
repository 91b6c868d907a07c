export { DiscordPreview, DiscordMessageView } from './discord.js';
export { SlackPreview, SlackMessageView } from './slack.js';
export { DiscordMarkdown } from './discord-markdown.js';
export { SlackMrkdwn } from './slack-mrkdwn.js';
export { discordMessageLimits, slackMessageLimits, type LimitUse, type MessageLimits } from './limits.js';
export { safeHref, hexColor, OUTBOUND } from './links.js';
