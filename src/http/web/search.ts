import type { Article, Story } from '../../core/index.js';
import type { ArticleQuery, QuoteHit } from '../../store/index.js';
import type { WebDeps } from './deps.js';
import { parseDay } from './format.js';

/**
 * The Stories page's search: the filters of `/news search` and `/news quotes`
 * (text, topic, language, source, speaker, dates). Results are grouped by
 * story so a story reported by five outlets shows once with its matches.
 */

export interface SearchForm {
  q: string;
  topic: string;
  language: string;
  source: string;
  speaker: string;
  /** YYYY-MM-DD, inclusive. */
  since: string;
  until: string;
  /** A single day from the trend chart: stories first seen that day (with `topic`). */
  day: string;
}

export interface StoryHit {
  story: Story | null;
  articles: Article[];
  quotes: QuoteHit[];
}

export interface SearchResult {
  hits: StoryHit[];
  /** A one-sentence problem with the form, shown instead of results. */
  problem: string | null;
  mode: 'recent' | 'articles' | 'quotes' | 'day';
}

const LIMIT = 50;
const DAY_MS = 86_400_000;

const speakerQuery = (typed: string): string => typed.replace(/(^|[\s-])(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());

export function readSearchForm(query: (name: string) => string | undefined): SearchForm {
  const field = (name: string, max: number) => (query(name) ?? '').trim().slice(0, max);
  return {
    q: field('q', 200),
    topic: field('topic', 40),
    language: field('language', 8).toLowerCase(),
    source: field('source', 100),
    speaker: field('speaker', 100),
    since: field('since', 10),
    until: field('until', 10),
    day: field('day', 10),
  };
}

async function group(deps: WebDeps, articles: Article[], quotes: QuoteHit[]): Promise<StoryHit[]> {
  const byKey = new Map<string, StoryHit>();
  const entry = async (storyId: number | null, articleId: number): Promise<StoryHit> => {
    const key = storyId === null ? `a${articleId}` : `s${storyId}`;
    let hit = byKey.get(key);
    if (!hit) {
      hit = { story: storyId === null ? null : await deps.store.getStory(storyId), articles: [], quotes: [] };
      byKey.set(key, hit);
    }
    return hit;
  };
  for (const article of articles) (await entry(article.storyId, article.id)).articles.push(article);
  for (const quote of quotes) {
    const hit = await entry(quote.storyId, quote.articleId);
    hit.quotes.push(quote);
    if (!hit.articles.some((a) => a.id === quote.articleId)) {
      const article = await deps.store.getArticle(quote.articleId);
      if (article) hit.articles.push(article);
    }
  }
  return [...byKey.values()];
}

export async function runSearch(deps: WebDeps, form: SearchForm): Promise<SearchResult> {
  const topicIds = new Set(deps.taxonomy.topics.map((t) => t.id));
  if (form.topic !== '' && !topicIds.has(form.topic))
    return { hits: [], problem: `There is no topic "${form.topic}"; pick one from the list.`, mode: 'articles' };
  if (form.day !== '') {
    const day = parseDay(form.day);
    if (!day) return { hits: [], problem: 'The day must be a date like 2024-05-01.', mode: 'day' };
    const stories = (await deps.store.storiesSeenBetween(day, new Date(day.getTime() + DAY_MS))).filter(
      (s) => form.topic === '' || s.topics.some((t) => t.id === form.topic),
    );
    return { hits: stories.slice(0, LIMIT).map((story) => ({ story, articles: [], quotes: [] })), problem: null, mode: 'day' };
  }
  const since = form.since === '' ? null : parseDay(form.since);
  const untilDay = form.until === '' ? null : parseDay(form.until);
  if ((form.since !== '' && !since) || (form.until !== '' && !untilDay)) return { hits: [], problem: 'Dates must look like 2024-05-01.', mode: 'articles' };
  const until = untilDay ? new Date(untilDay.getTime() + DAY_MS) : null;
  if (form.language !== '' && !/^[a-z]{2,3}$/.test(form.language))
    return { hits: [], problem: 'The language must be a two-letter code such as de or en.', mode: 'articles' };
  const range = { ...(since ? { since } : {}), ...(until ? { until } : {}) };
  const topic = form.topic === '' ? {} : { topic: form.topic };

  if (form.speaker !== '') {
    const hits = await deps.store.findQuotes({ speaker: speakerQuery(form.speaker), ...topic, ...range, ...(form.q ? { text: form.q } : {}), limit: LIMIT });
    return { hits: await group(deps, [], hits), problem: null, mode: 'quotes' };
  }
  const filtered = form.q !== '' || form.topic !== '' || form.language !== '' || form.source !== '' || since !== null || until !== null;
  if (!filtered) {
    const now = deps.now();
    const stories = await deps.store.storiesSeenBetween(new Date(now.getTime() - 7 * DAY_MS), new Date(now.getTime() + 1));
    return { hits: stories.slice(0, LIMIT).map((story) => ({ story, articles: [], quotes: [] })), problem: null, mode: 'recent' };
  }
  const query: ArticleQuery = {
    ...topic,
    ...range,
    ...(form.q ? { text: form.q } : {}),
    ...(form.language ? { language: form.language } : {}),
    ...(form.source ? { source: form.source } : {}),
    limit: LIMIT,
  };
  return { hits: await group(deps, await deps.store.findArticles(query), []), problem: null, mode: 'articles' };
}
