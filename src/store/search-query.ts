/**
 * The user's search syntax, the same for every engine: words (all required),
 * "balanced double quotes" for a phrase, a trailing * on a word for a prefix.
 * Only letters and digits survive as terms, so no engine's operator syntax
 * (FTS5's AND/OR/NOT/NEAR and column filters, tsquery's & | ! ( ) : * <->)
 * can reach the engine from user input.
 */

const MAX_TERMS = 16;
const MAX_QUERY_CHARS = 500;
const TOKEN = /[\p{L}\p{N}]+/gu;
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR']);

export type SearchTerm = { kind: 'word'; word: string; prefix: boolean } | { kind: 'phrase'; words: string[] };

/** The terms of a user query (lower-cased), at most MAX_TERMS words; empty when nothing is searchable. */
export function parseSearchQuery(input: string): SearchTerm[] {
  const text = input.normalize('NFKC').slice(0, MAX_QUERY_CHARS);
  const balanced = (text.match(/"/g) ?? []).length % 2 === 0;
  const chunks = balanced ? (text.match(/"[^"]*"|[^\s"]+/g) ?? []) : text.replace(/"/g, ' ').split(/\s+/);
  const terms: SearchTerm[] = [];
  let count = 0;
  for (const chunk of chunks) {
    const isPhrase = chunk.startsWith('"');
    // Upper-case AND/OR/NOT/NEAR outside a phrase were meant as operators, which we do not offer.
    if (!isPhrase && OPERATORS.has(chunk)) continue;
    const words = (chunk.toLowerCase().match(TOKEN) ?? []).slice(0, MAX_TERMS - count);
    if (words.length === 0) continue;
    count += words.length;
    if (isPhrase) {
      terms.push({ kind: 'phrase', words });
    } else {
      // Outside quotes, "title:putin" or "a-b" are separate words, each required.
      const prefix = chunk.endsWith('*') && words.length === 1 && words[0]!.length >= 2;
      terms.push(...words.map((word, i) => ({ kind: 'word' as const, word, prefix: prefix && i === words.length - 1 })));
    }
    if (count >= MAX_TERMS) break;
  }
  return terms;
}

const DAY_MS = 86_400_000;
const RELEVANCE_SHARE = 0.7;
/** Days after which recency counts half. */
const RECENCY_HALF_LIFE_DAYS = 7;

export interface RankCandidate {
  id: number;
  /** Lower is better, best below zero (bm25's sign; PostgreSQL passes -ts_rank). */
  rank: number;
  /** Publication time in epoch milliseconds. */
  published: number;
}

/** Orders candidates by relevance (relative to the best) blended with recency (relative to the newest). */
export function rankCandidates<C extends RankCandidate>(candidates: C[]): C[] {
  if (candidates.length === 0) return [];
  let best = 0;
  let newest = -Infinity;
  for (const c of candidates) {
    best = Math.min(best, c.rank);
    newest = Math.max(newest, c.published);
  }
  const score = (c: C): number => {
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
