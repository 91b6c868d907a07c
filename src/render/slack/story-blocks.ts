import type { DigestStory, Quote } from '../../core/index.js';
import type { Block, ContextBlock, SectionBlock } from './block-types.js';
import { SLACK_LIMITS } from './limits.js';
import { clampMrkdwn, mrkdwnLink, singleLine } from './mrkdwn.js';
import type { SlackChrome } from './chrome.js';

/**
 * One story as Block Kit: a section with the linked title, sources and time,
 * summary and quotes (as `>` lines), then a context block of topic tags.
 * Budgets keep every section under Slack's 3,000 characters even after
 * escaping; the final clamp is a guarantee, not the normal path.
 */

const TITLE_MAX = 300;
const META_MAX = 300;
const SUMMARY_MAX = 700;
const QUOTE_MAX = 500;
const QUOTES_PER_STORY = 2;
const TAG_MAX = 80;

export interface StoryRenderOptions {
  /** Digest mode shows up to two quotes; instant mode one. */
  maxQuotes: number;
  /** Topics listed first in the tag context (the subscription's). */
  leadingTopics?: string[];
}

function quoteLines(quotes: Quote[], max: number): string[] {
  return quotes
    .filter((q) => q.speaker !== null && q.text.trim() !== '')
    .slice(0, Math.min(max, QUOTES_PER_STORY))
    .map((q) => `>${clampMrkdwn(singleLine(q.text), QUOTE_MAX)} — _${clampMrkdwn(singleLine(q.speaker ?? ''), 100)}_`);
}

function sourceList(sources: string[], chrome: SlackChrome): string {
  const shown = sources.slice(0, 3).map((s) => singleLine(s));
  const more = sources.length - shown.length;
  return more > 0 ? `${shown.join(' · ')} · ${chrome.moreSources(more)}` : shown.join(' · ');
}

export function storySection(story: DigestStory, chrome: SlackChrome, options: StoryRenderOptions): SectionBlock {
  const prefix = story.isUpdate ? `*${clampMrkdwn(chrome.updateLabel, 40)}* ` : '';
  const lines = [`${prefix}*${mrkdwnLink(story.url, story.title, TITLE_MAX)}*`];
  const meta = [sourceList(story.sources, chrome), chrome.storyTime(story.publishedAt)].filter((s) => s !== '').join(' · ');
  lines.push(clampMrkdwn(meta, META_MAX));
  const summary = singleLine(story.summary);
  if (summary !== '') lines.push(clampMrkdwn(summary, SUMMARY_MAX));
  lines.push(...quoteLines(story.quotes, options.maxQuotes));
  let text = lines.join('\n');
  // Unreachable with the budgets above; kept so no input can break the limit.
  if (text.length > SLACK_LIMITS.sectionText) text = text.slice(0, SLACK_LIMITS.sectionText - 1) + '…';
  return { type: 'section', text: { type: 'mrkdwn', text, verbatim: true } };
}

export function orderedTags(topics: string[], leading: string[] = []): string[] {
  const first = leading.filter((t) => topics.includes(t));
  const rest = topics.filter((t) => !first.includes(t));
  return [...new Set([...first, ...rest])];
}

export function tagContext(story: DigestStory, options: StoryRenderOptions): ContextBlock | null {
  const tags = orderedTags(story.topics, options.leadingTopics)
    .filter((t) => singleLine(t) !== '')
    .slice(0, SLACK_LIMITS.contextElements);
  if (tags.length === 0) return null;
  return {
    type: 'context',
    elements: tags.map((t) => ({ type: 'mrkdwn', text: clampMrkdwn(`#${singleLine(t)}`, TAG_MAX), verbatim: true })),
  };
}

export function storyBlocks(story: DigestStory, chrome: SlackChrome, options: StoryRenderOptions): Block[] {
  const context = tagContext(story, options);
  return context ? [storySection(story, chrome, options), context] : [storySection(story, chrome, options)];
}
