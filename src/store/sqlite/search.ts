import { speakerKey } from '../../core/index.js';
import type { ArticleQuery, QuoteQuery, WorkspaceScope } from '../types.js';
import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from './database.js';
import { parseSearchQuery, rankCandidates } from '../search-query.js';

/**
 * Full-text search over the FTS5 indexes of migration 002.
 *
 * Ranking by bm25 over every match costs ~0.5 s when a term is in most of a
 * million documents, so relevance is computed on a bounded candidate set: the
 * newest CANDIDATES matches that pass the filters (FTS5 walks its doclists in
 * rowid order and stops there), then bm25 blended with recency within them.
 */

/** Matches considered for ranking; newest first. */
export const CANDIDATES = 1_000;
/** With filters, the newest matches examined before looking further back (see createArticleTextSearch). */
const SCAN_BUDGET = 5_000;
/** Column weights for title, summary, body, quotes, speakers. */
const BM25_WEIGHTS = '4.0, 2.0, 1.0, 1.5, 2.0';
const DAY_MS = 86_400_000;

/**
 * Turns user text into a safe FTS5 MATCH expression, or null when it has no
 * searchable word. Every word is quoted, so FTS5 operators (AND, OR, NOT,
 * NEAR), column filters and stray punctuation are only ever words. Balanced
 * "double quotes" make a phrase; a trailing * on a word makes a prefix.
 */
export function toMatchExpression(input: string): string | null {
  const parts = parseSearchQuery(input).map((term) =>
    term.kind === 'phrase' ? `"${term.words.join(' ')}"` : term.prefix ? `"${term.word}"*` : `"${term.word}"`,
  );
  return parts.length === 0 ? null : parts.join(' AND ');
}

interface Candidate {
  id: number;
  rank: number;
  published: number;
}

type TextQuery = ArticleQuery & { text: string };

/**
 * WHERE clauses for the article filters, over `articles a`; `articleId` names the
 * column holding the article id (a.id, or q.article_id for quotes). Shared by
 * plain listing, full-text search and quote lookup so they filter alike.
 */
export function articleFilterClauses(query: ArticleQuery, articleId = 'a.id'): { clauses: string[]; values: unknown[] } {
  const clauses: string[] = [];
  const values: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    clauses.push(clause);
    values.push(value);
  };
  if (query.topic) add(`EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = ${articleId} AND t.topic_id = ?)`, query.topic);
  if (query.since) add('a.published_at >= ?', query.since.getTime());
  if (query.until) add('a.published_at < ?', query.until.getTime());
  if (query.language) add('a.language = ?', query.language);
  if (query.source) add('a.source = ? COLLATE NOCASE', query.source);
  if (query.visibleTo) {
    const visible = visibleFeedClause(query.visibleTo);
    clauses.push(visible.clause);
    values.push(...visible.values);
  }
  return { clauses, values };
}

/** Articles a workspace may see: from shared feeds, from its own feeds, or from no feed at all. */
function visibleFeedClause(scope: WorkspaceScope): { clause: string; values: unknown[] } {
  if (scope.workspaceId === null) return { clause: '(a.feed_id IS NULL OR a.feed_id IN (SELECT id FROM feeds WHERE shared = 1))', values: [] };
  return {
    clause:
      '(a.feed_id IS NULL OR a.feed_id IN (SELECT id FROM feeds WHERE shared = 1) OR a.feed_id IN (SELECT feed_id FROM feed_workspaces WHERE platform = ? AND workspace_id = ?))',
    values: [scope.platform, scope.workspaceId],
  };
}

function filterClauses(query: ArticleQuery): { sql: string; values: unknown[] } {
  const { clauses, values } = articleFilterClauses(query);
  return { sql: clauses.map((w) => ` AND ${w}`).join(''), values };
}

/**
 * The article ids stored within a closed date range, so an old range is
 * searched by seeking to it instead of walking back through everything
 * newer. Exact, not an estimate: the date filter still applies. Null when no
 * article falls in the range; undefined when not worth it. Finding the ids
 * scans the range in the date index, so only for closed ranges of at most
 * ID_RANGE_MAX_DAYS (a long or open range is cheaper to walk newest first).
 */
function idRangeOf(statement: Statement<unknown[]>, query: { since?: Date; until?: Date }): { lo: number; hi: number } | null | undefined {
  if (!query.since || !query.until) return undefined;
  if (query.until.getTime() - query.since.getTime() > ID_RANGE_MAX_DAYS * DAY_MS) return undefined;
  const row = statement.get(query.since.getTime(), query.until.getTime()) as { lo: number | null; hi: number | null };
  return row.lo === null || row.hi === null ? null : { lo: row.lo, hi: row.hi };
}

const ID_RANGE_SQL = 'SELECT MIN(id) AS lo, MAX(id) AS hi FROM articles WHERE published_at >= ? AND published_at < ?';
const ID_RANGE_MAX_DAYS = 62;

export { rankCandidates };

/**
 * Article full-text search: ids best first, filters applied. Prepared
 * statements are cached per filter shape, so repeated searches only bind.
 */
