import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('words said with a smile, a laugh or a sigh', () => {
  it('reads "smiled", "sourit", "sonríe", "lächelt" before a name as the speech verb', () => {
    const english = 'The festival opened on Friday.\n\n"We sold out the first night in an hour," smiled Ruth Calloway, the organiser.';
    expect(speakerOf(english, 'en', 'sold out the first night')).toBe('Ruth Calloway');
    const french = "Le festival a ouvert vendredi.\n\n« Nous avons tout vendu en une heure le premier soir », sourit Ruth Calloway, l'organisatrice.";
    expect(speakerOf(french, 'fr', 'tout vendu en une heure')).toBe('Ruth Calloway');
    const spanish = 'El festival abrió el viernes.\n\n«Vendimos todo el primer día en una hora», sonríe Ruth Calloway, la organizadora.';
    expect(speakerOf(spanish, 'es', 'Vendimos todo el primer')).toBe('Ruth Calloway');
    const german = 'Das Festival begann am Freitag.\n\n„Wir waren am ersten Abend in einer Stunde ausverkauft“, lächelt Ruth Calloway, die Veranstalterin.';
    expect(speakerOf(german, 'de', 'am ersten Abend')).toBe('Ruth Calloway');
  });
});
