import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakersOf = (body: string, language: string): (string | null | undefined)[] => extractQuotes(body, language).quotes.map((quote) => quote.speaker);

describe('a conjunction or a question word opening a clause is no part of a name', () => {
  it('leaves the pronoun to the person named before, not to the conjunction and the noun after it', () => {
    const german =
      'Die Stadtwerke wurden am Montag angegriffen, teilte Sabine Olthoff mit. Ob Kundendaten abgeflossen sind, ist offen. „Wir arbeiten mit Hochdruck daran“, sagte sie.';
    expect(speakersOf(german, 'de')).toEqual(['Sabine Olthoff']);
    const germanQuestion =
      'Die Stadtwerke wurden am Montag angegriffen, teilte Sabine Olthoff mit. Wann Techniker alles repariert haben, ist offen. „Wir arbeiten mit Hochdruck daran“, sagte sie.';
    expect(speakersOf(germanQuestion, 'de')).toEqual(['Sabine Olthoff']);
    const english =
      'The utility was hacked on Monday, Sabine Olthoff said. Whether Westminster will step in is unclear. "We are working around the clock," she said.';
    expect(speakersOf(english, 'en')).toEqual(['Sabine Olthoff']);
    const french =
      'Le réseau a été piraté lundi, a indiqué Sabine Olthoff. Lorsque Bercy a été prévenu, il était trop tard. « Nous travaillons jour et nuit », a-t-elle dit.';
    expect(speakersOf(french, 'fr')).toEqual(['Sabine Olthoff']);
    const spanish = 'La red fue atacada el lunes, dijo Sabine Olthoff. Aunque Hacienda fue avisada, era tarde. «Trabajamos día y noche», dijo ella.';
    expect(speakersOf(spanish, 'es')).toEqual(['Sabine Olthoff']);
  });
});
