import { analyzeArticle, defaultTaxonomy, type ClusterCandidate, type Quote } from '../../../src/core/index.js';

/** A cluster candidate with defaults, so each test states only what matters to it. */
export function candidate(overrides: Partial<ClusterCandidate> & Pick<ClusterCandidate, 'id'>): ClusterCandidate {
  return {
    title: '',
    summary: '',
    body: '',
    language: 'en',
    entities: [],
    topics: [{ id: 'summits', score: 0.8, evidence: ['summit'] }],
    publishedAt: new Date('2018-03-20T12:00:00Z'),
    source: 'The Meridian',
    quotes: [],
    ...overrides,
  };
}

export function quote(text: string, speaker: string | null, score: number): Quote {
  return { text, speaker, kind: 'direct', score };
}

/** A cluster candidate from the real core analysis of an article; `topic`, when given, stands for the topics the analysis found. */
export function analysedCandidate(id: number, title: string, body: string, publishedAt: string, topic?: string): ClusterCandidate {
  const analysis = analyzeArticle({ title, body }, defaultTaxonomy());
  return {
    id,
    title,
    body,
    summary: analysis.summary,
    language: analysis.language,
    entities: analysis.entities,
    topics: topic === undefined ? analysis.topics : [{ id: topic, score: 0.9, evidence: [] }],
    publishedAt: new Date(publishedAt),
    source: `s${id}`,
    quotes: analysis.quotes,
  };
}
