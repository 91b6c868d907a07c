import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('an office with a nationality points at the holder of that office', () => {
  it('takes the subject just named over a compatriot of another office, and keeps the description of the subject off the object', () => {
    const english =
      'The French foreign minister met his counterpart Li Wenbo in Paris on Monday. They also discussed a state visit by Chinese President Zhao Mingde next year.\n\nLi Wenbo said Beijing remained neutral. "We have never sent weapons to either side," the Chinese minister told a joint briefing.';
    expect(speakerOf(english, 'en', 'never sent weapons')).toBe('Li Wenbo');
    const french =
      "Le chef de la diplomatie française a reçu lundi son homologue Li Wenbo à Paris. Ils ont aussi évoqué une visite d'État du président chinois Zhao Mingde l'an prochain.\n\nLi Wenbo a assuré que Pékin restait neutre. « Nous n'avons jamais livré d'armes à aucune des parties », a affirmé le ministre chinois lors d'un point presse commun.";
    expect(speakerOf(french, 'fr', 'jamais livré')).toBe('Li Wenbo');
    const spanish =
      'El jefe de la diplomacia francesa recibió el lunes a su homólogo Li Wenbo en París. También hablaron de una visita de Estado del presidente chino Zhao Mingde el año próximo.\n\nLi Wenbo aseguró que Pekín seguía siendo neutral. «Nunca hemos enviado armas a ninguna de las partes», afirmó el ministro chino en una rueda de prensa conjunta.';
    expect(speakerOf(spanish, 'es', 'Nunca hemos enviado')).toBe('Li Wenbo');
    const german =
      'Der französische Außenminister empfing am Montag seinen Amtskollegen Li Wenbo in Paris. Sie sprachen auch über einen Staatsbesuch des chinesischen Präsidenten Zhao Mingde im nächsten Jahr.\n\nLi Wenbo versicherte, Peking bleibe neutral. „Wir haben nie Waffen an eine der Seiten geliefert“, sagte der chinesische Minister bei einer gemeinsamen Pressekonferenz.';
    expect(speakerOf(german, 'de', 'nie Waffen')).toBe('Li Wenbo');
  });

  it('reads a German role noun with its case ending ("des Präsidenten", "seinen Amtskollegen")', () => {
    const german = 'Kanzlerin Eva Roth empfing den Präsidenten Jan Novak in Berlin. „Wir sind enge Partner“, sagte der Präsident.';
    expect(speakerOf(german, 'de', 'enge Partner')).toBe('Jan Novak');
  });
});
