import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('people quoted in turn', () => {
  it('gives a new paragraph’s unattributed quote after two speakers in turn to nobody', () => {
    const english =
      'Minister Ana Ferrer and her counterpart Tom Berg spoke to reporters. "We have a deal," Ferrer said. "Not yet, but we are close," Berg replied.\n\n"The details will follow next week."';
    expect(speakerOf(english, 'en', 'details will follow')).toBeNull();
    const german =
      'Ministerin Ana Ferrer und ihr Amtskollege Tom Berg traten vor die Presse. „Wir haben eine Einigung“, sagte Ferrer. „Noch nicht, aber wir sind nah dran“, entgegnete Berg.\n\n„Die Einzelheiten folgen nächste Woche.“';
    expect(speakerOf(german, 'de', 'Einzelheiten folgen')).toBeNull();
    const french =
      'La ministre Ana Ferrer et son homologue Tom Berg ont parlé à la presse. « Nous avons un accord », a dit Ferrer. « Pas encore, mais nous sommes proches », a répondu Berg.\n\n« Les détails suivront la semaine prochaine. »';
    expect(speakerOf(french, 'fr', 'détails suivront')).toBeNull();
    const spanish =
      'La ministra Ana Ferrer y su homólogo Tom Berg hablaron con la prensa. «Tenemos un acuerdo», dijo Ferrer. «Todavía no, pero estamos cerca», respondió Berg.\n\n«Los detalles llegarán la próxima semana».';
    expect(speakerOf(spanish, 'es', 'detalles llegarán')).toBeNull();
  });

  it('still continues one speaker into the next paragraph, and the last speaker within a paragraph', () => {
    const one = 'Minister Ana Ferrer spoke to reporters. "We have a deal," Ferrer said.\n\n"The details will follow next week."';
    expect(speakerOf(one, 'en', 'details will follow')).toBe('Ana Ferrer');
    const same =
      'Minister Ana Ferrer and her counterpart Tom Berg spoke to reporters. "We have a deal," Ferrer said. "Not yet, but we are close," Berg replied. "The details will follow next week."';
    expect(speakerOf(same, 'en', 'details will follow')).toBe('Tom Berg');
  });
});
