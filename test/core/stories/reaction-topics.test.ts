import { describe, expect, it } from 'vitest';
import { clusterArticles } from '../../../src/core/index.js';
import { analysedCandidate } from './candidates.js';

/**
 * An event and another side's reaction to it are filed under different topics: a border shooting is armed conflict,
 * a neighbour's call for calm diplomacy. Across languages they are one event when they share the place and a name
 * that is no gazetteer place (the border post); one shared city alone does not tie a strike to a visit there.
 */
describe('an event and a reaction to it', () => {
  it('join across languages and topics on the place and a name beyond it', () => {
    const shooting = analysedCandidate(
      1,
      'Soldier killed as patrol comes under fire near Kamarang',
      'A soldier was killed and two others wounded on Thursday when their patrol boat came under fire near the outpost of Kamarang, on the disputed border river, the army said.\n\n"Our men returned fire," the army chief told reporters.',
      '2026-11-20T02:00:00Z',
      'armed-conflict',
    );
    const reaction = analysedCandidate(
      2,
      'Brasil pide calma tras el incidente en la frontera',
      'BRASILIA.- La Cancillería brasileña expresó este viernes su preocupación por el enfrentamiento registrado el jueves cerca de Kamarang, en la frontera fluvial disputada, en el que murió un soldado.\n\n"Cualquier error puede escalar", advirtió un diplomático.',
      '2026-11-20T15:00:00Z',
      'diplomacy',
    );
    const [a, b] = clusterArticles([shooting, reaction]).map((assignment) => assignment.key);
    expect(a).toBe(b);
  });

  it('stay apart when they share only a city the gazetteer knows: a strike there and a minister’s visit the same day', () => {
    const strike = analysedCandidate(
      1,
      'Drone strike hits power station',
      'A drone strike hit a power station in Kharkiv on Tuesday, cutting electricity to thousands of homes, the regional governor said.\n\nRepair crews were at work by noon.',
      '2026-11-17T08:00:00Z',
      'armed-conflict',
    );
    const visit = analysedCandidate(
      2,
      'La ministra Ferrán visita el puerto',
      'La ministra española de Exteriores, Lucía Ferrán, visitó este martes la ciudad de Járkov, donde anunció una ayuda de 20 millones de euros para la reconstrucción.\n\n"Estamos con Ucrania", dijo Ferrán.',
      '2026-11-17T14:00:00Z',
      'diplomacy',
    );
    const [a, b] = clusterArticles([strike, visit]).map((assignment) => assignment.key);
    expect(a).not.toBe(b);
  });
});
