import { describe, expect, it } from 'vitest';
import { clusterArticles } from '../../../src/core/index.js';
import { analysedCandidate } from './candidates.js';

/**
 * Two attacks of one kind in two cities on the same day: the later reports name the earlier city as background
 * ("hours after a knife attack in Graz", "wenige Stunden nach einem Angriff in Graz", "quelques heures après une
 * attaque à Graz", "horas después del ataque de Graz"). A place one lead names only as background is a place
 * apart, not agreement, in every language.
 */
const graz = [
  analysedCandidate(
    1,
    'Two wounded in knife attack at Graz station',
    'GRAZ (Reuters) - A man wounded two people with a knife at Graz main station on Tuesday before police detained him, Austrian police said.\n\n"The attacker acted alone," a police spokesman said.',
    '2026-03-10T12:00:00Z',
    'terrorism',
  ),
  analysedCandidate(
    2,
    'Messerangriff am Grazer Hauptbahnhof',
    'Graz (APA) – Ein Mann hat am Dienstag am Hauptbahnhof in Graz zwei Menschen mit einem Messer verletzt. Die Polizei nahm ihn fest.\n\n„Der Täter handelte allein“, sagte ein Polizeisprecher.',
    '2026-03-10T13:00:00Z',
    'terrorism',
  ),
];
const linz = [
  analysedCandidate(
    3,
    'Knife attack at Linz tram stop',
    'LINZ (Reuters) - A man stabbed three people at a tram stop in Linz, hours after a knife attack in Graz, police said.\n\n"There is no link to Graz so far," a police spokeswoman said.',
    '2026-03-10T17:00:00Z',
    'terrorism',
  ),
  analysedCandidate(
    4,
    'Messerangriff in Linz',
    'Linz (APA) – Ein Mann hat an einer Straßenbahnhaltestelle in Linz drei Menschen mit einem Messer verletzt, wenige Stunden nach einem Angriff in Graz.\n\n„Eine Verbindung zu Graz sehen wir bisher nicht“, sagte eine Polizeisprecherin.',
    '2026-03-10T17:30:00Z',
    'terrorism',
  ),
  analysedCandidate(
    5,
    'Attaque au couteau à Linz',
    'LINZ (AFP) - Un homme a blessé trois personnes au couteau à un arrêt de tramway de Linz, quelques heures après une attaque similaire à Graz.\n\n« Aucun lien avec Graz pour l’instant », a déclaré une porte-parole de la police.',
    '2026-03-10T18:00:00Z',
    'terrorism',
  ),
  analysedCandidate(
    6,
    'Ataque con cuchillo en Linz',
    'LINZ (EFE).- Un hombre hirió a tres personas con un cuchillo en una parada de tranvía en Linz, horas después del ataque de Graz.\n\n«No hay relación con Graz por ahora», dijo una portavoz policial.',
    '2026-03-10T19:00:00Z',
    'terrorism',
  ),
];

describe('a place one lead names only as background', () => {
  it('keeps two same-day attacks in two cities apart and joins each city’s reports', () => {
    const keys = clusterArticles([...graz, ...linz]).map((assignment) => assignment.key);
    expect(new Set(keys.slice(0, 2)).size).toBe(1);
    expect(new Set(keys.slice(2)).size).toBe(1);
    expect(keys[0]).not.toBe(keys[2]);
  });

  it('keeps each later report apart from each earlier one, pair by pair', () => {
    const joined: string[] = [];
    for (const a of graz)
      for (const b of linz) {
        const [first, second] = clusterArticles([a, b]).map((assignment) => assignment.key);
        if (first === second) joined.push(`${String(a.id)}+${String(b.id)}`);
      }
    expect(joined).toEqual([]);
  });
});
