import { describe, expect, it } from 'vitest';
import { clusterArticles, extractEntities, type LanguageCode } from '../../../src/core/index.js';
import { tokenTable } from '../../../src/core/text/index.js';
import { leadOf } from '../../../src/core/stories/lead.js';
import { analysedCandidate } from './candidates.js';

function lead(title: string, body: string, language: LanguageCode) {
  const entities = new Set([...extractEntities(title, language), ...extractEntities(body, language)]);
  return leadOf(tokenTable(title), tokenTable(body), entities);
}

/**
 * An agency desk in one country files on an event in another, and only the title names the event's city, with no
 * preposition before it ("attack on Gdansk terminal", "Gdansk: …"): the dateline is the desk, the title's city the
 * event's place.
 */
describe('a dateline desk under a title that names another country’s city', () => {
  it('places the event in the title’s city, in four languages', () => {
    const cases: Array<[string, string, LanguageCode]> = [
      [
        'Hackers claim attack on Gdansk container terminal',
        'STOCKHOLM (Reuters) - A criminal group said on Wednesday it had locked the computers of a container terminal, stopping all cranes.',
        'en',
      ],
      [
        'Gdansk: Hacker legen Containerterminal lahm',
        'WIEN (APA) - Eine kriminelle Gruppe hat am Mittwoch die Rechner eines Containerterminals verschlüsselt, alle Kräne stehen still.',
        'de',
      ],
      [
        'Gdansk : des pirates paralysent un terminal à conteneurs',
        'STOCKHOLM (AFP) - Un groupe criminel a bloqué mercredi les ordinateurs d’un terminal à conteneurs, immobilisant toutes les grues.',
        'fr',
      ],
      [
        'Unos piratas paralizan una terminal de contenedores de Gdansk',
        'ESTOCOLMO (EFE).- Un grupo criminal bloqueó este miércoles los ordenadores de una terminal de contenedores y detuvo todas las grúas.',
        'es',
      ],
    ];
    for (const [title, body, language] of cases) {
      const found = lead(title, body, language);
      expect([...found.places], language).toEqual(['gdansk']);
    }
  });

  it('keeps a dateline the opening names again, and a capital that stands for its government', () => {
    expect([...lead('Gdansk port workers strike', 'STOCKHOLM (Reuters) - Dockers met in Stockholm on Wednesday to back the strike.', 'en').places]).toContain(
      'stockholm',
    );
    expect([...lead('Moscow condemns arrest of trawler crew', 'OSLO (Reuters) - Norway detained a trawler on Wednesday.', 'en').places]).toContain('oslo');
  });
});

/**
 * A wire report full of names of its own (shipping lines, other ports, analysts), filed after a local report, shares
 * with it only the event's place and one name: the place the leads give is looked up however common it is in the
 * batch, so the two meet and join.
 */
describe('two reports that share the place of their event and one name', () => {
  it('meet and join though one of them names a dozen others', () => {
    const wire = analysedCandidate(
      1,
      'Cyberattack halts cranes at Gdansk container terminal',
      'GDANSK (Reuters) - A cyberattack stopped all cranes at the Baltic Hub container terminal in Gdansk on Wednesday, the operator said.\n\nShipping lines Maersk, Hapag-Lloyd, Evergreen and Cosco diverted vessels to Rotterdam, Hamburg, Bremerhaven, Klaipeda and Aarhus. Analysts at Drewry, Xeneta and Sea-Intelligence said delays could reach Felixstowe and Le Havre, while Kuehne+Nagel and DSV warned customers in Lodz, Poznan and Wroclaw.',
      '2026-03-11T12:00:00Z',
      'cyber',
    );
    const local = analysedCandidate(
      2,
      'Gdańsk : cyberattaque contre le terminal Baltic Hub',
      'GDANSK - Les grues du terminal à conteneurs Baltic Hub sont à l’arrêt depuis mercredi matin après une cyberattaque, a indiqué l’exploitant.\n\nDes dizaines de camions attendent aux portes du port.',
      '2026-03-11T09:00:00Z',
      'cyber',
    );
    const [a, b] = clusterArticles([wire, local]).map((assignment) => assignment.key);
    expect(a).toBe(b);
  });
});
