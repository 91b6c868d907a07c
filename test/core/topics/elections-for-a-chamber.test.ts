import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/** A race for a seat in a chamber named after it (the Senate) is an election; its members voting on a bill are not. */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: the Senate in an election story', () => {
  it.each([
    [
      'en',
      'Republican wins Ohio Senate race',
      'The Republican candidate won the Senate seat in Ohio on Tuesday, two days after the polls closed in a special election. Turnout was 48 percent, and the Democrat conceded on Thursday.',
    ],
    [
      'de',
      'Republikaner gewinnt Senatswahl in Ohio',
      'Der republikanische Kandidat hat am Dienstag den Senatssitz in Ohio gewonnen, zwei Tage nach Schließung der Wahllokale bei einer Nachwahl. Die Wahlbeteiligung lag bei 48 Prozent.',
    ],
    [
      'fr',
      'Un républicain remporte l’élection sénatoriale de l’Ohio',
      'Le candidat républicain a remporté mardi le siège de sénateur de l’Ohio, deux jours après la fermeture des bureaux de vote lors d’une élection partielle. Le taux de participation a atteint 48 %.',
    ],
    [
      'es',
      'Un republicano gana el escaño del Senado por Ohio',
      'El candidato republicano ganó el martes el escaño del Senado por Ohio, dos días después del cierre de los colegios electorales en una elección especial. La participación fue del 48 %.',
    ],
  ])('a Senate seat won at the polls is an election (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).toContain('elections');
  });

  it('senators voting on a bill are no election', () => {
    expect(
      topicsOf('Senate passes budget bill', 'Senators voted 52 to 48 to pass the budget bill on Tuesday, and the vote now goes to the House.', 'en'),
    ).not.toContain('elections');
  });
});
