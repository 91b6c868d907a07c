import { describe, expect, it } from 'vitest';
import { extractQuotes, speakerKey } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('the fullest form of a name the attribution cut short', () => {
  it('shows an institution by its whole name, not the word the attribution kept', () => {
    expect(
      speakerOf(
        'La Secretaría General Andina (SGA) recordó en una nota que "los acuerdos de la cumbre obligan a todos los países miembros".',
        'es',
        'acuerdos',
      ),
    ).toBe('Secretaría General Andina');
    expect(
      speakerOf(
        '"El proyectil cayó en aguas de la zona económica exclusiva", informó el Estado Mayor Conjunto japonés en un mensaje breve.',
        'es',
        'proyectil',
      ),
    ).toBe('Estado Mayor Conjunto');
    expect(
      speakerOf(
        'A spokeswoman for Canada\'s Department of Fisheries and Oceans said in an email that Ottawa "will not reopen the cod fishery this season".',
        'en',
        'cod fishery',
      ),
    ).toBe('Department of Fisheries and Oceans');
  });

  it('shows a person by the longer name the article gave them before', () => {
    const lead = { en: 'Expedition leader', fr: 'Le guide', de: 'Bergführer', es: 'El guía' };
    const quotes = {
      en: '"The summit ridge was bare ice and the wind never let up," Mingma Gyalje said.',
      fr: '« L’arête sommitale n’était que de la glace et le vent ne faiblissait pas », a raconté Mingma Gyalje.',
      de: '„Der Grat war blankes Eis, und der Wind ließ nie nach“, sagte Mingma Gyalje.',
      es: '«La arista era puro hielo y el viento no paró nunca», dijo Mingma Gyalje.',
    };
    const first = {
      en: 'reached the top first.',
      fr: 'a atteint le sommet en premier.',
      de: 'erreichte den Gipfel als Erster.',
      es: 'alcanzó la cima el primero.',
    };
    for (const language of ['en', 'fr', 'de', 'es'] as const) {
      const quote = extractQuotes(`${lead[language]} Mingma Gyalje Sherpa ${first[language]}\n\n${quotes[language]}`, language).quotes[0];
      expect(quote?.speaker, language).toBe('Mingma Gyalje Sherpa');
    }
  });

  it('leaves a name that is whole as it is', () => {
    expect(speakerOf('"We will appeal the ruling," the Home Office said on Monday.', 'en', 'appeal')).toBe('Home Office');
    expect(speakerOf('"Our teams are on site and working," said Kenneth Obi. Obi Group later confirmed the delay.', 'en', 'on site')).toBe('Kenneth Obi');
  });
});

describe('speakerKey of an institution with its country after it', () => {
  it('files "Departamento del Tesoro de Estados Unidos" under the Treasury, not the country', () => {
    expect(speakerKey('Departamento del Tesoro de Estados Unidos')).toBe(speakerKey('Departamento del Tesoro'));
    expect(speakerKey('Treasury Department of the United States')).toBe(speakerKey('US Treasury'));
    // A body the gazetteer does not know keeps the country's key, as before.
    expect(speakerKey('Gobierno de Venezuela')).toBe(speakerKey('Venezuela'));
  });
});
