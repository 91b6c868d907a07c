import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('a company named after a noun for its kind', () => {
  it('is the company "the company" refers back to, not a person', () => {
    const spanish =
      'La aseguradora Previsora Andina ha sufrido un ataque informático. «Los datos bancarios de los clientes no se han visto afectados», aseguró la compañía en un comunicado.';
    expect(speakerOf(spanish, 'es', 'datos bancarios')).toBe('Previsora Andina');
    const english =
      'The insurer Harbourline confirmed on Monday that hackers had reached its billing servers. "No payment details were taken," the company said.';
    expect(speakerOf(english, 'en', 'payment details')).toBe('Harbourline');
    const french =
      "Lundi, l'assureur Valmorel a reconnu une fuite de données. « Les mots de passe de nos clients n'ont pas été exposés », a indiqué la société.";
    expect(speakerOf(french, 'fr', 'mots de passe')).toBe('Valmorel');
  });
});
