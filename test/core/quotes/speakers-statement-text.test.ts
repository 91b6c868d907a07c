import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, start: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.startsWith(start))?.speaker;

describe("extractQuotes: a statement's text speaks for whoever issued it", () => {
  it.each([
    [
      'en',
      'The State Department issued a statement on Monday evening. "America condemns this attack on civilians in the strongest terms."\n\nThe text adds: "Those responsible must be held to account before a court of law."',
      'Those responsible',
      'State Department',
    ],
    [
      'de',
      'Das Bundesinnenministerium veröffentlichte am Abend eine Erklärung. „Deutschland verurteilt diesen Angriff auf Zivilisten aufs Schärfste.“\n\nDer Text ergänzt: „Die Verantwortlichen müssen sich vor einem Gericht verantworten.“',
      'Die Verantwortlichen',
      'Bundesinnenministerium',
    ],
    [
      'fr',
      "Le Quai d'Orsay a publié un communiqué lundi soir. « La France condamne fermement cette attaque contre des civils. »\n\nLe texte poursuit : « Les auteurs de ces actes devront répondre de leurs crimes devant la justice. »",
      'Les auteurs',
      'Quai d’Orsay',
    ],
  ])('"the text adds" (%s): the institution that issued it', (language, body, start, speaker) => {
    expect(speakerOf(body, language, start)).toBe(speaker);
  });

  it.each([
    [
      'es',
      '«La decisión del tribunal es un paso atrás», señaló el Ministerio de Exteriores en un comunicado. El texto añade que «el Gobierno estudiará todas las opciones legales» y pide calma a los ciudadanos.',
      'el Gobierno estudiará',
      'Ministerio de Exteriores',
    ],
  ])('a verb after the quote that names nobody leaves the clause before it to speak (%s)', (language, body, start, speaker) => {
    expect(speakerOf(body, language, start)).toBe(speaker);
  });

  it('an office before the quote is not taken just because the sentence after it names nobody', () => {
    const body =
      "Emmanuel Macron et Olaf Berger ont réuni lundi leurs ministres à Lyon.\n\nLe chancelier a répondu sans détour : « Le projet n'est pas mort, mais il doit changer. » Le programme, lancé en 2019, est bloqué depuis des mois par un conflit industriel.";
    expect(speakerOf(body, 'fr', 'Le projet')).not.toBe('Emmanuel Macron');
  });
});
