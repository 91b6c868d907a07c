import { DISTINCT, IN_LEAD, PLACE, type ArticleFeatures } from './features.js';
import { termIdLimit } from './text-features.js';
import { APART, PEOPLE, SIDES, conflicts, placesAgree } from './lead-conflicts.js';

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
  /** Of those, the ones that are no place: a person, a body, a project. */
  distinctNotPlaces: number;
  /** Of those, the ones either lead names: the event's own names, not the background a wire template repeats. */
  leadShared: number;
  /** Of those, the ones both leads name: the only shared names that count when the leads place their events apart. */
  bothLeads: number;
  /** Shared numbers that tell events apart. */
  distinctNumbers: number;
  /** 0–2: the leads name different places; they name different people. */
  conflicts: number;
  /** A lead names a place the other article names too. */
  placesAgree: boolean;
  /** The only difference is the people, and the leads put the event in one specific place on one day: one event seen from two sides. */
  sides: boolean;
  /** The leads place their events apart (neither names the other's place, a clause about another stop aside) and name one person alike. */
  apart: boolean;
  /** Each names someone (in its lead, or a partner) the other never does, and they are not the sides of one event. */
  peopleDiffer: boolean;
  /** How many people both leads name. */
  leadPeople: number;
}

/** What two sorted id sets share: the shared weight, the shared DISTINCT ids, and of those the ones either side flags IN_LEAD and the ones both do. */
interface Shared {
  weight: number;
  distinct: number;
  notPlaces: number;
  inLead: number;
  inBothLeads: number;
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
  let notPlaces = 0;
  let inLead = 0;
  let inBothLeads = 0;
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
        if ((flags & PLACE) === 0) notPlaces += 1;
        if ((flags & IN_LEAD) !== 0) inLead += 1;
        if ((aFlags[i]! & bFlags[j]! & IN_LEAD) !== 0) inBothLeads += 1;
      }
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  out.weight = weight;
  out.distinct = distinct;
  out.notPlaces = notPlaces;
  out.inLead = inLead;
  out.inBothLeads = inBothLeads;
  return out;
}

function dice(sharedWeight: number, aMass: number, bMass: number): number {
  if (aMass === 0 || bMass === 0) return 0;
  return (2 * sharedWeight) / (aMass + bMass);
}

function sharedNames(a: ArticleFeatures, b: ArticleFeatures, out: Shared = { weight: 0, distinct: 0, notPlaces: 0, inLead: 0, inBothLeads: 0 }): Shared {
  return shared(a.entityIds, a.entityWeights, a.entityFlags, a.entityStart, a.entityEnd, b.entityIds, b.entityFlags, b.entityStart, b.entityEnd, out);
}

