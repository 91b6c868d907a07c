import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/** English "normal" shares its stem with "normalisation": things going on "in a normal manner" are no normalised relations. */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: normal is no normalisation', () => {
  it('is no diplomacy (en)', () => {
    expect(topicsOf('Port reopens', 'Shipping is back to normal, the two presidents said on a visit to the port.', 'en')).not.toContain('diplomacy');
  });

  it('leaves normalisation diplomacy (en)', () => {
    expect(topicsOf('Port reopens', 'The normalisation was agreed, the two presidents said on a visit to the port.', 'en')).toContain('diplomacy');
  });
});
