import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/** An import ban on a country's goods and banks cut off from the Swift payment system are sanctions, named or not. */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: import bans and Swift exclusions', () => {
  it.each([
    ['en', 'Ministers agree new measures', 'The ministers agreed an import ban on Belarusian potash and cut four banks off from the SWIFT payment system.'],
    [
      'de',
      'Minister einigen sich auf neue Maßnahmen',
      'Die Minister beschlossen ein Importverbot für belarussisches Kali und schlossen vier Banken vom Zahlungssystem Swift aus.',
    ],
    [
      'fr',
      'Les ministres s’accordent sur de nouvelles mesures',
      'Les ministres ont décidé une interdiction d’importer la potasse biélorusse et exclu quatre banques du système Swift.',
    ],
    [
      'es',
      'Los ministros acuerdan nuevas medidas',
      'Los ministros acordaron la prohibición de importar potasa bielorrusa y excluyeron a cuatro bancos del sistema Swift.',
    ],
  ])('are sanctions (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).toContain('sanctions');
  });
});
