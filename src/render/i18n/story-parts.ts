import type { DigestSection, DigestStory, Quote } from '../../core/index.js';
import { stripInvisible } from '../invisible.js';

/**
 * Choices every renderer makes the same way about a story: which quotes to
 * show, how to list its sources and tags. Plain strings; each renderer escapes.
 */

/** Quotes with a named speaker, best first. A quote nobody can be named for is never shown. */
export function quotesWithSpeakers(quotes: Quote[], max: number): (Quote & { speaker: string })[] {
  return quotes
    .filter((quote): quote is Quote & { speaker: string } => quote.speaker !== null && quote.speaker.trim() !== '' && quote.text.trim() !== '')
    .sort((a, b) => b.score - a.score)
    .slice(0, max);
}

/** Distinct source names, the first `shown` of them and how many more. */
export function sourceSummary(sources: string[], shown: number): { names: string[]; more: number } {
  const distinct = [...new Set(sources.map(singleLine).filter((name) => name !== ''))];
  return { names: distinct.slice(0, shown), more: Math.max(0, distinct.length - shown) };
}

/** Topic tags, the digest's own topics (its sections) first. */
export function orderedTopics(story: DigestStory, sections: DigestSection[]): string[] {
  const leading = sections.map((section) => section.topicId).filter((id) => story.topics.includes(id));
  return [...new Set([...leading, ...story.topics])];
}

export function storyCount(sections: DigestSection[]): number {
  return sections.reduce((sum, section) => sum + section.stories.length, 0);
}

/** Feed text arrives with newlines, runs of spaces and invisible controls; one glance needs one clean line. */
export function singleLine(text: string): string {
  return stripInvisible(text).replace(/\s+/g, ' ').trim();
}

/**
 * Shortens at a word boundary and marks the cut with "…". Never splits a
 * surrogate pair; falls back to a hard cut when the text has no nearby space.
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return max === 1 ? '…' : '';
  let cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  if (space >= Math.floor((max - 1) * 0.6)) cut = cut.slice(0, space);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
