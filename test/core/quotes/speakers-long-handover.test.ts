import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('a long sentence after a quote standing alone that hands it to its speaker', () => {
  it('reads the speaker in the first words of a sentence longer than forty words', () => {
    const english =
      'The port reopened on Thursday morning.\n\n"Nobody on the ferry was ever in danger, and the crew did exactly what they were trained to do."\n\n' +
      'Those were the words of harbour master Daniel Okafor, who runs the port authority that covers the three islands, and who told a crowded press conference in the terminal building on Thursday that the ferry would return to service next week after a full inspection of its hull, its engines and its lifeboats.';
    expect(speakerOf(english, 'en', 'Nobody on the ferry')).toBe('Daniel Okafor');
    const german =
      'Der Hafen ist seit Donnerstag wieder geöffnet.\n\n„Niemand an Bord war jemals in Gefahr, und die Besatzung hat genau das getan, wofür sie ausgebildet wurde.“\n\n' +
      'Diese Worte stammen von Daniel Okafor, dem Hafenmeister, der die Hafenbehörde der drei Inseln leitet und der am Donnerstag auf einer gut besuchten Pressekonferenz im Terminal sagte, die Fähre werde nach einer vollständigen Prüfung von Rumpf, Maschinen und Rettungsbooten schon in der nächsten Woche wieder fahren können.';
    expect(speakerOf(german, 'de', 'Niemand an Bord')).toBe('Daniel Okafor');
  });
});
