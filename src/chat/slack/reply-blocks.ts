import type { CommandReply, ReplyLine } from '../commands/index.js';
import { clampMrkdwn, mrkdwnLink, renderSlackDigest, singleLine, SLACK_LIMITS, type Block } from '../../render/index.js';

/**
 * A CommandReply as Slack response bodies (for `ack` and `respond`). Reply
 * text is plain text from the handlers and may quote article titles, so it is
 * escaped like digest text. A digest preview can span several messages;
 * response_url accepts up to five posts, which is why replies are a list.
 */

export interface SlackReply {
  response_type: 'ephemeral' | 'in_channel';
  text: string;
  blocks: Block[];
}

/** response_url accepts five posts per command. */
const MAX_REPLIES = 5;
const LINE_TEXT_MAX = 300;
const LINE_DETAIL_MAX = 300;
const LINE_QUOTE_MAX = 500;

function lineMrkdwn(line: ReplyLine): string {
  const main = line.url ? mrkdwnLink(line.url, line.text, LINE_TEXT_MAX) : clampMrkdwn(line.text, LINE_TEXT_MAX * 4);
  const detail = line.detail ? ` — ${clampMrkdwn(singleLine(line.detail), LINE_DETAIL_MAX)}` : '';
  const quote = line.quote ? `\n>${clampMrkdwn(singleLine(line.quote), LINE_QUOTE_MAX)}` : '';
  return `${main}${detail}${quote}`;
}

/** Packs lines into section blocks of at most 3,000 characters each, within the block limit. */
function lineSections(lines: string[], room: number): Block[] {
  const sections: string[] = [];
  let current = '';
  for (const line of lines) {
    const next = current === '' ? line : `${current}\n${line}`;
    if (next.length <= SLACK_LIMITS.sectionText) {
      current = next;
      continue;
    }
    if (current !== '') sections.push(current);
    current = line.length <= SLACK_LIMITS.sectionText ? line : `${line.slice(0, SLACK_LIMITS.sectionText - 1)}…`;
  }
  if (current !== '') sections.push(current);
  return sections.slice(0, room).map((text) => ({ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } }));
}

function textReply(reply: CommandReply): SlackReply {
  const blocks: Block[] = [];
  const title = reply.title ? clampMrkdwn(singleLine(reply.title), 200) : null;
  if (title) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*${title}*`, verbatim: true } });
  const lines = reply.lines.map((line, i) => {
    const body = lineMrkdwn(line);
    if (reply.error && i === 0) return `:warning: ${body}`;
    return reply.lines.length > 1 ? `• ${body}` : body;
  });
  blocks.push(...lineSections(lines, SLACK_LIMITS.blocksPerMessage - blocks.length));
  const first = reply.lines[0]?.text ?? '';
  const fallback = [reply.title, first].filter((s): s is string => Boolean(s)).join(': ');
  return {
    response_type: reply.ephemeral ? 'ephemeral' : 'in_channel',
    text: clampMrkdwn(singleLine(fallback) || '/news', SLACK_LIMITS.fallbackText),
    // An empty reply still needs a block-free text body: Slack rejects an empty blocks array with no text.
    blocks: blocks.length > 0 ? blocks : [{ type: 'section', text: { type: 'mrkdwn', text: clampMrkdwn(fallback || '/news', 3000), verbatim: true } }],
  };
}

export function formatSlackReply(reply: CommandReply): SlackReply[] {
  if (reply.digest) {
    const messages = renderSlackDigest(reply.digest);
    if (messages.length > 0) {
      const responseType = reply.ephemeral ? 'ephemeral' : 'in_channel';
      return messages.slice(0, MAX_REPLIES).map((m) => ({ response_type: responseType, text: m.text, blocks: m.blocks }));
    }
  }
  return [textReply(reply)];
}

/** A usage or parse-error message from the /news text parser. */
export function slackUsageReply(message: string): SlackReply {
  const [first = '', ...rest] = message.split('\n');
  const body = [`:information_source: ${clampMrkdwn(first, 500)}`, ...rest.map((line) => clampMrkdwn(line, 500))].join('\n');
  return {
    response_type: 'ephemeral',
    text: clampMrkdwn(first, SLACK_LIMITS.fallbackText),
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: body.slice(0, SLACK_LIMITS.sectionText), verbatim: true } }],
  };
}
