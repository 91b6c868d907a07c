import { assignToStories, mergeStory, type Article, type ClusterCandidate, type StoryCandidate, type StoryMember } from '../core/index.js';
import type { NewStory, Store } from '../store/index.js';

export interface AssignStoriesOptions {
  /** Articles further apart than this never share a story; also how far back stories are reopened. */
  windowHours: number;
  now: Date;
}

/** What clustering and story descriptions need from a stored article. */
export function memberOf(article: Article): StoryMember {
  return {
    id: article.id,
    title: article.title,
    summary: article.analysis.summary,
    body: article.body,
    language: article.language,
    entities: article.analysis.entities ?? [],
    topics: article.analysis.topics,
    publishedAt: article.publishedAt,
    source: article.source,
    quotes: article.analysis.quotes,
    url: article.url ?? article.canonicalUrl,
  };
}

/** What a story says about itself, described from its members (the core's merge). */
export function describeStory(members: StoryMember[]): Omit<NewStory, 'firstSeenAt' | 'updatedAt'> {
  const merged = mergeStory(members);
  return {
    representativeArticleId: Number(merged.representativeId),
    title: merged.title,
    url: merged.url,
    summary: merged.summary,
    topics: merged.topics,
    quotes: merged.quotes,
    sources: merged.sources,
    languages: merged.languages,
    articleIds: merged.articleIds.map(Number),
    publishedAt: merged.publishedAt,
  };
}

function storyOf(members: Article[], firstSeenAt: Date, now: Date): NewStory {
  return { ...describeStory(members.map(memberOf)), firstSeenAt, updatedAt: now };
}

const earliestSeen = (articles: Article[]): Date => new Date(Math.min(...articles.map((a) => a.firstSeenAt.getTime())));

/** Unassigned articles taken per sweep step, and the most steps one pass takes (a pass stays bounded). */
const SWEEP_BATCH = 1_000;
const MAX_SWEEP_BATCHES = 50;

export interface AssignStoriesResult {
  storyIds: number[];
  /** Articles that were stored earlier (e.g. by a poll that died before clustering) and only now got a story. */
  recovered: number;
}

/** Clusters one batch of unassigned articles against the recent stories and writes the result in one transaction. */
async function assignBatch(store: Store, incoming: Article[], isLate: (article: Article) => boolean, options: AssignStoriesOptions): Promise<number[]> {
  const since = new Date(options.now.getTime() - options.windowHours * 3_600_000);
  const recent = await store.storiesUpdatedSince(since);
  const memberArticles = new Map((await store.getArticles(recent.flatMap((story) => story.articleIds))).map((a) => [a.id, a]));
  const membersByStory = new Map<number, Article[]>();
  const existing: StoryCandidate[] = recent.map((story) => {
    const members = story.articleIds.flatMap((id) => memberArticles.get(id) ?? []);
    membersByStory.set(story.id, members);
    return { storyId: story.id, articles: members.map(memberOf) };
  });

  const assignments = assignToStories(existing, incoming.map(memberOf) satisfies ClusterCandidate[], { windowHours: options.windowHours });
  const byId = new Map(incoming.map((a) => [a.id, a]));
  const grown = new Map<number, Article[]>();
  const fresh = new Map<string, Article[]>();
  for (const assignment of assignments) {
    const article = byId.get(Number(assignment.articleId))!;
    if (assignment.storyId !== null) grown.set(assignment.storyId, [...(grown.get(assignment.storyId) ?? []), article]);
    else fresh.set(assignment.key, [...(fresh.get(assignment.key) ?? []), article]);
  }

  return store.transaction(async (tx) => {
    const storyIds: number[] = [];
    for (const [storyId, added] of grown) {
      const story = recent.find((s) => s.id === storyId)!;
      await tx.updateStory(storyId, storyOf([...membersByStory.get(storyId)!, ...added], story.firstSeenAt, options.now));
      storyIds.push(storyId);
    }
    for (const members of fresh.values()) {
      // A story made of articles recovered late enters digests now: a digest sent since they were stored must not hide it.
      const firstSeenAt = members.some(isLate) ? options.now : earliestSeen(members);
      storyIds.push((await tx.createStory(storyOf(members, firstSeenAt, options.now))).id);
    }
    return storyIds;
  });
}

/**
 * Puts articles into stories: attaches each to a story updated within the
 * window when it reports the same event, else starts a new story. Articles
 * already in a story are left where they are.
 *
 * Besides the given (just stored) articles, every pass sweeps up the articles
 * of the window that are still in no story, so a poll killed between storing
 * and clustering loses nothing: the next pass assigns them.
 */
export async function assignStories(store: Store, articleIds: number[], options: AssignStoriesOptions): Promise<AssignStoriesResult> {
  const storyIds = new Set<number>();
  const requested = new Set(articleIds);
  const isLate = (article: Article) => !requested.has(article.id);
  const given = (await store.getArticles(articleIds)).filter((a) => a.storyId === null);
  if (given.length > 0) (await assignBatch(store, given, isLate, options)).forEach((id) => storyIds.add(id));

  const since = new Date(options.now.getTime() - options.windowHours * 3_600_000);
  let recovered = 0;
  for (let step = 0; step < MAX_SWEEP_BATCHES; step++) {
    const stray = await store.unassignedArticlesSince(since, SWEEP_BATCH);
    if (stray.length === 0) break;
    (await assignBatch(store, stray, isLate, options)).forEach((id) => storyIds.add(id));
    recovered += stray.filter(isLate).length;
    if (stray.length < SWEEP_BATCH) break;
  }
  return { storyIds: [...storyIds], recovered };
}
