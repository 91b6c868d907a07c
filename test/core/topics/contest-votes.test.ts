import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/** The public's vote for a song contest's entry or a TV show's winner, with its candidates, is no election. */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: a contest’s public vote', () => {
  it.each([
    [
      'en',
      'Viewers to pick the Eurovision entry',
      'The broadcaster named ten acts on Monday who will compete to represent the country at Eurovision, with the winner picked by a public vote.\n\nOne candidate, a folk duo from the north, said they had dreamt of it for years. The candidates perform live in February.',
    ],
    [
      'de',
      'Zuschauer wählen den Kandidaten für den Song Contest',
      'Der Sender hat am Montag zehn Acts vorgestellt, die beim Eurovision Song Contest antreten wollen; die Entscheidung fällt per Publikumsabstimmung.\n\nEine Kandidatin, eine Sängerin aus Kiel, sprach von einem Traum. Die Kandidaten treten im Februar live auf.',
    ],
    [
      'fr',
      'Le public choisira le candidat pour l’Eurovision',
      'La chaîne a présenté lundi dix artistes qui veulent représenter le pays à l’Eurovision ; le choix se fera par le vote du public.\n\nUn candidat, un duo folk du Nord, parle d’un rêve. Les candidats chanteront en direct en février.',
    ],
    [
      'es',
      'El público elegirá al candidato para Eurovisión',
      'La cadena presentó el lunes a diez artistas que quieren representar al país en Eurovisión; la elección se hará por votación del público.\n\nUn candidato, un dúo folk del norte, habló de un sueño. Los candidatos actuarán en directo en febrero.',
    ],
  ])('is no election (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain('elections');
  });
});
