import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/**
 * A foreign minister named by the title the country gives the office ("Foreign Secretary", "External Affairs
 * Minister", "ministre de l'Europe et des Affaires étrangères") is a foreign minister: the trip is diplomacy.
 */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

/** Lead, three paragraphs about other things, a counterpart met, the way home: nine sentences, the minister once in the lead. */
const trip = (lead: string, met: string, rest: string[]): string => [lead, rest[0], met, rest[1], rest[2]].join('\n\n');

describe('classifyTopics: a foreign minister under the title of the office', () => {
  it.each([
    [
      'en',
      'Tom Hale in Lagos',
      trip(
        'British Foreign Secretary Tom Hale began a two-day trip to Lagos on Thursday.',
        'In the afternoon he spent two hours with his Nigerian counterpart. They also discussed English-language schools.',
        [
          'He was met at the airport by a deputy minister. Rights groups asked him to raise press freedom.',
          'British investment in Nigeria has doubled in five years. An electric-bike factory is due to open in March.',
          'Hale flies back to London on Saturday after a stop in Accra.',
        ],
      ),
    ],
    [
      'en',
      'Priya Rao in Canberra',
      trip(
        "India's External Affairs Minister Priya Rao began a two-day trip to Canberra on Thursday.",
        'In the afternoon she spent two hours with her Australian counterpart. They also discussed student visas.',
        [
          'She was met at the airport by a deputy minister. Rights groups asked her to raise press freedom.',
          'Indian investment in Australia has doubled in five years. A solar-panel factory is due to open in March.',
          'Rao flies back to Delhi on Saturday after a stop in Wellington.',
        ],
      ),
    ],
    [
      'fr',
      'Jeanne Roux à Hanoï',
      trip(
        "La ministre de l'Europe et des Affaires étrangères, Jeanne Roux, a entamé jeudi un déplacement de deux jours à Hanoï.",
        "Dans l'après-midi, elle s'est entretenue pendant deux heures avec son homologue vietnamien. Ils ont aussi parlé de l'enseignement du français.",
        [
          "Elle a été accueillie à l'aéroport par un vice-ministre. Des ONG lui ont demandé d'évoquer la liberté de la presse.",
          'Les investissements français ont doublé en cinq ans. Une usine de vélos électriques doit ouvrir en mars.',
          'La ministre rentrera samedi à Paris, après une étape à Vientiane.',
        ],
      ),
    ],
  ])('is diplomacy (%s: "%s")', (language, title, body) => {
    expect(topicsOf(title, body, language)).toContain('diplomacy');
  });
});

describe('classifyTopics: a politician’s field in a German compound is no foreign policy', () => {
  const body = (who: string): string =>
    [
      `Die ${who} Jana Roth warnt vor neuen Mittelstreckenraketen in Europa. Ohne Rüstungskontrolle drohe ein Wettrüsten, sagte sie.`,
      'Frage: Was soll die Bundesregierung tun? Roth: Sie sollte in der Nato ein Moratorium vorschlagen. Das geht nur mit Stärke und Diplomatie zugleich.',
    ].join('\n\n');

  it('"Außenpolitikerin" names her field, not foreign relations', () => {
    const topics = topicsOf('Interview mit der Außenpolitikerin Jana Roth', body('Grünen-Außenpolitikerin'), 'de');
    expect(topics).toContain('arms-control');
    expect(topics).not.toContain('diplomacy');
  });

  it('"Außenpolitik" itself still is diplomacy', () => {
    const text =
      'Die Außenpolitik der neuen Regierung setzt auf Ausgleich mit den Nachbarn. Der Außenminister reist kommende Woche nach Warschau.\n\nDort will er über die bilateralen Beziehungen sprechen.';
    expect(topicsOf('Neue Töne in der Außenpolitik', text, 'de')).toContain('diplomacy');
  });
});
