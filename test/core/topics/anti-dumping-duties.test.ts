import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/** Anti-dumping and countervailing duties on a country's goods are trade, in every language. */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: anti-dumping duties', () => {
  it.each([
    [
      'de',
      'Peking verlängert Abgaben auf Weinbrand',
      'China verlängert die Antidumpingzölle auf Weinbrand aus der EU um fünf Jahre. Die Hersteller sprechen von Dumping-Vorwürfen ohne Grundlage.',
    ],
    ['en', 'Ottawa extends steel levies', 'Canada extended its anti-dumping duties on Chinese steel wire by five years, citing dumping that hurt local mills.'],
    [
      'fr',
      'Pékin prolonge ses taxes sur le brandy',
      'La Chine prolonge de cinq ans les droits antidumping sur le brandy européen. Les producteurs contestent toute pratique de dumping.',
    ],
    [
      'es',
      'Pekín prorroga sus tasas al brandy',
      'China prorroga cinco años los derechos antidumping sobre el brandy europeo. Los productores niegan cualquier práctica de dumping.',
    ],
  ])('are trade (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).toContain('trade');
  });
});
