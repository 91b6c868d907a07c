import { describe, expect, it } from 'vitest';
import { clusterArticles } from '../../../src/core/index.js';
import { analysedCandidate } from './candidates.js';

/**
 * The topic finder reads each language apart and may file one event under two topics of different beats (an
 * energy deal as trade in one language, as armed conflict in another). Two languages' reports whose leads differ
 * in nothing and both name the same two people are one event all the same; one person and a place are not enough.
 */
describe('one event filed under two topics in two languages', () => {
  const report = (id: number, title: string, body: string, topic: string) => analysedCandidate(id, title, body, '2026-07-08T12:00:00Z', topic);

  it('joins them when both leads name the same two people, not on one person and a place', () => {
    const en = report(
      1,
      'Moldova and Romania link their power grids',
      'CHISINAU (Reuters) - Moldovan Energy Minister Dorin Ciobanu and Romanian Energy Minister Ilinca Vasilescu opened a new power line on Wednesday.\n\n"We are no longer an energy island," Ciobanu said.',
      'trade',
    );
    const fr = report(
      2,
      'La Moldavie raccordée au réseau roumain',
      'CHISINAU (AFP) - Le ministre moldave de l’Énergie Dorin Ciobanu et son homologue roumaine Ilinca Vasilescu ont inauguré mercredi une nouvelle ligne électrique.\n\n« Nous ne sommes plus une île énergétique », a déclaré M. Ciobanu.',
      'armed-conflict',
    );
    const [a, b] = clusterArticles([en, fr]).map((assignment) => assignment.key);
    expect(a).toBe(b);

    const alone = report(
      3,
      'Moldova opens a power line',
      'CHISINAU (Reuters) - Moldovan Energy Minister Dorin Ciobanu opened a new power line on Wednesday.\n\n"We are no longer an energy island," Ciobanu said.',
      'trade',
    );
    const drone = report(
      4,
      'Drone abattu près de la frontière moldave',
      'CHISINAU (AFP) - Un drone s’est écrasé mercredi près de la frontière, a annoncé le ministre moldave Dorin Ciobanu.\n\n« Aucune victime n’est à déplorer », a-t-il déclaré.',
      'armed-conflict',
    );
    const [c, d] = clusterArticles([alone, drone]).map((assignment) => assignment.key);
    expect(c).not.toBe(d);
  });
});
