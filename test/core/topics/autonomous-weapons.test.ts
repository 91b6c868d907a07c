import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/** Talks to limit autonomous weapons ("killer robots") under the UN weapons convention are arms control. */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: autonomous weapons', () => {
  it.each([
    ['en', 'No deal in sight on killer robots', 'Delegates in Geneva again failed to agree rules for autonomous weapons that pick targets on their own.'],
    [
      'de',
      'Keine Einigung über Killerroboter',
      'Die Delegierten in Genf konnten sich erneut nicht auf Regeln für autonome Waffensysteme einigen, die ihre Ziele selbst wählen.',
    ],
    [
      'fr',
      'Pas d’accord sur les robots tueurs',
      'Les délégués réunis à Genève n’ont de nouveau pas trouvé d’accord sur des règles pour les armes autonomes qui choisissent seules leurs cibles.',
    ],
    [
      'es',
      'Sin acuerdo sobre los robots asesinos',
      'Los delegados reunidos en Ginebra volvieron a fracasar en acordar reglas para las armas autónomas que eligen sus blancos por sí solas.',
    ],
  ])('are arms control (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).toContain('arms-control');
  });
});
