import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/**
 * A title that counts decades back ("Forty years on", "Vor 40 Jahren", "Il y a 40 ans", "Hace 40 años"), with an
 * anniversary in the lead, makes the story a remembrance: the summit and the arms talks it recalls are no news of today.
 */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: a title counting the years back', () => {
  it.each([
    [
      'en',
      'Forty years on, Geneva remembers the first summit of the two leaders',
      'To mark the anniversary, a small exhibition opened on Saturday in the villa where the two leaders met and agreed that a nuclear war could never be won. The arms control talks that followed took years.',
    ],
    [
      'de',
      'Vor 40 Jahren: Genf erinnert an das Gipfeltreffen',
      'Zum Jahrestag wurde am Samstag eine kleine Ausstellung in der Villa eröffnet, in der sich die beiden Staatschefs trafen. Die Abrüstung, die folgte, dauerte Jahre.',
    ],
    [
      'fr',
      'Il y a 40 ans, le sommet de Genève',
      'Pour l’anniversaire, une petite exposition a ouvert samedi dans la villa où les deux dirigeants se sont rencontrés. Le désarmement qui a suivi a pris des années.',
    ],
    [
      'es',
      'Hace 40 años, la cumbre de Ginebra',
      'Con motivo del aniversario, una pequeña exposición abrió el sábado en la villa donde se reunieron los dos líderes. El desarme que siguió llevó años.',
    ],
  ])('is neither a summit nor arms control (%s)', (language, title, body) => {
    const topics = topicsOf(title, body, language);
    expect(topics).not.toContain('summits');
    expect(topics).not.toContain('arms-control');
  });
});
