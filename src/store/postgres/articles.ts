import type { Article, ArticleAnalysis } from '../../core/index.js';
import { speakerAliasKey, speakerKey } from '../../core/index.js';
import type { ArticleQuery, ArticleRepository, NewArticle, SaveArticleResult } from '../types.js';
import { Params, count, type Db } from './db.js';
import { articleFilterClauses, createArticleTextSearch } from './search.js';

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
  published_at: Date;
  first_seen_at: Date;
  content_hash: string;
  analysis: ArticleAnalysis;
  story_id: number | null;
}

/** Every column but the search vector. */
export const ARTICLE_COLUMNS =
  'id, feed_id, guid, url, canonical_url, title, body, source, language, summary, published_at, first_seen_at, content_hash, analysis, story_id';

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
  publishedAt: row.published_at,
  firstSeenAt: row.first_seen_at,
  contentHash: row.content_hash,
  analysis: row.analysis,
  storyId: row.story_id,
});

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 500;

export const clampLimit = (limit: number | undefined): number => Math.min(Math.max(1, limit ?? DEFAULT_LIMIT), MAX_LIMIT);

const SELECT = `SELECT ${ARTICLE_COLUMNS} FROM articles`;

/** jsonb parameters go in as JSON text: node-postgres would send a JS array as a PostgreSQL array. */
const json = (value: unknown): string => JSON.stringify(value);

