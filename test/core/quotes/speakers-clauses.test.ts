import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('the grammar of the clause that carries a quote', () => {
  it("gives a relative clause's speech verb to its antecedent, not to a name after the verb", () => {
    const english =
      'The delegation was led by Deputy Minister Karl Voss, who said in an interview with Radio Nord that the "talks were hard but honest and will go on".';
    expect(speakerOf(english, 'en', 'hard but honest')).toBe('Karl Voss');
    const german =
      'Die Gespräche leitete Staatssekretär Karl Voss, der im Gespräch mit dem Sender Radio Nord sagte, die „Verhandlungen seien hart, aber ehrlich gewesen“.';
    expect(speakerOf(german, 'de', 'hart, aber ehrlich')).toBe('Karl Voss');
    const french =
      'La délégation était menée par le vice-ministre Karl Voss, qui a déclaré à la radio publique Radio Nord que « les discussions ont été dures mais franches ».';
    expect(speakerOf(french, 'fr', 'dures mais franches')).toBe('Karl Voss');
  });

  it('reads a capitalised pronoun inside a name as a name ("Vice Premier He Lifeng")', () => {
    const english = 'The talks were chaired by Vice Premier He Lifeng, who said the "consultations were frank and in depth on every point".';
    expect(speakerOf(english, 'en', 'frank and in depth')).toMatch(/Lifeng$/);
  });

  it('does not take the subject of a verb joined by "and" after the quote from that verb\'s object', () => {
    const english =
      'Trade Minister Clara Nunes called the tariffs "an attack on our farmers and our workers" in a statement read on television, and said Portugal would appeal.';
    expect(speakerOf(english, 'en', 'attack on our farmers')).toBe('Clara Nunes');
    const spanish =
      'La ministra Clara Nunes calificó los aranceles de «un ataque contra nuestros agricultores y trabajadores» y aseguró que Portugal recurrirá.';
    expect(speakerOf(spanish, 'es', 'ataque contra nuestros')).toBe('Clara Nunes');
    // A short quote keeps its place; the name in apposition to the opening description is the subject.
    const short = 'Norway\'s trade ministry spokesman, Lars Holm, called the duties "plainly unlawful" and said Oslo would go to the WTO.';
    expect(speakerOf(short, 'en', 'plainly unlawful')).toBe('Lars Holm');
    const unnamed = "Un diplomate asiatique a dénoncé sous couvert d'anonymat « une pression inutile » et estimé que rien ne changerait.";
    expect(extractQuotes(unnamed, 'fr').quotes.find((quote) => quote.text.includes('pression inutile'))).toMatchObject({ speaker: null });
  });

  it('finds the subject that opens the sentence when an apposition stands between it and the verb', () => {
    const english =
      'Rates stayed high. Erik Lund, the bank\'s former chief economist and now a lecturer at Uppsala, has argued that "cheap money never comes back the same way".';
    expect(speakerOf(english, 'en', 'cheap money')).toBe('Erik Lund');
    const spanish =
      'La sesión fue tensa. La diputada Ana Ferrer, portavoz de la comisión de Hacienda desde 2023, advirtió que «el presupuesto no cuadra sin nuevos ingresos».';
    expect(speakerOf(spanish, 'es', 'presupuesto no cuadra')).toBe('Ana Ferrer');
  });

  it('reads "a line he repeated" after a quote as the quoted words, the speaker named before them', () => {
    const english =
      'Erik Lund, a former central banker and now a professor at a business school, has said for years that "cheap money never comes back the same way," a line he repeated on Tuesday.';
    expect(speakerOf(english, 'en', 'cheap money')).toBe('Erik Lund');
  });
});

describe('sentences that hand a quote to its speaker, and sources that name nobody', () => {
  it('reads "Mit diesen Worten" in the dative and verbs that characterise words in the present tense', () => {
    const german = 'Köln - „Der Verein gehört den Leuten auf der Tribüne.“ Mit diesen Worten eröffnete Klara Hensel am Abend die Versammlung.';
    expect(speakerOf(german, 'de', 'Leuten auf der Tribüne')).toBe('Klara Hensel');
    const present = 'Die Regierung in Oslo nennt das Manöver „eine gezielte Provokation an unserer Grenze“. Weitere Schritte blieben offen.';
    expect(speakerOf(present, 'de', 'gezielte Provokation')).not.toBeNull();
    const english = 'The mayor of Leeds, Jane Pratt, calls the plan "a betrayal of every family in the north".';
    expect(speakerOf(english, 'en', 'betrayal of every family')).toBe('Jane Pratt');
    const spanish = 'En un comunicado, la ministra Elena Ruiz ha calificado la decisión de «un error que pagarán los agricultores».';
    expect(speakerOf(spanish, 'es', 'error que pagarán')).toBe('Elena Ruiz');
  });

  it('gives nobody a statement "from circles" or from sources, even after an institution was named', () => {
    const german = 'Das Bundeskriminalamt ermittelt seit Wochen. „Die Täter waren besser vorbereitet als gedacht“, hieß es aus Ermittlerkreisen am Montag.';
    expect(speakerOf(german, 'de', 'besser vorbereitet')).toBeNull();
    const spanish =
      'Según fuentes policiales consultadas por este diario, la Guardia Civil vigilaba al grupo. «Llevaban meses preparando el golpe», han explicado estas fuentes.';
    expect(speakerOf(spanish, 'es', 'meses preparando')).toBeNull();
  });

  it('gives nobody a quote from an unnamed person whose description holds no office, but keeps an unnamed official', () => {
    const french = "Au refuge, un guide chamoniard regarde le glacier. « Quand j'ai commencé, la glace arrivait jusqu'ici », raconte un guide chamoniard.";
    expect(speakerOf(french, 'fr', 'glace arrivait')).toBeNull();
    const english = 'Talks resumed in Geneva. "We are closer to a deal than at any point this year," said a senior U.S. official.';
    expect(speakerOf(english, 'en', 'closer to a deal')).toBe('senior U.S. official');
  });
});

