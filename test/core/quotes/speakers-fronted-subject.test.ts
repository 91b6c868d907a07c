import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('a quote standing alone, then a sentence whose subject is named after a fronted phrase', () => {
  it('gives the quote to the person named after the comma, with a role in apposition or none', () => {
    const english =
      '"We will rebuild every school before the winter comes." Speaking to farmers in the valley on Sunday, the regional governor, Helen Marsh, promised money for the roads.';
    expect(speakerOf(english, 'en', 'rebuild every school')).toBe('Helen Marsh');
    const german =
      '„Wir werden jede Schule vor dem Winter wieder aufbauen.“ Vor Landwirten im Tal kündigte am Sonntag die Gouverneurin der Region, Helga Marsch, Geld für die Straßen an.';
    expect(speakerOf(german, 'de', 'jede Schule')).toBe('Helga Marsch');
    const french =
      '« Nous reconstruirons chaque école avant l’hiver. » Devant des agriculteurs de la vallée, dimanche, le gouverneur de la région, Hervé Marchal, a promis des fonds pour les routes.';
    expect(speakerOf(french, 'fr', 'chaque école')).toBe('Hervé Marchal');
    const spanish =
      '«Reconstruiremos cada escuela antes del invierno.» Ante los agricultores del valle, el domingo, el gobernador de la región, Julián Marcos, prometió fondos para las carreteras.';
    expect(speakerOf(spanish, 'es', 'cada escuela')).toBe('Julián Marcos');
  });

  it('does so when the quotation closes its own sentence after one that names nobody', () => {
    const french =
      'La ville attend les secours depuis trois jours. « Personne ne viendra nous chercher avant lundi. » Joint par téléphone, Paul Renaud, maire du village, décrit des routes coupées.';
    expect(speakerOf(french, 'fr', 'Personne ne viendra')).toBe('Paul Renaud');
  });

  it('gives it to nobody when the name is governed by a preposition or somebody was named before the quote', () => {
    const governed =
      '« Nous reconstruirons chaque école avant l’hiver. » Lors d’une réunion publique, devant Hervé Marchal, les agriculteurs ont réclamé des fonds.';
    expect(speakerOf(governed, 'fr', 'chaque école')).toBeNull();
    const namedBefore =
      'Le ministre Luc Perrin a visité la vallée. « Nous reconstruirons chaque école avant l’hiver. » Devant la presse, le maire, Hervé Marchal, a salué la visite.';
    expect(speakerOf(namedBefore, 'fr', 'chaque école')).not.toBe('Hervé Marchal');
  });
});
