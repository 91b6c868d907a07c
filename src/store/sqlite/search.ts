import type { ArticleQuery } from '../types.js';
import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from './database.js';

/**
 * Full-text search over the FTS5 indexes of migration 002.
 *
 * Ranking by bm25 over every match costs ~0.5 s when a term is in most of a
 * million documents, so relevance is computed on a bounded candidate set: the
 * newest CANDIDATES matches that pass the filters (FTS5 walks its doclists in
 * rowid order and stops there), then bm25 blended with recency within them.
 */

/** Matches considered for ranking; newest first. */
export const CANDIDATES = 2_000;
const MAX_TERMS = 16;
const MAX_QUERY_CHARS = 500;
/** Column weights for title, summary, body, quotes, speakers. */
const BM25_WEIGHTS = '4.0, 2.0, 1.0, 1.5, 2.0';
const RELEVANCE_SHARE = 0.7;
/** Days after which recency counts half. */
const RECENCY_HALF_LIFE_DAYS = 7;
const DAY_MS = 86_400_000;

const TOKEN = /[\p{L}\p{N}]+/gu;
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR']);

/**
 * Turns user text into a safe FTS5 MATCH expression, or null when it has no
 * searchable word. Every word is quoted, so FTS5 operators (AND, OR, NOT,
 * NEAR), column filters and stray punctuation are only ever words. Balanced
 * "double quotes" make a phrase; a trailing * on a word makes a prefix.
 */
export function toMatchExpression(input: string): string | null {
  const text = input.normalize('NFKC').slice(0, MAX_QUERY_CHARS);
  const balanced = (text.match(/"/g) ?? []).length % 2 === 0;
  const chunks = balanced ? text.match(/"[^"]*"|[^\s"]+/g) ?? [] : text.replace(/"/g, ' ').split(/\s+/);
  const parts: string[] = [];
  let terms = 0;
  for (const chunk of chunks) {
    const isPhrase = chunk.startsWith('"');
    // Upper-case AND/OR/NOT/NEAR outside a phrase were meant as operators, which we do not offer.
    if (!isPhrase && OPERATORS.has(chunk)) continue;
    const words = (chunk.toLowerCase().match(TOKEN) ?? []).slice(0, MAX_TERMS - terms);
    if (words.length === 0) continue;
    terms += words.length;
    if (isPhrase) {
      parts.push(`"${words.join(' ')}"`);
    } else {
      // Outside quotes, "title:putin" or "a-b" are separate words, each required.
      const prefix = chunk.endsWith('*') && words.length === 1 && words[0]!.length >= 2;
      parts.push(...words.map((w, i) => (prefix && i === words.length - 1 ? `"${w}"*` : `"${w}"`)));
    }
    if (terms >= MAX_TERMS) break;
  }
  return parts.length === 0 ? null : parts.join(' AND ');
}

interface Candidate {
  id: number;
  rank: number;
  published: number;
}

type TextQuery = ArticleQuery & { text: string };

function filterClauses(query: ArticleQuery): { sql: string; values: unknown[] } {
  const where: string[] = [];
  const values: unknown[] = [];
  if (query.topic) {
    where.push('EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = a.id AND t.topic_id = ?)');
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
  if (query.language) {
    where.push('a.language = ?');
    values.push(query.language);
  }
  if (query.source) {
    where.push('a.source = ? COLLATE NOCASE');
    values.push(query.source);
  }
  return { sql: where.map((w) => ` AND ${w}`).join(''), values };
}

/** Orders candidates by bm25 (relative to the best) blended with recency (relative to the newest). */
export function rankCandidates(candidates: Candidate[]): Candidate[] {
  if (candidates.length === 0) return [];
  let best = 0;
  let newest = -Infinity;
  for (const c of candidates) {
    best = Math.min(best, c.rank);
    newest = Math.max(newest, c.published);
  }
  const score = (c: Candidate): number => {
    const relevance = best < 0 ? c.rank / best : 1;
    const ageDays = Math.max(0, newest - c.published) / DAY_MS;
    const recency = 1 / (1 + ageDays / RECENCY_HALF_LIFE_DAYS);
    return RELEVANCE_SHARE * relevance + (1 - RELEVANCE_SHARE) * recency;
  };
  return candidates
    .map((c) => ({ c, s: score(c) }))
    .sort((x, y) => y.s - x.s || y.c.id - x.c.id)
    .map((x) => x.c);
}

/**
 * Article full-text search: ids best first, filters applied. Prepared
 * statements are cached per filter shape, so repeated searches only bind.
 */
export function createArticleTextSearch(db: SqliteDatabase): (query: TextQuery) => number[] {
  const statements = new Map<string, Statement<unknown[]>>();
  return (query) => {
    const match = toMatchExpression(query.text);
    if (match === null) return [];
    const filters = filterClauses(query);
    // CROSS JOIN keeps the FTS index as the outer loop, so the rowid order and LIMIT bound the work.
    const sql = `SELECT articles_fts.rowid AS id, bm25(articles_fts, ${BM25_WEIGHTS}) AS rank, a.published_at AS published
      FROM articles_fts CROSS JOIN articles a ON a.id = articles_fts.rowid
      WHERE articles_fts MATCH ?${filters.sql}
      ORDER BY articles_fts.rowid DESC LIMIT ${CANDIDATES}`;
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    const candidates = statement.all(match, ...filters.values) as Candidate[];
    return rankCandidates(candidates)
      .slice(0, Math.max(1, query.limit ?? 20))
      .map((c) => c.id);
  };
}

/** One-off form of createArticleTextSearch. */
export function searchArticleIds(db: SqliteDatabase, query: TextQuery): number[] {
  return createArticleTextSearch(db)(query);
}

/** Quote full-text search over quote text and speaker: quote ids, newest first. */
export function createQuoteTextSearch(db: SqliteDatabase): (text: string, limit: number) => number[] {
  const statement = db.prepare('SELECT rowid AS id FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid DESC LIMIT ?');
  return (text, limit) => {
    const match = toMatchExpression(text);
    if (match === null) return [];
    return (statement.all(match, Math.max(1, limit)) as { id: number }[]).map((r) => r.id);
  };
}
