import { describe, expect, it } from 'vitest';
import { clusterArticles } from '../../../src/core/index.js';
import { analysedCandidate } from './candidates.js';

/**
 * Two reports from one city on consecutive days, each lead with its own weekday and its own people beside one host:
 * a meeting on one day, a conference with another guest the next. Sharing the city and the host does not make them
 * one event when both the day and the guests differ.
 */
describe('one city, two days, two sets of people', () => {
  it('are two events', () => {
    const monday = analysedCandidate(
      1,
      'Letonia y Moldavia firman un acuerdo sobre Transnistria',
      'RIGA, 9 mar (EFE).- El ministro letón de Exteriores, Kārlis Ozols, y su homólogo moldavo, Mihai Popescu, firmaron este lunes en Riga una declaración sobre Transnistria.\n\nAmbos pidieron la retirada de las tropas rusas.',
      '2026-03-09T15:00:00Z',
      'diplomacy',
    );
    const tuesday = analysedCandidate(
      2,
      'Riga accueille une conférence sur la Transnistrie',
      'RIGA (AFP) - Le ministre letton des Affaires étrangères Kārlis Ozols a ouvert mardi à Riga une conférence sur la Transnistrie avec le ministre ukrainien Taras Melnyk.\n\nPlusieurs pays ont envoyé des observateurs.',
      '2026-03-10T14:00:00Z',
      'diplomacy',
    );
    const [a, b] = clusterArticles([monday, tuesday]).map((assignment) => assignment.key);
    expect(a).not.toBe(b);
  });
});
