import type { Digest, DigestSection } from '../../core/index.js';
import { chromeFor, singleLine, storyCount, type DigestChrome } from '../i18n/index.js';
import { markdownLine } from './escape.js';
import { DISCORD_LIMITS, discordLimitViolations, embedSize } from './limits.js';
import { sectionAuthor, storyEmbed, topicColor } from './story-embed.js';
import type { DiscordEmbed, DiscordMessage } from './types.js';
import { CodedError } from '../../core/index.js';

/**
 * A digest as Discord messages: the header as the first message's content,
 * one embed per story grouped by topic (the section label above a section's
 * first embed in each message), packed into as few messages as the limits
 * allow, and "… and N more" as the last message's content.
 */

const HEADER_BUDGET = 1200;
const MORE_BUDGET = 700;

/** A renderer bug, never bad input: input is cut to fit, so this cannot be caused by article text. */
export class DiscordLimitError extends CodedError {
  constructor(readonly problems: string[]) {
    super('render.discord_limit', `Rendered Discord message breaks a limit: ${problems.join('; ')}.`);
  }
}

export function renderDiscordDigest(digest: Digest): DiscordMessage[] {
  const chrome = chromeFor(digest);
  const sections = digest.sections.filter((section) => section.stories.length > 0);
  const messages = digest.mode === 'instant' ? instantMessages(sections, chrome) : digestMessages(sections, chrome);
  const more = moreLine(digest, chrome);
  if (more) appendContent(messages, more);
  for (const message of messages) {
    const problems = discordLimitViolations(message);
    if (problems.length > 0) throw new DiscordLimitError(problems);
  }
  return messages;
}

function digestMessages(sections: DigestSection[], chrome: DigestChrome): DiscordMessage[] {
  const header = chrome.header(
    storyCount(sections),
    sections.map((section) => singleLine(section.topicLabel)),
  );
  const first = markdownLine(header, HEADER_BUDGET);
  const headerLine = storyCount(sections) === 0 ? `${first}\n${markdownLine(chrome.nothingNew, 200)}` : `**${first}**`;
  const messages: DiscordMessage[] = [];
  let current: DiscordEmbed[] = [];
  let currentSize = 0;
  const flush = () => {
    if (current.length > 0) messages.push({ embeds: current, allowed_mentions: { parse: [] } });
    current = [];
    currentSize = 0;
  };

  for (const section of sections) {
    const color = topicColor(section.topicId);
    const heading = chrome.sectionHeading(section.topicLabel, section.stories.length);
    section.stories.forEach((story, index) => {
      const embed = storyEmbed(story, { chrome, sections, maxQuotes: 2, withTags: true, color });
      const label = (continued: boolean) => sectionAuthor(continued ? `${heading} · ${chrome.continued}` : heading);
      // The label goes on a section's first embed in each message, so every message says what it holds.
      const needsLabel = index === 0 || current.length === 0;
      let candidate: DiscordEmbed = needsLabel ? { author: label(index > 0), ...embed } : embed;
      if (current.length >= DISCORD_LIMITS.embedsPerMessage || currentSize + embedSize(candidate) > DISCORD_LIMITS.embedTotal) {
        flush();
        candidate = { author: label(index > 0), ...embed };
      }
      current.push(candidate);
      currentSize += embedSize(candidate);
    });
  }
  flush();
  const firstMessage = messages[0];
  if (firstMessage) firstMessage.content = headerLine;
  else messages.push({ content: headerLine, allowed_mentions: { parse: [] } });
  return messages;
}

/** Instant mode: one compact embed per story, each its own message. */
function instantMessages(sections: DigestSection[], chrome: DigestChrome): DiscordMessage[] {
  return sections.flatMap((section) =>
    section.stories.map((story): DiscordMessage => ({
      embeds: [
        {
          author: sectionAuthor(`${chrome.instantLabel} · ${section.topicLabel}`),
          ...storyEmbed(story, { chrome, sections, maxQuotes: 1, withTags: false, color: topicColor(section.topicId) }),
        },
      ],
      allowed_mentions: { parse: [] },
    })),
  );
}

function moreLine(digest: Digest, chrome: DigestChrome): string | null {
  if (digest.moreCount <= 0) return null;
  const more = markdownLine(chrome.moreStories(digest.moreCount), MORE_BUDGET / 2);
  if (!digest.moreHint) return more;
  const hint = singleLine(digest.moreHint)
    .replace(/`/g, "'")
    .slice(0, MORE_BUDGET / 2 - 4);
  // Inside inline code nothing renders, so the hint stays copyable as typed.
  return `${more}: \`${hint.replace(/@/g, '@\u200b')}\``;
}

function appendContent(messages: DiscordMessage[], line: string): void {
  const last = messages[messages.length - 1];
  if (!last) {
    messages.push({ content: line, allowed_mentions: { parse: [] } });
  } else if ((last.content?.length ?? 0) + line.length + 1 <= DISCORD_LIMITS.content) {
    last.content = last.content ? `${last.content}\n${line}` : line;
  } else {
    messages.push({ content: line, allowed_mentions: { parse: [] } });
  }
}
