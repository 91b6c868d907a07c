import { describe, expect, it } from 'vitest';
import { evaluateAnalysis, loadLabelled, sameQuote } from '../../bench/eval-analysis.js';
import { loadLabelledGroups } from '../../bench/eval-labelled.js';

describe('labelled evaluation sets', () => {
  const tuning = loadLabelled('tuning');
  const measure = loadLabelled('measure');

  it('has at least 150 articles in two parts, every language and topic, and the traps in both', () => {
    expect(tuning.length + measure.length).toBeGreaterThanOrEqual(150);
    for (const part of [tuning, measure]) {
      for (const language of ['de', 'en', 'fr', 'es']) expect(part.filter((article) => article.language === language).length).toBeGreaterThanOrEqual(10);
      const topics = new Set(part.flatMap((article) => article.topics));
      expect([...topics].sort()).toEqual(['armed-conflict', 'arms-control', 'cyber', 'diplomacy', 'elections', 'sanctions', 'summits', 'terrorism', 'trade']);
      expect(part.filter((article) => article.topics.length === 0).length).toBeGreaterThanOrEqual(10);
      expect(part.filter((article) => article.quotes.length >= 2).length).toBeGreaterThanOrEqual(30);
    }
  });

  it('stays at or above the figures reported for this branch on the tuning part', () => {
    const report = evaluateAnalysis(tuning);
    expect(report.microF1).toBeGreaterThanOrEqual(0.95);
    expect(report.quotePrecision).toBeGreaterThanOrEqual(0.97);
    expect(report.quoteRecall).toBeGreaterThanOrEqual(0.95);
    expect(report.speakerAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(report.languageAccuracy).toBe(1);
  });

  it('stays at or above the figures reported for this branch on the measure-only part (its first files)', () => {
    const report = evaluateAnalysis(loadLabelledGroups('measure').get('main') ?? []);
    expect(report.microF1).toBeGreaterThanOrEqual(0.96);
    expect(report.quotePrecision).toBeGreaterThanOrEqual(0.97);
    expect(report.quoteRecall).toBeGreaterThanOrEqual(0.95);
    expect(report.speakerAccuracy).toBeGreaterThanOrEqual(0.93);
    expect(report.languageAccuracy).toBe(1);
  });

  it('stays at or above the figures first measured on the fresh measure set (fresh-*.txt, written apart)', () => {
    const fresh = loadLabelledGroups('measure').get('fresh') ?? [];
    expect(fresh.length).toBe(48);
    const report = evaluateAnalysis(fresh);
    expect(report.microF1).toBeGreaterThanOrEqual(0.8);
    expect(report.quotePrecision).toBeGreaterThanOrEqual(0.97);
    expect(report.quoteRecall).toBeGreaterThanOrEqual(0.95);
    expect(report.speakerAccuracy).toBeGreaterThanOrEqual(0.67);
    expect(report.languageAccuracy).toBe(1);
  });

  it('matches quotes by text regardless of punctuation and accents, but not different quotes', () => {
    expect(sameQuote('Wir sind bereit.', 'wir sind bereit')).toBe(true);
    expect(sameQuote('We are ready for talks at any time', 'We are ready')).toBe(false);
  });
});
