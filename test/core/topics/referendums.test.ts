import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/** A vote on a question (Volksbefragung, votation, ballot measure, consulta popular) is an election too. */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: a vote on a question', () => {
  it.each([
    [
      'de',
      'Grazer lehnen Seilbahn in Volksbefragung ab',
      'In Graz hat sich eine Mehrheit gegen die geplante Seilbahn auf den Schloßberg ausgesprochen. 58 Prozent stimmten mit Nein.\n\nDer Bürgermeister kündigte an, das Ergebnis zu respektieren.',
    ],
    [
      'de',
      'Münchner stimmen in Bürgerentscheid für mehr Radwege',
      'Die Münchnerinnen und Münchner haben am Sonntag für den Ausbau der Radwege gestimmt. 61 Prozent sagten Ja.\n\nDie Stadt will die ersten Strecken im Frühjahr bauen.',
    ],
    [
      'fr',
      'Votation : les Genevois refusent la gratuité des transports',
      'Les Genevois ont rejeté dimanche la gratuité des transports publics par 56 % des voix.\n\nLe Conseil d’État a pris acte du résultat.',
    ],
    [
      'en',
      'Oregon says no to rent control in a plebiscite',
      'A proposal to cap rent increases across the state failed on Tuesday with 54 percent against.\n\nThe governor said she would respect the result.',
    ],
    [
      'es',
      'Los vecinos de Bogotá rechazan el metro elevado en una consulta popular',
      'El 57 % de los participantes se pronunció el domingo en contra del trazado elevado del metro.\n\nEl alcalde dijo que respetará el resultado.',
    ],
  ])('is an election (%s: "%s")', (language, title, body) => {
    expect(topicsOf(title, body, language)).toContain('elections');
  });
});
