import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('a phrase opened by a preposition after the speech verb is no speaker', () => {
  it('reads "with a tired smile", "avec un sourire", "con una sonrisa" as how the words were said', () => {
    const english = 'The minister, Ana Ferrer, answered with a tired smile: "Promises are not enough."';
    expect(speakerOf(english, 'en', 'Promises are not')).toBe('Ana Ferrer');
    const french = 'La ministre, Ana Ferrer, a répondu avec un sourire fatigué : « Les promesses ne suffisent pas. »';
    expect(speakerOf(french, 'fr', 'promesses ne suffisent')).toBe('Ana Ferrer');
    const spanish = 'La ministra, Ana Ferrer, respondió con una sonrisa cansada: «Las promesas no bastan».';
    expect(speakerOf(spanish, 'es', 'promesas no bastan')).toBe('Ana Ferrer');
    const german = 'Die Ministerin, Ana Ferrer, antwortete mit einem müden Lächeln: „Versprechen reichen nicht.“';
    expect(speakerOf(german, 'de', 'Versprechen reichen')).toBe('Ana Ferrer');
  });

  it('gives an aside with no written subject to the person last named (Spanish drops the subject)', () => {
    const after = 'La ministra Ana Ferrer visitó la fábrica el lunes. «No basta con promesas», contestó con una sonrisa cansada.';
    expect(speakerOf(after, 'es', 'No basta con promesas')).toBe('Ana Ferrer');
    const dashes = 'La ministra Ana Ferrer visitó la fábrica el lunes.\n\n—No basta con promesas —contesta con una sonrisa cansada—.';
    expect(speakerOf(dashes, 'es', 'No basta con promesas')).toBe('Ana Ferrer');
  });

  it('still gives nobody to an unnamed executive who asked not to be named', () => {
    const english =
      'Retail chief Omar Hale opened the fair. "Shops are back," Hale said.\n\nNot everyone agreed. A senior executive from a northern chain, who asked not to be named, joked over coffee: "Half of us will be gone by spring."';
    expect(speakerOf(english, 'en', 'Half of us')).toBeNull();
  });
});
