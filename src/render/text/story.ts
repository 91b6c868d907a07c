import type { DigestSection, DigestStory } from '../../core/index.js';
import { orderedTopics, quotesWithSpeakers, singleLine, sourceSummary, chromeFor, type DigestChrome } from '../i18n/index.js';

/**
 * One story as plain text, the shape of design/digest.md:
 *   title / url / summary / > „quote“ — speaker / sources · time / #tags
 */

export interface TextStoryOptions {
  /** Chrome language, time zone and "now" (relative dates are relative to it). */
  language: string;
  timezone: string;
  generatedAt: Date;
  /** Reused across a digest's stories; built from the three fields above when absent. */
  chrome?: DigestChrome;
  /** The digest's sections, so the subscription's topics lead the tags. */
  sections?: DigestSection[];
  /** Digest mode shows the best quote; the console can ask for more. */
  maxQuotes?: number;
  /** Sources named before "+N more". */
  shownSources?: number;
}

export function renderStoryText(story: DigestStory, options: TextStoryOptions): string {
  const chrome = options.chrome ?? chromeFor({ language: options.language, timezone: options.timezone, generatedAt: options.generatedAt });
  const lines: string[] = [];
  const title = singleLine(story.title);
  lines.push(story.isUpdate ? `${chrome.updateLabel} ${title}` : title);
  if (story.url) lines.push(singleLine(story.url));
  const summary = singleLine(story.summary);
  if (summary !== '') lines.push(summary);
  for (const quote of quotesWithSpeakers(story.quotes, options.maxQuotes ?? 1)) {
    lines.push(`> ${chrome.quoted(singleLine(quote.text), quote.language)} — ${singleLine(quote.speaker)}`);
  }
  lines.push(sourcesAndTime(story, chrome, options.shownSources ?? 2));
  const tags = orderedTopics(story, options.sections ?? []);
  if (tags.length > 0) lines.push(tags.map((tag) => `#${tag}`).join(' '));
  return lines.join('\n');
}

export function sourcesAndTime(story: DigestStory, chrome: DigestChrome, shown: number): string {
  const { names, more } = sourceSummary(story.sources, shown);
  return [...names, ...(more > 0 ? [chrome.moreSources(more)] : []), chrome.storyTime(story.publishedAt)].filter((part) => part !== '').join(' · ');
}
