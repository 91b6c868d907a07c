import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/** Business ("hacer negocios", "le négoce", a wine "négociant") shares a stem with negotiations: it is no diplomacy. */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: business is no negotiation', () => {
  it.each([
    [
      'fr',
      'Les négociants en vin inquiets',
      'Les négociants de Bordeaux ont vendu moins de vins en Chine cette année. Le négoce du vin recule pour la deuxième année.',
    ],
    ['es', 'Los negocios con Perú', 'Los empresarios de Madrid viajaron a Lima para cerrar negocios. Los negocios con Perú crecen un diez por ciento al año.'],
  ])('is no diplomacy (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain('diplomacy');
  });

  it('leaves negotiations diplomacy (es)', () => {
    const body = 'Los dos gobiernos retomaron las negociaciones en Lima. El ministro de Asuntos Exteriores se reunió con su homólogo.';
    expect(topicsOf('Lima y Quito negocian', body, 'es')).toContain('diplomacy');
  });
});
