import type { Digest, DigestStory, SubscriptionLayout } from '../../core/index.js';
import { chromeFor, quotesWithSpeakers, sourceSummary, type DigestChrome } from '../i18n/index.js';
import type { SlackMessage } from './block-types.js';
import { renderSlackDigest } from './digest.js';
import { SLACK_LIMITS } from './limits.js';
import { clampMrkdwn, clampMrkdwnLine, mrkdwnLink } from './mrkdwn.js';

/**
 * A digest as the parts a subscription's layout needs on Slack: the digest
 * messages, and with threads (Slack has no forums, so 'forum' reads as
 * threads) one reply per story with all its quotes and outlets, posted with
 * `thread_ts` of the digest's first message (instant posts: of their own post).
 */

export interface SlackPart {
  message: SlackMessage;
  /** 1-based part whose thread this reply goes into. */
  threadOf?: number;
}

const THREAD_QUOTES = 8;
const QUOTE_MAX = 400;
const SOURCES_MAX = 1200;

export function renderSlackParts(digest: Digest, options: { layout?: SubscriptionLayout } = {}): SlackPart[] {
  const threads = (options.layout ?? 'plain') !== 'plain';
  const main = renderSlackDigest(digest);
  if (!threads) return main.map((message) => ({ message }));
  const chrome = chromeFor(digest);
  const stories = digest.sections.flatMap((section) => section.stories);
  const parts: SlackPart[] = [];
  if (digest.mode === 'instant') {
    main.forEach((message, index) => {
      parts.push({ message });
      const story = stories[index];
      if (story) parts.push({ message: threadReply(story, chrome), threadOf: parts.length });
    });
    return parts;
  }
  parts.push(...main.map((message) => ({ message })));
  if (main.length > 0) for (const story of stories) parts.push({ message: threadReply(story, chrome), threadOf: 1 });
  return parts;
}

/** One story's quotes and outlets as a thread reply, within Slack's limits. */
export function threadReply(story: DigestStory, chrome: DigestChrome): SlackMessage {
  const lines = [`*${mrkdwnLink(story.url, story.title, 300)}*`];
  const quotes = quotesWithSpeakers(story.quotes, THREAD_QUOTES);
  if (quotes.length > 0) {
    lines.push(`*${clampMrkdwn(chrome.quotesLabel, 40)}*`);
    for (const quote of quotes)
      lines.push(
        `>${clampMrkdwnLine(chrome.quoted(quote.text.slice(0, QUOTE_MAX * 4), quote.language), QUOTE_MAX)} — _${clampMrkdwnLine(quote.speaker, 100)}_`,
      );
  }
  const { names } = sourceSummary(story.sources, Number.MAX_SAFE_INTEGER);
  if (names.length > 0) lines.push(`*${clampMrkdwn(chrome.sourcesLabel, 40)}:* ${clampMrkdwnLine(names.join(' · '), SOURCES_MAX)}`);
  let text = lines.join('\n');
  if (text.length > SLACK_LIMITS.sectionText) text = `${text.slice(0, SLACK_LIMITS.sectionText - 1)}…`;
  return {
    text: clampMrkdwnLine(`${chrome.threadName}: ${story.title}`, SLACK_LIMITS.fallbackText),
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } }],
  };
}
