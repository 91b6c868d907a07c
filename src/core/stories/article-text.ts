import type { LanguageCode } from '../types.js';
import { normalizeParagraphs, tokenTable, type TokenTable } from '../text/index.js';
import { leadOf, type Lead } from './lead.js';
import { numberKeys, tableFeatures, termIdLimit, termIdOfKey, termKeyOf } from './text-features.js';
import type { ClusterCandidate } from './types.js';

/** What clustering reads from an article's text: word terms, numbers and dates, and its lead. */
export interface ArticleTextFeatures {
  lead: Lead;
  numbers: string[];
  /** Distinct term ids with their counts, parallel arrays. */
  termIds: number[];
  termCounts: number[];
  titleTerms: number[];
}

/** How much of the body is read: roughly the first 250 words. The opening carries the event; the tail adds background and cost. */
const OPENING_CHARS = 1600;

/** The tokens of a table that start within the opening, without tokenising again. */
function opening(table: TokenTable): TokenTable {
  let count = 0;
  while (count < table.count && table.starts[count]! < OPENING_CHARS) count += 1;
  return count === table.count ? table : { ...table, count };
}

/** Per-term counts while one article is counted; all zero between articles. */
let countOf = new Int32Array(1024);

/** Distinct terms in order of first sight, with their counts. */
function countTerms(title: readonly number[], body: readonly number[]): { termIds: number[]; termCounts: number[] } {
  const limit = termIdLimit();
  if (countOf.length < limit) countOf = new Int32Array(Math.max(limit, countOf.length * 2));
  const termIds: number[] = [];
  for (const terms of [title, body]) {
    for (const term of terms) if (countOf[term]!++ === 0) termIds.push(term);
  }
  const termCounts = termIds.map((term) => countOf[term]!);
  for (const term of termIds) countOf[term] = 0;
  return { termIds, termCounts };
}

/**
 * Clustering features from an article's token tables (its title and its whole
 * body; only the opening is read) and summary. `entities` are the article's
 * entity keys.
 */
export function textFeaturesOf(
  title: TokenTable,
  body: TokenTable,
  summary: string,
  language: LanguageCode,
  entities: ReadonlySet<string>,
): ArticleTextFeatures {
  const hasBody = body.count > 0;
  const openingTable = hasBody ? opening(body) : tokenTable(summary);
  const titleFeatures = tableFeatures(title, language);
  const bodyFeatures = tableFeatures(openingTable, language);
  if (hasBody && summary !== '') tableFeatures(tokenTable(summary), language, bodyFeatures);
  const { termIds, termCounts } = countTerms(titleFeatures.terms, bodyFeatures.terms);
  const openingText = hasBody ? body.text.slice(0, openingTable.count > 0 ? openingTable.ends[openingTable.count - 1]! : 0) : '';
  return {
    lead: leadOf(title, openingTable, entities),
    numbers: [...new Set([...numberKeys(`${title.text}\n${summary}\n${openingText}`), ...titleFeatures.calendarKeys, ...bodyFeatures.calendarKeys])],
    termIds,
    termCounts,
    titleTerms: [...new Set(titleFeatures.terms)],
  };
}

/**
 * Features worked out while the article was analysed, found again by the
 * identity of its entity list (callers pass `analysis.entities` on as the
 * candidate's `entities`): the analysis already holds the article's token
 * tables, so clustering does not tokenise it a second time.
 */
const remembered = new WeakMap<readonly string[], () => ArticleTextFeatures>();

export function rememberTextFeatures(entities: readonly string[], compute: () => ArticleTextFeatures): void {
  let cached: ArticleTextFeatures | null = null;
  remembered.set(entities, () => (cached ??= compute()));
}

export function candidateTextFeatures(candidate: ClusterCandidate, entities: ReadonlySet<string>): ArticleTextFeatures {
  const known = remembered.get(candidate.entities);
  if (known !== undefined) return known();
  return textFeaturesOf(tokenTable(candidate.title), tokenTable(normalizeParagraphs(candidate.body ?? '')), candidate.summary, candidate.language, entities);
}

/**
 * An analysis's clustering features as plain data that can cross to another
 * thread: term keys instead of this thread's term ids. A worker thread that
 * analyses articles sends these with each analysis; the thread that clusters
 * restores them, so it neither tokenises the articles again nor depends on
 * the worker's ids.
 */
export interface PortableTextFeatures {
  places: string[];
  /** The lead's other stops (see Lead). */
  stops: string[];
  people: string[];
  /** The lead's partners (see Lead). */
  partners: string[];
  /** The lead's weekdays, one bit each (see Lead). */
  days: number;
  numbers: string[];
  terms: string[];
  termCounts: number[];
  titleTerms: string[];
}

/** The features analyzeArticle remembered for this entity list, as plain data; null when it remembered none. */
export function portableTextFeatures(entities: readonly string[]): PortableTextFeatures | null {
  const known = remembered.get(entities);
  if (known === undefined) return null;
  const features = known();
  return {
    places: [...features.lead.places],
    stops: [...features.lead.stops],
    people: [...features.lead.people],
    partners: [...features.lead.partners],
    days: features.lead.days,
    numbers: features.numbers,
    terms: features.termIds.map(termKeyOf),
    termCounts: features.termCounts,
    titleTerms: features.titleTerms.map(termKeyOf),
  };
}

/** Remembers features that another thread worked out for the analysis whose entity list this is (see portableTextFeatures). */
export function restoreTextFeatures(entities: readonly string[], portable: PortableTextFeatures): void {
  rememberTextFeatures(entities, () => ({
    lead: {
      places: new Set(portable.places),
      stops: new Set(portable.stops),
      people: new Set(portable.people),
      partners: new Set(portable.partners),
      days: portable.days,
    },
    numbers: portable.numbers,
    termIds: portable.terms.map(termIdOfKey),
    termCounts: portable.termCounts,
    titleTerms: portable.titleTerms.map(termIdOfKey),
  }));
}
