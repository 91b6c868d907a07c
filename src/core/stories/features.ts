import type { ClusterCandidate } from './types.js';
import { boundVocabulary, termIdLimit } from './text-features.js';
import type { Lead } from './lead.js';
import { candidateTextFeatures } from './article-text.js';
import { COMMON_ENTITIES } from './common.js';

/**
 * An article reduced to what the pair score compares. Names, places, numbers
 * and topics are ids interned over the batch, in sorted typed arrays with
 * parallel weights and flags: the pair score merges them instead of hashing
 * strings, which is its hot loop.
 */
export interface ArticleFeatures {
  index: number;
  language: string;
  time: number;
  /** Entity ids ascending, with their inverse document frequency in the batch and their flags (DISTINCT, IN_LEAD). */
  entityIds: Int32Array;
  entityWeights: Float64Array;
  entityFlags: Uint8Array;
  /** Sum of entity weights, cached for Dice. */
  entityMass: number;
  /** Number ids ascending, with their weights and flags (DISTINCT: a number that can tell events apart). */
  numberIds: Int32Array;
  numberWeights: Float64Array;
  numberFlags: Uint8Array;
  numberMass: number;
  /** Topic ids ascending. */
  topics: Int32Array;
  /** L2-normalised TF-IDF vector over stemmed words: term ids ascending, with their weights. */
  termIds: Int32Array;
  termWeights: Float64Array;
  /** Keys for blocking: entity keys (>= 0) and title terms (< 0). */
  blockingKeys: number[];
  /** Their weights, parallel: rare shared keys rank candidates first. */
  blockingWeights: Float64Array;
  /** The lead's places (where the article says its event happens), ids ascending. */
  leadPlaces: Int32Array;
  /** The lead's places that are not everyday news names (Gaza, Moscow): the ones that place one event. */
  specificPlaces: Int32Array;
  /** The lead's people, ids ascending. */
  leadPeople: Int32Array;
  /** Ids a lead place of another article is found among: the entities and the lead's places, ascending. */
  knownPlaces: Int32Array;
  /** Ids a lead person of another article is found among: the entities and the lead's people, ascending. */
  knownPeople: Int32Array;
}

/** Entity flag: few articles of the batch name it and it is no everyday news name (a country, a superpower's leader). Number flag: it can tell events apart. */
export const DISTINCT = 1;
/** Entity flag: the article's lead names it (a place or a person): the event's own names, not the background. */
export const IN_LEAD = 2;

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

/** Ids of keys in order of first sight, and how many articles hold each. */
class Interner {
  readonly ids = new Map<string, number>();
  readonly keys: string[] = [];
  documentFrequency: number[] = [];

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.push(key) - 1;
      this.ids.set(key, id);
      this.documentFrequency.push(0);
    }
    return id;
  }

  /** Interns one article's distinct keys and counts it for each. */
  count(keys: readonly string[]): void {
    for (const key of keys) this.documentFrequency[this.id(key)]! += 1;
  }

  /** Inverse document frequency over the batch, smoothed so tiny batches still weigh keys alike. */
  idf(size: number): Float64Array {
    return Float64Array.from(this.documentFrequency, (count) => (count === 0 ? 0 : Math.log(1 + size / count)));
  }
}

function termIdf(raw: RawFeatures[], size: number): Float64Array {
  const df = new Int32Array(termIdLimit());
  for (const r of raw) for (const id of r.termIds) df[id]! += 1;
  const idf = new Float64Array(df.length);
  for (let id = 0; id < df.length; id++) if (df[id]! > 0) idf[id] = Math.log(1 + size / df[id]!);
  return idf;
}

/** Positions packed behind ids, so one numeric typed-array sort orders both (ids and positions stay far below 2^26). */
const PACK = 65_536;

interface WeightedIds {
  ids: Int32Array;
  weights: Float64Array;
  flags: Uint8Array;
  mass: number;
}

/** An article's distinct keys as ids ascending, with weights and flags; the mass sums weights in the article's order. */
function weightedIds(keys: readonly string[], interner: Interner, weightOf: Float64Array, flagOf: (key: string, id: number) => number): WeightedIds {
  const packed = new Float64Array(keys.length);
  let mass = 0;
  for (let i = 0; i < keys.length; i++) {
    const id = interner.ids.get(keys[i]!)!;
    mass += weightOf[id]!;
    packed[i] = id * PACK + i;
  }
  packed.sort();
  const ids = new Int32Array(keys.length);
  const weights = new Float64Array(keys.length);
  const flags = new Uint8Array(keys.length);
  for (let k = 0; k < packed.length; k++) {
    const id = Math.floor(packed[k]! / PACK);
    ids[k] = id;
    weights[k] = weightOf[id]!;
    flags[k] = flagOf(keys[packed[k]! - id * PACK]!, id);
  }
  return { ids, weights, flags, mass };
}

