import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/**
 * A title set decades back ("85 years since the siege") makes the story one about the past: the battles its
 * exhibition recalls, named outright further down without a year, are no war of today.
 */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: a title set in the past', () => {
  it.each([
    [
      'en',
      'Leningrad remembers 85 years since the start of the siege',
      'A new exhibition opened on Saturday in the city museum.\n\nThe curator said the shelling and the air strikes had left whole districts in ruins. Visitors stood for a long time in front of a ration card.\n\nThe exhibition runs until April.',
    ],
    [
      'de',
      'Dresden erinnert an die Zerstörung vor 80 Jahren',
      'Eine neue Ausstellung im Stadtmuseum wurde am Samstag eröffnet.\n\nDie Luftangriffe und der Beschuss hätten ganze Viertel zerstört, sagte die Kuratorin. Besucher blieben lange vor einem Lebensmittelschein stehen.\n\nDie Ausstellung ist bis April zu sehen.',
    ],
    [
      'fr',
      'Il y a 80 ans, la bataille de la poche de Lorient',
      'Une exposition a ouvert samedi au musée de la ville.\n\nLes combats et les bombardements ont rasé des quartiers entiers, a rappelé la commissaire. Les visiteurs s’attardent devant une carte de rationnement.\n\nL’exposition est visible jusqu’en avril.',
    ],
    [
      'es',
      'Teruel recuerda la batalla de hace 88 años',
      'Una exposición abrió el sábado en el museo de la ciudad.\n\nLos combates y los bombardeos arrasaron barrios enteros, recordó la comisaria. Los visitantes se detienen ante una cartilla de racionamiento.\n\nLa muestra podrá verse hasta abril.',
    ],
  ])('is no armed conflict (%s: "%s")', (language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain('armed-conflict');
  });
});
