import type { ArticleFeatures } from './features.js';

/**
 * How likely two articles report the same event, in [0, 1], or -1 when they
 * cannot. What is shared counts (names, numbers, dates, topics, and within a
 * language the wording), and so does what differs: two reports that put their
 * event in different places with different people are different events, even
 * when one traveller and one wire template are common to both.
 */

export interface PairSignals {
  entities: number;
  numbers: number;
  topics: number;
  text: number;
  sameLanguage: boolean;
  /** Shared entities that tell events apart (see ArticleFeatures.distinct). */
  distinctShared: number;
  /** Of those, the ones either lead names: the event's own names, not the background a wire template repeats. */
  leadShared: number;
  /** Shared numbers that tell events apart. */
  distinctNumbers: number;
  /** 0–2: the leads name different places; they name different people. */
  conflicts: number;
  /** A lead names a place the other article names too. */
  placesAgree: boolean;
}

function weightedDice(a: Map<string, number>, aMass: number, b: Map<string, number>, bMass: number): number {
  if (aMass === 0 || bMass === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [key, weight] of small) if (large.has(key)) shared += weight;
  return (2 * shared) / (aMass + bMass);
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string> | Map<string, number>): number {
  let shared = 0;
  for (const key of a) if (b.has(key)) shared += 1;
  return shared;
}

function inLead(key: string, features: ArticleFeatures): boolean {
  return features.lead.places.has(key) || features.lead.people.has(key);
}

function sharedInLead(a: ArticleFeatures, b: ArticleFeatures): number {
  let shared = 0;
  for (const key of a.distinct) if (b.distinct.has(key) && (inLead(key, a) || inLead(key, b))) shared += 1;
  return shared;
}

function cosine(a: ArticleFeatures, b: ArticleFeatures): number {
  const ai = a.termIds;
  const bi = b.termIds;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) dot += a.termWeights[i++]! * b.termWeights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

function topicOverlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0.5;
  let shared = 0;
  for (const id of a) if (b.has(id)) shared += 1;
  return shared / Math.min(a.size, b.size);
}

/** Whether one of the lead's specific places is named anywhere in the other article. */
function named(places: readonly string[], other: ArticleFeatures): boolean {
  for (const place of places) if (other.entities.has(place) || other.lead.places.has(place)) return true;
  return false;
}

/** Whether the lead names someone the other article never names. */
function hasStranger(people: readonly string[], other: ArticleFeatures): boolean {
  for (const person of people) if (!other.entities.has(person) && !other.lead.people.has(person)) return true;
  return false;
}

/**
 * Different places: both leads name places and neither names one the other
 * article knows. Different people: each lead names someone the other never does.
 */
/** Whether a lead place (everyday ones included) is named by the other article. */
function placesAgree(a: ArticleFeatures, b: ArticleFeatures): boolean {
  for (const place of a.lead.places) if (b.entities.has(place) || b.lead.places.has(place)) return true;
  for (const place of b.lead.places) if (a.entities.has(place) || a.lead.places.has(place)) return true;
  return false;
}

function conflicts(a: ArticleFeatures, b: ArticleFeatures): number {
  let count = 0;
  if (a.specificPlaces.length > 0 && b.specificPlaces.length > 0 && !named(a.specificPlaces, b) && !named(b.specificPlaces, a)) count += 1;
  if (hasStranger(a.leadPeople, b) && hasStranger(b.leadPeople, a)) count += 1;
  return count;
}

export function pairSignals(a: ArticleFeatures, b: ArticleFeatures): PairSignals {
  const sameLanguage = a.language === b.language;
  return {
    entities: weightedDice(a.entities, a.entityMass, b.entities, b.entityMass),
    numbers: weightedDice(a.numbers, a.numberMass, b.numbers, b.numberMass),
    topics: topicOverlap(a.topics, b.topics),
    text: sameLanguage ? cosine(a, b) : 0,
    sameLanguage,
    distinctShared: sharedCount(a.distinct, b.distinct),
    leadShared: sharedInLead(a, b),
    distinctNumbers: sharedCount(a.distinctNumbers, b.distinctNumbers),
    conflicts: conflicts(a, b),
    placesAgree: placesAgree(a, b),
  };
}

