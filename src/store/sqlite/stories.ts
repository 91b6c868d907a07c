import type { Quote, Story, TopicScore } from '../../core/index.js';
import type { NewStory, StoryMemberRow, StoryRepository } from '../types.js';
import type { Sync } from './sync.js';
import type { SqliteDatabase } from './database.js';
import { fromJson, toDateStrict, toJson } from './rows.js';

interface StoryRow {
  id: number;
  representative_article_id: number;
  title: string;
  url: string | null;
  summary: string;
  topics: string;
  quotes: string;
  sources: string;
  languages: string;
  published_at: number | null;
  first_seen_at: number;
  updated_at: number;
}

export function storyRepository(db: SqliteDatabase): Sync<StoryRepository> {
  const byId = db.prepare('SELECT * FROM stories WHERE id = ?');
  const articleIds = db.prepare('SELECT id FROM articles WHERE story_id = ? ORDER BY id');
  const insert = db.prepare(
    `INSERT INTO stories (representative_article_id, title, url, summary, topics, quotes, sources, languages, published_at, first_seen_at, updated_at)
     VALUES (@representativeArticleId, @title, @url, @summary, @topics, @quotes, @sources, @languages, @publishedAt, @firstSeenAt, @updatedAt)`,
  );
  const update = db.prepare(
    `UPDATE stories SET representative_article_id = @representativeArticleId, title = @title, url = @url, summary = @summary,
       topics = @topics, quotes = @quotes, sources = @sources, languages = @languages, published_at = @publishedAt, first_seen_at = @firstSeenAt,
       updated_at = @updatedAt
     WHERE id = @id`,
  );
  const setArticleStory = db.prepare('UPDATE articles SET story_id = ? WHERE id = ?');

  const fromRow = (row: StoryRow): Story => ({
    id: row.id,
    representativeArticleId: row.representative_article_id,
    title: row.title,
    url: row.url,
    summary: row.summary,
    topics: fromJson<TopicScore[]>(row.topics),
    quotes: fromJson<Quote[]>(row.quotes),
    sources: fromJson<string[]>(row.sources),
    languages: fromJson<string[]>(row.languages),
    articleIds: (articleIds.all(row.id) as { id: number }[]).map((r) => r.id),
    publishedAt: toDateStrict(row.published_at ?? row.first_seen_at),
    firstSeenAt: toDateStrict(row.first_seen_at),
    updatedAt: toDateStrict(row.updated_at),
  });

  const params = (story: NewStory) => ({
    representativeArticleId: story.representativeArticleId,
    title: story.title,
    url: story.url,
    summary: story.summary,
    topics: toJson(story.topics),
    quotes: toJson(story.quotes),
    sources: toJson(story.sources),
    languages: toJson(story.languages),
    publishedAt: (story.publishedAt ?? story.firstSeenAt).getTime(),
    firstSeenAt: story.firstSeenAt.getTime(),
    updatedAt: story.updatedAt.getTime(),
  });

  const getStory = (id: number): Story | null => {
    const row = byId.get(id) as StoryRow | undefined;
    return row ? fromRow(row) : null;
  };

  const attachArticles = (storyId: number, ids: number[]): void => {
    for (const articleId of ids) setArticleStory.run(storyId, articleId);
  };

  return {
    createStory: db.transaction((story: NewStory): Story => {
      const id = Number(insert.run(params(story)).lastInsertRowid);
      attachArticles(id, story.articleIds);
      return getStory(id) as Story;
    }),
    updateStory: db.transaction((id: number, story: NewStory): Story => {
      update.run({ ...params(story), id });
      attachArticles(id, story.articleIds);
      const updated = getStory(id);
      if (!updated) throw new Error(`No story with id ${id}.`);
      return updated;
    }),
    getStory,
    storiesSeenBetween(since, until) {
      return (
        db
          .prepare('SELECT * FROM stories WHERE first_seen_at >= ? AND first_seen_at < ? ORDER BY first_seen_at DESC, id DESC')
          .all(since.getTime(), until.getTime()) as StoryRow[]
      ).map(fromRow);
    },
    storyMembers(storyIds) {
      const members: StoryMemberRow[] = [];
      // Bounded IN lists: SQLite caps bound parameters.
      for (let i = 0; i < storyIds.length; i += 500) {
        const chunk = storyIds.slice(i, i + 500);
        const rows = db
          .prepare(`SELECT story_id, id, feed_id, first_seen_at FROM articles WHERE story_id IN (${chunk.map(() => '?').join(',')}) ORDER BY story_id, id`)
          .all(...chunk) as { story_id: number; id: number; feed_id: number | null; first_seen_at: number }[];
        for (const row of rows) members.push({ storyId: row.story_id, articleId: row.id, feedId: row.feed_id, firstSeenAt: toDateStrict(row.first_seen_at) });
      }
      return members;
    },
    storiesUpdatedSince(since) {
      return (db.prepare('SELECT * FROM stories WHERE updated_at >= ? ORDER BY updated_at DESC, id DESC').all(since.getTime()) as StoryRow[]).map(fromRow);
    },
  };
}
