import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, text: string): string | null | undefined =>
  extractQuotes(body, 'de').quotes.find((quote) => quote.text.includes(text))?.speaker;

// German alone capitalises its nouns: the class has no English, French or Spanish counterpart.
describe('a German noun after a determiner is no surname', () => {
  it('gives "einen Beamten, dessen Name …" and "vieler Anhänger" no speaker', () => {
    expect(
      speakerOf('Das Staatsfernsehen zitierte einen Beamten, dessen Name nicht genannt wird: „Die Gespräche werden am Montag in Kairo fortgesetzt.“', 'Kairo'),
    ).toBeNull();
    expect(
      speakerOf(
        'Ein Plakat über der Tribüne fasste die Stimmung vieler Anhänger zusammen: „Wir wollen einen Trainer, der bleibt und nicht nur redet.“',
        'Trainer',
      ),
    ).toBeNull();
  });

  it('keeps a surname with no determiner before it', () => {
    expect(speakerOf('„Die Gespräche werden am Montag fortgesetzt“, sagte Obermaier vor Journalisten.', 'Gespräche')).toBe('Obermaier');
  });
});
