import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('a speaker named after the verb, a medium and a long description', () => {
  it('gives the quote to the name in apposition to the description', () => {
    expect(
      speakerOf(
        '« Le front tient malgré les assauts de la nuit », a écrit sur Telegram le chef des forces armées de la région, Ivan Petrenko.',
        'fr',
        'front tient',
      ),
    ).toBe('Ivan Petrenko');
    expect(
      speakerOf(
        '„Die Front hält trotz der Angriffe der Nacht“, schrieb auf Telegram der Chef der Streitkräfte in der Region, Ivan Petrenko.',
        'de',
        'Front hält',
      ),
    ).toBe('Ivan Petrenko');
    expect(
      speakerOf(
        '“The front is holding despite the night’s assaults,” wrote on Telegram the chief of the armed forces in the region, Ivan Petrenko.',
        'en',
        'front is holding',
      ),
    ).toBe('Ivan Petrenko');
    expect(
      speakerOf(
        '«El frente resiste pese a los asaltos de la noche», escribió en Telegram el jefe de las fuerzas armadas de la región, Iván Petrenko.',
        'es',
        'frente resiste',
      ),
    ).toBe('Iván Petrenko');
  });

  it('still gives nobody when no role word opens a description', () => {
    expect(
      speakerOf(
        '« Le front tient malgré les assauts de la nuit », a écrit sur Telegram un habitant des quartiers est de la ville, Ivan Petrenko.',
        'fr',
        'front tient',
      ),
    ).not.toBe('Ivan Petrenko');
  });
});
