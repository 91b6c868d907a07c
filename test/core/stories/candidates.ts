import type { ClusterCandidate, Quote } from '../../../src/core/index.js';

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
