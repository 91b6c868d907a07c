import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('a statement that speaks for the institution issuing it', () => {
  it('reads "a statement said" as the institution named before, not as an unnamed person', () => {
    const english =
      'The Transport Ministry said rail services in the north would resume on Friday. "Engineers are checking every bridge on the line," a statement said.';
    expect(speakerOf(english, 'en', 'every bridge')).toBe('Transport Ministry');
  });

  it('gives the quote to the issuer the sentence names when nobody was named before', () => {
    const german = 'Die Fähren bleiben bis Montag im Hafen. „Die Sicherheit der Fahrgäste geht vor“, hieß es in einer Mitteilung des Verkehrsministeriums.';
    // The name as the sentence gives it, in its genitive.
    expect(speakerOf(german, 'de', 'Sicherheit der Fahrgäste')).toMatch(/^Verkehrsministerium/);
  });

  it('keeps a statement that is only where somebody spoke from naming the institution before', () => {
    const spanish =
      'El Ministerio de Sanidad publicó las cifras del invierno. La asociación Pacientes Unidos las criticó. «Faltan médicos en todos los centros rurales», aseguró la organización en un comunicado.';
    expect(speakerOf(spanish, 'es', 'Faltan médicos')).not.toBe('Ministerio de Sanidad');
  });
});
