import { describe, expect, it } from 'vitest';
import { evaluateAnalysis, loadLabelled, sameQuote } from '../../bench/eval-analysis.js';

describe('labelled evaluation set', () => {
  const articles = loadLabelled();

  it('has at least 60 articles: 20 German, 20 English, 10 French, 10 Spanish, with every topic and traps', () => {
    const count = (language: string): number => articles.filter((article) => article.language === language).length;
    expect(articles.length).toBeGreaterThanOrEqual(60);
    expect(count('de')).toBeGreaterThanOrEqual(20);
    expect(count('en')).toBeGreaterThanOrEqual(20);
    expect(count('fr')).toBeGreaterThanOrEqual(10);
    expect(count('es')).toBeGreaterThanOrEqual(10);
    const topics = new Set(articles.flatMap((article) => article.topics));
    expect([...topics].sort()).toEqual(['armed-conflict', 'arms-control', 'cyber', 'diplomacy', 'elections', 'sanctions', 'summits', 'terrorism', 'trade']);
    expect(articles.filter((article) => article.topics.length === 0).length).toBeGreaterThanOrEqual(10);
    expect(articles.filter((article) => article.topics.length >= 2).length).toBeGreaterThanOrEqual(8);
  });

  it('meets the accuracy targets', () => {
    const report = evaluateAnalysis(articles);
    expect(report.microF1).toBeGreaterThanOrEqual(0.9);
    expect(report.quotePrecision).toBeGreaterThanOrEqual(0.95);
    expect(report.quoteRecall).toBeGreaterThanOrEqual(0.9);
    expect(report.speakerAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(report.languageAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('matches quotes by text regardless of punctuation and accents, but not different quotes', () => {
    expect(sameQuote('Wir sind bereit.', 'wir sind bereit')).toBe(true);
    expect(sameQuote('We are ready for talks at any time', 'We are ready')).toBe(false);
  });
});
