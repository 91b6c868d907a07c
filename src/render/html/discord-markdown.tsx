import type { Child } from 'hono/jsx';
import { parse } from 'discord-markdown-parser';
import { OUTBOUND, safeHref } from './links.js';

/**
 * Discord markdown → HTML the way the Discord client shows it, from the same
 * parser rules Discord uses (simple-markdown). Every text node goes through
 * JSX, which escapes it: markup in a feed title shows as text, never as HTML.
 */

interface MdNode {
  type: string;
  content?: unknown;
  target?: string;
  level?: number;
  lang?: string;
  id?: string;
  name?: string;
  timestamp?: string;
  [key: string]: unknown;
}

const MAX_INPUT = 8000;
const MAX_DEPTH = 20;

function children(content: unknown, depth: number): Child[] {
  if (typeof content === 'string') return [content];
  if (!Array.isArray(content)) return [];
  return (content as MdNode[]).map((node) => renderNode(node, depth + 1));
}

function plainText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return (content as MdNode[]).map((node) => (typeof node.content === 'string' ? node.content : plainText(node.content))).join('');
}

function renderNode(node: MdNode, depth: number): Child {
  if (depth > MAX_DEPTH) return plainText(node.content);
  const inner = () => children(node.content, depth);
  switch (node.type) {
    case 'text':
      return typeof node.content === 'string' ? node.content : inner();
    case 'strong':
      return <strong>{inner()}</strong>;
    case 'em':
      return <em>{inner()}</em>;
    case 'underline':
      return <u>{inner()}</u>;
    case 'strikethrough':
      return <s>{inner()}</s>;
    case 'inlineCode':
      return <code>{plainText(node.content)}</code>;
    case 'codeBlock':
      return (
        <pre>
          <code>{plainText(node.content)}</code>
        </pre>
      );
    case 'blockQuote':
      return <blockquote>{inner()}</blockquote>;
    case 'br':
    case 'newline':
      return <br />;
    case 'heading':
      return <strong class={`md-h md-h${Math.min(3, Math.max(1, Number(node.level) || 1))}`}>{inner()}</strong>;
    case 'subtext':
      return <small class="md-subtext">{inner()}</small>;
    case 'spoiler':
      return <span class="md-spoiler">{inner()}</span>;
    case 'link':
    case 'url':
    case 'autolink': {
      const href = safeHref(node.target);
      const label = node.type === 'link' ? inner() : [node.target ?? ''];
      return href ? (
        <a href={href} {...OUTBOUND}>
          {label}
        </a>
      ) : (
        <span>{label}</span>
      );
    }
    case 'user':
    case 'role':
    case 'channel':
      // A live mention: the renderer never produces one, so showing it loudly makes a leak obvious.
      return <span class="md-mention">{`${node.type === 'channel' ? '#' : '@'}${String(node.id ?? '')}`}</span>;
    case 'everyone':
    case 'here':
      return <span class="md-mention">{`@${node.type}`}</span>;
    case 'emoji':
      return `:${String(node.name ?? '')}:`;
    case 'timestamp':
      return <time>{String(node.timestamp ?? '')}</time>;
    default:
      return typeof node.content === 'string' ? node.content : inner();
  }
}

/** Renders message content (`normal`) or embed text, where masked links work (`extended`). */
export function DiscordMarkdown(props: { text: string; extended?: boolean }) {
  const nodes = parse(props.text.slice(0, MAX_INPUT), props.extended ? 'extended' : 'normal') as MdNode[];
  return <>{nodes.map((node) => renderNode(node, 0))}</>;
}
