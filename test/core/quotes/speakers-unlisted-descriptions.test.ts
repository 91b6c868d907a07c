import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('a description no role list knows, standing for the one person it fits', () => {
  it('gives the quote to the one person of the paragraph', () => {
    const german =
      'Stefan Wolter, seit 30 Jahren Bäckermeister in Gotha, hat seine Filiale geschlossen. „Die Energiepreise haben uns am Ende die Luft genommen“, sagte der Handwerker am Freitag.';
    expect(speakerOf(german, 'de', 'Energiepreise')).toBe('Stefan Wolter');
    const english = 'Dr. Maria Castell runs the only clinic left in the valley. "We stitch wounds by torchlight most nights now," the paediatrician said.';
    expect(speakerOf(english, 'en', 'torchlight')).toBe('Maria Castell');
    const french =
      "Pierre Marchetti publie jeudi un livre sur l'exode de 1940. « Les routes étaient pleines de gens qui ne savaient pas où aller », raconte le romancier.";
    expect(speakerOf(french, 'fr', 'routes étaient pleines')).toBe('Pierre Marchetti');
  });

  it('takes the one person the article named so far at the top of a new paragraph', () => {
    const german =
      'Sabine Brandt hat in Erfurt den Landespreis der Konditoren gewonnen.\n\n„Ich habe nie mit diesem Preis gerechnet“, sagte die Meisterin am Abend.';
    expect(speakerOf(german, 'de', 'nie mit diesem Preis')).toBe('Sabine Brandt');
  });

  it('names nobody when two people of that gender fit, or the noun is a thing', () => {
    const english = 'Peter Brandon and John Reyes spent the night on the ridge. "We dug a hole in the snow and waited for the light," the climber said.';
    expect(speakerOf(english, 'en', 'dug a hole')).toBeNull();
    const german =
      'Thomas Kern und Jonas Weber haben die Firma gemeinsam gegründet. „Wir wollen im nächsten Jahr zwanzig Leute einstellen“, sagte der Tüftler.';
    expect(speakerOf(german, 'de', 'zwanzig Leute')).toBeNull();
    const french = "Marc Delorme a présenté son budget mardi. « Les dépenses de l'État ont baissé pour la première fois », indique le rapport.";
    expect(speakerOf(french, 'fr', 'dépenses')).not.toBe('Marc Delorme');
  });
});