function idsOf(keys: Iterable<string>, interner: Interner): Int32Array {
  return Int32Array.from(keys, (key) => interner.id(key)).sort();
}

/** The union of two ascending id arrays, ascending. */
function union(a: Int32Array, b: Int32Array): Int32Array {
  if (b.length === 0) return a;
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x <= y) {
      out[n++] = x;
      i++;
      if (x === y) j++;
    } else {
      out[n++] = y;
      j++;
    }
  }
  return out.subarray(0, n);
}

/** Sorted typed arrays make the cosine a linear merge instead of hash lookups: it is the hot loop. */
function termVector(r: RawFeatures, idf: Float64Array): { termIds: Int32Array; termWeights: Float64Array } {
  const packed = new Float64Array(r.termIds.length);
  for (let i = 0; i < packed.length; i++) packed[i] = r.termIds[i]! * PACK + i;
  packed.sort();
  const termIds = new Int32Array(packed.length);
  const termWeights = new Float64Array(packed.length);
  let norm = 0;
  for (let k = 0; k < packed.length; k++) {
    const id = Math.floor(packed[k]! / PACK);
    const weight = (1 + Math.log(r.termCounts[packed[k]! - id * PACK]!)) * idf[id]!;
    termIds[k] = id;
    termWeights[k] = weight;
    norm += weight * weight;
  }
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < termWeights.length; k++) termWeights[k]! /= norm;
  return { termIds, termWeights };
}

export function buildFeatures(candidates: ClusterCandidate[]): ArticleFeatures[] {
  boundVocabulary();
  const raw = candidates.map(rawFeatures);
  const size = candidates.length;
  // Entities first, in order of first sight: their ids are also their blocking keys, whose order breaks ties.
  const names = new Interner();
  for (const r of raw) names.count(r.entities);
  const entityIdf = names.idf(size);
  const numbers = new Interner();
  for (const r of raw) numbers.count(r.numbers);
  const numberIdf = numbers.idf(size);
  const wordIdf = termIdf(raw, size);
  const commonAbove = Math.max(MIN_COMMON_COUNT, size * COMMON_SHARE);
  const distinctName = Uint8Array.from(names.keys, (key, id) => (!COMMON_ENTITIES.has(key) && names.documentFrequency[id]! <= commonAbove ? DISTINCT : 0));
  const distinctNumber = Uint8Array.from(numbers.keys, (key) => (isDistinctiveNumber(key) ? DISTINCT : 0));
  const topicIds = new Interner();

  return raw.map((r, index): ArticleFeatures => {
    const candidate = candidates[index]!;
    const entities = weightedIds(
      r.entities,
      names,
      entityIdf,
      (key, id) => distinctName[id]! | (r.lead.places.has(key) || r.lead.people.has(key) ? IN_LEAD : 0),
    );
    const numberSet = weightedIds(r.numbers, numbers, numberIdf, (_, id) => distinctNumber[id]!);
    const keys = r.entities.map((e) => names.ids.get(e)!);
    const keyWeights = keys.map((id) => entityIdf[id]!);
    for (const term of r.titleTerms) {
      keys.push(-1 - term);
      keyWeights.push(wordIdf[term]! * TITLE_KEY_SHARE);
    }
    const leadPlaces = idsOf(r.lead.places, names);
    const leadPeople = idsOf(r.lead.people, names);
    return {
      index,
      language: candidate.language,
      time: candidate.publishedAt.getTime(),
      entityIds: entities.ids,
      entityWeights: entities.weights,
      entityFlags: entities.flags,
      entityMass: entities.mass,
      numberIds: numberSet.ids,
      numberWeights: numberSet.weights,
      numberFlags: numberSet.flags,
      numberMass: numberSet.mass,
      topics: idsOf(new Set(candidate.topics.filter((t) => t.score >= TOPIC_MIN_SCORE).map((t) => t.id)), topicIds),
      ...termVector(r, wordIdf),
      blockingKeys: keys,
      blockingWeights: Float64Array.from(keyWeights),
      leadPlaces,
      specificPlaces: idsOf(
        [...r.lead.places].filter((place) => !COMMON_ENTITIES.has(place)),
        names,
      ),
      leadPeople,
      knownPlaces: union(entities.ids, leadPlaces),
      knownPeople: union(entities.ids, leadPeople),
    };
  });
}
