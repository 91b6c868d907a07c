import type { Store } from '../../store/index.js';
import type { Taxonomy } from '../../core/index.js';
import { listTopics } from './topic-catalog.js';
import type { Caller, CompletionChoice } from './types.js';

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

/**
 * Suggestions for a feed reference among the feeds the caller's workspace
 * sees: matches on id, name or URL; the value is the feed id. For a list only
 * the last item is completed, like topics.
 */
export async function completeFeeds(
  typed: string,
  store: Store,
  caller: Pick<Caller, 'platform' | 'workspaceId'>,
  options: { list: boolean } = { list: false },
): Promise<CompletionChoice[]> {
  const items = options.list ? typed.split(',') : [typed];
  const last = items.pop() ?? '';
  const chosen = items.map((item) => item.trim()).filter((item) => item !== '');
  const prefix = chosen.length === 0 ? '' : `${chosen.join(',')},`;
  const wanted = last.trim().replace(/^#/, '').toLowerCase();
  return (await store.listFeeds({ visibleTo: { platform: caller.platform, workspaceId: caller.workspaceId } }))
    .filter((feed) => !chosen.includes(String(feed.id)))
    .filter((feed) => wanted === '' || String(feed.id) === wanted || feed.name.toLowerCase().includes(wanted) || feed.url.toLowerCase().includes(wanted))
    .slice(0, MAX_CHOICES)
    .map((feed) => ({ name: clip(`${prefix}#${feed.id} ${feed.name} (${feed.url})`), value: clip(`${prefix}${feed.id}`) }));
}
