import type { APIEmbed } from 'discord.js';
import type { Digest } from '../../core/index.js';
import { renderDiscordDigest } from '../../render/index.js';
import type { CommandReply, ReplyLine } from '../commands/index.js';
import { escapeWithin, safeLinkUrl } from './reply-text.js';

/**
 * Turns the neutral CommandReply into Discord message bodies (content +
 * embeds), every one inside Discord's limits. Replies are short; digest
 * previews can need several messages (first the reply, then follow-ups).
 */

export interface DiscordReplyMessage {
  content?: string;
  embeds: APIEmbed[];
}

/** Discord's limits that replies can reach (the digest renderer owns the full set for digests). */
const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedsPerMessage: 10,
  charactersPerMessage: 6000,
} as const;
const ACCENT = 0x3b82f6;

/** One reply line as markdown: at most ~1,500 characters, so packing always has room. */
export function formatLine(line: ReplyLine): string {
  const text = escapeWithin(line.text.replace(/\s+/g, ' '), 300);
  const url = safeLinkUrl(line.url);
  const parts = [url ? `**[${text}](${url})**` : `**${text}**`];
  // A channel link is not a ping: it only shows the channel's name.
  if (line.channelId && /^\d+$/.test(line.channelId)) parts[0] = `<#${line.channelId}> ${parts[0]}`;
  if (line.quote) parts.push(`> ${escapeWithin(line.quote.replace(/\s+/g, ' '), 300)}`);
  if (line.detail) parts.push(escapeWithin(line.detail, 350));
  return parts.join('\n');
}

/** Packs formatted lines into embeds and messages without crossing any per-embed or per-message limit. */
function packLines(title: string | undefined, lines: string[], color: number): DiscordReplyMessage[] {
  const messages: DiscordReplyMessage[] = [];
  let embeds: APIEmbed[] = [];
  let messageChars = 0;
  let description = '';
  let embedTitle = title === undefined ? undefined : escapeWithin(title, LIMITS.embedTitle);

  const closeEmbed = () => {
    if (description === '' && embedTitle === undefined) return;
    embeds.push({ ...(embedTitle === undefined ? {} : { title: embedTitle }), description: description === '' ? undefined : description, color });
    messageChars += (embedTitle?.length ?? 0) + description.length;
    embedTitle = undefined;
    description = '';
  };
  const closeMessage = () => {
    closeEmbed();
    if (embeds.length > 0) messages.push({ embeds });
    embeds = [];
    messageChars = 0;
  };

  for (const line of lines) {
    const candidate = description === '' ? line : `${description}\n\n${line}`;
    const fitsEmbed = candidate.length <= LIMITS.embedDescription;
    const fitsMessage = messageChars + (embedTitle?.length ?? 0) + candidate.length <= LIMITS.charactersPerMessage;
    if (fitsEmbed && fitsMessage) {
      description = candidate;
      continue;
    }
    closeEmbed();
    if (embeds.length >= LIMITS.embedsPerMessage || messageChars + line.length > LIMITS.charactersPerMessage) closeMessage();
    description = line;
  }
  closeMessage();
  return messages;
}

export function formatReply(reply: CommandReply): DiscordReplyMessage[] {
  if (reply.error) {
    const text = reply.lines.map((line) => line.text).join(' ');
    return [{ content: escapeWithin(text, LIMITS.content), embeds: [] }];
  }
  if (reply.digest) return formatDigestPreview(reply.digest);
  const lines = reply.lines.map(formatLine);
  const messages = packLines(reply.title, lines, ACCENT);
  return messages.length > 0 ? messages : [{ content: 'Done.', embeds: [] }];
}

/** The digest preview looks exactly like the posted digest: the renderer's messages, as reply bodies. */
export function formatDigestPreview(digest: Digest): DiscordReplyMessage[] {
  return renderDiscordDigest(digest).map((message) => ({
    ...(message.content === undefined ? {} : { content: message.content }),
    embeds: (message.embeds ?? []) as APIEmbed[],
  }));
}
