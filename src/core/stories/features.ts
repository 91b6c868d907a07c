import type { ClusterCandidate } from './types.js';
import { contentTerms, numberAndDateKeys } from './text-features.js';

/** An article reduced to the weighted sets the pair score compares. */
export interface ArticleFeatures {
  index: number;
  language: string;
  time: number;
  entities: Map<string, number>;
  /** Sum of entity weights, cached for Dice. */
  entityMass: number;
  numbers: Map<string, number>;
  numberMass: number;
  topics: Set<string>;
  /** L2-normalised TF-IDF vector over stemmed words. */
  terms: Map<string, number>;
  /** Keys for blocking: entities and title words. */
  blockingKeys: string[];
}

interface RawFeatures {
  entities: string[];
  numbers: string[];
  termCounts: Map<string, number>;
  titleTerms: string[];
}

/** A topic counts when it was actually detected, not merely scored near zero. */
const TOPIC_MIN_SCORE = 0.15;

function rawFeatures(candidate: ClusterCandidate): RawFeatures {
  const text = [candidate.title, candidate.summary, candidate.body ?? ''].join('\n');
  const termCounts = new Map<string, number>();
  for (const term of contentTerms(text, candidate.language)) termCounts.set(term, (termCounts.get(term) ?? 0) + 1);
  return {
    entities: [...new Set(candidate.entities.map((e) => e.toLowerCase()))],
    numbers: numberAndDateKeys(`${candidate.title}\n${candidate.summary}\n${(candidate.body ?? '').slice(0, 2500)}`),
    termCounts,
    titleTerms: [...new Set(contentTerms(candidate.title, candidate.language))],
  };
}

/** Inverse document frequency over the batch, smoothed so tiny batches still weigh keys alike. */
function idfTable(documents: Iterable<string>[], size: number): Map<string, number> {
  const df = new Map<string, number>();
  for (const keys of documents) for (const key of keys) df.set(key, (df.get(key) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [key, count] of df) idf.set(key, Math.log(1 + size / count));
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

export interface FeatureSet {
  features: ArticleFeatures[];
  /** Weight of each blocking key, so rare shared keys rank candidates first. */
  blockingWeight: Map<string, number>;
}

export function buildFeatures(candidates: ClusterCandidate[]): FeatureSet {
  const raw = candidates.map(rawFeatures);
  const size = candidates.length;
  const entityIdf = idfTable(raw.map((r) => r.entities), size);
  const numberIdf = idfTable(raw.map((r) => r.numbers), size);
  const termIdf = idfTable(raw.map((r) => r.termCounts.keys()), size);
  const titleIdf = idfTable(raw.map((r) => r.titleTerms), size);
  const blockingWeight = new Map<string, number>();
  for (const [key, weight] of entityIdf) blockingWeight.set(`e:${key}`, weight);
  for (const [key, weight] of titleIdf) blockingWeight.set(`t:${key}`, weight * 0.5);

  const features = raw.map((r, index): ArticleFeatures => {
    const candidate = candidates[index]!;
    const [entities, entityMass] = weighted(r.entities, entityIdf);
    const [numbers, numberMass] = weighted(r.numbers, numberIdf);
    const terms = new Map<string, number>();
    let norm = 0;
    for (const [term, count] of r.termCounts) {
      const weight = (1 + Math.log(count)) * (termIdf.get(term) ?? 0);
      terms.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, weight] of terms) terms.set(term, weight / norm);
    return {
      index,
      language: candidate.language,
      time: candidate.publishedAt.getTime(),
      entities,
      entityMass,
      numbers,
      numberMass,
      topics: new Set(candidate.topics.filter((t) => t.score >= TOPIC_MIN_SCORE).map((t) => t.id)),
      terms,
      blockingKeys: [...r.entities.map((e) => `e:${e}`), ...r.titleTerms.map((t) => `t:${t}`)],
    };
  });
  return { features, blockingWeight };
}
