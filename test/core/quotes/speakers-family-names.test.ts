import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('names written family name first, whose family name is also a function word', () => {
  it('finds "He Lifeng" after a title, shown as written, for a later pronoun or "He"', () => {
    const english = 'The delegation met Vice Premier He Lifeng in Geneva on Monday. "We want stable trade," He told reporters afterwards.';
    expect(speakerOf(english, 'en', 'stable trade')).toBe('He Lifeng');
    const german = 'Vizepremier He Lifeng traf die Delegation am Montag in Genf. „Wir wollen stabilen Handel“, sagte er.';
    expect(speakerOf(german, 'de', 'stabilen Handel')).toBe('He Lifeng');
    const french = 'Le vice-Premier ministre He Lifeng a reçu la délégation lundi à Genève. « Nous voulons un commerce stable », a-t-il déclaré.';
    expect(speakerOf(french, 'fr', 'commerce stable')).toBe('He Lifeng');
    const spanish = 'El viceprimer ministro He Lifeng recibió a la delegación el lunes en Ginebra. «Queremos un comercio estable», dijo.';
    expect(speakerOf(spanish, 'es', 'comercio estable')).toBe('He Lifeng');
  });

  it('keeps an article after a dateline\'s dash an article: "WASHINGTON - The Pentagon" is no person for a later "he"', () => {
    const english = 'WASHINGTON - The Pentagon released a statement late on Monday. "We will not comment on troop movements," he said.';
    expect(speakerOf(english, 'en', 'troop movements')).toBeNull();
    const spanish = 'MADRID - La Moncloa publicó una nota el lunes. «No comentaremos los movimientos de tropas», dijo él.';
    expect(speakerOf(spanish, 'es', 'movimientos de tropas')).not.toBe('La Moncloa');
  });

  it('keeps a sentence-opening "He" a pronoun', () => {
    const english = 'Officials said He would travel. "We are ready," one official said.';
    expect(speakerOf(english, 'en', 'We are ready')).toBeNull();
  });

  it('gives "the Commissioner" to the commissioner, not to a minister named with a short given name ("Don")', () => {
    const english =
      'EU Trade Commissioner Mara Lindqvist signed the deal with Trade Minister Don Whitby in Canberra.\n\n"This took seven years," Whitby said.\n\n"Our farmers finally get fair access," the Commissioner added.';
    expect(speakerOf(english, 'en', 'seven years')).toBe('Don Whitby');
    expect(speakerOf(english, 'en', 'fair access')).toBe('Mara Lindqvist');
  });
});
