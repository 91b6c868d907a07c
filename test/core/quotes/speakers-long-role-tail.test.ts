import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('a name in apposition after a long description of the speaker', () => {
  it('finds a hyphenated role behind a time and a place', () => {
    const french = '« Aucun accord ne sera signé sous la menace », a déclaré jeudi à Dakar le porte-parole du ministère, Ousmane Fall, devant la presse.';
    expect(speakerOf(french, 'fr', 'Aucun accord')).toBe('Ousmane Fall');
  });
});