const WEIGHTS = {
  sameLanguage: { entities: 0.4, numbers: 0.1, text: 0.5 },
  crossLanguage: { entities: 0.4, numbers: 0.1, text: 0 },
};
/** Disjoint topics mean different beats (a summit vs. a football match) even when names overlap. */
const DISJOINT_TOPICS_FACTOR = 0.6;
/** Across languages, each shared distinctive name or number is this much evidence (the wording cannot be compared). */
const CROSS_LANGUAGE_EVIDENCE = 0.15;

/**
 * How much shared evidence a pair needs: one distinctive name or number when
 * nothing differs and the leads share a place (or a distinctive number ties
 * them); two when neither does, or when places or people differ; with both
 * different the pair is two events.
 */
function evidenceNeeded(s: Pick<PairSignals, 'conflicts' | 'placesAgree' | 'distinctNumbers'>): number {
  if (s.conflicts >= 2) return Number.POSITIVE_INFINITY;
  return s.conflicts === 0 && (s.placesAgree || s.distinctNumbers > 0) ? 1 : 2;
}

/** Shared evidence: distinctive names (only the leads' when places or people differ) and a distinctive number. */
function evidence(s: Pick<PairSignals, 'distinctShared' | 'leadShared' | 'distinctNumbers' | 'conflicts'>): number {
  return (s.conflicts === 0 ? s.distinctShared : s.leadShared) + (s.distinctNumbers > 0 ? 1 : 0);
}

export function combineSignals(s: PairSignals): number {
  if (evidence(s) < evidenceNeeded(s) && (!s.sameLanguage || s.conflicts > 0)) return -1;
  if (!s.sameLanguage && s.topics === 0) return -1;
  const w = s.sameLanguage ? WEIGHTS.sameLanguage : WEIGHTS.crossLanguage;
  let score = w.entities * s.entities + w.numbers * s.numbers + w.text * s.text;
  if (!s.sameLanguage) score += CROSS_LANGUAGE_EVIDENCE * Math.min(3, evidence(s)) + 0.1;
  return Math.min(1, score * (s.topics === 0 ? DISJOINT_TOPICS_FACTOR : 1));
}

/**
 * The pair score, or -1 as soon as it provably cannot exceed `floor`: what
 * differs and the shared names settle most candidates before the costlier
 * signals (each at most 1) are computed.
 */
export function pairScore(a: ArticleFeatures, b: ArticleFeatures, floor = -1): number {
  const sameLanguage = a.language === b.language;
  const topics = topicOverlap(a.topics, b.topics);
  if (!sameLanguage && topics === 0) return -1;
  const differs = conflicts(a, b);
  if (differs >= 2) return -1;
  const gate = { conflicts: differs, placesAgree: false, distinctShared: 0, leadShared: 0, distinctNumbers: 0 };
  if (!sameLanguage || differs > 0) {
    gate.placesAgree = placesAgree(a, b);
    gate.distinctShared = sharedCount(a.distinct, b.distinct);
    gate.leadShared = differs > 0 ? sharedInLead(a, b) : 0;
    gate.distinctNumbers = sharedCount(a.distinctNumbers, b.distinctNumbers);
    if (evidence(gate) < evidenceNeeded(gate)) return -1;
  }
  const w = sameLanguage ? WEIGHTS.sameLanguage : WEIGHTS.crossLanguage;
  const factor = topics === 0 ? DISJOINT_TOPICS_FACTOR : 1;
  const bonus = sameLanguage ? 0 : CROSS_LANGUAGE_EVIDENCE * Math.min(3, evidence(gate)) + 0.1;
  const entities = weightedDice(a.entities, a.entityMass, b.entities, b.entityMass);
  if (Math.min(1, (w.entities * entities + w.numbers + w.text + bonus) * factor) <= floor) return -1;
  const text = sameLanguage ? cosine(a, b) : 0;
  if (Math.min(1, (w.entities * entities + w.numbers + w.text * text + bonus) * factor) <= floor) return -1;
  const numbers = weightedDice(a.numbers, a.numberMass, b.numbers, b.numberMass);
  return Math.min(1, (w.entities * entities + w.numbers * numbers + w.text * text + bonus) * factor);
}
