import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('an institution whose name runs on past an elided article', () => {
  it('keeps the whole name of "le ministère de l\'Europe et des Affaires étrangères"', () => {
    const french =
      "PARIS - Le Quai d'Orsay a réagi mardi soir. « Nous condamnons ce tir et demandons une enquête indépendante », a indiqué le ministère de l'Europe et des Affaires étrangères dans un communiqué.";
    expect(speakerOf(french, 'fr', 'condamnons ce tir')).toBe("ministère de l'Europe et des Affaires étrangères");
  });

  it('stops at a lower-case word after the elided one', () => {
    const french = "« Ces sanctions resteront en place jusqu'au printemps », a annoncé le Conseil de l'Union européenne dans une déclaration.";
    expect(speakerOf(french, 'fr', 'Ces sanctions')).not.toBe("Conseil de l'Union");
  });
});
