import type { ArticleAnalysis } from '../../src/core/index.js';
import type { NewArticle, NewStory } from '../../src/store/index.js';

/** A stored article with a quote, a statement and a topic, unique by `key`. */
export function articleFixture(key: string, firstSeenAt: Date, speaker = 'Dmitri Peskow', overrides: Partial<NewArticle> = {}): NewArticle {
  const analysis: ArticleAnalysis = {
    language: 'de',
    topics: [{ id: 'summits', score: 3, evidence: ['Gipfeltreffen'] }],
    quotes: [{ text: `Zitat ${key} zum Gipfeltreffen`, speaker, kind: 'direct', score: 1 }],
    statements: [],
    summary: `Zusammenfassung ${key}.`,
    entities: ['putin'],
  };
  return {
    feedId: null,
    guid: `guid-${key}`,
    url: `https://news.example/${key}`,
    canonicalUrl: `https://news.example/${key}`,
    title: `Artikel ${key} Suchwort${key}`,
    body: `Text ${key} über das Gipfeltreffen.`,
    source: 'Tagesblick',
    publishedAt: firstSeenAt,
    firstSeenAt,
    contentHash: `hash-${key}`,
    analysis,
    ...overrides,
  };
}

export function storyFixture(representativeArticleId: number, at: Date, title = 'Story'): NewStory {
  return {
    representativeArticleId,
    title,
    url: null,
    summary: 'Zusammenfassung.',
    topics: [{ id: 'summits', score: 3, evidence: [] }],
    quotes: [],
    sources: ['Tagesblick'],
    languages: ['de'],
    articleIds: [representativeArticleId],
    firstSeenAt: at,
    updatedAt: at,
  };
}
