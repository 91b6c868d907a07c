import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('speakers: the classes of the newsroom', () => {
  it('reads the name before a long role tail after the quote', () => {
    const body =
      'Talks resumed in Geneva.\n\n"We have agreed to meet again in April," said Jane Doe, the deputy foreign minister, who led the delegation, after six hours of talks.';
    expect(speakerOf(body, 'en', 'meet again')).toBe('Jane Doe');
    const spanish = '«Vamos a seguir negociando», afirmó el ministro de Exteriores, José Manuel Albares, en una rueda de prensa en Rabat.';
    expect(speakerOf(spanish, 'es', 'seguir negociando')).toBe('José Manuel Albares');
  });

  it('finds the speaker in the sentence or paragraph after a quote that stands alone', () => {
    const body =
      'President Joe Biden will meet Xi Jinping next week.\n\n"We expect the two leaders to have a frank and direct conversation."\n\nThat was how national security adviser Jake Sullivan described the talks at a briefing on Friday.';
    expect(speakerOf(body, 'en', 'frank and direct')).toBe('Jake Sullivan');
    const german = '„Die Türkei ist bereit, Gastgeber eines Treffens zu sein.“\n\nDas sagte Präsident Recep Tayyip Erdoğan am Dienstag in Ankara.';
    expect(speakerOf(german, 'de', 'Gastgeber')).toBe('Recep Tayyip Erdoğan');
  });

  it('resolves a description to the person named before who holds that office, with the full name', () => {
    const german =
      'Berlin – Außenministerin Annalena Baerbock hat Moskau kritisiert.\n\n„Wer Botschafter einbestellt, will keinen Dialog“, sagte die Grünen-Politikerin nach einem Treffen.';
    expect(speakerOf(german, 'de', 'Botschafter einbestellt')).toBe('Annalena Baerbock');
    const english =
      'Claudia Sheinbaum won the presidential election by a wide margin. Her rival, Xochitl Galvez, conceded.\n\n"I will govern for all Mexicans," the president-elect told supporters.';
    expect(speakerOf(english, 'en', 'govern for all')).toBe('Claudia Sheinbaum');
    const french =
      'Le Premier ministre Gabriel Attal et la ministre des Affaires étrangères Catherine Colonna étaient à Berlin.\n\n« Nous devons rester unis », a déclaré la ministre.';
    expect(speakerOf(french, 'fr', 'rester unis')).toBe('Catherine Colonna');
  });

  it('takes the name in apposition before the verb when a colon introduces the quote', () => {
    const german = 'Die Sprecherin einer Bürgerinitiative aus Holtenau, Lena Kroll, sagte am Rande der Sitzung: „Wir gehen bis vor das Verwaltungsgericht.“';
    expect(speakerOf(german, 'de', 'Verwaltungsgericht')).toBe('Lena Kroll');
    const english = 'The head of the residents’ group, Tom Reyes, said after the vote: "We will take this to the courts."';
    expect(speakerOf(english, 'en', 'to the courts')).toBe('Tom Reyes');
    // A pronoun after the verb is the speaker, whoever is named before the comma.
    const pronoun = 'Nach dem Treffen mit Lena Kroll, sagte er: „Wir bleiben im Gespräch.“';
    expect(speakerOf(pronoun, 'de', 'im Gespräch')).not.toBe('Lena Kroll');
  });

  it('reads newsroom synonyms for the mayor as the mayor named before', () => {
    const german =
      'Kiel – Oberbürgermeister Jens Hartwig verteidigte das Projekt.\n\n„Der Ausbau sichert Arbeitsplätze“, sagte das Stadtoberhaupt nach der Abstimmung.';
    expect(speakerOf(german, 'de', 'Ausbau sichert')).toBe('Jens Hartwig');
    const spanish = 'El alcalde de Valencia, Joan Ribó, presentó el plan.\n\n«Es una apuesta por el transporte público», dijo el regidor.';
    expect(speakerOf(spanish, 'es', 'transporte público')).toBe('Joan Ribó');
  });

  it('gives each of two speakers at a press conference their own quotes, by pronoun gender', () => {
    const body =
      'U.S. Trade Representative Katherine Tai and EU trade commissioner Valdis Dombrovskis took turns.\n\n"This is a truce, not a peace treaty," Tai said.\n\nDombrovskis was more upbeat. "We have removed an irritant that cost exporters billions," he said.\n\n"Both sides gave something," she said.';
    expect(speakerOf(body, 'en', 'removed an irritant')).toBe('Valdis Dombrovskis');
    expect(speakerOf(body, 'en', 'Both sides gave')).toBe('Katherine Tai');
  });

  it('shows a surname speaker by the full name the article gives', () => {
    const body =
      'NATO Secretary General Jens Stoltenberg defended the text.\n\n"China is not our adversary, but its behaviour matters," Stoltenberg told reporters.';
    expect(speakerOf(body, 'en', 'not our adversary')).toBe('Jens Stoltenberg');
  });

  it('never takes a place, a club or a newspaper for the speaker', () => {
    const german =
      'Außenminister Johann Wadephul war in Polen.\n\n„Wir werden in Den Haag Verantwortung zeigen“, sagte der Minister bei einem Besuch in Warschau.';
    expect(speakerOf(german, 'de', 'Den Haag')).toBe('Johann Wadephul');
    const club = 'Critics were angry.\n\n"The big clubs have won again, and the rest will pay," former Crystal Palace owner Simon Jordan said on the radio.';
    expect(speakerOf(club, 'en', 'big clubs')).toBe('Simon Jordan');
    const newspaper = '"Our allies need to understand that the world has changed," Marco Rubio told The Wall Street Journal.';
    expect(speakerOf(newspaper, 'en', 'allies need')).toBe('Marco Rubio');
  });

  it('gives an institution referred back to ("die Behörde", "the agency") its name from before', () => {
    const german =
      'Karlsruhe – Die Bundesanwaltschaft hat Anklage erhoben.\n\n„Der Angeschuldigte teilte die Ideologie des IS“, teilte die Behörde am Montag mit.';
    expect(speakerOf(german, 'de', 'Angeschuldigte')).toBe('Bundesanwaltschaft');
  });

  it('leaves the speaker out rather than guess between two people the pronoun fits equally', () => {
    const body = 'Olaf Scholz and Emmanuel Macron met in Paris on Monday and talked for hours.\n\n"We agreed on more than we expected," he said.';
    const [quote] = extractQuotes(body, 'en').quotes;
    expect(quote?.speaker).toBeNull();
    expect(quote?.speakerConfidence).toBe(0);
  });

  it('carries the quote’s language and a confidence for the speaker', () => {
    const [quote] = extractQuotes('„Wir sind zu Gesprächen bereit“, sagte Kremlsprecher Dmitri Peskow.', 'de').quotes;
    expect(quote).toMatchObject({ language: 'de', speaker: 'Dmitri Peskow' });
    expect(quote!.speakerConfidence).toBeGreaterThanOrEqual(0.9);
  });
});
