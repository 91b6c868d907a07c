import { expect } from 'vitest';
import type { DiscordMessage } from '../../src/render/index.js';
import { checkMessageLimits, pingsIn } from '../fakes/discord-limits.js';
import { discordBodyValidator } from '../fakes/discord-schema.js';

/**
 * Independent checks of rendered Discord messages: the fake server's own limit
 * checker, Discord's OpenAPI schema, and a scan for live markdown and mentions.
 */

const MARKUP = new Set(['*', '_', '~', '`', '|', '>', '#', '-', '[', ']', '(', ')', '<']);

/** Markup characters not neutralised by a preceding backslash. */
export function liveMarkup(text: string): string[] {
  const live: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\') i++;
    else if (MARKUP.has(char)) live.push(`${char} at ${i} in ${JSON.stringify(text.slice(Math.max(0, i - 20), i + 20))}`);
  }
  return live;
}

/** Mention syntax Discord would resolve (a zero-width space after "@" or "<" breaks it). */
export function liveMentions(text: string): string[] {
  return [...text.matchAll(/@(everyone|here)|<[@#][!&]?\d+>|<t:\d+|<\/\w|<a?:\w+:\d+>/gi)].map((m) => m[0]);
}

/** Strips the markup the renderer itself writes, leaving only escaped text to scan. */
function descriptionText(description: string): string[] {
  return description.split('\n').flatMap((line) => {
    const quote = line.match(/^> (.*) — \*\*(.*)\*\*$/);
    return quote ? [quote[1]!, quote[2]!] : [line];
  });
}

function contentText(content: string): string[] {
  return content.split('\n').flatMap((line) => {
    const bold = line.match(/^\*\*(.*)\*\*$/);
    if (bold) return [bold[1]!];
    const more = line.match(/^(.*): `[^`]*`$/);
    return more ? [more[1]!] : [line];
  });
}

export function expectSafeDiscordMessages(messages: DiscordMessage[]): void {
  const validate = discordBodyValidator();
  for (const message of messages) {
    const body = { ...message, nonce: '0123456789abcdef01234567', enforce_nonce: true };
    expect(checkMessageLimits(body)).toBeNull();
    expect(validate('messageCreate', body)).toEqual([]);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(pingsIn(message)).toEqual([]);
    const markdown = [...contentText(message.content ?? '')];
    const plain: string[] = [message.content ?? ''];
    for (const embed of message.embeds ?? []) {
      markdown.push(embed.title ?? '', ...descriptionText(embed.description ?? ''));
      plain.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '', embed.author?.name ?? '');
      if (embed.url !== undefined) expect(embed.url).toMatch(/^https?:\/\/[^\s]+$/);
    }
    for (const text of markdown) expect(liveMarkup(text)).toEqual([]);
    for (const text of plain) expect(liveMentions(text)).toEqual([]);
  }
}
