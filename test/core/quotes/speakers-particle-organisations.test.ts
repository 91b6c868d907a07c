import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string): string | null => extractQuotes(body, language).quotes[0]?.speaker ?? null;

describe('extractQuotes: a name stops before "von der", "de la" + an organisation noun', () => {
  it.each([
    ['de', '"Die Mieten steigen in diesem Jahr kaum noch", sagte Jonas Berger von der Handwerkskammer Kassel.', 'Jonas Berger'],
    ['es', '"Los precios seguirán bajando en primavera", dijo Ana Ruiz de la Policía Foral.', 'Ana Ruiz'],
    ['fr', '« Les prix vont encore baisser au printemps », a déclaré Claire Martin de la Fondation Abbé Pierre.', 'Claire Martin'],
  ])('%s: %s', (language, body, speaker) => {
    expect(speakerOf(body, language)).toBe(speaker);
  });

  it('a surname after the particles goes on ("Ursula von der Leyen", "Juan Ramón de la Fuente")', () => {
    expect(speakerOf('"Europa muss jetzt zusammenstehen", sagte Ursula von der Leyen in Brüssel.', 'de')).toBe('Ursula von der Leyen');
    expect(speakerOf('"Los precios seguirán bajando", dijo Juan Ramón de la Fuente en la capital.', 'es')).toBe('Juan Ramón de la Fuente');
    expect(speakerOf('"Die Preise werden weiter sinken", sagte Miriam Kessler von der Verbraucherzentrale Hessen.', 'de')).toBe('Miriam Kessler');
  });
});
