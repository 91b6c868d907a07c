import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/** Two heads of government holding talks, or one travelling for talks with the other, is a summit without the word. */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: talks between two leaders', () => {
  it.each([
    [
      'en',
      'Oslo and Canberra deepen ties',
      'The Norwegian prime minister and the Australian prime minister held talks in Oslo on Monday and agreed to share satellite data.',
    ],
    ['en', 'Santiago looks east', 'Chile’s president will travel to Seoul next month for talks with the South Korean president, her office said.'],
    [
      'de',
      'Oslo und Canberra rücken zusammen',
      'Der norwegische Premierminister und der australische Premierminister haben am Montag in Oslo Gespräche geführt und den Austausch von Satellitendaten vereinbart.',
    ],
    [
      'fr',
      'Santiago regarde vers l’est',
      'La présidente chilienne se rendra le mois prochain à Séoul pour s’entretenir avec le président sud-coréen, a annoncé son cabinet.',
    ],
    [
      'fr',
      'Oslo et Canberra resserrent leurs liens',
      'Le Premier ministre norvégien et le Premier ministre australien ont eu lundi des entretiens à Oslo et sont convenus de partager des données satellitaires.',
    ],
    [
      'es',
      'Oslo y Canberra estrechan lazos',
      'El primer ministro noruego y el primer ministro australiano mantuvieron el lunes conversaciones en Oslo y acordaron compartir datos de satélites.',
    ],
  ])('is a summit (%s: "%s")', (language, title, body) => {
    expect(topicsOf(title, body, language)).toContain('summits');
  });
});
