import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/**
 * French "combats" and Spanish "combates" (plural) report fighting; the singular is a struggle ("son combat contre la
 * fraude") or a kind of weapon ("le cloud de combat"): no war.
 */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: combat in the singular', () => {
  it.each([
    [
      'fr',
      'Le combat d’une ministre contre la fraude fiscale',
      'La ministre des Comptes publics a présenté mardi son plan contre la fraude. « C’est le combat de ma vie », a-t-elle dit.',
    ],
    [
      'fr',
      'Un nouveau cloud de combat pour les pilotes',
      'L’industriel a présenté mardi son système, qui relie avions et satellites. Le premier essai est prévu en 2028.',
    ],
    [
      'es',
      'El combate de una ministra contra la evasión fiscal',
      'La ministra de Hacienda presentó el martes su plan contra el fraude. «Es el combate de mi vida», dijo.',
    ],
  ])('is no armed conflict (%s: "%s")', (language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain('armed-conflict');
  });
});
