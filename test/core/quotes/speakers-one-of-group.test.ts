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

  it('gives the spokesman of one member of a group no speaker: "eines der Discounter", "one of the retailers"', () => {
    expect(
      speakerOf('„Wir geben die gesunkenen Preise eins zu eins weiter“, sagte ein Sprecher eines der großen Discounter.', 'de', 'eins zu eins'),
    ).toBeNull();
    expect(
      speakerOf('"We pass the lower prices on to our customers in full," said a spokesman for one of the big retailers.', 'en', 'lower prices'),
    ).toBeNull();
    expect(
      speakerOf('«Trasladamos íntegramente la bajada de precios a nuestros clientes», explicó un portavoz de una de las cadenas.', 'es', 'bajada'),
    ).toBeNull();
    expect(speakerOf('« Nous répercutons la baisse des prix sur nos clients », a indiqué un porte-parole de l’une des enseignes.', 'fr', 'baisse')).toBeNull();
    // A spokesman of a named body keeps the body.
    expect(speakerOf('„Wir fordern eine sofortige Waffenruhe“, sagte ein Sprecher des russischen Außenministeriums am Montag.', 'de', 'Waffenruhe')).toBe(
      'Sprecher des russischen Außenministeriums',
    );
  });
});
