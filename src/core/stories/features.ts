import type { ClusterCandidate } from './types.js';
import { DAY_OF_MONTH, boundVocabulary, termIdLimit } from './text-features.js';
import type { Lead } from './lead.js';
import { candidateTextFeatures } from './article-text.js';
import { COMMON_ENTITIES } from './common.js';
import { topicBeats, topicReactions } from './topic-beats.js';
import { gazetteerEntry } from '../entities/index.js';

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
  /**
   * Entity ids ascending in [entityStart, entityEnd) of the batch's arrays, with their inverse
   * document frequency in the batch and their flags (DISTINCT, IN_LEAD).
   */
  entityIds: Int32Array;
  entityWeights: Float64Array;
  entityFlags: Uint8Array;
  entityStart: number;
  entityEnd: number;
  /** Sum of entity weights, cached for Dice. */
  entityMass: number;
  /** Number ids ascending in [numberStart, numberEnd), with their weights and flags (DISTINCT: a number that can tell events apart). */
  numberIds: Int32Array;
  numberWeights: Float64Array;
  numberFlags: Uint8Array;
  numberStart: number;
  numberEnd: number;
  numberMass: number;
  /** Topic ids ascending. */
  topics: number[];
  /** Their beats' ids ascending (see topic-beats.ts; a topic may be on several). */
  beats: number[];
  /** The ids of their event-and-reaction pairs ascending (see topic-beats.ts). */
  reactions: number[];
  /** L2-normalised TF-IDF vector over stemmed words: term ids ascending in [termStart, termEnd), with their weights. */
  termIds: Int32Array;
  termWeights: Float64Array;
  termStart: number;
  termEnd: number;
  /** Keys for blocking: entity keys (>= 0) and title terms (< 0). */
  blockingKeys: number[];
  /** Their weights, parallel: rare shared keys rank candidates first. */
  blockingWeights: number[];
  /** The lead's places (where the article says its event happens). */
  leadPlaces: number[];
  /** The lead's places that are not everyday news names (Gaza, Moscow): the ones that place one event. */
  specificPlaces: number[];
  /** The places the lead names as another stop or background (see Lead): not where its event is. */
  stopPlaces: number[];
  /** The lead's people. */
  leadPeople: number[];
  /** The lead's partners: its people and the next paragraph's (see Lead). */
  leadPartners: number[];
  /** The weekdays the lead names, one bit each (see Lead): the day of its event. */
  leadDays: number;
  /** The weekdays the title, the opening and the summary name anywhere, one bit each as in leadDays. */
  namedDays: number;
}

/** Entity flag: few articles of the batch name it and it is no everyday news name (a country, a superpower's leader). Number flag: it can tell events apart. */
export const DISTINCT = 1;
/** Entity flag: the article's lead names it (a place or a person): the event's own names, not the background. */
export const IN_LEAD = 2;
/** Entity flag: a place the gazetteer knows (a country, a capital, a city of the news), not a person, a body or a little-known place. */
export const PLACE = 4;

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
  const value = Number(key.slice(key.startsWith(DAY_OF_MONTH) ? DAY_OF_MONTH.length : 2));
  if (!Number.isFinite(value)) return false;
  if (key.includes('.')) return true;
  return value > 12 && !(value >= 1900 && value <= 2100);
}

/** The weekday bits (Monday 1 … Sunday 64) of an article's calendar keys ('d:1' … 'd:7'). */
function weekdayBits(keys: readonly string[]): number {
  let bits = 0;
  for (const key of keys) if (key.startsWith('d:')) bits |= 1 << (Number(key.slice(2)) - 1);
  return bits;
}