function sharedNumbers(a: ArticleFeatures, b: ArticleFeatures, out: Shared = { weight: 0, distinct: 0, notPlaces: 0, inLead: 0, inBothLeads: 0 }): Shared {
  return shared(a.numberIds, a.numberWeights, a.numberFlags, a.numberStart, a.numberEnd, b.numberIds, b.numberFlags, b.numberStart, b.numberEnd, out);
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

/** Whether both articles have topics and two of them are an event and a reaction to it (see topic-beats.ts). */
function reactionPair(a: ArticleFeatures, b: ArticleFeatures): boolean {
  for (const id of a.reactions) if (b.reactions.includes(id)) return true;
  return false;
}

/**
 * Disjoint topics agree by half on one beat where the leads share a place, and as an event and another side's
 * reaction to it ("Colombia calls for calm" after a border shooting) where they also share a name that is no place
 * (the border post, the mediator): one shared city alone does not tie a strike to a minister's visit there.
 */
function topicAgreement(a: ArticleFeatures, b: ArticleFeatures, names: Shared): number {
  const overlap = topicOverlap(a.topics, b.topics);
  if (overlap > 0 || !placesAgree(a, b)) return overlap;
  return topicOverlap(a.beats, b.beats) > 0 || (names.notPlaces > 0 && reactionPair(a, b)) ? SAME_BEAT : overlap;
}

export function pairSignals(a: ArticleFeatures, b: ArticleFeatures): PairSignals {
  const sameLanguage = a.language === b.language;
  const names = sharedNames(a, b);
  const numbers = sharedNumbers(a, b);
  const differs = conflicts(a, b);
  const topics = topicAgreement(a, b, names);
  return {
    entities: dice(names.weight, a.entityMass, b.entityMass),
    numbers: dice(numbers.weight, a.numberMass, b.numberMass),
    topics,
    text: sameLanguage ? cosine(a, b) : 0,
    sameLanguage,
    distinctShared: names.distinct,
    distinctNotPlaces: names.notPlaces,
    leadShared: names.inLead,
    bothLeads: names.inBothLeads,
    distinctNumbers: numbers.distinct,
    conflicts: differs & ~(SIDES | APART | PEOPLE),
    placesAgree: placesAgree(a, b),
    sides: (differs & SIDES) !== 0 && topics > 0,
    apart: (differs & APART) !== 0,
    peopleDiffer: (differs & PEOPLE) !== 0,
    leadPeople: commonLeadPeople(a, b),
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
 * Shared evidence: distinctive names (only the leads' when people differ, all of them again for the sides of one
 * event: their shared place and one more distinctive name; only those both leads name when the places differ: a
 * city one lead places its event in and the other names in passing is the difference, not evidence) and a
 * distinctive number, except when the leads place their events apart or the people differ: there the number is the
 * template's, repeated at every stop, and one shared name must not outweigh different partners and places.
 */
function evidence(
  s: Pick<
    PairSignals,
    'distinctShared' | 'distinctNotPlaces' | 'leadShared' | 'bothLeads' | 'distinctNumbers' | 'conflicts' | 'sides' | 'apart' | 'peopleDiffer'
  >,
): number {
  if (s.apart) return s.bothLeads;
  const names = s.conflicts === 0 ? s.distinctShared : s.sides ? sidesNames(s) : s.leadShared;
  return names + (s.distinctNumbers > 0 && !s.peopleDiffer ? 1 : 0);
}

/**
 * The shared names of the sides of one event: its place and the places around it (its country, a neighbour both
 * mention) are one piece of evidence, the place, however many names they take; the rest must be no place (a
 * mediator, a project, a treaty), or two ministers' visits to one capital on one day would be one event.
 */
function sidesNames(s: Pick<PairSignals, 'distinctShared' | 'distinctNotPlaces'>): number {
  return Math.min(1, s.distinctShared - s.distinctNotPlaces) + s.distinctNotPlaces;
}

/** People both leads name that tell one event across languages even when the topics found differ. */
const PEOPLE_OVER_TOPICS = 2;

/**
 * Whether two languages' reports may be one event although no topic found agrees: the topic finder reads each
 * language apart and may file one event under two topics; nothing differs in their leads, both name two people
 * alike ("Echagüe met Peña") and two distinctive names tie them. One person and a place are not enough: one
 * traveller in one city may be in two events of two topics.
 */
function namesOutweighTopics(s: Pick<PairSignals, 'conflicts' | 'bothLeads' | 'apart' | 'peopleDiffer' | 'leadPeople'>): boolean {
  return s.conflicts === 0 && !s.apart && !s.peopleDiffer && s.leadPeople >= PEOPLE_OVER_TOPICS && s.bothLeads >= PEOPLE_OVER_TOPICS;
}

/** How many people both leads name. */
function commonLeadPeople(a: ArticleFeatures, b: ArticleFeatures): number {
  let count = 0;
  for (const person of a.leadPeople) if (b.leadPeople.includes(person)) count += 1;
  return count;
}

export function combineSignals(s: PairSignals): number {
  if (evidence(s) < evidenceNeeded(s) && (!s.sameLanguage || s.conflicts > 0)) return -1;
  if (!s.sameLanguage && s.topics === 0 && !namesOutweighTopics(s)) return -1;
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
const names: Shared = { weight: 0, distinct: 0, notPlaces: 0, inLead: 0, inBothLeads: 0 };
const numbers: Shared = { weight: 0, distinct: 0, notPlaces: 0, inLead: 0, inBothLeads: 0 };

export function pairScore(a: ArticleFeatures, b: ArticleFeatures, floor = -1): number {
  const sameLanguage = a.language === b.language;
  const conflict = conflicts(a, b);
  const differs = conflict & ~(SIDES | APART | PEOPLE);
  if (differs >= 2) return -1;
  sharedNames(a, b, names);
  const topics = topicAgreement(a, b, names);
  const gate = {
    conflicts: differs,
    placesAgree: false,
    distinctShared: 0,
    distinctNotPlaces: 0,
    leadShared: 0,
    bothLeads: 0,
    distinctNumbers: 0,
    sides: (conflict & SIDES) !== 0 && topics > 0,
    apart: (conflict & APART) !== 0,
    peopleDiffer: (conflict & PEOPLE) !== 0,
    leadPeople: 0,
  };
  let numbersMerged = false;
  if (!sameLanguage || differs > 0) {
    gate.placesAgree = placesAgree(a, b);
    gate.distinctShared = names.distinct;
    gate.distinctNotPlaces = names.notPlaces;
    gate.leadShared = differs > 0 ? names.inLead : 0;
    gate.bothLeads = names.inBothLeads;
    gate.distinctNumbers = sharedNumbers(a, b, numbers).distinct;
    numbersMerged = true;
    if (evidence(gate) < evidenceNeeded(gate)) return -1;
    if (!sameLanguage && topics === 0) {
      gate.leadPeople = commonLeadPeople(a, b);
      if (!namesOutweighTopics(gate)) return -1;
    }
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
