import type { Quote, Story, TopicScore } from '../../core/index.js';
import type { NewStory, StoryMemberRow, StoryRepository } from '../types.js';
import type { Db } from './db.js';

interface StoryRow {
  id: number;
  representative_article_id: number;
  title: string;
  url: string | null;
  summary: string;
  topics: TopicScore[];
  quotes: Quote[];
  sources: string[];
  languages: string[];
  published_at: Date | null;
  first_seen_at: Date;
  updated_at: Date;
  article_ids: number[] | null;
}

const fromRow = (row: StoryRow): Story => ({
  id: row.id,
  representativeArticleId: row.representative_article_id,
  title: row.title,
  url: row.url,
  summary: row.summary,
  topics: row.topics,
  quotes: row.quotes,
  sources: row.sources,
  languages: row.languages,
  articleIds: (row.article_ids ?? []).map(Number),
  publishedAt: row.published_at ?? row.first_seen_at,
  firstSeenAt: row.first_seen_at,
  updatedAt: row.updated_at,
});

/** A story with its member article ids, in id order. */
const SELECT = `SELECT s.*, ARRAY(SELECT a.id FROM articles a WHERE a.story_id = s.id ORDER BY a.id) AS article_ids FROM stories s`;

const params = (story: NewStory): unknown[] => [
  story.representativeArticleId,
  story.title,
  story.url,
  story.summary,
  JSON.stringify(story.topics),
  JSON.stringify(story.quotes),
  JSON.stringify(story.sources),
  JSON.stringify(story.languages),
  story.publishedAt ?? story.firstSeenAt,
  story.firstSeenAt,
  story.updatedAt,
];

export function storyRepository(db: Db): StoryRepository {
  const getStoryOn = async (on: Db, id: number): Promise<Story | null> => {
    const [row] = await on.query<StoryRow>(`${SELECT} WHERE s.id = $1`, [id]);
    return row ? fromRow(row) : null;
  };
  const attachArticles = async (on: Db, storyId: number, ids: number[]): Promise<void> => {
    if (ids.length > 0) await on.execute('UPDATE articles SET story_id = $1 WHERE id = ANY($2::bigint[])', [storyId, ids]);
  };

  return {
    createStory: (story) =>
      db.atomic(async (tx) => {
        const [row] = await tx.query<{ id: number }>(
          `INSERT INTO stories (representative_article_id, title, url, summary, topics, quotes, sources, languages, published_at, first_seen_at, updated_at)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7::jsonb, $8::jsonb, $9, $10, $11) RETURNING id`,
          params(story),
        );
        await attachArticles(tx, row!.id, story.articleIds);
        return (await getStoryOn(tx, row!.id))!;
      }),
    updateStory: (id, story) =>
      db.atomic(async (tx) => {
        await tx.execute(
          `UPDATE stories SET representative_article_id = $1, title = $2, url = $3, summary = $4, topics = $5::jsonb, quotes = $6::jsonb,
             sources = $7::jsonb, languages = $8::jsonb, published_at = $9, first_seen_at = $10, updated_at = $11
           WHERE id = $12`,
          [...params(story), id],
        );
        await attachArticles(tx, id, story.articleIds);
        const updated = await getStoryOn(tx, id);
        if (!updated) throw new Error(`No story with id ${id}.`);
        return updated;
      }),
    getStory: (id) => getStoryOn(db, id),
    async storiesSeenBetween(since, until) {
      return (
        await db.query<StoryRow>(`${SELECT} WHERE s.first_seen_at >= $1 AND s.first_seen_at < $2 ORDER BY s.first_seen_at DESC, s.id DESC`, [since, until])
      ).map(fromRow);
    },
    async storyMembers(storyIds) {
      if (storyIds.length === 0) return [];
      const rows = await db.query<{ story_id: number; id: number; feed_id: number | null; first_seen_at: Date }>(
        'SELECT story_id, id, feed_id, first_seen_at FROM articles WHERE story_id = ANY($1::bigint[]) ORDER BY story_id, id',
        [storyIds],
      );
      return rows.map((row): StoryMemberRow => ({ storyId: row.story_id, articleId: row.id, feedId: row.feed_id, firstSeenAt: row.first_seen_at }));
    },
    async storiesUpdatedSince(since) {
      return (await db.query<StoryRow>(`${SELECT} WHERE s.updated_at >= $1 ORDER BY s.updated_at DESC, s.id DESC`, [since])).map(fromRow);
    },
  };
}
