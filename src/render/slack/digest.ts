import type { Digest, DigestSection, DigestStory } from '../../core/index.js';
import type { Block, SectionBlock, SlackMessage } from './block-types.js';
import { chromeFor, storyCount, type DigestChrome } from '../i18n/index.js';
import { SLACK_LIMITS } from './limits.js';
import { clampMrkdwn, clampPlain, singleLine } from './mrkdwn.js';
import { storyBlocks } from './story-blocks.js';

/**
 * A digest as Slack messages: a header, then per topic a heading and each
 * story's section + tag context. Messages are cut at 50 blocks without
 * splitting a story; a message that starts inside a topic repeats its heading.
 */

const DIGEST_QUOTES = 2;
const INSTANT_QUOTES = 1;
const FALLBACK_TITLES = 5;

interface Unit {
  blocks: Block[];
  section: DigestSection;
}

function headingBlock(text: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: `*${clampMrkdwn(text, 200)}*`, verbatim: true } };
}

function sectionUnits(digest: Digest, chrome: DigestChrome): Unit[] {
  return digest.sections.flatMap((section) =>
    section.stories.map((story) => ({ section, blocks: storyBlocks(story, chrome, { maxQuotes: DIGEST_QUOTES, sections: digest.sections }) })),
  );
}

function fallbackText(lead: string, stories: DigestStory[]): string {
  const titles = stories.slice(0, FALLBACK_TITLES).map((s) => `• ${singleLine(s.title)}`);
  return clampMrkdwn([lead, ...titles].join('\n'), SLACK_LIMITS.fallbackText);
}

/** Packs story units into messages of at most 50 blocks, repeating the topic heading where a message starts mid-topic. */
function pack(units: Unit[], first: Block[], chrome: DigestChrome): Block[][] {
  const messages: Block[][] = [[...first]];
  let current = messages[0]!;
  let openSection: DigestSection | null = null;
  for (const unit of units) {
    const needsHeading = unit.section !== openSection;
    const size = unit.blocks.length + 1; // +1 for a heading, new or repeated
    if (current.length + (needsHeading ? size : unit.blocks.length) > SLACK_LIMITS.blocksPerMessage) {
      current = [];
      messages.push(current);
      current.push(headingBlock(`${chrome.sectionHeading(unit.section.topicLabel, unit.section.stories.length)} · ${chrome.continued}`));
      openSection = unit.section;
    } else if (needsHeading) {
      current.push(headingBlock(chrome.sectionHeading(unit.section.topicLabel, unit.section.stories.length)));
      openSection = unit.section;
    }
    current.push(...unit.blocks);
  }
  return messages;
}

function moreBlock(digest: Digest, chrome: DigestChrome): Block | null {
  if (digest.moreCount <= 0) return null;
  const hint = digest.moreHint ? `: \`${clampMrkdwn(singleLine(digest.moreHint), 300)}\`` : '';
  return { type: 'context', elements: [{ type: 'mrkdwn', text: `${clampMrkdwn(chrome.moreStories(digest.moreCount), 200)}${hint}`, verbatim: true }] };
}

function renderDigestMode(digest: Digest): SlackMessage[] {
  const chrome = chromeFor(digest);
  const count = storyCount(digest.sections);
  if (count === 0 && digest.moreCount === 0) return [];
  const headerText = chrome.header(
    count,
    digest.sections.map((s) => singleLine(s.topicLabel)),
  );
  const header: Block = { type: 'header', text: { type: 'plain_text', text: clampPlain(singleLine(headerText), SLACK_LIMITS.headerText), emoji: false } };
  const messages = pack(sectionUnits(digest, chrome), [header], chrome);
  const more = moreBlock(digest, chrome);
  if (more) {
    const last = messages[messages.length - 1]!;
    if (last.length < SLACK_LIMITS.blocksPerMessage) last.push(more);
    else messages.push([more]);
  }
  const stories = digest.sections.flatMap((s) => s.stories);
  return messages.map((blocks, index) => ({
    text:
      index === 0 ? fallbackText(headerText, stories) : clampMrkdwn(`${headerText} (${chrome.part(index + 1, messages.length)})`, SLACK_LIMITS.fallbackText),
    blocks,
  }));
}

function renderInstantMode(digest: Digest): SlackMessage[] {
  const chrome = chromeFor(digest);
  return digest.sections.flatMap((section) =>
    section.stories.map((story) => ({
      text: fallbackText(`${chrome.instantLabel}: ${singleLine(story.title)}`, []),
      blocks: storyBlocks(story, chrome, { maxQuotes: INSTANT_QUOTES, sections: digest.sections }),
    })),
  );
}

/** Renders a digest into Slack messages, each within every Block Kit limit. Instant mode gives one compact message per story. */
export function renderSlackDigest(digest: Digest): SlackMessage[] {
  return digest.mode === 'instant' ? renderInstantMode(digest) : renderDigestMode(digest);
}
