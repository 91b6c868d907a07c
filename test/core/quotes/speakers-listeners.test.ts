import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('the person spoken to is no speaker; the source named by "according to" is', () => {
  it('gives a quote told to somebody to the teller', () => {
    const spanish = 'El ministro Pablo Arnal visitó el puerto. «Cumpliremos nuestras promesas», dijo a Juan Pérez, alcalde de la ciudad.';
    expect(speakerOf(spanish, 'es', 'Cumpliremos')).toBe('Pablo Arnal');
    const inverted = '«Cumpliremos nuestras promesas», dijo a Juan Pérez el ministro Pablo Arnal.';
    expect(speakerOf(inverted, 'es', 'Cumpliremos')).toBe('Pablo Arnal');
    const english = 'Minister Paul Arnold visited the port. "We will keep our promises," he told Jane Doe, the city\'s mayor.';
    expect(speakerOf(english, 'en', 'keep our promises')).toBe('Paul Arnold');
    const german = '„Wir halten unsere Versprechen“, sagte Minister Paul Arnold gegenüber Max Muster.';
    expect(speakerOf(german, 'de', 'halten unsere')).toBe('Paul Arnold');
    const french = 'Le ministre Paul Arnaud a visité le port. « Nous tiendrons nos promesses », a-t-il déclaré à Jean Dupont, le maire de la ville.';
    expect(speakerOf(french, 'fr', 'tiendrons nos')).toBe('Paul Arnaud');
  });

  it('gives a quote "according to" somebody to that source, with the name as written', () => {
    expect(speakerOf('Minister Paul Arnold visited the port. According to Jane Doe, "work will start in May".', 'en', 'work will start')).toBe('Jane Doe');
    expect(speakerOf('Minister Paul Arnold besuchte den Hafen. Laut Max Muster „beginnen die Arbeiten im Mai“.', 'de', 'beginnen die Arbeiten')).toBe(
      'Max Muster',
    );
    expect(speakerOf('Le ministre Paul Arnaud a visité le port. Selon Jean Dupont, « les travaux commenceront en mai ».', 'fr', 'travaux commenceront')).toBe(
      'Jean Dupont',
    );
    expect(speakerOf('El ministro Pablo Arnal visitó el puerto. Según Juan Pérez, «las obras empezarán en mayo».', 'es', 'obras empezarán')).toBe('Juan Pérez');
  });
});
