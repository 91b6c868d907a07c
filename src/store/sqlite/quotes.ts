import type { Quote, TopicScore } from '../../core/index.js';
import { speakerKey } from '../../core/index.js';
import type { QuoteHit, QuoteQuery, QuoteRepository } from '../types.js';
import type { SqliteDatabase } from './database.js';
import { clampLimit } from './articles.js';
import { fromJson, toDateStrict } from './rows.js';

interface QuoteRow {
  text: string;
  speaker: string | null;
  kind: Quote['kind'];
  score: number;
  article_id: number;
  story_id: number | null;
  title: string;
  url: string | null;
  source: string;
  published_at: number;
  analysis: string;
}

const fromRow = (row: QuoteRow): QuoteHit => ({
  quote: { text: row.text, speaker: row.speaker, kind: row.kind, score: row.score },
  articleId: row.article_id,
  storyId: row.story_id,
  title: row.title,
  url: row.url,
  source: row.source,
  publishedAt: toDateStrict(row.published_at),
  topics: (fromJson<{ topics: TopicScore[] }>(row.analysis).topics ?? []).map((t) => t.id),
});

/** Quote lookup: by speaker (any name variant), topic and date, newest first. */
export function quoteRepository(db: SqliteDatabase, quoteTextSearch?: (text: string, limit: number) => number[]): QuoteRepository {
  return {
    findQuotes(query: QuoteQuery): QuoteHit[] {
      const where: string[] = [];
      const values: unknown[] = [];
      if (query.speaker?.trim()) {
        where.push('q.speaker_key = ?');
        values.push(speakerKey(query.speaker));
      }
      if (query.topic) {
        where.push('q.article_id IN (SELECT article_id FROM article_topics WHERE topic_id = ?)');
        values.push(query.topic);
      }
      if (query.since) {
        where.push('a.published_at >= ?');
        values.push(query.since.getTime());
      }
      if (query.until) {
        where.push('a.published_at < ?');
        values.push(query.until.getTime());
      }
      if (query.text?.trim() && quoteTextSearch) {
        const ids = quoteTextSearch(query.text, 2_000);
        if (ids.length === 0) return [];
        where.push(`q.id IN (${ids.map(() => '?').join(',')})`);
        values.push(...ids);
      }
      const sql = `SELECT q.text, q.speaker, q.kind, q.score, q.article_id, a.story_id, a.title, a.url, a.source, a.published_at, a.analysis
        FROM quotes q JOIN articles a ON a.id = q.article_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.published_at DESC, q.score DESC LIMIT ?`;
      return (db.prepare(sql).all(...values, clampLimit(query.limit)) as QuoteRow[]).map(fromRow);
    },
  };
}
