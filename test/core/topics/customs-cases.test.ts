import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/**
 * A smuggling case (raids, arrests) names customs officers ("der Zoll"), exports and export controls as its setting: no
 * trade story. German "Zoll" alone is the customs service as often as a tariff; "Zölle" (tariffs) still name trade outright.
 */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: a customs case is no trade story', () => {
  it.each([
    [
      'de',
      'Zoll stoppt Schmuggelring für Maschinenteile',
      'Der Zoll hat einen Schmugglerring ausgehoben, der Maschinenteile an den Exportkontrollen vorbei ins Ausland gebracht haben soll. Bei Durchsuchungen in drei Städten wurden fünf Verdächtige festgenommen.\n\nDie Exporte liefen über eine Spedition in Hamburg, sagte eine Sprecherin des Zolls. Die Ermittlungen dauern an.',
    ],
    [
      'en',
      'Five arrested over machine parts smuggling ring',
      'Customs investigators have broken up a smuggling ring that moved machine parts past export controls, officials said on Tuesday. Five suspects were arrested in raids in three cities.\n\nThe exports went through a freight company in Rotterdam, a spokeswoman said. The investigation continues.',
    ],
    [
      'fr',
      'Démantèlement d’un réseau de contrebande de pièces détachées',
      'Les douanes ont démantelé un réseau de contrebande qui faisait passer des pièces de machines en contournant les contrôles à l’exportation. Cinq suspects ont été interpellés lors de perquisitions dans trois villes.\n\nLes exportations transitaient par un transitaire du Havre, a précisé une porte-parole. L’enquête se poursuit.',
    ],
    [
      'es',
      'Cae una red de contrabando de piezas de maquinaria',
      'La Aduana ha desarticulado una red de contrabando que sacaba piezas de maquinaria del país eludiendo los controles a la exportación. Cinco sospechosos fueron detenidos en tres ciudades.\n\nLas exportaciones pasaban por una empresa de transporte de Valencia, indicó una portavoz. La investigación continúa.',
    ],
  ])('(%s: "%s")', (language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain('trade');
  });

  it('the customs service named alone in German is no tariff', () => {
    const body =
      'Der Zoll hat am Flughafen 40 Kilogramm Kokain gefunden. Der Zoll geht von einer Lieferung aus Südamerika aus.\n\nZwei Kuriere wurden festgenommen.';
    expect(topicsOf('Zoll findet Kokain im Koffer', body, 'de')).not.toContain('trade');
  });

  it('tariffs still are trade (de)', () => {
    const body = 'Die USA erheben ab Januar Zölle von 25 Prozent auf Stahl aus der EU. Brüssel kündigte Gegenmaßnahmen an.';
    expect(topicsOf('Washington verhängt Zölle auf Stahl', body, 'de')).toContain('trade');
  });
});
