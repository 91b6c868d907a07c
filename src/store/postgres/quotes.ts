import type { Quote, TopicScore } from '../../core/index.js';
import type { QuoteHit, QuoteQuery, QuoteRepository } from '../types.js';
import { clampLimit } from './articles.js';
import type { Db } from './db.js';
import { createQuoteSearch } from './search.js';

interface QuoteRow {
  id: number;
  text: string;
  speaker: string | null;
  kind: Quote['kind'];
  score: number;
  article_id: number;
  story_id: number | null;
  title: string;
  url: string | null;
  source: string;
  published_at: Date;
  topics: TopicScore[] | null;
}

const fromRow = (row: QuoteRow): QuoteHit => ({
  quote: { text: row.text, speaker: row.speaker, kind: row.kind, score: row.score },
  articleId: row.article_id,
  storyId: row.story_id,
  title: row.title,
  url: row.url,
  source: row.source,
  publishedAt: row.published_at,
  topics: (row.topics ?? []).map((t) => t.id),
});

/** Quote lookup by speaker (any name variant), text, topic and date, newest first. */
export function quoteRepository(db: Db): QuoteRepository {
  const search = createQuoteSearch(db);
  return {
    async findQuotes(query: QuoteQuery) {
      const text = query.text?.trim();
      const ids = await search({ ...query, text: text ? text : undefined, limit: clampLimit(query.limit) });
      if (ids.length === 0) return [];
      const rows = await db.query<QuoteRow>(
        `SELECT q.id, q.text, q.speaker, q.kind, q.score, q.article_id, a.story_id, a.title, a.url, a.source, a.published_at, a.analysis->'topics' AS topics
           FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.id = ANY($1::bigint[])`,
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.flatMap((id) => {
        const row = byId.get(id);
        return row ? [fromRow(row)] : [];
      });
    },
  };
}
