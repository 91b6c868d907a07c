import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('an apposition to a name, with a clause of its own', () => {
  it('keeps the person named for "he said" when the apposition mentions other people', () => {
    const english =
      'Martin Kealy, a shopkeeper for twenty years who spoke to one of the local farmers last week, was not convinced. "The new road will kill the high street," he said.';
    expect(speakerOf(english, 'en', 'new road will kill')).toBe('Martin Kealy');
    const french =
      "Martin Kealy, commerçant depuis vingt ans qui a parlé avec une cliente la semaine dernière, n'était pas convaincu. « La nouvelle route va tuer le centre-ville », a-t-il dit.";
    expect(speakerOf(french, 'fr', 'nouvelle route va tuer')).toBe('Martin Kealy');
    const spanish =
      'Martin Kealy, comerciante desde hace veinte años que habló con una clienta la semana pasada, no estaba convencido. "La nueva carretera va a matar el centro", dijo.';
    expect(speakerOf(spanish, 'es', 'nueva carretera va a matar')).toBe('Martin Kealy');
    const german =
      'Martin Kealy, Inhaber eines kleinen Ladens, der vergangene Woche mit einer Kundin sprach, war nicht überzeugt. „Die neue Straße wird die Innenstadt zerstören“, sagte er.';
    expect(speakerOf(german, 'de', 'neue Straße wird')).toBe('Martin Kealy');
  });

  it('still lets somebody unnamed after the apposition take "he said"', () => {
    const english =
      'Martin Kealy, a shopkeeper for twenty years, was not convinced. One farmer nearby had other worries. "The new road will cut my fields in two," he said.';
    expect(speakerOf(english, 'en', 'cut my fields')).toBeNull();
  });
});