export function articleRepository(db: Db): ArticleRepository {
  const textSearch = createArticleTextSearch(db);
  const one = async (sql: string, params: unknown[]): Promise<Article | null> => {
    const [row] = await db.query<ArticleRow>(sql, params);
    return row ? articleFromRow(row) : null;
  };
  const getArticle = (id: number) => one(`${SELECT} WHERE id = $1`, [id]);

  const writeAnalysisRows = async (tx: Db, articleId: number, analysis: ArticleAnalysis): Promise<void> => {
    await tx.execute('DELETE FROM article_topics WHERE article_id = $1', [articleId]);
    if (analysis.topics.length > 0) {
      await tx.execute(
        `INSERT INTO article_topics (article_id, topic_id, score)
         SELECT $1, t.topic_id, t.score FROM unnest($2::text[], $3::float8[]) AS t (topic_id, score) ON CONFLICT DO NOTHING`,
        [articleId, analysis.topics.map((t) => t.id), analysis.topics.map((t) => t.score)],
      );
    }
    await tx.execute('DELETE FROM quotes WHERE article_id = $1', [articleId]);
    const quotes = [...analysis.quotes, ...analysis.statements];
    if (quotes.length > 0) {
      await tx.execute(
        `INSERT INTO quotes (article_id, text, speaker, speaker_key, speaker_alias_key, kind, score)
         SELECT $1, q.text, q.speaker, q.speaker_key, q.speaker_alias_key, q.kind, q.score
           FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[])
                WITH ORDINALITY AS q (text, speaker, speaker_key, speaker_alias_key, kind, score, n)
          ORDER BY q.n`,
        [
          articleId,
          quotes.map((q) => q.text),
          quotes.map((q) => q.speaker),
          quotes.map((q) => (q.speaker ? speakerKey(q.speaker) : null)),
          quotes.map((q) => (q.speaker ? speakerAliasKey(q.speaker) : null)),
          quotes.map((q) => q.kind),
          quotes.map((q) => q.score),
        ],
      );
    }
  };

  const params = (article: NewArticle): unknown[] => [
    article.url,
    article.canonicalUrl,
    article.title,
    article.body,
    article.analysis.language,
    article.analysis.summary,
    article.publishedAt,
    article.contentHash,
    json(article.analysis),
  ];

  const save = (article: NewArticle): Promise<SaveArticleResult> =>
    db.atomic(async (tx) => {
      // Inserted unless the guid exists; two processes saving the same guid meet at the unique index.
      const [inserted] = await tx.query<{ id: number }>(
        `INSERT INTO articles (url, canonical_url, title, body, language, summary, published_at, content_hash, analysis, feed_id, guid, source, first_seen_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, $13) ON CONFLICT (guid) DO NOTHING RETURNING id`,
        [...params(article), article.feedId, article.guid, article.source, article.firstSeenAt],
      );
      if (inserted) {
        await writeAnalysisRows(tx, inserted.id, article.analysis);
        return { status: 'new', article: (await getArticleOn(tx, inserted.id))! };
      }
      const [existing] = await tx.query<ArticleRow>(`${SELECT} WHERE guid = $1 FOR UPDATE`, [article.guid]);
      if (existing!.content_hash === article.contentHash) return { status: 'unchanged', article: articleFromRow(existing!) };
      await tx.execute(
        `UPDATE articles SET url = $1, canonical_url = $2, title = $3, body = $4, language = $5, summary = $6, published_at = $7,
           content_hash = $8, analysis = $9::jsonb WHERE id = $10`,
        [...params(article), existing!.id],
      );
      await writeAnalysisRows(tx, existing!.id, article.analysis);
      return { status: 'updated', article: (await getArticleOn(tx, existing!.id))! };
    });

  const findArticlesByFilter = async (query: ArticleQuery): Promise<Article[]> => {
    const p = new Params();
    const clauses = articleFilterClauses(query, p);
    const sql = `SELECT ${prefixed('a')} FROM articles a ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''} ORDER BY a.published_at DESC, a.id DESC LIMIT ${p.add(
      clampLimit(query.limit),
    )}`;
    return (await db.query<ArticleRow>(sql, p.values)).map(articleFromRow);
  };

  const getArticles = async (ids: number[]): Promise<Article[]> => {
    if (ids.length === 0) return [];
    const rows = await db.query<ArticleRow>(`${SELECT} WHERE id = ANY($1::bigint[])`, [ids]);
    const byKey = new Map(rows.map((row) => [Number(row.id), articleFromRow(row)]));
    return ids.flatMap((id) => byKey.get(id) ?? []);
  };

  return {
    saveArticle: save,
    getArticle,
    getArticles,
    findArticleByGuid: (guid) => one(`${SELECT} WHERE guid = $1`, [guid]),
    findArticleByCanonicalUrl: (url) => one(`${SELECT} WHERE canonical_url = $1 ORDER BY id LIMIT 1`, [url]),
    findArticleByContentHash: (hash) => one(`${SELECT} WHERE content_hash = $1 ORDER BY id LIMIT 1`, [hash]),
    async findArticles(query) {
      const text = query.text?.trim();
      if (!text) return findArticlesByFilter(query);
      return getArticles(await textSearch({ ...query, text, limit: clampLimit(query.limit) }));
    },
    async articlesSeenSince(since, limit = 10_000) {
      return (await db.query<ArticleRow>(`${SELECT} WHERE first_seen_at >= $1 ORDER BY first_seen_at, id LIMIT $2`, [since, limit])).map(articleFromRow);
    },
    async findArticlesByUrl(url) {
      const rows = await db.query<ArticleRow>(
        `SELECT ${ARTICLE_COLUMNS} FROM (${SELECT} WHERE url = $1 UNION ${SELECT} WHERE canonical_url = $1) AS found ORDER BY first_seen_at DESC, id DESC LIMIT 20`,
        [url],
      );
      return rows.map(articleFromRow);
    },
    async unassignedArticlesSince(since, limit) {
      return (await db.query<ArticleRow>(`${SELECT} WHERE story_id IS NULL AND first_seen_at >= $1 ORDER BY first_seen_at, id LIMIT $2`, [since, limit])).map(
        articleFromRow,
      );
    },
    async setArticleStory(articleId, storyId) {
      await db.execute('UPDATE articles SET story_id = $1 WHERE id = $2', [storyId, articleId]);
    },
    async countArticles() {
      const [row] = await db.query<{ n: string }>('SELECT COUNT(*) AS n FROM articles');
      return count(row?.n);
    },
  };
}

const prefixed = (alias: string): string =>
  ARTICLE_COLUMNS.split(', ')
    .map((column) => `${alias}.${column}`)
    .join(', ');

async function getArticleOn(db: Db, id: number): Promise<Article | null> {
  const [row] = await db.query<ArticleRow>(`${SELECT} WHERE id = $1`, [id]);
  return row ? articleFromRow(row) : null;
}
