import type { DiscordEmbed, DiscordMessage } from './types.js';

/** Discord's per-message limits for bot messages (docs: "Embed Limits", "Create Message"). */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Sum of every embed's title, description, field names and values, footer text and author name. */
  embedTotal: 6000,
  url: 2048,
} as const;

/** Characters of an embed that count towards the 6,000 total. */
export function embedSize(embed: DiscordEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/** Every limit a message breaks, as readable sentences; empty when it is within all of them. */
export function discordLimitViolations(message: DiscordMessage): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, limit: number) => {
    if (length > limit) problems.push(`${what} has ${length} characters, more than ${limit}`);
  };
  over('content', message.content?.length ?? 0, DISCORD_LIMITS.content);
  const embeds = message.embeds ?? [];
  if (embeds.length > DISCORD_LIMITS.embedsPerMessage) problems.push(`${embeds.length} embeds, more than ${DISCORD_LIMITS.embedsPerMessage}`);
  embeds.forEach((embed, i) => {
    over(`embed ${i} title`, embed.title?.length ?? 0, DISCORD_LIMITS.embedTitle);
    over(`embed ${i} description`, embed.description?.length ?? 0, DISCORD_LIMITS.embedDescription);
    over(`embed ${i} footer`, embed.footer?.text.length ?? 0, DISCORD_LIMITS.footerText);
    over(`embed ${i} author`, embed.author?.name.length ?? 0, DISCORD_LIMITS.authorName);
    const fields = embed.fields ?? [];
    if (fields.length > DISCORD_LIMITS.embedFields) problems.push(`embed ${i} has ${fields.length} fields, more than ${DISCORD_LIMITS.embedFields}`);
    fields.forEach((field, j) => {
      over(`embed ${i} field ${j} name`, field.name.length, DISCORD_LIMITS.fieldName);
      over(`embed ${i} field ${j} value`, field.value.length, DISCORD_LIMITS.fieldValue);
    });
    if (embed.url !== undefined && safeEmbedUrl(embed.url) !== embed.url) problems.push(`embed ${i} url is not an http(s) URL`);
  });
  over(
    'embeds together',
    embeds.reduce((sum, embed) => sum + embedSize(embed), 0),
    DISCORD_LIMITS.embedTotal,
  );
  if ((message.content ?? '').trim() === '' && embeds.length === 0) problems.push('the message is empty');
  if (message.allowed_mentions.parse.length > 0) problems.push('allowed_mentions may ping');
  return problems;
}

/** The URL as Discord will accept it (absolute http/https, at most 2,048 characters), or undefined. */
export function safeEmbedUrl(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '' || url.username !== '' || url.password !== '') {
    return undefined;
  }
  // WHATWG URLs keep some characters RFC 3986 forbids (e.g. "|"), which Discord's schema rejects.
  const href = url.href.replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/g, (char) => encodeURIComponent(char));
  return href.length <= DISCORD_LIMITS.url ? href : undefined;
}
