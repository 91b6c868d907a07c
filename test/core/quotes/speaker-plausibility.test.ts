import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('speakers: a plausible person or nobody (issue #15)', () => {
  it('gives no speaker for an unnamed private person or background diplomat', () => {
    expect(speakerOf('„Seit drei Tagen haben wir kein Wasser mehr im Haus“, sagte eine Bewohnerin aus Cherson.', 'de', 'kein Wasser')).toBeNull();
    expect(speakerOf('„Am Ende wird Wien zustimmen, das tut es immer“, sagte ein Nato-Diplomat in Brüssel.', 'de', 'Wien zustimmen')).toBeNull();
    expect(speakerOf('"The water came through the door in minutes," a resident of the old town told reporters.', 'en', 'came through the door')).toBeNull();
    expect(speakerOf('« On ne dort plus depuis les frappes de la semaine dernière », raconte une voisine du quartier.', 'fr', 'ne dort plus')).toBeNull();
    expect(speakerOf('«Nadie nos avisó de que venía la riada hasta que fue tarde», relató un vecino de la calle Mayor.', 'es', 'Nadie nos avisó')).toBeNull();
  });

  it('gives no speaker for a source who asked not to be named, but keeps a named one', () => {
    const english =
      '"The convoy left before dawn and nobody was told where it was going," said a senior army officer, speaking on condition of anonymity because he was not allowed to brief the press.';
    expect(speakerOf(english, 'en', 'convoy left')).toBeNull();
    const spanish = '«Nos quemaron las casas y los cultivos en una sola noche», contó una maestra rural, que pidió no ser identificada por miedo.';
    expect(speakerOf(spanish, 'es', 'quemaron las casas')).toBeNull();
    const german = '„Die Einigung steht, es fehlt nur noch die Unterschrift“, sagte ein hoher Beamter, der nicht namentlich genannt werden wollte.';
    expect(speakerOf(german, 'de', 'Einigung steht')).toBeNull();
    const unnamed = '"We are closer to a deal than at any point this year," a U.S. official briefed on the talks said.';
    expect(speakerOf(unnamed, 'en', 'closer to a deal')).toBe('U.S. official');
  });

  it('takes no place name before a hyphenated participle for a speaker', () => {
    const body =
      '"The tankers will simply sail under another flag next month," said one Rotterdam-based broker who follows the trade closely, speaking on condition of anonymity.';
    expect(speakerOf(body, 'en', 'another flag')).toBeNull();
  });

  it('takes no capitalised common noun for a speaker', () => {
    // German nouns after an article and an adjective; a Spanish institution after "de la".
    const german =
      'Der Sprecher der Marine, Olaf Brandt, erklärte im Radio die neue Strategie: „Wir verlegen die Schiffe jetzt jede Nacht an einen anderen Ort.“';
    expect(speakerOf(german, 'de', 'verlegen die Schiffe')).toBe('Olaf Brandt');
    const spanish =
      'La portavoz de Vox en el Senado, Marta Gil, criticó el pacto. «El Gobierno ha cedido en todo lo importante a cambio de nada», declaró en los pasillos de la Asamblea.';
    expect(speakerOf(spanish, 'es', 'ha cedido en todo')).toBe('Marta Gil');
  });

  it('keeps the surname after the verb instead of the organisation in the clause after it', () => {
    const french = '« Un scrutin sans rival n’est pas une victoire », a estimé M. Dossou, interrogé par Radio Canada.';
    expect(speakerOf(french, 'fr', 'scrutin sans rival')).toBe('Dossou');
    const english = '"A vote without rivals is a formality," said Mr Okafor, interviewed by Voice Nigeria.';
    expect(speakerOf(english, 'en', 'without rivals')).toBe('Okafor');
  });
});
