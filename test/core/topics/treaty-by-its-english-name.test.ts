import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/** The French and Spanish press name the last U.S.-Russian arms treaty by its English name, without "traité"/"tratado". */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: New START named without the word treaty', () => {
  it.each([
    ['fr', 'Moscou gèle sa participation à New Start', 'La Russie ne transmettra plus ses données aux inspecteurs américains, a annoncé le Kremlin mardi.'],
    [
      'es',
      'Moscú congela su participación en New START',
      'Rusia dejará de transmitir sus datos a los inspectores estadounidenses, anunció el Kremlin el martes.',
    ],
  ])('is arms control (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).toContain('arms-control');
  });
});
