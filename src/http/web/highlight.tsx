import type { Child } from 'hono/jsx';

const MAX_TERMS = 50;
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text with every evidence word wrapped in <mark> (case-insensitive, whole-word prefix match); the rest escaped by JSX. */
export function Highlighted(props: { text: string; terms: string[] }) {
  const terms = [...new Set(props.terms.map((t) => t.trim()).filter((t) => t.length >= 2))].sort((a, b) => b.length - a.length).slice(0, MAX_TERMS);
  if (terms.length === 0) return <>{props.text}</>;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${terms.map(escapeRegExp).join('|')})`, 'giu');
  const parts: Child[] = [];
  let last = 0;
  for (const match of props.text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) parts.push(props.text.slice(last, start));
    parts.push(<mark>{match[0]}</mark>);
    last = start + match[0].length;
  }
  if (last < props.text.length) parts.push(props.text.slice(last));
  return <>{parts}</>;
}
