import { describe, expect, it } from 'vitest';
import { clusterArticles, type ClusterCandidate } from '../../../src/core/index.js';
import { analysedCandidate, candidate } from './candidates.js';

/**
 * A name is a regular of the news when many articles name it around the same time, not when a batch spanning
 * months names it often: the city of one day's talks is evidence that day, whatever other stories of the year it
 * was in, and no evidence on a day when half the news is there.
 */

// Talks in Lausanne on one day, told in German and in English: besides the city, both name only everyday names.
const talks = [
  analysedCandidate(
    1,
    'Amerika und Russland einigen sich in Lausanne auf Obergrenzen',
    'Lausanne (dpa) – Russland und die USA wollen die Obergrenzen für ihre Atomsprengköpfe ein weiteres Jahr einhalten. Darauf haben sich beide Delegationen nach zweitägigen Gesprächen in Lausanne verständigt.\n\nEine Expertengruppe soll nun über Mittelstreckenraketen beraten.',
    '2026-03-12T18:00:00Z',
    'arms-control',
  ),
  analysedCandidate(
    2,
    'Russia and US agree to keep warhead limits for another year',
    'LAUSANNE (Reuters) - Russia and the United States agreed on Thursday to keep within the limits on deployed warheads for another year, after two days of talks in Lausanne.\n\nA group of experts will now discuss intermediate-range missiles, delegates said.',
    '2026-03-12T16:00:00Z',
    'arms-control',
  ),
];

/** Other Lausanne stories, each `daysApart` from the next, starting `from`. */
function lausanneStories(count: number, from: string, hoursApart: number): ClusterCandidate[] {
  return Array.from({ length: count }, (_, n) =>
    candidate({
      id: `other-${n}`,
      title: `Lausanne story ${n}`,
      entities: ['lausanne', `person-${n}`, `thing-${n}`],
      topics: [{ id: 'arms-control', score: 0.8, evidence: [] }],
      publishedAt: new Date(new Date(from).getTime() + n * hoursApart * 3_600_000),
    }),
  );
}

function joined(batch: ClusterCandidate[]): boolean {
  const keys = new Map(clusterArticles(batch).map((a) => [a.articleId, a.key]));
  return keys.get(1) === keys.get(2);
}

describe('names common around the time, not over the batch', () => {
  it('joins one day’s talks across languages on the city alone when date, place and topic agree', () => {
    expect(joined(talks)).toBe(true);
  });

  it('still joins them when the batch holds a dozen Lausanne stories of other months', () => {
    expect(joined([...talks, ...lausanneStories(12, '2025-06-01T12:00:00Z', 24 * 20)])).toBe(true);
  });

  it('does not join them on the city when a dozen other stories name it the same days', () => {
    expect(joined([...talks, ...lausanneStories(12, '2026-03-11T20:00:00Z', 3)])).toBe(false);
  });
});
