import type { Digest, DigestStory, SubscriptionLayout } from '../../core/index.js';
import { chromeFor, quotesWithSpeakers, singleLine, sourceSummary, truncateAtWord, type DigestChrome } from '../i18n/index.js';
import { renderDiscordDigest, DiscordLimitError } from './digest.js';
import { markdownLine, neutraliseMentions, plainLine } from './escape.js';
import { DISCORD_LIMITS, discordLimitViolations, safeEmbedUrl } from './limits.js';
import { topicColor } from './story-embed.js';
import type { DiscordEmbed, DiscordMessage } from './types.js';

/**
 * A digest as the parts a subscription's layout needs:
 * - plain: the digest messages (renderDiscordDigest);
 * - threads: the digest, then one message per story with all its quotes and
 *   outlets, each posted in a thread started from the digest's first message
 *   (instant posts: each story's thread hangs under its own post);
 * - forum: one forum post (a thread with its first message) per story.
 * An instant subscription with a role alert starts each post with that role's
 * mention; only the sender decides what may ping (allowed_mentions), titles never can.
 */

export interface DiscordLayoutOptions {
  layout?: SubscriptionLayout;
  mentionRoleId?: string | null;
}

export type DiscordPart =
  /** A message; `threadOf` (1-based) names the part whose thread it goes into, `threadName` the thread's name. */
  | { kind: 'message'; message: DiscordMessage; threadOf?: number; threadName?: string }
  /** A forum post: the thread's name and its first message. */
  | { kind: 'forum-post'; name: string; message: DiscordMessage };

/** Discord thread names: 1–100 characters. */
export const THREAD_NAME_MAX = 100;
const THREAD_QUOTES = 8;
const THREAD_QUOTE_BUDGET = 400;
const SOURCES_BUDGET = 1500;
const SNOWFLAKE = /^\d{15,21}$/;

export function renderDiscordParts(digest: Digest, options: DiscordLayoutOptions = {}): DiscordPart[] {
  const layout = options.layout ?? 'plain';
  const mention = digest.mode === 'instant' && options.mentionRoleId && SNOWFLAKE.test(options.mentionRoleId) ? options.mentionRoleId : null;
  const parts = layout === 'forum' ? forumParts(digest, mention) : messageParts(digest, layout === 'threads', mention);
  for (const part of parts) {
    const problems = discordLimitViolations(part.message);
    if (part.kind === 'forum-post' && (part.name.length === 0 || part.name.length > THREAD_NAME_MAX)) problems.push('forum post name is not 1–100 characters');
    if (problems.length > 0) throw new DiscordLimitError(problems);
  }
  return parts;
}

/** A thread or forum post name: one plain line of at most 100 characters that cannot ping. */
export function threadName(raw: string): string {
  const name = neutraliseMentions(truncateAtWord(singleLine(raw), THREAD_NAME_MAX - 2)).slice(0, THREAD_NAME_MAX);
  return name.trim() === '' ? '…' : name;
}

function withMention(message: DiscordMessage, roleId: string | null): DiscordMessage {
  if (roleId === null) return message;
  const line = `<@&${roleId}>`;
  const content = message.content ? `${line}\n${message.content}` : line;
  return { ...message, content: content.length <= DISCORD_LIMITS.content ? content : line };
}

function messageParts(digest: Digest, threads: boolean, mention: string | null): DiscordPart[] {
  const chrome = chromeFor(digest);
  const stories = digest.sections.flatMap((section) => section.stories);
  const main = renderDiscordDigest(digest);
  if (digest.mode === 'instant') {
    // One post per story; with threads, its full quotes and sources go in a thread under it.
    const parts: DiscordPart[] = [];
    main.forEach((message, index) => {
      parts.push({ kind: 'message', message: withMention(message, mention) });
      const story = stories[index];
      if (threads && story) parts.push({ kind: 'message', message: threadMessage(story, chrome), threadOf: parts.length, threadName: threadName(story.title) });
    });
    return parts;
  }
  const parts: DiscordPart[] = main.map((message) => ({ kind: 'message', message }));
  if (!threads || stories.length === 0) return parts;
  const name = threadName(chrome.threadName);
  for (const story of stories) parts.push({ kind: 'message', message: threadMessage(story, chrome), threadOf: 1, threadName: name });
  return parts;
}

function forumParts(digest: Digest, mention: string | null): DiscordPart[] {
  const chrome = chromeFor(digest);
  return digest.sections.flatMap((section) =>
    section.stories.map((story): DiscordPart => ({
      kind: 'forum-post',
      name: threadName(story.isUpdate ? `${chrome.updateLabel} ${story.title}` : story.title),
      message: withMention(
        { embeds: [fullStoryEmbed(story, chrome, { summary: true, color: topicColor(section.topicId) })], allowed_mentions: { parse: [] } },
        mention,
      ),
    })),
  );
}

function threadMessage(story: DigestStory, chrome: DigestChrome): DiscordMessage {
  return { embeds: [fullStoryEmbed(story, chrome, { summary: false, color: 0x5865f2 })], allowed_mentions: { parse: [] } };
}

/** A story with every named quote and every outlet (within Discord's limits), for threads and forum posts. */
export function fullStoryEmbed(story: DigestStory, chrome: DigestChrome, options: { summary: boolean; color: number }): DiscordEmbed {
  const embed: DiscordEmbed = {
    title: markdownLine(story.isUpdate ? `${chrome.updateLabel} ${story.title}` : story.title, DISCORD_LIMITS.embedTitle) || '…',
    color: options.color,
  };
  const url = safeEmbedUrl(story.url);
  if (url) embed.url = url;
  const blocks: string[] = [];
  if (options.summary) {
    const summary = markdownLine(story.summary, 800);
    if (summary !== '') blocks.push(summary);
  }
  const quotes = quotesWithSpeakers(story.quotes, THREAD_QUOTES).map(
    (quote) => `> ${markdownLine(chrome.quoted(singleLine(quote.text), quote.language), THREAD_QUOTE_BUDGET)} — **${markdownLine(quote.speaker, 60)}**`,
  );
  if (quotes.length > 0) blocks.push(quotes.join('\n'));
  const { names } = sourceSummary(story.sources, Number.MAX_SAFE_INTEGER);
  if (names.length > 0) blocks.push(`**${markdownLine(chrome.sourcesLabel, 40)}:** ${markdownLine(names.join(' · '), SOURCES_BUDGET)}`);
  let description = blocks.join('\n\n');
  // The budgets above keep this far below 4,096; the cut only guards the limit.
  if (description.length > DISCORD_LIMITS.embedDescription) description = `${description.slice(0, DISCORD_LIMITS.embedDescription - 1)}…`;
  if (description !== '') embed.description = description;
  embed.footer = { text: plainLine(chrome.storyTime(story.publishedAt), 200) || '…' };
  return embed;
}
