import type { Article, ArticleAnalysis } from '../../core/index.js';
import { speakerAliasKey, speakerKey } from '../../core/index.js';
import type { ArticleQuery, ArticleRepository, NewArticle, SaveArticleResult } from '../types.js';
import type { Sync } from './sync.js';
import type { SqliteDatabase } from './database.js';
import { articleFilterClauses } from './search.js';
import { fromJson, toDateStrict, toJson } from './rows.js';

export interface ArticleRow {
  id: number;
  feed_id: number | null;
  guid: string;
  url: string | null;
  canonical_url: string | null;
  title: string;
  body: string;
  source: string;
  language: string;
  summary: string;
  published_at: number;
  first_seen_at: number;
  content_hash: string;
  analysis: string;
  story_id: number | null;
}

export const articleFromRow = (row: ArticleRow): Article => ({
  id: row.id,
  feedId: row.feed_id,
  guid: row.guid,
  url: row.url,
  canonicalUrl: row.canonical_url,
  title: row.title,
  body: row.body,
  source: row.source,
  language: row.language,
  publishedAt: toDateStrict(row.published_at),
  firstSeenAt: toDateStrict(row.first_seen_at),
  contentHash: row.content_hash,
  analysis: fromJson<ArticleAnalysis>(row.analysis),
  storyId: row.story_id,
});

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 500;

export const clampLimit = (limit: number | undefined): number => Math.min(Math.max(1, limit ?? DEFAULT_LIMIT), MAX_LIMIT);

/** Full-text search supplied by the search module: ids ranked best first, filters applied. */
export type ArticleTextSearch = (query: ArticleQuery & { text: string }) => number[];

