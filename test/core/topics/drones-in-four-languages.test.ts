import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/** Drones sent against a city count towards the war in English and German as they do in French and Spanish. */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: drones sent by troops', () => {
  it.each([
    [
      'en',
      'A long night in Zaporizhzhia',
      'Russian troops sent 80 drones against Zaporizhzhia overnight, the regional governor said. Power was cut in several districts.',
    ],
    [
      'de',
      'Eine lange Nacht in Saporischschja',
      'Russische Truppen schickten in der Nacht 80 Drohnen gegen Saporischschja, sagte der Gouverneur. In mehreren Bezirken fiel der Strom aus.',
    ],
  ])('is armed conflict (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).toContain('armed-conflict');
  });
});
