import { describe, expect, it } from 'vitest';
import { clusterArticles } from '../../../src/core/index.js';
import { analysedCandidate } from './candidates.js';

/**
 * One wire template for two stops of a tour, filed from the traveller's home capital: the dateline is the desk, and
 * the day and the city come in the second sentence.
 */
function stop(id: number, country: string, city: string, day: string, publishedAt: string) {
  return analysedCandidate(
    id,
    `Ferrante wirbt in ${country} für gemeinsame Luftabwehr`,
    `Rom (ANSA) – Der italienische Verteidigungsminister Carlo Ferrante hat bei einem Besuch in ${country} für eine gemeinsame Beschaffung von Luftabwehrsystemen geworben. «Europa muss seinen Himmel selbst schützen», sagte Ferrante am ${day} in ${city} nach einem Treffen mit seinem Amtskollegen.\n\nItalien stellt seit dem Frühjahr Kampfflugzeuge für die Überwachung des Luftraums im Baltikum.`,
    publishedAt,
    'diplomacy',
  );
}

describe('a tour reported from the traveller’s home capital', () => {
  it('keeps two stops on consecutive days apart, though both reports carry the same dateline and template', () => {
    const [a, b] = clusterArticles([
      stop(1, 'Estland', 'Tallinn', 'Montag', '2026-11-16T14:00:00Z'),
      stop(2, 'Lettland', 'Riga', 'Dienstag', '2026-11-17T14:30:00Z'),
    ]);
    expect(a!.key).not.toBe(b!.key);
  });

  it('still joins two reports of one stop', () => {
    const [a, b] = clusterArticles([
      stop(1, 'Estland', 'Tallinn', 'Montag', '2026-11-16T14:00:00Z'),
      stop(2, 'Estland', 'Tallinn', 'Montag', '2026-11-16T17:30:00Z'),
    ]);
    expect(a!.key).toBe(b!.key);
  });
});