export function articleRepository(db: SqliteDatabase, textSearch: ArticleTextSearch): Sync<ArticleRepository> {
  const byId = db.prepare('SELECT * FROM articles WHERE id = ?');
  const byGuid = db.prepare('SELECT * FROM articles WHERE guid = ?');
  const byCanonical = db.prepare('SELECT * FROM articles WHERE canonical_url = ? ORDER BY id LIMIT 1');
  const byHash = db.prepare('SELECT * FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1');
  const insert = db.prepare(
    `INSERT INTO articles (feed_id, guid, url, canonical_url, title, body, source, language, summary, published_at, first_seen_at, content_hash, analysis)
     VALUES (@feedId, @guid, @url, @canonicalUrl, @title, @body, @source, @language, @summary, @publishedAt, @firstSeenAt, @contentHash, @analysis)`,
  );
  const update = db.prepare(
    `UPDATE articles SET url = @url, canonical_url = @canonicalUrl, title = @title, body = @body, language = @language,
       summary = @summary, published_at = @publishedAt, content_hash = @contentHash, analysis = @analysis
     WHERE id = @id`,
  );
  // articles_story (story_id) or articles_first_seen serve it; no new index needed.
  const unassigned = db.prepare('SELECT * FROM articles WHERE story_id IS NULL AND first_seen_at >= ? ORDER BY first_seen_at, id LIMIT ?');
  const deleteTopics = db.prepare('DELETE FROM article_topics WHERE article_id = ?');
  const insertTopic = db.prepare('INSERT INTO article_topics (article_id, topic_id, score) VALUES (?, ?, ?)');
  const deleteQuotes = db.prepare('DELETE FROM quotes WHERE article_id = ?');
  const insertQuote = db.prepare('INSERT INTO quotes (article_id, text, speaker, speaker_key, speaker_alias_key, kind, score) VALUES (?, ?, ?, ?, ?, ?, ?)');

  const getArticle = (id: number): Article | null => {
    const row = byId.get(id) as ArticleRow | undefined;
    return row ? articleFromRow(row) : null;
  };

  const writeAnalysisRows = (articleId: number, analysis: ArticleAnalysis): void => {
    deleteTopics.run(articleId);
    for (const topic of analysis.topics) insertTopic.run(articleId, topic.id, topic.score);
    deleteQuotes.run(articleId);
    for (const quote of [...analysis.quotes, ...analysis.statements]) {
      const { speaker } = quote;
      insertQuote.run(articleId, quote.text, speaker, speaker ? speakerKey(speaker) : null, speaker ? speakerAliasKey(speaker) : null, quote.kind, quote.score);
    }
  };

  const params = (article: NewArticle) => ({
    feedId: article.feedId,
    guid: article.guid,
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    body: article.body,
    source: article.source,
    language: article.analysis.language,
    summary: article.analysis.summary,
    publishedAt: article.publishedAt.getTime(),
    firstSeenAt: article.firstSeenAt.getTime(),
    contentHash: article.contentHash,
    analysis: toJson(article.analysis),
  });

  const save = db.transaction((article: NewArticle): SaveArticleResult => {
    const existing = byGuid.get(article.guid) as ArticleRow | undefined;
    if (!existing) {
      const id = Number(insert.run(params(article)).lastInsertRowid);
      writeAnalysisRows(id, article.analysis);
      return { status: 'new', article: getArticle(id) as Article };
    }
    if (existing.content_hash === article.contentHash) return { status: 'unchanged', article: articleFromRow(existing) };
    update.run({ ...params(article), id: existing.id });
    writeAnalysisRows(existing.id, article.analysis);
    return { status: 'updated', article: getArticle(existing.id) as Article };
  });

  const findArticlesByFilter = (query: ArticleQuery): Article[] => {
    const { clauses, values } = articleFilterClauses(query);
    const sql = `SELECT a.* FROM articles a ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''} ORDER BY a.published_at DESC, a.id DESC LIMIT ?`;
    return (db.prepare(sql).all(...values, clampLimit(query.limit)) as ArticleRow[]).map(articleFromRow);
  };

  return {
    saveArticle: (article) => save(article),
    getArticle,
    getArticles(ids) {
      const byKey = new Map<number, Article>();
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        const rows = db.prepare(`SELECT * FROM articles WHERE id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as ArticleRow[];
        for (const row of rows) byKey.set(row.id, articleFromRow(row));
      }
      return ids.flatMap((id) => byKey.get(id) ?? []);
    },
    findArticleByGuid(guid) {
      const row = byGuid.get(guid) as ArticleRow | undefined;
      return row ? articleFromRow(row) : null;
    },
    findArticleByCanonicalUrl(url) {
      const row = byCanonical.get(url) as ArticleRow | undefined;
      return row ? articleFromRow(row) : null;
    },
    findArticleByContentHash(hash) {
      const row = byHash.get(hash) as ArticleRow | undefined;
      return row ? articleFromRow(row) : null;
    },
    findArticles(query) {
      const text = query.text?.trim();
      if (!text) return findArticlesByFilter(query);
      return textSearch({ ...query, text, limit: clampLimit(query.limit) })
        .map(getArticle)
        .filter((article): article is Article => article !== null);
    },
    articlesSeenSince(since, limit = 10_000) {
      return (db.prepare('SELECT * FROM articles WHERE first_seen_at >= ? ORDER BY first_seen_at, id LIMIT ?').all(since.getTime(), limit) as ArticleRow[]).map(
        articleFromRow,
      );
    },
    findArticlesByUrl(url) {
      const rows = db
        .prepare('SELECT * FROM articles WHERE url = ? UNION SELECT * FROM articles WHERE canonical_url = ? ORDER BY first_seen_at DESC, id DESC LIMIT 20')
        .all(url, url) as ArticleRow[];
      return rows.map(articleFromRow);
    },
    unassignedArticlesSince(since, limit) {
      return (unassigned.all(since.getTime(), limit) as ArticleRow[]).map(articleFromRow);
    },
    setArticleStory(articleId, storyId) {
      db.prepare('UPDATE articles SET story_id = ? WHERE id = ?').run(storyId, articleId);
    },
    countArticles() {
      return (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    },
  };
}
