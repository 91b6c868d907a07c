import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/** A topic named once, in the lead, by a word its sentence vouches for; arms control named by a weapon or a treaty's local name. */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: a summit named once in the lead, next to its leaders', () => {
  it.each([
    ['en', 'Leaders agree a border plan', 'At their summit in Vienna the two leaders agreed a plan for the border. The opposition criticised it.'],
    ['fr', 'Un plan pour la frontière', 'Lors de leur sommet à Vienne, les deux dirigeants se sont accordés sur un plan. L’opposition l’a critiqué.'],
    ['es', 'Un plan para la frontera', 'En su cumbre de Viena, los dos líderes acordaron un plan para la frontera. La oposición lo criticó.'],
    ['de', 'Ein Plan für die Grenze', 'Auf ihrem Gipfel in Wien einigten sich die beiden Regierungschefs auf einen Plan. Die Opposition kritisierte ihn.'],
  ])('is a summit (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).toContain('summits');
  });

  it('the same word further down a long story, once, is not', () => {
    const filler = 'The plan covers roads and rail. It costs two billion euros. Work starts in spring. Farmers welcomed it. Unions asked for talks on wages.';
    const body = `The two governments agreed a plan for the border.\n\n${filler}\n\nThe plan was first raised at a summit of the leaders in Vienna.\n\n${filler}`;
    expect(topicsOf('A border plan', body, 'en')).not.toContain('summits');
  });
});

describe('classifyTopics: arms control named by a missile or a treaty in each language', () => {
  it.each([
    ['fr', 'Moscou procède à un tir', 'La Russie a testé vendredi un nouveau missile balistique intercontinental.'],
    ['es', 'Moscú prueba un misil', 'Rusia probó el viernes un nuevo misil balístico intercontinental.'],
    ['es', 'Expira un tratado', 'El tratado Nuevo START expiró en febrero, recordó Moscú.'],
  ])('is arms control (%s: "%s")', (language, title, body) => {
    expect(topicsOf(title, body, language)).toContain('arms-control');
  });
});
