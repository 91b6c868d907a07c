import type { Store } from '../../store/index.js';
import type { Taxonomy } from '../../core/index.js';
import { listTopics } from './topic-catalog.js';
import type { CompletionChoice } from './types.js';

/** Platforms cap suggestion lists (Discord: 25 choices, 100 characters each). */
export const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

const clip = (text: string): string => (text.length <= MAX_CHOICE_LENGTH ? text : `${text.slice(0, MAX_CHOICE_LENGTH - 1)}…`);

/**
 * Suggestions for a topic option. For a comma-separated list only the last
 * item is completed; the items before it are kept, so "summits, arm" offers
 * "summits,arms-control".
 */
export function completeTopics(typed: string, taxonomy: Taxonomy, options: { list: boolean } = { list: true }): CompletionChoice[] {
  const items = options.list ? typed.split(',') : [typed];
  const last = (items.pop() ?? '').trim().toLowerCase();
  const chosen = items.map((item) => item.trim()).filter((item) => item !== '');
  const prefix = chosen.length === 0 ? '' : `${chosen.join(',')},`;
  const topics = listTopics(taxonomy).filter((topic) => !chosen.includes(topic.id));
  const ranked = [
    ...topics.filter((topic) => topic.id.startsWith(last)),
    ...topics.filter((topic) => !topic.id.startsWith(last) && (topic.id.includes(last) || topic.label.toLowerCase().includes(last))),
  ];
  return ranked.slice(0, MAX_CHOICES).map((topic) => ({
    name: clip(`${prefix}${topic.id} — ${topic.label}`),
    value: clip(`${prefix}${topic.id}`),
  }));
}

/** Suggestions for a feed reference: matches on id, name or URL; the value is the feed id. */
export async function completeFeeds(typed: string, store: Store): Promise<CompletionChoice[]> {
  const wanted = typed.trim().replace(/^#/, '').toLowerCase();
  return (await store.listFeeds())
    .filter((feed) => wanted === '' || String(feed.id) === wanted || feed.name.toLowerCase().includes(wanted) || feed.url.toLowerCase().includes(wanted))
    .slice(0, MAX_CHOICES)
    .map((feed) => ({ name: clip(`#${feed.id} ${feed.name} (${feed.url})`), value: String(feed.id) }));
}
