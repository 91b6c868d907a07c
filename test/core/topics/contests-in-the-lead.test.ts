import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/** A contest in the title or lead (a song contest, a casting show, a championship): its fight for a ticket is no war. */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: the fight for a contest ticket', () => {
  it.each([
    [
      'de',
      'Zehn Bands kämpfen um den Platz beim ESC',
      'Der Kampf um das Ticket für den Eurovision Song Contest beginnt: Zehn Bands treten im März im Vorentscheid an. Eine Jury hat sie aus 2.000 Bewerbungen ausgewählt.',
    ],
    [
      'en',
      'Ten bands in the fighting for the Eurovision ticket',
      "Ten bands will be fighting for the Eurovision ticket in March's national final, the broadcaster said. A jury picked them from 2,000 entries.",
    ],
    [
      'fr',
      "Dix groupes au combat pour l'Eurovision",
      "Dix groupes vont livrer combat pour le billet de l'Eurovision lors de la finale nationale en mars, a annoncé la chaîne. Le jury les a choisis parmi 2 000 candidatures. Les combats seront rudes.",
    ],
    [
      'es',
      'Diez grupos, en combate por Eurovisión',
      'Diez grupos librarán combates por el billete de Eurovisión en la final nacional de marzo, anunció la cadena. Un jurado los eligió entre 2.000 candidaturas.',
    ],
  ])('is no armed conflict (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain('armed-conflict');
  });
});
