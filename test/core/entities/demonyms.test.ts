import { describe, expect, it } from 'vitest';
import { DEMONYMS, gazetteerEntry } from '../../../src/core/entities/index.js';
import { countryOfWord } from '../../../src/core/quotes/roles.js';
import { capitalOfAdjective, countryOfAdjective } from '../../../src/core/stories/capital-words.js';

/** One table of nationality words, read by the speaker rules (ISO codes) and the story leads (gazetteer keys). */
describe('the demonym table', () => {
  it('files every word under one country only, and every country (a region may be unknown) under a gazetteer place', () => {
    const owner = new Map<string, string>();
    for (const { code, country, words } of DEMONYMS) {
      if (code !== null) expect(gazetteerEntry(country)?.kind, country).toBe('place');
      for (const word of words) {
        expect(owner.get(word) ?? country, word).toBe(country);
        owner.set(word, country);
      }
    }
  });

  it('gives each country its adjective in four languages, German with its endings', () => {
    const latvia = DEMONYMS.find((d) => d.country === 'latvia')!;
    expect(latvia.code).toBe('lv');
    for (const word of ['latvian', 'lettisch', 'lettische', 'lettischen', 'lettischer', 'lettisches', 'lettischem', 'letton', 'lettone', 'letón', 'letona'])
      expect(latvia.words, word).toContain(word);
  });

  it('is what the speaker rules and the story leads read', () => {
    expect(countryOfWord('ukrainischen')).toBe('ua');
    expect(countryOfWord('estadounidense')).toBe('us');
    expect(countryOfAdjective('ukrainischen')).toBe('ukraine');
    expect(capitalOfAdjective('ucraniana')).toBe('kyiv');
  });
});
