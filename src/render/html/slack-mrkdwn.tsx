import type { Child } from 'hono/jsx';
import { OUTBOUND, safeHref } from './links.js';

/**
 * Slack mrkdwn → HTML the way Slack shows it: &amp; &lt; &gt; entities,
 * <url|text> links, <@U…>/<!here> mentions, *bold*, _italic_, ~strike~,
 * `code`, ``` blocks and > quote lines. Text goes through JSX (escaped).
 */

const MAX_INPUT = 12_000;
const MAX_DEPTH = 8;
const MARKS: Record<string, 'strong' | 'em' | 's'> = { '*': 'strong', _: 'em', '~': 's' };

const decode = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/u.test(ch);

function angle(content: string): Child {
  if (/^!(here|channel|everyone)(\|.*)?$/u.test(content)) return <span class="md-mention">{`@${content.slice(1).split('|')[0]}`}</span>;
  if (/^!subteam\^/u.test(content)) return <span class="md-mention">@group</span>;
  if (/^@[UW][A-Z0-9]+/u.test(content)) return <span class="md-mention">{`@${content.slice(1).split('|')[0]}`}</span>;
  if (/^#C[A-Z0-9]+/u.test(content)) return <span class="md-channel">{`#${content.split('|')[1] ?? content.slice(1)}`}</span>;
  const [target = '', label] = content.split(/\|(.*)/su);
  const href = safeHref(decode(target));
  const text = decode(label ?? target);
  return href ? (
    <a href={href} {...OUTBOUND}>
      {text}
    </a>
  ) : (
    text
  );
}

/**
 * Finds the closing marker for an opening one at `open`: same line, not after a
 * space, not before a word character. A <…> token (link, mention) is atomic,
 * as in Slack: a marker inside a link's URL or label never closes anything.
 */
function closingMark(text: string, open: number, mark: string): number {
  for (let i = open + 1; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\n') return -1;
    if (ch === '<') {
      const end = text.indexOf('>', i + 1);
      if (end > i) {
        i = end;
        continue;
      }
    }
    if (ch === mark && i > open + 1 && !isSpace(text[i - 1]) && !isWordChar(text[i + 1])) return i;
  }
  return -1;
}

function inline(text: string, depth: number): Child[] {
  const out: Child[] = [];
  let plain = '';
  const flush = () => {
    if (plain !== '') out.push(decode(plain));
    plain = '';
  };
  for (let i = 0; i < text.length;) {
    const ch = text[i]!;
    if (ch === '<') {
      const end = text.indexOf('>', i + 1);
      if (end > i) {
        flush();
        out.push(angle(text.slice(i + 1, end)));
        i = end + 1;
        continue;
      }
    }
    if (ch === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        flush();
        out.push(<code>{decode(text.slice(i + 1, end))}</code>);
        i = end + 1;
        continue;
      }
    }
    const tag = MARKS[ch];
    if (tag && depth < MAX_DEPTH && !isWordChar(text[i - 1]) && !isSpace(text[i + 1])) {
      const end = closingMark(text, i, ch);
      if (end > i) {
        flush();
        const inner = inline(text.slice(i + 1, end), depth + 1);
        out.push(tag === 'strong' ? <strong>{inner}</strong> : tag === 'em' ? <em>{inner}</em> : <s>{inner}</s>);
        i = end + 1;
        continue;
      }
    }
    plain += ch;
    i += 1;
  }
  flush();
  return out;
}

/** Renders one mrkdwn text object. */
export function SlackMrkdwn(props: { text: string }) {
  const text = props.text.slice(0, MAX_INPUT);
  const parts: Child[] = [];
  const blocks = text.split(/```/u);
  blocks.forEach((chunk, index) => {
    if (index % 2 === 1 && index < blocks.length - 1) {
      parts.push(
        <pre>
          <code>{decode(chunk)}</code>
        </pre>,
      );
      return;
    }
    const lines = chunk.split('\n');
    let quote: Child[] = [];
    const flushQuote = () => {
      if (quote.length > 0) parts.push(<blockquote>{quote}</blockquote>);
      quote = [];
    };
    lines.forEach((line, lineIndex) => {
      if (line.startsWith('&gt;') || line.startsWith('>')) {
        const body = line.startsWith('&gt;') ? line.slice(4) : line.slice(1);
        if (quote.length > 0) quote.push(<br />);
        quote.push(...inline(body.replace(/^ /u, ''), 0));
        return;
      }
      flushQuote();
      parts.push(...inline(line, 0));
      if (lineIndex < lines.length - 1) parts.push(<br />);
    });
    flushQuote();
  });
  return <>{parts}</>;
}
