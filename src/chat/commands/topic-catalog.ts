import type { Taxonomy } from '../../core/index.js';
import { CommandError } from './errors.js';

/**
 * The command layer's view of the taxonomy: ids, a label and the one-line
 * description, plus validation of user-typed topic lists with "did you mean".
 */

export interface TopicInfo {
  id: string;
  label: string;
  description: string;
}

export function listTopics(taxonomy: Taxonomy, language = 'en'): TopicInfo[] {
  return taxonomy.topics.map((topic) => ({
    id: topic.id,
    label: topic.labels[language as keyof typeof topic.labels] ?? topic.labels.en ?? topic.id,
    description: topic.description,
  }));
}

/** Edit distance, for suggestions on mistyped topic ids (ids are short, so the quadratic table is fine). */
function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

const normalise = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[\s_]+/g, '-');

/** The closest known topic to a mistyped one, or null when nothing is close. */
export function suggestTopic(input: string, topics: readonly TopicInfo[]): TopicInfo | null {
  const wanted = normalise(input);
  let best: { topic: TopicInfo; distance: number } | null = null;
  for (const topic of topics) {
    const candidates = [topic.id, normalise(topic.label)];
    for (const candidate of candidates) {
      const distance = candidate.startsWith(wanted) && wanted.length >= 3 ? 0 : editDistance(wanted, candidate);
      if (best === null || distance < best.distance) best = { topic, distance };
    }
  }
  if (best === null) return null;
  return best.distance <= Math.max(2, Math.floor(wanted.length / 3)) ? best.topic : null;
}

/** Splits "summits, arms-control" into known topic ids; throws one sentence naming the first unknown one. */
export function parseTopicList(input: string, topics: readonly TopicInfo[]): string[] {
  const items = input
    .split(/[,;\s]+/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  if (items.length === 0) {
    throw new CommandError(`Name at least one topic, e.g. topics:${exampleTopics(topics)}; /news topics lists them.`);
  }
  const ids: string[] = [];
  for (const item of items) {
    const id = resolveTopic(item, topics);
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** One known topic id for a user-typed id or label. */
export function resolveTopic(input: string, topics: readonly TopicInfo[]): string {
  const wanted = normalise(input);
  const exact = topics.find((topic) => topic.id === wanted || normalise(topic.label) === wanted);
  if (exact) return exact.id;
  const suggestion = suggestTopic(input, topics);
  const shown = input.trim().slice(0, 60);
  if (suggestion) {
    throw new CommandError(`Unknown topic "${shown}" — did you mean "${suggestion.id}"? /news topics lists them all.`);
  }
  throw new CommandError(`Unknown topic "${shown}"; /news topics lists the topics you can use, e.g. ${exampleTopics(topics)}.`);
}

function exampleTopics(topics: readonly TopicInfo[]): string {
  return topics
    .slice(0, 2)
    .map((topic) => topic.id)
    .join(',');
}
