import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/**
 * Spanish "sin embargo" is "however"; the noun "embargo" has a determiner ("el embargo", "un embargo"). German,
 * English and French "embargo" is only ever the noun.
 */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string): string[] => classifyTopics({ title, body, language: 'es' }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: "sin embargo"', () => {
  it('is no embargo', () => {
    const body =
      'El Gobierno presentó el martes su plan de vivienda. Sin embargo, la oposición lo rechazó en el Congreso.\n\nSin embargo, los ayuntamientos lo apoyan. El plan, sin embargo, necesita el voto de los socios.';
    expect(topicsOf('El Gobierno presenta su plan de vivienda', body)).not.toContain('sanctions');
  });

  it('the noun with its determiner still is', () => {
    const body = 'La UE mantiene el embargo de armas contra el país desde 2014. Sin embargo, el Consejo estudia ahora un embargo petrolero.';
    expect(topicsOf('La UE estudia un embargo petrolero', body)).toContain('sanctions');
  });
});
