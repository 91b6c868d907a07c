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

export function combineSignals(s: PairSignals): number {
  // Disjoint topics mean different beats (a summit vs. a football match) even when names overlap.
  const topicFactor = s.topics === 0 ? 0.6 : 1;
  const score = s.sameLanguage
    ? 0.4 * s.entities + 0.1 * s.numbers + 0.5 * s.text
    : 0.8 * s.entities + 0.2 * s.numbers;
  return score * topicFactor;
}

export function pairScore(a: ArticleFeatures, b: ArticleFeatures): number {
  return combineSignals(pairSignals(a, b));
}
