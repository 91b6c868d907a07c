import { DISTINCT, IN_LEAD, type ArticleFeatures } from './features.js';
import { termIdLimit } from './text-features.js';

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
  /** Shared entities that tell events apart (flagged DISTINCT, see features.ts). */
  distinctShared: number;
  /** Of those, the ones either lead names: the event's own names, not the background a wire template repeats. */
  leadShared: number;
  /** Shared numbers that tell events apart. */
  distinctNumbers: number;
  /** 0–2: the leads name different places; they name different people. */
  conflicts: number;
  /** A lead names a place the other article names too. */
  placesAgree: boolean;
  /** The only difference is the people, and the leads put the event in one specific place on one day: one event seen from two sides. */
  sides: boolean;
}

/** What two sorted id sets share: the shared weight, the shared DISTINCT ids, and of those the ones either side flags IN_LEAD. */
interface Shared {
  weight: number;
  distinct: number;
  inLead: number;
}

function shared(
  aIds: Int32Array,
  aWeights: Float64Array,
  aFlags: Uint8Array,
  aStart: number,
  aEnd: number,
  bIds: Int32Array,
  bFlags: Uint8Array,
  bStart: number,
  bEnd: number,
  out: Shared,
): Shared {
  let weight = 0;
  let distinct = 0;
  let inLead = 0;
  let i = aStart;
  let j = bStart;
  while (i < aEnd && j < bEnd) {
    const x = aIds[i]!;
    const y = bIds[j]!;
    if (x === y) {
      weight += aWeights[i]!;
      const flags = aFlags[i]! | bFlags[j]!;
      if ((flags & DISTINCT) !== 0) {
        distinct += 1;
        if ((flags & IN_LEAD) !== 0) inLead += 1;
      }
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  out.weight = weight;
  out.distinct = distinct;
  out.inLead = inLead;
  return out;
}

function dice(sharedWeight: number, aMass: number, bMass: number): number {
  if (aMass === 0 || bMass === 0) return 0;
  return (2 * sharedWeight) / (aMass + bMass);
}

function sharedNames(a: ArticleFeatures, b: ArticleFeatures, out: Shared = { weight: 0, distinct: 0, inLead: 0 }): Shared {
  return shared(a.entityIds, a.entityWeights, a.entityFlags, a.entityStart, a.entityEnd, b.entityIds, b.entityFlags, b.entityStart, b.entityEnd, out);
}

function sharedNumbers(a: ArticleFeatures, b: ArticleFeatures, out: Shared = { weight: 0, distinct: 0, inLead: 0 }): Shared {
  return shared(a.numberIds, a.numberWeights, a.numberFlags, a.numberStart, a.numberEnd, b.numberIds, b.numberFlags, b.numberStart, b.numberEnd, out);
}

/** Whether the article names this entity id. */
function namesEntity(features: ArticleFeatures, id: number): boolean {
  const ids = features.entityIds;
  let lo = features.entityStart;
  let hi = features.entityEnd;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const value = ids[mid]!;
    if (value === id) return true;
    if (value < id) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

function cosine(a: ArticleFeatures, b: ArticleFeatures): number {
  const ai = a.termIds;
  const bi = b.termIds;
  let i = a.termStart;
  let j = b.termStart;
  let dot = 0;
  while (i < a.termEnd && j < b.termEnd) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) dot += a.termWeights[i++]! * b.termWeights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

function topicOverlap(a: number[], b: number[]): number {
  if (a.length === 0 || b.length === 0) return 0.5;
  let count = 0;
  for (const id of a) if (b.includes(id)) count += 1;
  return count / Math.min(a.length, b.length);
}

/** Disjoint topics of one beat (a summit, diplomacy: see topic-beats.ts) count as half agreeing when the leads share a place. */
const SAME_BEAT = 0.5;

function topicAgreement(a: ArticleFeatures, b: ArticleFeatures): number {
  const overlap = topicOverlap(a.topics, b.topics);
  return overlap === 0 && topicOverlap(a.beats, b.beats) > 0 && placesAgree(a, b) ? SAME_BEAT : overlap;
}

/** Whether one of the lead's specific places is named anywhere in the other article. */
function named(places: number[], other: ArticleFeatures): boolean {
  for (const place of places) if (namesEntity(other, place) || other.leadPlaces.includes(place)) return true;
  return false;
}

/** Whether the lead names someone the other article never names. */
function hasStranger(people: number[], other: ArticleFeatures): boolean {
  for (const person of people) if (!namesEntity(other, person) && !other.leadPeople.includes(person)) return true;
  return false;
}

/** Whether a lead place (everyday ones included) is named by the other article. */
function placesAgree(a: ArticleFeatures, b: ArticleFeatures): boolean {
  return named(a.leadPlaces, b) || named(b.leadPlaces, a);
}

/** Whether both leads place their event and no place of one lead is in the other's lead. */
function leadsApart(a: ArticleFeatures, b: ArticleFeatures): boolean {
  if (a.specificPlaces.length === 0 || b.specificPlaces.length === 0) return false;
  for (const place of a.specificPlaces) if (b.leadPlaces.includes(place)) return false;
  for (const place of b.specificPlaces) if (a.leadPlaces.includes(place)) return false;
  return true;
}

/** Whether one lead's specific place is in the other's lead: both say the event happens there. */
function leadsSharePlace(a: ArticleFeatures, b: ArticleFeatures): boolean {
  for (const place of a.specificPlaces) if (b.leadPlaces.includes(place)) return true;
  for (const place of b.specificPlaces) if (a.leadPlaces.includes(place)) return true;
  return false;
}

/** Conflict results: the count (0–2), plus SIDES when the people alone differ in leads that share their place. */
const SIDES = 4;
/** Reports of one event from two sides come out within a day of each other. */
const SIDES_MS = 24 * 3_600_000;

/**
 * Different places: both leads name places and neither names one the other
 * article knows. Different people: each lead names someone the other never does.
 * Different people in leads that place their events apart count as both, even
 * when each article names the other's city in passing: one traveller's two
 * stops ("travels on to Athens", "the jets sold to Ankara"). Different people
 * in leads that put the event in one specific place within a day are the sides
 * of one event (the host's press, each leader's, a neighbour's), flagged SIDES.
 */
function conflicts(a: ArticleFeatures, b: ArticleFeatures): number {
  const places = a.specificPlaces.length > 0 && b.specificPlaces.length > 0 && !named(a.specificPlaces, b) && !named(b.specificPlaces, a);
  const people = hasStranger(a.leadPeople, b) && hasStranger(b.leadPeople, a);
  if (people && !places && leadsApart(a, b)) return 2;
  if (people && !places && Math.abs(a.time - b.time) <= SIDES_MS && leadsSharePlace(a, b)) return 1 | SIDES;
  return (places ? 1 : 0) + (people ? 1 : 0);
}

export function pairSignals(a: ArticleFeatures, b: ArticleFeatures): PairSignals {
  const sameLanguage = a.language === b.language;
  const names = sharedNames(a, b);
  const numbers = sharedNumbers(a, b);
  const differs = conflicts(a, b);
  const topics = topicAgreement(a, b);
  return {
    entities: dice(names.weight, a.entityMass, b.entityMass),
    numbers: dice(numbers.weight, a.numberMass, b.numberMass),
    topics,
    text: sameLanguage ? cosine(a, b) : 0,
    sameLanguage,
    distinctShared: names.distinct,
    leadShared: names.inLead,
    distinctNumbers: numbers.distinct,
    conflicts: differs & ~SIDES,
    placesAgree: placesAgree(a, b),
    sides: (differs & SIDES) !== 0 && topics > 0,
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

/**
 * Shared evidence: distinctive names (only the leads' when places or people differ, all of them again for the
 * sides of one event: their shared place and one more distinctive name) and a distinctive number.
 */
function evidence(s: Pick<PairSignals, 'distinctShared' | 'leadShared' | 'distinctNumbers' | 'conflicts' | 'sides'>): number {
  return (s.conflicts === 0 || s.sides ? s.distinctShared : s.leadShared) + (s.distinctNumbers > 0 ? 1 : 0);
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
/**
 * The last `a` of pairScore as a dense vector over term ids: a batch scores one
 * article against up to a score of candidates in a row, so each cosine reads
 * only the candidate's terms. Products and their order are the merge's.
 */
let dense = new Float64Array(0);
let denseOf: ArticleFeatures | null = null;

function denseCosine(a: ArticleFeatures, b: ArticleFeatures): number {
  if (denseOf !== a) {
    if (denseOf !== null) for (let i = denseOf.termStart; i < denseOf.termEnd; i++) dense[denseOf.termIds[i]!] = 0;
    const limit = termIdLimit();
    if (dense.length < limit) dense = new Float64Array(Math.max(limit, dense.length * 2));
    for (let i = a.termStart; i < a.termEnd; i++) dense[a.termIds[i]!] = a.termWeights[i]!;
    denseOf = a;
  }
  const ids = b.termIds;
  const weights = b.termWeights;
  let dot = 0;
  for (let j = b.termStart; j < b.termEnd; j++) {
    const x = dense[ids[j]!]!;
    if (x !== 0) dot += x * weights[j]!;
  }
  return dot;
}

/** Scratch results of the merges: pairScore runs tens of thousands of times per batch. */
const names: Shared = { weight: 0, distinct: 0, inLead: 0 };
const numbers: Shared = { weight: 0, distinct: 0, inLead: 0 };

export function pairScore(a: ArticleFeatures, b: ArticleFeatures, floor = -1): number {
  const sameLanguage = a.language === b.language;
  const topics = topicAgreement(a, b);
  if (!sameLanguage && topics === 0) return -1;
  const conflict = conflicts(a, b);
  const differs = conflict & ~SIDES;
  if (differs >= 2) return -1;
  sharedNames(a, b, names);
  const gate = { conflicts: differs, placesAgree: false, distinctShared: 0, leadShared: 0, distinctNumbers: 0, sides: (conflict & SIDES) !== 0 && topics > 0 };
  let numbersMerged = false;
  if (!sameLanguage || differs > 0) {
    gate.placesAgree = placesAgree(a, b);
    gate.distinctShared = names.distinct;
    gate.leadShared = differs > 0 ? names.inLead : 0;
    gate.distinctNumbers = sharedNumbers(a, b, numbers).distinct;
    numbersMerged = true;
    if (evidence(gate) < evidenceNeeded(gate)) return -1;
  }
  const w = sameLanguage ? WEIGHTS.sameLanguage : WEIGHTS.crossLanguage;
  const factor = topics === 0 ? DISJOINT_TOPICS_FACTOR : 1;
  const bonus = sameLanguage ? 0 : CROSS_LANGUAGE_EVIDENCE * Math.min(3, evidence(gate)) + 0.1;
  const entities = dice(names.weight, a.entityMass, b.entityMass);
  if (Math.min(1, (w.entities * entities + w.numbers + w.text + bonus) * factor) <= floor) return -1;
  const text = sameLanguage ? denseCosine(a, b) : 0;
  if (Math.min(1, (w.entities * entities + w.numbers + w.text * text + bonus) * factor) <= floor) return -1;
  if (!numbersMerged) sharedNumbers(a, b, numbers);
  const numberScore = dice(numbers.weight, a.numberMass, b.numberMass);
  return Math.min(1, (w.entities * entities + w.numbers * numberScore + w.text * text + bonus) * factor);
}
