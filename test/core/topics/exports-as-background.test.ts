import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/** Exports and imports are the setting of many stories; in a story another topic leads, and in its sentences, they are its background. */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] =>
  classifyTopics({ title, body, language }, taxonomy)
    .map((topic) => topic.id)
    .sort();

describe('classifyTopics: exports named in a story about something else', () => {
  it.each([
    [
      'en',
      'U.S. sanctions tanker network moving Venezuelan oil exports',
      'The United States imposed sanctions on Tuesday on 12 shipping companies accused of moving Venezuelan oil exports to Asia in breach of U.S. restrictions.\n\n"We will keep cutting off the revenue that keeps the regime in power," a Treasury official said. Caracas called the measures economic terrorism.\n\nVenezuela\'s oil exports have fallen by a third this year, according to shipping data.',
    ],
    [
      'de',
      'USA verhängen Sanktionen gegen Tankernetz für venezolanische Ölexporte',
      'Die USA haben am Dienstag Sanktionen gegen zwölf Reedereien verhängt, die venezolanische Ölexporte unter Umgehung amerikanischer Beschränkungen nach Asien gebracht haben sollen.\n\n„Wir werden dem Regime die Einnahmen abschneiden, die es an der Macht halten“, sagte ein Vertreter des Finanzministeriums. Caracas sprach von Wirtschaftsterrorismus.\n\nDie Ölexporte Venezuelas sind in diesem Jahr um ein Drittel gesunken, wie Schiffsdaten zeigen.',
    ],
    [
      'fr',
      'Washington sanctionne un réseau de pétroliers chargé des exportations de brut vénézuélien',
      'Les États-Unis ont imposé mardi des sanctions contre douze compagnies maritimes accusées d’acheminer les exportations de pétrole vénézuélien vers l’Asie en violation des restrictions américaines.\n\n« Nous continuerons à couper les revenus qui maintiennent le régime au pouvoir », a déclaré un responsable du Trésor. Caracas a dénoncé un terrorisme économique.\n\nLes exportations de pétrole du Venezuela ont baissé d’un tiers cette année, selon des données maritimes.',
    ],
    [
      'es',
      'Estados Unidos sanciona a una red de petroleros que transporta las exportaciones de crudo venezolano',
      'Estados Unidos impuso el martes nuevas sanciones a doce navieras acusadas de transportar las exportaciones de petróleo venezolano a Asia en violación de las restricciones estadounidenses.\n\n«Seguiremos cortando los ingresos que mantienen al régimen en el poder», dijo un funcionario del Tesoro. Caracas calificó las medidas de terrorismo económico.\n\nLas exportaciones de petróleo de Venezuela han caído un tercio este año, según datos de navegación.',
    ],
  ])('sanctions on a network that carries oil exports are sanctions, not trade (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).toEqual(['sanctions']);
  });

  it('exports in a story no other topic leads still make trade', () => {
    const body =
      'Exports of wine to China rose by a fifth in the first half, and imports of Chinese steel fell, customs data showed on Monday. The country now exports more to China than to Germany.';
    expect(topicsOf('Wine exports to China rise by a fifth', body, 'en')).toEqual(['trade']);
  });
});
