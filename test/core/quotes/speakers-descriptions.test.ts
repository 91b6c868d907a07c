import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('descriptions that stand for a person named before', () => {
  it('counts the title right before a name as an office of that person, besides the office further back', () => {
    const french =
      "Le président du conseil militaire, le général Paul Dossou, a parlé mardi soir à la télévision. « Nous tiendrons chaque route du pays », a martelé l'officier.";
    expect(speakerOf(french, 'fr', 'chaque route')).toBe('Paul Dossou');
    const english =
      'The head of the joint staff, General Mark Ellison, spoke to reporters on Monday. "We are ready for every scenario on the border," the officer said.';
    expect(speakerOf(english, 'en', 'every scenario')).toBe('Mark Ellison');
    const spanish =
      'El jefe del Estado Mayor, el general Raúl Ibarra, visitó la base el lunes. «Las tropas seguirán en la zona hasta el invierno», afirmó el oficial.';
    expect(speakerOf(spanish, 'es', 'tropas seguirán')).toBe('Raúl Ibarra');
  });

  it('reads film and mountain people and a bare age as the person introduced with a name', () => {
    const german =
      'Die Regisseurin Anna Lenz zeigt ihren neuen Film in Leipzig. „Ich wollte die Stille nach dem Krieg zeigen, nicht den Lärm“, sagt die 51-Jährige.';
    expect(speakerOf(german, 'de', 'Stille nach dem Krieg')).toBe('Anna Lenz');
    const english = 'Tom Barlow took the title on Sunday night. "I did not expect to win after the first round," the 34-year-old said.';
    expect(speakerOf(english, 'en', 'expect to win')).toBe('Tom Barlow');
    const french = "Jeanne Morel présente son premier film mercredi à Lyon. « J'ai tourné dans le village de mon enfance », explique la cinéaste.";
    expect(speakerOf(french, 'fr', 'village de mon enfance')).toBe('Jeanne Morel');
    const spanish = 'La guía Marta Ríos llegó a la cumbre por décima vez. «Arriba el viento no perdona a nadie», dijo la guía al bajar.';
    expect(speakerOf(spanish, 'es', 'viento no perdona')).toBe('Marta Ríos');
  });

  it('does not hand an unattributed verb to the previous speaker once an unnamed person came in', () => {
    const spanish =
      'La alcaldesa Rosa Gil inauguró el puente. «Es una obra para toda la comarca», dijo Gil.\n\nUno de los vecinos de Gil, un ingeniero jubilado, no estaba convencido. «Lo he visto temblar con el primer camión», dijo al salir.';
    expect(speakerOf(spanish, 'es', 'primer camión')).toBeNull();
    const french =
      "Le maire Louis Berger a inauguré le marché. « C'est un jour de fête », a déclaré Berger.\n\nDevant son étal, une vendeuse de fruits reste sceptique. « Les clients ne viennent plus le mardi », dit-elle.";
    expect(speakerOf(french, 'fr', 'clients ne viennent')).toBeNull();
  });
});

describe('pronouns and what they can stand for', () => {
  it('does not give an English "she" or "he" to the ministry quoted before', () => {
    const english =
      'The Ministry of Trade said in a statement that exports were rising. "The reopening will help both countries," the ministry said.\n\nMarkets were calm. For traders at the border, little has changed. "We wait and we hope for better days," she said.';
    expect(speakerOf(english, 'en', 'better days')).toBeNull();
  });

  it("takes no German possessive phrase or force's name for a person a pronoun can stand for", () => {
    const german =
      'Außenminister Karim Sadeghi kündigte eine Antwort an. Sein Land sei immer zu Gesprächen bereit gewesen, schrieb er. Auf X fügte er hinzu: „Wir lassen uns nicht unter Druck setzen, von niemandem.“';
    expect(speakerOf(german, 'de', 'nicht unter Druck')).toBe('Karim Sadeghi');
    const french =
      "Des convois escortés par l'armée et les paramilitaires d'Africa Corps sont arrivés. « Cette fois, les camions passent, mais ils sont trop peu nombreux », dit-elle.";
    expect(speakerOf(french, 'fr', 'camions passent')).not.toBe('Africa Corps');
  });
});

describe('German capitalised nouns that are no people', () => {
  it('takes no hyphenated compound noun for the person "er" stands for', () => {
    const german =
      '10:15 Uhr – Kanzlerin Maria Lindner fordert in einer Rede erneut Leopard-Panzer von den Partnern. „Wir brauchen jetzt Entscheidungen, nicht Gipfel“, sagt sie.';
    expect(speakerOf(german, 'de', 'nicht Gipfel')).toBe('Maria Lindner');
  });

  it('reads a genitive "des" after a role as the organisation, not as part of a name', () => {
    const german =
      'Auch Mieterschützer sind skeptisch. Sabine Kurz, Vorständin des Deutschen Mieterbunds, begrüßt die Pläne grundsätzlich. „Niedrige Mieten sind gut, aber sie dürfen nicht auf Kosten der Sanierung gehen“, sagte sie.';
    expect(speakerOf(german, 'de', 'Niedrige Mieten')).toBe('Sabine Kurz');
  });
});

describe('a pronoun the people index cannot settle', () => {
  it('goes to the speaker the sentence before introduced by office with a speech verb', () => {
    const spanish =
      '«Estamos dispuestos a negociar», dijo el portavoz del Gobierno, Luis Marín, en su rueda de prensa.\n\nEl portavoz del Gobierno añadió que el presidente Juan Ortega había enviado una carta a su homólogo Pablo Ruiz. «La decisión está ahora en manos de Lima», afirmó.';
    expect(speakerOf(spanish, 'es', 'manos de Lima')).toBe('Luis Marín');
  });

  it('but not past an unnamed person brought in before the quote', () => {
    const english =
      'Prime Minister Omar Khan condemned the attack. In a statement, he said that "those responsible will be found."\n\nAt the hospital, the wounded lay in crowded wards. One young man with a bandaged arm recalled the blast. "I heard a bang and the roof fell on us," he told a reporter.';
    expect(speakerOf(english, 'en', 'roof fell')).toBeNull();
  });
});
