import { expect, it } from 'vitest';
import { analyzeArticle, defaultTaxonomy, portableTextFeatures, restoreTextFeatures } from '../../../src/core/index.js';
import { candidateTextFeatures } from '../../../src/core/stories/article-text.js';
import { candidate } from './candidates.js';

it('carries a lead’s places, people and weekdays to another thread and back', () => {
  const title = 'Lula signs two green hydrogen agreements';
  const body =
    'VIENNA (Reuters) - Brazilian President Luiz Inácio Lula da Silva and Austrian Chancellor Christian Stocker signed two agreements on Monday. After Vienna, Lula travels on to Prague.';
  const analysis = analyzeArticle({ title, body }, defaultTaxonomy());
  const portable = portableTextFeatures(analysis.entities)!;
  expect(portable.days).toBe(1);
  // Another thread receives the entity list as a copy and restores the features onto it.
  const received = [...analysis.entities];
  restoreTextFeatures(received, JSON.parse(JSON.stringify(portable)) as typeof portable);
  const restored = candidateTextFeatures(candidate({ id: 1, title, body, entities: received }), new Set(received));
  const original = candidateTextFeatures(candidate({ id: 2, title, body, entities: analysis.entities }), new Set(analysis.entities));
  expect(restored.lead).toEqual(original.lead);
  expect([...restored.lead.places]).toEqual(['vienna']);
  expect(restored.lead.days).toBe(1);
});