function rawFeatures(candidate: ClusterCandidate): RawFeatures {
  const unique = new Set<string>();
  for (const entity of candidate.entities) unique.add(entity.toLowerCase());
  const text = candidateTextFeatures(candidate, unique);
  // A place the lead names only as a capital ("in the Latvian capital") is named like the city.
  for (const place of text.lead.places) unique.add(place);
  return { entities: [...unique], ...text };
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

/** Positions packed behind ids, so one numeric typed-array sort orders both (positions below 2^16, ids far below 2^37: exact in a double). */
const PACK = 65_536;
let packedScratch = new Float64Array(1024);

/** `ids[i] * PACK + i` for each i, sorted: ids ascending, each with its position. */
function packedOrder(count: number, idOf: (position: number) => number): Float64Array {
  if (packedScratch.length < count) packedScratch = new Float64Array(Math.max(count, packedScratch.length * 2));
  const packed = packedScratch.subarray(0, count);
  for (let i = 0; i < count; i++) packed[i] = idOf(i) * PACK + i;
  return packed.sort();
}

/**
 * Parallel arrays for the whole batch, of which each article owns a slice:
 * one allocation per batch instead of several small typed arrays per article.
 */
class Slices {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  readonly flags: Uint8Array;
  used = 0;

  constructor(total: number) {
    this.ids = new Int32Array(total);
    this.weights = new Float64Array(total);
    this.flags = new Uint8Array(total);
  }
}

/**
 * Appends an article's distinct keys as ids ascending, with weights and flags, to `into`;
 * returns the mass, the sum of the weights in the article's own order.
 */
function appendWeighted(
  keys: readonly string[],
  interner: Interner,
  weightOf: Float64Array,
  flagOf: (key: string, id: number) => number,
  into: Slices,
): number {
  let mass = 0;
  const packed = packedOrder(keys.length, (i) => {
    const id = interner.ids.get(keys[i]!)!;
    mass += weightOf[id]!;
    return id;
  });
  let at = into.used;
  for (let k = 0; k < packed.length; k++) {
    const id = Math.floor(packed[k]! / PACK);
    into.ids[at] = id;
    into.weights[at] = weightOf[id]!;
    into.flags[at] = flagOf(keys[packed[k]! - id * PACK]!, id);
    at += 1;
  }
  into.used = at;
  return mass;
}

function idsOf(keys: Iterable<string>, interner: Interner): number[] {
  return Array.from(keys, (key) => interner.id(key)).sort((a, b) => a - b);
}

/** Appends the article's TF-IDF vector, L2-normalised, term ids ascending: the cosine is then a linear merge. */
function appendTermVector(r: RawFeatures, idf: Float64Array, into: Slices): void {
  const packed = packedOrder(r.termIds.length, (i) => r.termIds[i]!);
  const start = into.used;
  let norm = 0;
  for (let k = 0; k < packed.length; k++) {
    const id = Math.floor(packed[k]! / PACK);
    const weight = (1 + Math.log(r.termCounts[packed[k]! - id * PACK]!)) * idf[id]!;
    into.ids[start + k] = id;
    into.weights[start + k] = weight;
    norm += weight * weight;
  }
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < packed.length; k++) into.weights[start + k]! /= norm;
  into.used = start + packed.length;
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
  const placeName = Uint8Array.from(names.keys, (key) => (gazetteerEntry(key)?.kind === 'place' ? PLACE : 0));

  let entityTotal = 0;
  let numberTotal = 0;
  let termTotal = 0;
  for (const r of raw) {
    entityTotal += r.entities.length;
    numberTotal += r.numbers.length;
    termTotal += r.termIds.length;
  }
  const entitySlices = new Slices(entityTotal);
  const numberSlices = new Slices(numberTotal);
  const termSlices = new Slices(termTotal);

  return raw.map((r, index): ArticleFeatures => {
    const candidate = candidates[index]!;
    const entityStart = entitySlices.used;
    const entityMass = appendWeighted(
      r.entities,
      names,
      entityIdf,
      (key, id) => distinctName[id]! | placeName[id]! | (r.lead.places.has(key) || r.lead.people.has(key) ? IN_LEAD : 0),
      entitySlices,
    );
    const numberStart = numberSlices.used;
    const numberMass = appendWeighted(r.numbers, numbers, numberIdf, (_, id) => distinctNumber[id]!, numberSlices);
    const termStart = termSlices.used;
    appendTermVector(r, wordIdf, termSlices);
    // Blocking keys: the entities in the article's order, then the title's terms.
    const keys: number[] = [];
    const keyWeights: number[] = [];
    for (const entity of r.entities) {
      const id = names.ids.get(entity)!;
      keys.push(id);
      keyWeights.push(entityIdf[id]!);
    }
    for (const term of r.titleTerms) {
      keys.push(-1 - term);
      keyWeights.push(wordIdf[term]! * TITLE_KEY_SHARE);
    }
    return {
      index,
      language: candidate.language,
      time: candidate.publishedAt.getTime(),
      entityIds: entitySlices.ids,
      entityWeights: entitySlices.weights,
      entityFlags: entitySlices.flags,
      entityStart,
      entityEnd: entitySlices.used,
      entityMass,
      numberIds: numberSlices.ids,
      numberWeights: numberSlices.weights,
      numberFlags: numberSlices.flags,
      numberStart,
      numberEnd: numberSlices.used,
      numberMass,
      topics: idsOf(new Set(candidate.topics.filter((t) => t.score >= TOPIC_MIN_SCORE).map((t) => t.id)), topicIds),
      beats: idsOf(new Set(candidate.topics.filter((t) => t.score >= TOPIC_MIN_SCORE).flatMap((t) => topicBeats(t.id))), topicIds),
      reactions: idsOf(new Set(candidate.topics.filter((t) => t.score >= TOPIC_MIN_SCORE).flatMap((t) => topicReactions(t.id))), topicIds),
      termIds: termSlices.ids,
      termWeights: termSlices.weights,
      termStart,
      termEnd: termSlices.used,
      blockingKeys: keys,
      blockingWeights: keyWeights,
      leadPlaces: idsOf(r.lead.places, names),
      specificPlaces: idsOf(
        [...r.lead.places].filter((place) => !COMMON_ENTITIES.has(place)),
        names,
      ),
      stopPlaces: idsOf(r.lead.stops, names),
      leadPeople: idsOf(r.lead.people, names),
      leadPartners: idsOf(r.lead.partners, names),
      leadDays: r.lead.days,
      namedDays: weekdayBits(r.numbers),
    };
  });
}
