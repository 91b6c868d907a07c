import { describe, expect, it } from 'vitest';
import { analyzeArticle, defaultTaxonomy } from '../../src/core/index.js';
import { splitSentences } from '../../src/core/text/index.js';
import { SEED_QUOTE, seedArticle } from './seed.js';

const taxonomy = defaultTaxonomy();

describe('analyzeArticle', () => {
  it('analyses the seed story: German, its four topics with evidence, the Kremlin quote, a short summary', () => {
    const analysis = analyzeArticle({ title: 'Putin und Macron wollen Gipfeltreffen', body: seedArticle() }, taxonomy);
    expect(analysis.language).toBe('de');
    const ids = analysis.topics.map((topic) => topic.id);
    expect([...ids].sort()).toEqual(['arms-control', 'diplomacy', 'elections', 'summits']);
    for (const topic of analysis.topics) expect(topic.evidence.length).toBeGreaterThan(0);
    expect(analysis.quotes).toHaveLength(1);
    expect(analysis.quotes[0]).toMatchObject({ text: SEED_QUOTE, speaker: 'Kreml' });
    expect(analysis.summary.length).toBeLessThanOrEqual(300);
    expect(splitSentences(analysis.summary).length).toBeLessThanOrEqual(2);
    expect(analysis.entities).toEqual(expect.arrayContaining(['putin', 'macron', 'kremlin', 'peskov', 'moscow']));
    expect(analysis.statements.map((statement) => statement.speaker)).toContain('Dmitri Peskow');
  });

  it('uses the language hint only when the text is too short to tell', () => {
    expect(analyzeArticle({ title: 'Kurz', body: 'Ja.', languageHint: 'de' }, taxonomy).language).toBe('de');
    expect(
      analyzeArticle({ title: 'News', body: 'The government said on Monday that the talks would continue next week in Geneva.', languageHint: 'de' }, taxonomy)
        .language,
    ).toBe('en');
  });
});

describe('analyzeArticle on hostile input', () => {
  it('returns an empty analysis for empty input', () => {
    expect(analyzeArticle({ title: '', body: '' }, taxonomy)).toEqual({ language: 'und', topics: [], quotes: [], statements: [], summary: '', entities: [] });
  });

  it('finds no quotes in 100,000 unmatched quote marks of every kind', () => {
    for (const mark of ['„', '"', '«', '»', '“', '‘']) {
      const analysis = analyzeArticle({ title: 'Marks', body: `${mark} word `.repeat(100_000) }, taxonomy);
      expect(analysis.quotes.filter((quote) => quote.text.split(' ').length > 3)).toEqual([]);
    }
  });

  it('copes with binary noise, control characters and a body of several megabytes', () => {
    const binary = Array.from({ length: 100_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join('');
    const noisy = analyzeArticle({ title: '\u0000\u0001', body: binary }, taxonomy);
    expect(noisy.language).toBe('und');
    expect(noisy.summary.length).toBeLessThanOrEqual(300);
    const huge = analyzeArticle({ title: 'Gipfeltreffen', body: `${seedArticle()}\n\n`.repeat(1_500) }, taxonomy);
    expect(huge.topics.map((topic) => topic.id)).toContain('summits');
    expect(huge.summary.length).toBeLessThanOrEqual(300);
  });

  it('accepts input that is not a string without throwing', () => {
    const broken = { title: undefined, body: null } as unknown as { title: string; body: string };
    expect(analyzeArticle(broken, taxonomy).quotes).toEqual([]);
  });
});
