import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('a source who asked, in words, not to be named', () => {
  it('gives the quote no speaker in all four languages', () => {
    expect(
      speakerOf(
        '"The new rules will cost the harbour a third of its trade," said an official of the port authority, who asked not to be named.',
        'en',
        'third of its trade',
      ),
    ).toBeNull();
    expect(
      speakerOf(
        '"The new rules will cost the harbour a third of its trade," said a manager at the port, who declined to be identified.',
        'en',
        'third of its trade',
      ),
    ).toBeNull();
    expect(
      speakerOf(
        '„Die neuen Regeln kosten den Hafen ein Drittel seines Umschlags“, sagte ein Vertreter der Hafenbehörde, der nicht genannt werden wollte.',
        'de',
        'Drittel',
      ),
    ).toBeNull();
    expect(
      speakerOf(
        '« Les nouvelles règles coûteront au port un tiers de son trafic », a estimé un responsable de la capitainerie, qui a requis l’anonymat.',
        'fr',
        'tiers',
      ),
    ).toBeNull();
    expect(
      speakerOf(
        '« Les nouvelles règles coûteront au port un tiers de son trafic », a estimé un cadre de la capitainerie, sans vouloir être cité.',
        'fr',
        'tiers',
      ),
    ).toBeNull();
    expect(
      speakerOf(
        '«Las nuevas normas costarán al puerto un tercio de su tráfico», afirmó un responsable de la autoridad portuaria, que pidió no ser citado.',
        'es',
        'tercio',
      ),
    ).toBeNull();
  });

  it('keeps a named speaker whatever the sentence says about names', () => {
    expect(
      speakerOf(
        '"The new rules will cost the harbour a third of its trade," said harbour master Ingrid Solberg, who was not named in the audit.',
        'en',
        'third',
      ),
    ).toBe('Ingrid Solberg');
  });
});

describe('an unnamed person without an office before an institution', () => {
  it('is nobody: the institution is whom they told, not who spoke', () => {
    expect(
      speakerOf(
        'Vor dem Rathaus schilderte eine Pensionistin der APA ihre Sorgen: „Ich zahle jetzt doppelt so viel für die Heizung wie im Vorjahr.“',
        'de',
        'Heizung',
      ),
    ).toBeNull();
    expect(
      speakerOf(
        'Vor dem Rathaus schilderte ein Rentner der APA seine Sorgen: „Ich zahle jetzt doppelt so viel für die Heizung wie im Vorjahr.“',
        'de',
        'Heizung',
      ),
    ).toBeNull();
  });

  it('keeps an unnamed office holder with the institution they speak for', () => {
    expect(
      speakerOf(
        '„Die Lieferungen laufen wie geplant weiter und sind nicht gefährdet“, sagte ein Sprecher der Bundesnetzagentur am Montag.',
        'de',
        'Lieferungen',
      ),
    ).toBe('Sprecher der Bundesnetzagentur');
  });
});
