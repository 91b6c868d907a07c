import { describe, expect, it } from 'vitest';
import { clusterArticles } from '../../../src/core/index.js';
import { analysedCandidate } from './candidates.js';

/**
 * One traveller on consecutive days in two cities, from one template: the same pledge of 25 million euros and the
 * same name in both leads, one lead with its weekday and one without, no partner in either lead, the other stop never
 * named. Leads that place their events apart need two names both give; a number the template repeats is no
 * evidence of one event.
 */
describe('a traveller’s two stops that share one name and one number', () => {
  it('stay apart, across languages and within one', () => {
    const bratislava = [
      analysedCandidate(
        1,
        'Schweden sagt Geld für Wasserstoff zu',
        'Bratislava (dpa) – Schwedens Handelsministerin Sofia Lindqvist hat am Montag in Bratislava 25 Millionen Euro für ein Wasserstoffprojekt zugesagt.\n\nDas Geld soll in eine Elektrolyseanlage fließen.',
        '2026-03-09T11:00:00Z',
        'trade',
      ),
      analysedCandidate(
        2,
        'Sweden pledges money for hydrogen',
        'BRATISLAVA (Reuters) - Swedish Trade Minister Sofia Lindqvist pledged 25 million euros for a hydrogen project in Bratislava.\n\nThe money will go to an electrolysis plant.',
        '2026-03-09T12:00:00Z',
        'trade',
      ),
    ];
    const ljubljana = [
      analysedCandidate(
        3,
        'Sweden pledges money for hydrogen',
        'LJUBLJANA (Reuters) - Swedish Trade Minister Sofia Lindqvist pledged 25 million euros for a hydrogen project in Ljubljana.\n\nThe money will go to an electrolysis plant.',
        '2026-03-10T11:00:00Z',
        'trade',
      ),
      analysedCandidate(
        4,
        'La Suède promet des fonds pour l’hydrogène',
        'LJUBLJANA (AFP) - La ministre suédoise du Commerce Sofia Lindqvist a promis 25 millions d’euros pour un projet d’hydrogène à Ljubljana.\n\nLes fonds iront à une usine d’électrolyse.',
        '2026-03-10T12:00:00Z',
        'trade',
      ),
    ];
    const keys = clusterArticles([...bratislava, ...ljubljana]).map((assignment) => assignment.key);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).toBe(keys[3]);
    expect(keys.slice(0, 2).some((key) => keys.slice(2).includes(key))).toBe(false);
  });
});
