import { describe, expect, it } from 'vitest';
import { evaluateAnalysis, loadLabelled, sameQuote, type LabelledArticle } from '../../bench/eval-analysis.js';
import { loadLabelledGroups, parseLabelledText } from '../../bench/eval-labelled.js';

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

  /** Floors on topic micro-F1 and speaker accuracy; every part keeps quotes ≥ 97% precise (unless told less), ≥ 95% found, and every language right. */
  function expectAtLeast(articles: LabelledArticle[], microF1: number, speakerAccuracy: number, quotePrecision = 0.97, quoteRecall = 0.95): void {
    const report = evaluateAnalysis(articles);
    expect(report.microF1).toBeGreaterThanOrEqual(microF1);
    expect(report.quotePrecision).toBeGreaterThanOrEqual(quotePrecision);
    expect(report.quoteRecall).toBeGreaterThanOrEqual(quoteRecall);
    expect(report.speakerAccuracy).toBeGreaterThanOrEqual(speakerAccuracy);
    expect(report.languageAccuracy).toBe(1);
  }

  it('stays at or above the figures reported for this branch on the tuning part (its first files)', () => {
    expectAtLeast(loadLabelledGroups('tuning').get('main') ?? [], 0.97, 0.98);
  });

  it('stays at or above the figures reported for this branch on the measure-only part (its first files)', () => {
    expectAtLeast(loadLabelledGroups('measure').get('main') ?? [], 0.96, 0.94);
  });

  it('stays at or above the figures measured on the fresh set (fresh-*.txt, written apart, now tuned on)', () => {
    const fresh = loadLabelledGroups('tuning').get('fresh') ?? [];
    expect(fresh.length).toBe(48);
    expectAtLeast(fresh, 0.96, 0.94);
  });

  // Sets written apart (`<group>-<language>.txt`): floors just below what each measures now (fresh3 and
  // fresh5, fresh7, fresh10, fresh12, fresh14 and fresh16 too; fresh2, fresh4, fresh6, fresh8, fresh11, fresh13 and fresh15 are never tuned on). fresh4 measured quote precision 96.99% when it was added;
  // fresh5 labels two- and three-word fragments quoted inside indirect speech (quote recall 90.9% when it was added).
  for (const [part, group, microF1, speakerAccuracy, quotePrecision, quoteRecall] of [
    ['tuning', 'fresh3', 0.93, 0.91, 0.97, 0.95],
    ['tuning', 'fresh5', 0.91, 0.93, 0.97, 0.9],
    ['tuning', 'fresh7', 0.93, 0.86, 0.97, 0.99],
    ['tuning', 'fresh10', 0.95, 0.85, 0.98, 0.99],
    ['tuning', 'fresh12', 0.94, 0.86, 0.99, 0.99],
    ['tuning', 'fresh14', 0.91, 0.88, 0.99, 0.99],
    ['tuning', 'fresh16', 0.9, 0.87, 0.99, 0.99],
    ['measure', 'fresh2', 0.86, 0.77, 0.97, 0.95],
    ['measure', 'fresh4', 0.84, 0.8, 0.96, 0.95],
    ['measure', 'fresh6', 0.83, 0.86, 0.97, 0.95],
    ['measure', 'fresh8', 0.84, 0.79, 0.97, 0.94],
    ['measure', 'fresh11', 0.91, 0.86, 0.98, 0.99],
    ['measure', 'fresh13', 0.85, 0.8, 0.99, 0.99],
    ['measure', 'fresh15', 0.92, 0.85, 0.99, 0.99],
  ] as const) {
    it(`stays at or above the figures measured on the ${group} set (${part}/${group}-*.txt, written apart)`, () => {
      const set = loadLabelledGroups(part).get(group) ?? [];
      expect(set.length).toBe(48);
      expectAtLeast(set, microF1, speakerAccuracy, quotePrecision, quoteRecall);
    });
  }

  it("takes an article's language from the two-letter part of its file name, whatever the group", () => {
    const block = '=== x-01\ntitle: T\ntopics:\n---\nBody.';
    expect(parseLabelledText(block, 'de.txt')[0]?.language).toBe('de');
    expect(parseLabelledText(block, 'fr-2.txt')[0]?.language).toBe('fr');
    expect(parseLabelledText(block, 'fresh6-es.txt')[0]?.language).toBe('es');
    expect(parseLabelledText(`${block.replace('topics:', 'language: en\ntopics:')}`, 'mixed-3.txt')[0]?.language).toBe('en');
  });

  it('matches quotes by text regardless of punctuation and accents, but not different quotes', () => {
    expect(sameQuote('Wir sind bereit.', 'wir sind bereit')).toBe(true);
    expect(sameQuote('We are ready for talks at any time', 'We are ready')).toBe(false);
    // A label may cut a long quotation to six words or more, on word boundaries.
    expect(sameQuote('We are ready for talks at any time, but not under threats from anyone.', 'We are ready for talks at')).toBe(true);
    expect(sameQuote('We are ready for talks at any time, but not under threats from anyone.', 'We are ready for talks')).toBe(false);
    expect(sameQuote('Sie sagen, wir seien bereit für Gespräche zu jeder Zeit', 'ie sagen, wir seien bereit für Gespräche')).toBe(false);
  });
});