export function createArticleTextSearch(db: SqliteDatabase): (query: TextQuery) => number[] {
  const statements = new Map<string, Statement<unknown[]>>();
  const idRange = db.prepare(ID_RANGE_SQL);
  const scanEdge = db.prepare(`SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ${SCAN_BUDGET - 1}`);
  return (query) => {
    const match = toMatchExpression(query.text);
    if (match === null) return [];
    const filters = filterClauses(query);
    const range = idRangeOf(idRange, query);
    if (range === null) return [];
    if (range) {
      filters.sql += ' AND articles_fts.rowid BETWEEN ? AND ?';
      filters.values.push(range.lo, range.hi);
    }
    const limit = Math.max(1, query.limit ?? 20);
    const run = (extraSql: string, extraValues: unknown[]): Candidate[] => {
      // CROSS JOIN keeps the FTS index as the outer loop, so the rowid order and LIMIT bound the work.
      const sql = `SELECT articles_fts.rowid AS id, bm25(articles_fts, ${BM25_WEIGHTS}) AS rank, a.published_at AS published
        FROM articles_fts CROSS JOIN articles a ON a.id = articles_fts.rowid
        WHERE articles_fts MATCH ?${filters.sql}${extraSql}
        ORDER BY articles_fts.rowid DESC LIMIT ${CANDIDATES}`;
      let statement = statements.get(sql);
      if (!statement) {
        statement = db.prepare(sql);
        statements.set(sql, statement);
      }
      return statement.all(match, ...filters.values, ...extraValues) as Candidate[];
    };
    let candidates: Candidate[];
    const budgetEdge = filters.sql === '' || range ? undefined : (scanEdge.get(match) as { id: number } | undefined);
    if (budgetEdge) {
      // Filters that reject most matches would make the scan walk far back: first try the newest
      // SCAN_BUDGET matches only, and go further only when they hold too few results.
      candidates = run(' AND articles_fts.rowid >= ?', [budgetEdge.id]);
      if (candidates.length < limit) candidates = run('', []);
    } else {
      candidates = run('', []);
    }
    return rankCandidates(candidates)
      .slice(0, limit)
      .map((c) => c.id);
  };
}

type QuoteSearchQuery = QuoteQuery & { limit: number };

const QUOTE_CANDIDATES = 500;

interface QuoteCandidate {
  id: number;
  published: number;
  score: number;
}

/**
 * Quote lookup with every filter (speaker by name key, topic, date range,
 * text): quote ids, newest article first. Bounded like article search: the
 * most recently stored QUOTE_CANDIDATES matching quotes, found by walking the
 * (speaker_key, article_id) index backwards, then ordered by publication
 * date. Sorting all quotes of a much-quoted speaker instead costs ~0.3 s per
 * query at 200,000 articles. No relevance to rank here, so fewer candidates
 * than for articles suffice.
 */
export function createQuoteSearch(db: SqliteDatabase): (query: QuoteSearchQuery) => number[] {
  const statements = new Map<string, Statement<unknown[]>>();
  const idRange = db.prepare(ID_RANGE_SQL);
  /** The bounded candidates of one look-up: by `column` (a speaker key column) when given, else by the other filters alone. */
  const candidates = (query: QuoteSearchQuery, column: 'speaker_key' | 'speaker_alias_key' | null): QuoteCandidate[] => {
    const where: string[] = [];
    const values: unknown[] = [];
    if (column !== null) {
      where.push(`q.${column} = ?`);
      values.push(speakerKey(query.speaker ?? ''));
    }
    if (query.text !== undefined) {
      const match = toMatchExpression(query.text);
      if (match === null) return [];
      where.push(`q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid DESC LIMIT ${CANDIDATES})`);
      values.push(match);
    }
    const filters = articleFilterClauses({ topic: query.topic, since: query.since, until: query.until, visibleTo: query.visibleTo }, 'q.article_id');
    where.push(...filters.clauses);
    values.push(...filters.values);
    const range = idRangeOf(idRange, query);
    if (range === null) return [];
    if (range) {
      where.push('q.article_id BETWEEN ? AND ?');
      values.push(range.lo, range.hi);
    }
    const sql = `SELECT q.id AS id, a.published_at AS published, q.score AS score
      FROM quotes q CROSS JOIN articles a ON a.id = q.article_id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY q.article_id DESC LIMIT ${Math.max(QUOTE_CANDIDATES, query.limit * 5)}`;
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement.all(...values) as QuoteCandidate[];
  };
  return (query) => {
    // A speaker is looked up by its key and, in a second index walk, by the acronym key of names shown with one
    // ("Parquet national antiterroriste (Pnat)" is found by "Pnat" too): two bounded walks, not one OR that sorts.
    const found = query.speaker?.trim() ? [...candidates(query, 'speaker_key'), ...candidates(query, 'speaker_alias_key')] : candidates(query, null);
    return [...new Map(found.map((c) => [c.id, c])).values()]
      .sort((x, y) => y.published - x.published || y.score - x.score || y.id - x.id)
      .slice(0, Math.max(1, query.limit))
      .map((c) => c.id);
  };
}
