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

  it('gives no speaker for any unnamed person without an office, in every language, but keeps one with an office', () => {
    expect(speakerOf('Viele sind skeptisch. Ein Rentner ergänzt: „Versprochen wird hier seit Jahren viel.“', 'de', 'Versprochen wird')).toBeNull();
    expect(
      speakerOf('"Nobody from the council has been down here," said a woman walking her dog along the flooded lane.', 'en', 'Nobody from the council'),
    ).toBeNull();
    expect(speakerOf('« On verra à la prochaine tempête », glisse une retraitée sur le quai.', 'fr', 'prochaine tempête')).toBeNull();
    expect(speakerOf('«Aquí nadie ha venido en dos años», dice una mujer mientras barre la acera.', 'es', 'nadie ha venido')).toBeNull();
    expect(speakerOf('„Die Lage an der Grenze ist ruhig“, sagte ein Offizier der Grenzpolizei.', 'de', 'Lage an der Grenze')).not.toBeNull();
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

  it('reads a sentence adverb before a colon as no name and the pronoun after it as the speaker', () => {
    const german =
      'Der Bürgermeister Jonas Weber sprach zunächst über den Haushalt. Dann wurde er deutlich: „Wir schließen kein einziges Schwimmbad in dieser Stadt.“';
    expect(speakerOf(german, 'de', 'Schwimmbad')).toBe('Jonas Weber');
    const french = 'La maire Hélène Roux a d’abord parlé du budget. Puis elle a tranché : « Aucune piscine ne fermera dans cette ville cette année. »';
    expect(speakerOf(french, 'fr', 'Aucune piscine')).toBe('Hélène Roux');
  });

  it('keeps the surname after the verb instead of the organisation in the clause after it', () => {
    const french = '« Un scrutin sans rival n’est pas une victoire », a estimé M. Dossou, interrogé par Radio Canada.';
    expect(speakerOf(french, 'fr', 'scrutin sans rival')).toBe('Dossou');
    const english = '"A vote without rivals is a formality," said Mr Okafor, interviewed by Voice Nigeria.';
    expect(speakerOf(english, 'en', 'without rivals')).toBe('Okafor');
  });
});

describe('speakers: interviews', () => {
  it('gives the quotes of an answer paragraph to the person its label names', () => {
    const german =
      'Der Historiker Markus Lehner über die Folgen der Wahl.\n\nZEIT: Herr Lehner, ist die Wahl ein Einschnitt?\n\nLehner: Ja. „Das Land hat sich neu sortiert, und das bleibt so.“ Die Parteien müssen das erst lernen.';
    expect(speakerOf(german, 'de', 'neu sortiert')).toBe('Markus Lehner');
    const french =
      'La directrice de l’agence, Claire Morel, fait le point.\n\nLe Figaro : Combien d’incidents ?\n\nClaire Morel : Plus que l’an dernier. « Les petites communes sont devenues des cibles comme les autres. » Il faut s’y préparer.';
    expect(speakerOf(french, 'fr', 'petites communes')).toBe('Claire Morel');
  });

  it('gives the quotes after an answer mark to the interviewee the article introduces', () => {
    const spanish =
      'La economista Lucía Ferrer analiza el nuevo arancel.\n\nP. ¿Qué cambia?\n\nR. Mucho. «Los exportadores pagarán la factura antes que nadie.» Y los precios subirán.\n\nP. ¿Y el empleo?\n\nR. Sufrirá en el campo.';
    expect(speakerOf(spanish, 'es', 'pagarán la factura')).toBe('Lucía Ferrer');
    const english =
      'Trade lawyer Samuel Osei explains the new rules.\n\nQ: What changes?\n\nA: A lot. "Exporters will pay the bill before anybody else does." Prices will follow.\n\nQ: And jobs?\n\nA: Farms will suffer first.';
    expect(speakerOf(english, 'en', 'pay the bill')).toBe('Samuel Osei');
  });

  it('takes a single answer-like mark for no interview', () => {
    const body = 'Trade lawyer Samuel Osei spoke on Monday.\n\nA: "Exporters will pay the bill before anybody else does," the leaflet reads.';
    expect(speakerOf(body, 'en', 'pay the bill')).not.toBe('Samuel Osei');
  });
});
