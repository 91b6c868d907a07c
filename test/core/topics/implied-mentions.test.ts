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

describe('classifyTopics: foreign ministers meeting is diplomacy, not a summit', () => {
  it.each([
    [
      'en',
      'Japan and China hold talks in Kuala Lumpur',
      'Japanese Foreign Minister Motegi and his Chinese counterpart Wang Yi held talks on Tuesday, the first meeting of the foreign ministers since Prime Minister Takaichi spoke.',
      'Prime Minister Takaichi and President Xi met in Kuala Lumpur on Tuesday, their first meeting since the row.',
    ],
    [
      'de',
      'Japan und China sprechen in Kuala Lumpur',
      'Außenminister Motegi traf beim Außenministertreffen in Kuala Lumpur seinen Amtskollegen Wang Yi, erstmals seit der Rede von Premierministerin Takaichi.',
      'Premierministerin Takaichi und Präsident Xi trafen sich am Dienstag in Kuala Lumpur, erstmals seit dem Streit.',
    ],
    [
      'fr',
      'Le Japon et la Chine se parlent à Kuala Lumpur',
      'Les ministres des Affaires étrangères Motegi et Wang Yi se sont rencontrés mardi, une première depuis les propos de la Première ministre Takaichi et du président Xi.',
      'La Première ministre Takaichi et le président Xi se sont rencontrés mardi à Kuala Lumpur, une première depuis la crise.',
    ],
    [
      'es',
      'Japón y China dialogan en Kuala Lumpur',
      'Los cancilleres Motegi y Wang Yi se reunieron el martes, por primera vez desde las palabras de la primera ministra Takaichi y del presidente Xi.',
      'La primera ministra Takaichi y el presidente Xi se reunieron el martes en Kuala Lumpur, por primera vez desde la crisis.',
    ],
  ])('(%s)', (language, title, ministers, leaders) => {
    expect(topicsOf(title, ministers, language)).not.toContain('summits');
    expect(topicsOf(title, leaders, language)).toContain('summits');
  });
});
