import type { DigestSection, DigestStory } from '../../core/index.js';
import { orderedTopics, quotesWithSpeakers, sourceSummary, type DigestChrome } from '../i18n/index.js';
import { markdownLine, plainLine } from './escape.js';
import { DISCORD_LIMITS, safeEmbedUrl } from './limits.js';
import type { DiscordEmbed } from './types.js';

/**
 * One story as an embed: linked title, summary, quotes with speakers and tags
 * in the description, sources and local time in the footer. The budgets keep
 * any single story far below the 6,000-character message total so packing
 * always makes progress; hostile input is cut, never rejected.
 */
export const STORY_BUDGET = {
  title: DISCORD_LIMITS.embedTitle,
  summary: 600,
  quote: 300,
  speaker: 60,
  tags: 150,
  footer: 200,
  author: 120,
} as const;

export interface StoryEmbedOptions {
  chrome: DigestChrome;
  sections: DigestSection[];
  /** Two in a digest, one in instant mode's compact embed. */
  maxQuotes: number;
  /** Tags are left out of the compact embed. */
  withTags: boolean;
  color: number;
}

export function storyEmbed(story: DigestStory, options: StoryEmbedOptions): DiscordEmbed {
  const { chrome } = options;
  const rawTitle = story.isUpdate ? `${chrome.updateLabel} ${story.title}` : story.title;
  const url = safeEmbedUrl(story.url);
  const embed: DiscordEmbed = { title: markdownLine(rawTitle, STORY_BUDGET.title) || '…', color: options.color };
  if (url) embed.url = url;
  const description = descriptionOf(story, options);
  if (description !== '') embed.description = description;
  embed.footer = { text: plainLine(footerOf(story, chrome), STORY_BUDGET.footer) };
  return embed;
}

function descriptionOf(story: DigestStory, options: StoryEmbedOptions): string {
  const blocks: string[] = [];
  const summary = markdownLine(story.summary, STORY_BUDGET.summary);
  if (summary !== '') blocks.push(summary);
  const quotes = quotesWithSpeakers(story.quotes, options.maxQuotes).map((quote) => {
    const text = markdownLine(options.chrome.quoted(quote.text.replace(/\s+/g, ' ').trim(), quote.language), STORY_BUDGET.quote);
    return `> ${text} — **${markdownLine(quote.speaker, STORY_BUDGET.speaker)}**`;
  });
  if (quotes.length > 0) blocks.push(quotes.join('\n'));
  if (options.withTags) {
    const tags = orderedTopics(story, options.sections)
      .map((tag) => `#${tag}`)
      .join(' ');
    if (tags !== '') blocks.push(markdownLine(tags, STORY_BUDGET.tags));
  }
  return blocks.join('\n\n');
}

function footerOf(story: DigestStory, chrome: DigestChrome): string {
  const { names, more } = sourceSummary(story.sources, 2);
  return [...names, ...(more > 0 ? [chrome.moreSources(more)] : []), chrome.storyTime(story.publishedAt)].filter((part) => part !== '').join(' · ');
}

/** The section label above a section's first embed in each message. */
export function sectionAuthor(label: string): { name: string } {
  return { name: plainLine(label, STORY_BUDGET.author) };
}

/** A stable colour per topic, so a topic looks the same in every digest. */
export function topicColor(topicId: string): number {
  const palette = [0x5865f2, 0x57f287, 0xfee75c, 0xeb459e, 0xed4245, 0x3ba55c, 0xfaa61a, 0x00b0f4];
  let hash = 0;
  for (const char of topicId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return palette[hash % palette.length] ?? palette[0]!;
}
