import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('one unnamed member of a group', () => {
  it('gives "l’un des rescapés", "einer der Geretteten" no speaker, not the person named before', () => {
    const french =
      "Le guide Hugo Marchetti a conduit les secours. Joint par téléphone depuis l'hôpital, l'un des rescapés a raconté leur nuit : « Nous avons dormi dans un trou de neige. »";
    expect(speakerOf(french, 'fr', 'trou de neige')).toBeNull();
    const german =
      'Bergführer Hugo Marchetti leitete die Rettung. Am Telefon schilderte einer der Geretteten die Nacht: „Wir haben in einer Schneehöhle geschlafen.“';
    expect(speakerOf(german, 'de', 'Schneehöhle')).toBeNull();
  });

  it('reads English "one" like "a": "one EU diplomat tells us" names nobody', () => {
    const english =
      'Commission President Hanna Lindqvist opened the talks in the morning. One EU diplomat tells us: "Nothing on the tariffs yet, they are still talking."';
    expect(speakerOf(english, 'en', 'Nothing on the tariffs')).toBeNull();
  });
});