describe('attributions in the first person', () => {
  it("does not give an interviewee's quote to the person they say they spoke to", () => {
    const german =
      'Bundeskanzler Paul Hartmann empfing am Montag den polnischen Gast Jan Nowak in Berlin.\n\nFrage: Herr Nowak, ist die Sache erledigt?\n\nNowak: „Die Frage der Entschädigung bleibt für viele Menschen offen“, das habe ich dem Bundeskanzler heute gesagt.';
    expect(speakerOf(german, 'de', 'Entschädigung bleibt')).toMatch(/Nowak$/);
    const english =
      'Chancellor Paul Hartmann received his Polish guest Jan Nowak in Berlin on Monday.\n\nQ: Mr Nowak, is the matter closed?\n\nNowak: "The question of compensation stays open for many families," I told the chancellor today.';
    expect(speakerOf(english, 'en', 'compensation stays open')).toMatch(/Nowak$/);
  });
});

describe("names of speakers: a clause's subject, organisations, monarchs", () => {
  it('takes the subject opening a long clause before a colon, not a capitalised noun near the colon', () => {
    const german =
      'Brüssel beobachtet die Lage. Die Kommissarin Lena Hoff hatte bei ihrem letzten Besuch in Skopje Klartext gesprochen: „Der Weg nach Europa führt über freie Wahlen.“';
    expect(speakerOf(german, 'de', 'Weg nach Europa')).toBe('Lena Hoff');
  });

  it('reads "the Premier League said" as the organisation, not the club named before', () => {
    const english =
      'Leeds United were fined on Monday. "The club failed to report the payments in time and did not cooperate fully," the Premier League said in a statement.';
    expect(speakerOf(english, 'en', 'failed to report')).toBe('Premier League');
    const ministry =
      'Fighting resumed overnight. "Their troops crossed the border and attacked our posts," Chile\'s Ministry of National Defence said in a statement.';
    expect(speakerOf(ministry, 'en', 'attacked our posts')).toBe("Chile's Ministry of National Defence");
  });

  it('keeps a monarch\'s regnal number in the name and finds the monarch for "el monarca", "le roi"', () => {
    const spanish =
      'El rey Carlos III abrió la sesión en Londres. «Nuestros pueblos comparten mucho más que una historia», afirmó el monarca ante los invitados.';
    expect(speakerOf(spanish, 'es', 'Nuestros pueblos')).toBe('Carlos III');
    const french = '« Nos deux pays ont un avenir commun à construire », a déclaré Philippe VI devant les députés.';
    expect(speakerOf(french, 'fr', 'avenir commun')).toBe('Philippe VI');
  });
});

describe('a quote standing alone, then the person it introduces', () => {
  it('gives the quote to the person the next sentence opens with, by full name and an apposition', () => {
    const english =
      'KHLONG YAI, Thailand — The market opens at dawn.\n\n"Before the floods I sold forty baskets a day. Now it is half of that, on a good day." Dara Sokha, a fish seller who has worked here for twenty years, still comes every morning.';
    expect(speakerOf(english, 'en', 'forty baskets')).toBe('Dara Sokha');
    const spanish =
      'El mercado abre al amanecer.\n\n«Antes de la crecida vendía cuarenta cestas al día. Ahora vendo la mitad.» Lucía Ferrer, pescadera desde hace veinte años, sigue viniendo cada mañana.';
    expect(speakerOf(spanish, 'es', 'cuarenta cestas')).toBe('Lucía Ferrer');
  });

  it('does not read a German capitalised noun pair opening the next sentence as that person', () => {
    const german =
      'Die Brücke ist gesperrt.\n\n„Wenn die Brücke nicht hält, steht hier alles still.“ Viele Straßen, die sonst voll sind, bleiben am Morgen leer.';
    expect(speakerOf(german, 'de', 'steht hier alles still')).toBeNull();
  });
});
