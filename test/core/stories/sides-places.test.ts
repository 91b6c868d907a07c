import { describe, expect, it } from 'vitest';
import { clusterArticles } from '../../../src/core/index.js';
import { analysedCandidate } from './candidates.js';

/**
 * The sides of one event (each leader's press, the host's) name different people in one place on one day; they are
 * one event when they share a name beyond the place. The place and the places around it (its country, a neighbour
 * both mention) count as one: two ministers of two countries visiting one capital on one day are two events.
 */
describe('the sides of one event', () => {
  it('need a shared name that is no place: two ministers in one capital on one day stay apart', () => {
    const french = analysedCandidate(
      1,
      'Paris envoie 300 soldats supplémentaires en Lituanie',
      'VILNIUS (AFP) - Le ministre français des Armées, Paul Arnaud, a annoncé mardi à Vilnius l’envoi de 300 soldats supplémentaires en Lituanie, face aux manœuvres russes en Biélorussie.\n\n« Nous serons là aussi longtemps qu’il le faudra », a-t-il déclaré.',
      '2026-11-17T10:00:00Z',
      'diplomacy',
    );
    const german = analysedCandidate(
      2,
      'German minister promises faster brigade deployment',
      'VILNIUS, Nov 17 (Reuters) - German Foreign Minister Karla Brandt promised on Tuesday in Vilnius that a tank brigade would reach full strength in Lithuania by 2027, citing military exercises in Belarus.\n\n"Your security is our security," Brandt said.',
      '2026-11-17T15:00:00Z',
      'diplomacy',
    );
    const [a, b] = clusterArticles([french, german]).map((assignment) => assignment.key);
    expect(a).not.toBe(b);
  });

  it('are one event when a name beyond the place ties them (a rail corridor), seen from the host and a guest', () => {
    const host = analysedCandidate(
      1,
      'Angola hosts Congo leader to seal Lobito rail protocol',
      'LUANDA, Oct 22 (Reuters) - Angolan President João Mavinga hosted his Congolese counterpart on Thursday in Luanda for the signing of a protocol on the Lobito rail corridor.\n\n"One inspection, two borders," Mavinga said.',
      '2026-10-22T15:00:00Z',
      'summits',
    );
    const guest = analysedCandidate(
      2,
      'Corridor de Lobito : Patrice Ilunga signe un protocole',
      'KINSHASA - Le président Patrice Ilunga a signé jeudi à Luanda un protocole sur le transit le long du corridor de Lobito.\n\nLe chef de l’État a salué « une victoire pour les transporteurs congolais ».',
      '2026-10-22T17:00:00Z',
      'summits',
    );
    const [a, b] = clusterArticles([host, guest]).map((assignment) => assignment.key);
    expect(a).toBe(b);
  });
});
