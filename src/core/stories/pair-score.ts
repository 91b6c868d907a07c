import type { ArticleFeatures } from './features.js';

/**
 * How likely two articles report the same event, in [0, 1].
 * Across languages only what survives translation counts (entities, numbers,
 * dates, topics); within a language the wording counts too.
 */

export interface PairSignals {
  entities: number;
  numbers: number;
  topics: number;
  text: number;
  sameLanguage: boolean;
}

function weightedDice(a: Map<string, number>, aMass: number, b: Map<string, number>, bMass: number): number {
  if (aMass === 0 || bMass === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [key, weight] of small) if (large.has(key)) shared += weight;
  return (2 * shared) / (aMass + bMass);
}

function sharedCount(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const key of small.keys()) if (large.has(key)) shared += 1;
  return shared;
}

/**
 * Across languages names are nearly all the evidence, and one shared name is
 * how unrelated stories chain together ("Trump" in two different events):
 * ask for two, or one plus a shared number or date.
 */
function enoughCrossLanguageEvidence(a: ArticleFeatures, b: ArticleFeatures): boolean {
  const names = sharedCount(a.entities, b.entities);
  return names >= 2 || (names === 1 && sharedCount(a.numbers, b.numbers) >= 1);
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

export function pairSignals(a: ArticleFeatures, b: ArticleFeatures): PairSignals {
  const sameLanguage = a.language === b.language;
  return {
    entities: weightedDice(a.entities, a.entityMass, b.entities, b.entityMass),
    numbers: weightedDice(a.numbers, a.numberMass, b.numbers, b.numberMass),
    topics: topicOverlap(a.topics, b.topics),
    text: sameLanguage ? cosine(a, b) : 0,
    sameLanguage,
  };
}

const WEIGHTS = {
  sameLanguage: { entities: 0.4, numbers: 0.1, text: 0.5 },
  crossLanguage: { entities: 0.8, numbers: 0.2, text: 0 },
};
/** Disjoint topics mean different beats (a summit vs. a football match) even when names overlap. */
const DISJOINT_TOPICS_FACTOR = 0.6;

export function combineSignals(s: PairSignals): number {
  const w = s.sameLanguage ? WEIGHTS.sameLanguage : WEIGHTS.crossLanguage;
  const score = w.entities * s.entities + w.numbers * s.numbers + w.text * s.text;
  return score * (s.topics === 0 ? DISJOINT_TOPICS_FACTOR : 1);
}

/**
 * The pair score, or -1 as soon as it provably cannot exceed `floor`
 * (each signal is at most 1): most candidates are settled by their names alone.
 */
export function pairScore(a: ArticleFeatures, b: ArticleFeatures, floor = -1): number {
  const sameLanguage = a.language === b.language;
  if (!sameLanguage && !enoughCrossLanguageEvidence(a, b)) return -1;
  const w = sameLanguage ? WEIGHTS.sameLanguage : WEIGHTS.crossLanguage;
  const topics = topicOverlap(a.topics, b.topics);
  const factor = topics === 0 ? DISJOINT_TOPICS_FACTOR : 1;
  const entities = weightedDice(a.entities, a.entityMass, b.entities, b.entityMass);
  if ((w.entities * entities + w.numbers + w.text) * factor <= floor) return -1;
  const text = sameLanguage ? cosine(a, b) : 0;
  if ((w.entities * entities + w.numbers + w.text * text) * factor <= floor) return -1;
  const numbers = weightedDice(a.numbers, a.numberMass, b.numbers, b.numberMass);
  return (w.entities * entities + w.numbers * numbers + w.text * text) * factor;
}
