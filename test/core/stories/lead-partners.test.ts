import { describe, expect, it } from 'vitest';
import { clusterArticles, extractEntities, type LanguageCode } from '../../../src/core/index.js';
import { tokenTable } from '../../../src/core/text/index.js';
import { leadOf } from '../../../src/core/stories/lead.js';
import { analysedCandidate } from './candidates.js';

/**
 * Who a visit is with: the partner a lead or the paragraph after it names right after a word of meeting ("after
 * talks with", "traf", "son homologue", "se reunió con"). Two reports whose leads share no place and that each name
 * a partner the other never names are two events, however alike their wording and numbers.
 */

function lead(title: string, body: string, language: LanguageCode) {
  const entities = new Set([...extractEntities(title, language), ...extractEntities(body, language)]);
  return leadOf(tokenTable(title), tokenTable(body), entities);
}

describe('the partners of a lead', () => {
  it('are the people named right after a word of meeting in the second paragraph, in four languages', () => {
    const cases: Array<[string, LanguageCode]> = [
      [
        'Canada will buy 40 trains, Transport Minister Paul Gauthier said on Friday.\n\nGauthier spoke after talks with Finnish Economy Minister Aino Virtanen. "This is a fair deal," spokesman Tom Reilly added.',
        'en',
      ],
      [
        'Kanada kauft 40 Züge, sagte Verkehrsminister Paul Gauthier am Freitag.\n\nZuvor traf Gauthier die finnische Wirtschaftsministerin Aino Virtanen. «Das ist ein fairer Handel», sagte Sprecher Tom Reilly.',
        'de',
      ],
      [
        'Le Canada va acheter 40 trains, a annoncé vendredi le ministre des Transports Paul Gauthier.\n\nM. Gauthier s’est exprimé après un entretien avec la ministre finlandaise Aino Virtanen. « C’est un accord équitable », a ajouté le porte-parole Tom Reilly.',
        'fr',
      ],
      [
        'Canadá comprará 40 trenes, anunció el viernes el ministro de Transportes, Paul Gauthier.\n\nGauthier se reunió con la ministra finlandesa de Economía, Aino Virtanen. "Es un acuerdo justo", añadió el portavoz Tom Reilly.',
        'es',
      ],
    ];
    for (const [body, language] of cases) {
      const found = lead('', body, language);
      expect(found.partners.has('virtanen'), body).toBe(true);
      expect(found.partners.has('gauthier'), body).toBe(true);
      expect(found.partners.has('reilly'), body).toBe(false);
    }
  });

  it('take nothing a number counts for a person ("40 Millionen Euro")', () => {
    const found = lead('', 'Berlin (dpa) – Kanada zahlt 40 Millionen Euro für Züge, sagte Verkehrsminister Paul Gauthier am Freitag.', 'de');
    expect([...found.people]).toEqual(['gauthier']);
  });
});

describe('one traveller meeting a different partner in a different city each day', () => {
  // The lead of the second stop names no city ("in the Finnish capital"); the first names no partner. Same sum, same words.
  const oslo = [
    analysedCandidate(
      1,
      'Canada to buy Norwegian trains',
      'OSLO (Reuters) - Canada will buy 40 electric trains for 900 million dollars, Transport Minister Paul Gauthier said on Monday.\n\nGauthier spoke after talks with Norwegian Transport Minister Ola Brekke.',
      '2026-02-02T12:00:00Z',
      'trade',
    ),
    analysedCandidate(
      2,
      'Le Canada achète des trains norvégiens',
      'OSLO (AFP) - Le Canada va acheter 40 trains électriques pour 900 millions de dollars, a annoncé lundi le ministre des Transports Paul Gauthier.\n\nM. Gauthier s’est exprimé après un entretien avec son homologue norvégien Ola Brekke.',
      '2026-02-02T13:00:00Z',
      'trade',
    ),
  ];
  const helsinki = [
    analysedCandidate(
      3,
      'Canada to buy Finnish trains',
      'Canada will buy 40 electric trains for 900 million dollars, Transport Minister Paul Gauthier said on Tuesday in the Finnish capital.\n\nGauthier spoke after talks with Finnish Economy Minister Aino Virtanen.',
      '2026-02-03T12:00:00Z',
      'trade',
    ),
    analysedCandidate(
      4,
      'Kanada kauft Züge in Finnland',
      'Helsinki (dpa) – Kanada kauft 40 Elektrozüge für 900 Millionen Dollar, sagte Verkehrsminister Paul Gauthier am Dienstag.\n\nZuvor traf Gauthier die finnische Wirtschaftsministerin Aino Virtanen.',
      '2026-02-03T13:00:00Z',
      'trade',
    ),
  ];

  it('keeps the two stops apart and joins each stop’s reports', () => {
    const keys = clusterArticles([...oslo, ...helsinki]).map((assignment) => assignment.key);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).toBe(keys[3]);
    expect(keys.slice(0, 2).some((key) => keys.slice(2).includes(key))).toBe(false);
  });
});
