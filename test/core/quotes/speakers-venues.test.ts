import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakers = (body: string, language: string): (string | null)[] => extractQuotes(body, language).quotes.map((quote) => quote.speaker);

describe('extractQuotes: venues and unnamed members of a group are no speakers', () => {
  it.each([
    [
      'a stadium named after its noun',
      'es',
      'Florentino Pérez habló ante la asamblea en el estadio Santiago Bernabéu. «Nadie va a comprar este club», insistió el dirigente.',
      'Florentino Pérez',
    ],
    [
      'a hospital whose name opens with its noun',
      'es',
      'Tomás Ferrer dirige la agencia desde 2020. En 2023, el Hospital Clínic de Valencia sufrió un ataque similar. «Los hospitales no pueden permitirse parar», explica.',
      'Tomás Ferrer',
    ],
    [
      'a hotel named after its noun',
      'en',
      'Karen Vogel has led the ministry since 2021. The hotel Grand Riviera was sealed off for the talks. "We agree on almost every point," she said.',
      'Karen Vogel',
    ],
    [
      'a hotel named after its elided noun',
      'fr',
      "Karine Vogel dirige le ministère depuis 2021. L'hôtel Grand Riviera a été bouclé pour les discussions. « Nous sommes d'accord sur presque tout », a-t-elle dit.",
      'Karine Vogel',
    ],
  ])('%s', (_case, language, body, speaker) => {
    expect(speakers(body, language)).toContain(speaker);
    expect(speakers(body, language).every((name) => name === null || name === speaker)).toBe(true);
  });

  it('"uno de ellos" after a Spanish verb with no subject is nobody named, not the last speaker', () => {
    const body =
      'Florentino Pérez habló ante la asamblea. «Nadie va a comprar este club», dijo Pérez. Un grupo de socios abandonó la sala. «Nos han pedido un cheque en blanco», protestó uno de ellos a la salida.';
    expect(speakers(body, 'es')).toEqual(['Florentino Pérez', null]);
  });
});
