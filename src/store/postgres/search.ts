import { speakerKey } from '../../core/index.js';
import type { ArticleQuery, QuoteQuery, WorkspaceScope } from '../types.js';
import { parseSearchQuery, rankCandidates } from '../search-query.js';
import { Params, type Db } from './db.js';

/**
 * Full-text search over the tsvector columns of migration 002, with the same
 * query syntax, filters and ranking as the SQLite engine: the newest
 * CANDIDATES matches that pass the filters, then ts_rank blended with recency
 * within them (rankCandidates, shared with SQLite).
 */

export const CANDIDATES = 1_000;
const QUOTE_CANDIDATES = 500;
/** ts_rank weights for D (body), C (quotes), B (summary, speakers), A (title): SQLite's bm25 weights 1, 1.5, 2, 4 scaled to 1. */
const RANK_WEIGHTS = '{0.25, 0.375, 0.5, 1.0}';
/** The text search configurations documents are indexed with (nd_ts_config in migration 002). */
const CONFIGS = ['german', 'english', 'french', 'spanish', 'simple'];

/**
 * The tsquery text for a user query, or null when nothing is searchable. Built
 * only from parsed terms (letters and digits, each single-quoted), so &, |, !,
 * parentheses, colons, * and <-> typed by a user never act as operators.
 * Words are ANDed, a phrase's words follow each other (<->), a prefix is :*.
 */
export function toTsQueryText(input: string): string | null {
  const parts = parseSearchQuery(input).map((term) =>
    term.kind === 'phrase' ? `(${term.words.map((w) => `'${w}'`).join(' <-> ')})` : `'${term.word}'${term.prefix ? ':*' : ''}`,
  );
  return parts.length === 0 ? null : parts.join(' & ');
}

/**
 * SQL for the tsquery matching a document in any indexed language: the query
 * stemmed by each configuration, ORed, so a German article matches the German
 * stems and an English one the English stems. Constant-folded, so the GIN index serves it.
 */
export function tsQuerySql(p: Params, text: string): string {
  const param = p.add(text);
  return `(${CONFIGS.map((config) => `to_tsquery('${config}', ${param})`).join(' || ')})`;
}

/**
 * WHERE clauses for the article filters over `articles a`, like the SQLite
 * engine's; `articleId` names the column holding the article id.
 */
export function articleFilterClauses(query: ArticleQuery, p: Params, articleId = 'a.id'): string[] {
  const clauses: string[] = [];
  if (query.topic) clauses.push(`EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = ${articleId} AND t.topic_id = ${p.add(query.topic)})`);
  if (query.since) clauses.push(`a.published_at >= ${p.add(query.since)}`);
  if (query.until) clauses.push(`a.published_at < ${p.add(query.until)}`);
  if (query.language) clauses.push(`a.language = ${p.add(query.language)}`);
  if (query.source) clauses.push(`lower(a.source) = lower(${p.add(query.source)})`);
  if (query.visibleTo) clauses.push(visibleFeedClause(query.visibleTo, p));
  return clauses;
}

/** Articles a workspace may see: from shared feeds, from its own feeds, or from no feed at all. */
function visibleFeedClause(scope: WorkspaceScope, p: Params): string {
  if (scope.workspaceId === null) return '(a.feed_id IS NULL OR a.feed_id IN (SELECT id FROM feeds WHERE shared))';
  return `(a.feed_id IS NULL OR a.feed_id IN (SELECT id FROM feeds WHERE shared) OR a.feed_id IN (SELECT feed_id FROM feed_workspaces WHERE platform = ${p.add(
    scope.platform,
  )} AND workspace_id = ${p.add(scope.workspaceId)}))`;
}

type TextQuery = ArticleQuery & { text: string };

/** Article full-text search: ids best first, filters applied. */
export function createArticleTextSearch(db: Db): (query: TextQuery) => Promise<number[]> {
  return async (query) => {
    const text = toTsQueryText(query.text);
    if (text === null) return [];
    const p = new Params();
    const tsquery = tsQuerySql(p, text);
    const where = [`a.search @@ ${tsquery}`, ...articleFilterClauses(query, p)];
    const rows = await db.query<{ id: number; rank: number; published: Date }>(
      `SELECT a.id, ts_rank('${RANK_WEIGHTS}', a.search, ${tsquery}) AS rank, a.published_at AS published
         FROM articles a WHERE ${where.join(' AND ')}
        ORDER BY a.id DESC LIMIT ${CANDIDATES}`,
      p.values,
    );
    const candidates = rows.map((row) => ({ id: row.id, rank: -row.rank, published: row.published.getTime() }));
    return rankCandidates(candidates)
      .slice(0, Math.max(1, query.limit ?? 20))
      .map((c) => c.id);
  };
}

/**
 * Quote lookup with every filter (speaker by name key, topic, date range,
 * text): quote ids, newest article first, over the most recently stored
 * matching quotes (bounded like the SQLite engine).
 */
export function createQuoteSearch(db: Db): (query: QuoteQuery & { limit: number }) => Promise<number[]> {
  /** The bounded candidates of one look-up: by `column` (a speaker key column) when given, else by the other filters alone. */
  const candidates = async (query: QuoteQuery & { limit: number }, column: 'speaker_key' | 'speaker_alias_key' | null) => {
    const p = new Params();
    const where: string[] = [];
    if (column !== null) where.push(`q.${column} = ${p.add(speakerKey(query.speaker ?? ''))}`);
    if (query.text !== undefined) {
      const text = toTsQueryText(query.text);
      if (text === null) return [];
      where.push(`q.search @@ ${tsQuerySql(p, text)}`);
    }
    where.push(...articleFilterClauses({ topic: query.topic, since: query.since, until: query.until, visibleTo: query.visibleTo }, p, 'q.article_id'));
    return db.query<{ id: number; published: Date; score: number }>(
      `SELECT q.id, a.published_at AS published, q.score
         FROM quotes q JOIN articles a ON a.id = q.article_id
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY q.article_id DESC LIMIT ${Math.max(QUOTE_CANDIDATES, query.limit * 5)}`,
      p.values,
    );
  };
  return async (query) => {
    // By the speaker's key and, in a second index walk, by the acronym key of names shown with one (as in SQLite).
    const found = query.speaker?.trim()
      ? [...(await candidates(query, 'speaker_key')), ...(await candidates(query, 'speaker_alias_key'))]
      : await candidates(query, null);
    return [...new Map(found.map((c) => [c.id, c])).values()]
      .sort((x, y) => y.published.getTime() - x.published.getTime() || y.score - x.score || y.id - x.id)
      .slice(0, Math.max(1, query.limit))
      .map((c) => c.id);
  };
}
