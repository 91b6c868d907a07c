import type { ClusterCandidate } from './types.js';
import { boundVocabulary, termIdLimit } from './text-features.js';
import type { Lead } from './lead.js';
import { candidateTextFeatures } from './article-text.js';
import { COMMON_ENTITIES } from './common.js';

/** An article reduced to the weighted sets the pair score compares. */
export interface ArticleFeatures {
  index: number;
  language: string;
  time: number;
  /** Entity keys with their inverse document frequency in the batch. */
  entities: Map<string, number>;
  /** Sum of entity weights, cached for Dice. */
  entityMass: number;
  numbers: Map<string, number>;
  numberMass: number;
  topics: Set<string>;
  /** L2-normalised TF-IDF vector over stemmed words: term ids ascending, with their weights. */
  termIds: Int32Array;
  termWeights: Float64Array;
  /** Keys for blocking, rarest first: entity keys (>= 0) and title terms (< 0). */
  blockingKeys: number[];
  /** Where and with whom the article says its event happens. */
  lead: Lead;
  /** The lead's places that are not everyday news names (Gaza, Moscow): the ones that place one event. */
  specificPlaces: string[];
  leadPeople: string[];
  /** Entities few articles of the batch name and that are not everyday news names (a country, a superpower's leader). */
  distinct: Set<string>;
  /** Numbers that can tell events apart: not the small counts every template repeats. */
  distinctNumbers: Set<string>;
}

interface RawFeatures {
  entities: string[];
  lead: Lead;
  numbers: string[];
  /** Distinct term ids with their counts, parallel arrays. */
  termIds: number[];
  termCounts: number[];
  titleTerms: number[];
}

/** A topic counts when it was actually detected, not merely scored near zero. */
const TOPIC_MIN_SCORE = 0.15;
/** Title words count for less than names when looking up candidates. */
const TITLE_KEY_SHARE = 0.5;
/**
 * An entity named by more than this share of the batch (at least MIN_COMMON_COUNT articles) tells no event apart:
 * a name in one article of twenty is a regular of the news, and two such names must not join two languages
 * (at a quarter, names in a tenth of a large batch counted as distinctive and chained unrelated events).
 */
const COMMON_SHARE = 0.05;
const MIN_COMMON_COUNT = 6;

/** A number that is evidence of one event: a decimal ("50.4"), or a whole number above a dozen that is no year. */
function isDistinctiveNumber(key: string): boolean {
  const value = Number(key.slice(2));
  if (!Number.isFinite(value)) return false;
  if (key.includes('.')) return true;
  return value > 12 && !(value >= 1900 && value <= 2100);
}

function rawFeatures(candidate: ClusterCandidate): RawFeatures {
  const entities = [...new Set(candidate.entities.map((e) => e.toLowerCase()))];
  return { entities, ...candidateTextFeatures(candidate, new Set(entities)) };
}

/** Inverse document frequency over the batch, smoothed so tiny batches still weigh keys alike. */
function idfTable(documents: Iterable<string>[], size: number): Map<string, number> {
  const df = new Map<string, number>();
  for (const keys of documents) for (const key of keys) df.set(key, (df.get(key) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [key, count] of df) idf.set(key, Math.log(1 + size / count));
  return idf;
}

function termIdf(raw: RawFeatures[], size: number): Float64Array {
  const df = new Int32Array(termIdLimit());
  for (const r of raw) for (const id of r.termIds) df[id]! += 1;
  const idf = new Float64Array(df.length);
  for (let id = 0; id < df.length; id++) if (df[id]! > 0) idf[id] = Math.log(1 + size / df[id]!);
  return idf;
}

function weighted(keys: string[], idf: Map<string, number>): [Map<string, number>, number] {
  const map = new Map<string, number>();
  let mass = 0;
  for (const key of keys) {
    const weight = idf.get(key) ?? 0;
    map.set(key, weight);
    mass += weight;
  }
  return [map, mass];
}

/** Sorted typed arrays make the cosine a linear merge instead of hash lookups: it is the hot loop. */
function termVector(r: RawFeatures, idf: Float64Array): { termIds: Int32Array; termWeights: Float64Array } {
  const order = r.termIds.map((_, i) => i).sort((a, b) => r.termIds[a]! - r.termIds[b]!);
  const termIds = new Int32Array(order.length);
  const termWeights = new Float64Array(order.length);
  let norm = 0;
  order.forEach((i, k) => {
    const weight = (1 + Math.log(r.termCounts[i]!)) * idf[r.termIds[i]!]!;
    termIds[k] = r.termIds[i]!;
    termWeights[k] = weight;
    norm += weight * weight;
  });
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < termWeights.length; k++) termWeights[k]! /= norm;
  return { termIds, termWeights };
}

export interface FeatureSet {
  features: ArticleFeatures[];
  /** Weight of each blocking key, so rare shared keys rank candidates first. */
  blockingWeight: Map<number, number>;
}

export function buildFeatures(candidates: ClusterCandidate[]): FeatureSet {
  boundVocabulary();
  const raw = candidates.map(rawFeatures);
  const size = candidates.length;
  const entityIdf = idfTable(
    raw.map((r) => r.entities),
    size,
  );
  const numberIdf = idfTable(
    raw.map((r) => r.numbers),
    size,
  );
  const wordIdf = termIdf(raw, size);

  const entityKey = new Map<string, number>();
  const blockingWeight = new Map<number, number>();
  for (const [entity, weight] of entityIdf) {
    entityKey.set(entity, entityKey.size);
    blockingWeight.set(entityKey.size - 1, weight);
  }
  const titleKey = (term: number): number => -1 - term;

  const documentFrequency = new Map<string, number>();
  for (const r of raw) for (const entity of r.entities) documentFrequency.set(entity, (documentFrequency.get(entity) ?? 0) + 1);
  const commonAbove = Math.max(MIN_COMMON_COUNT, size * COMMON_SHARE);
  const features = raw.map((r, index): ArticleFeatures => {
    const candidate = candidates[index]!;
    const [entities, entityMass] = weighted(r.entities, entityIdf);
    const [numbers, numberMass] = weighted(r.numbers, numberIdf);
    const keys = [...r.entities.map((e) => entityKey.get(e)!), ...r.titleTerms.map(titleKey)];
    for (const term of r.titleTerms) blockingWeight.set(titleKey(term), wordIdf[term]! * TITLE_KEY_SHARE);
    return {
      index,
      language: candidate.language,
      time: candidate.publishedAt.getTime(),
      entities,
      entityMass,
      numbers,
      numberMass,
      topics: new Set(candidate.topics.filter((t) => t.score >= TOPIC_MIN_SCORE).map((t) => t.id)),
      ...termVector(r, wordIdf),
      blockingKeys: keys,
      lead: r.lead,
      specificPlaces: [...r.lead.places].filter((place) => !COMMON_ENTITIES.has(place)),
      leadPeople: [...r.lead.people],
      distinct: new Set(r.entities.filter((e) => !COMMON_ENTITIES.has(e) && documentFrequency.get(e)! <= commonAbove)),
      distinctNumbers: new Set(r.numbers.filter(isDistinctiveNumber)),
    };
  });
  for (const f of features) f.blockingKeys.sort((a, b) => blockingWeight.get(b)! - blockingWeight.get(a)! || a - b);
  return { features, blockingWeight };
}
