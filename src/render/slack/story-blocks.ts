import type { DigestSection, DigestStory, Quote } from '../../core/index.js';
import { orderedTopics, quotesWithSpeakers, sourceSummary, type DigestChrome } from '../i18n/index.js';
import type { Block, ContextBlock, SectionBlock } from './block-types.js';
import { SLACK_LIMITS } from './limits.js';
import { clampMrkdwn, clampMrkdwnLine, mrkdwnLink, singleLine } from './mrkdwn.js';

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
const TAG_MAX = 80;

export interface StoryRenderOptions {
  /** Digest mode shows up to two quotes; instant mode one. */
  maxQuotes: number;
  /** The digest's sections: their topics lead the tag context. */
  sections: DigestSection[];
}

/** Quotes with named speakers only ("unknown speaker" is never shown), in their own marks. */
function quoteLines(quotes: Quote[], max: number, chrome: DigestChrome): string[] {
  return quotesWithSpeakers(quotes, max).map(
    (q) => `>${clampMrkdwnLine(chrome.quoted(q.text.slice(0, QUOTE_MAX * 4), q.language), QUOTE_MAX)} — _${clampMrkdwnLine(q.speaker, 100)}_`,
  );
}

function sourceList(sources: string[], chrome: DigestChrome): string {
  const { names, more } = sourceSummary(sources, 3);
  return more > 0 ? `${names.join(' · ')} · ${chrome.moreSources(more)}` : names.join(' · ');
}

export function storySection(story: DigestStory, chrome: DigestChrome, options: StoryRenderOptions): SectionBlock {
  const prefix = story.isUpdate ? `*${clampMrkdwn(chrome.updateLabel, 40)}* ` : '';
  const lines = [`${prefix}*${mrkdwnLink(story.url, story.title, TITLE_MAX)}*`];
  const meta = [sourceList(story.sources, chrome), chrome.storyTime(story.publishedAt)].filter((s) => s !== '').join(' · ');
  lines.push(clampMrkdwn(meta, META_MAX));
  const summary = clampMrkdwnLine(story.summary, SUMMARY_MAX);
  if (summary !== '') lines.push(summary);
  lines.push(...quoteLines(story.quotes, options.maxQuotes, chrome));
  let text = lines.join('\n');
  // Unreachable with the budgets above; kept so no input can break the limit.
  if (text.length > SLACK_LIMITS.sectionText) text = text.slice(0, SLACK_LIMITS.sectionText - 1) + '…';
  return { type: 'section', text: { type: 'mrkdwn', text, verbatim: true } };
}

export function tagContext(story: DigestStory, options: StoryRenderOptions): ContextBlock | null {
  const tags = orderedTopics(story, options.sections)
    .filter((t) => singleLine(t) !== '')
    .slice(0, SLACK_LIMITS.contextElements);
  if (tags.length === 0) return null;
  return {
    type: 'context',
    elements: tags.map((t) => ({ type: 'mrkdwn', text: clampMrkdwn(`#${singleLine(t)}`, TAG_MAX), verbatim: true })),
  };
}

export function storyBlocks(story: DigestStory, chrome: DigestChrome, options: StoryRenderOptions): Block[] {
  const context = tagContext(story, options);
  return context ? [storySection(story, chrome, options), context] : [storySection(story, chrome, options)];
}
