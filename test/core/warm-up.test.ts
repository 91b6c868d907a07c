import { describe, expect, it } from 'vitest';
import { LANGUAGES, WARM_UP_ARTICLES, analyzeArticle, defaultTaxonomy } from '../../src/core/index.js';

describe('the reports a poller analyses at start (WARM_UP_ARTICLES)', () => {
  const taxonomy = defaultTaxonomy();

  it('warm every language’s tables: one report per language, read as that language, through the quote rules too', () => {
    expect(Object.keys(WARM_UP_ARTICLES).sort()).toEqual([...LANGUAGES].sort());
    for (const language of LANGUAGES) {
      const analysis = analyzeArticle(WARM_UP_ARTICLES[language], taxonomy);
      expect(analysis.language).toBe(language);
      expect(analysis.quotes).toHaveLength(1);
    }
  });
});
