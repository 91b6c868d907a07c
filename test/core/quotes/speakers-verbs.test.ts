import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('verbs of saying in every form a report uses', () => {
  it('reads an imperfect or less common verb of saying with an unnamed source as nobody, not the speaker before', () => {
    const spanish =
      'La alcaldesa Marta Ibáñez visitó el puerto. «El muelle volverá a abrir en abril», dijo Ibáñez.\n\n«Aquí no ha cobrado nadie desde el verano», comentaba un pescador junto a las redes.';
    expect(speakerOf(spanish, 'es', 'desde el verano')).toBeNull();
    const french =
      'La maire Claire Vasseur a visité le port. « Le quai rouvrira en avril », a déclaré Vasseur.\n\n« Ici, personne n’a été payé depuis l’été », racontait un pêcheur devant ses filets.';
    expect(speakerOf(french, 'fr', 'depuis l’été')).toBeNull();
    const german =
      'Bürgermeisterin Clara Voss besuchte den Hafen. „Der Kai öffnet im April wieder“, sagte Voss.\n\n„Hier hat seit dem Sommer keiner Geld gesehen“, spottete ein Fischer neben seinen Netzen.';
    expect(speakerOf(german, 'de', 'seit dem Sommer')).toBeNull();
    const english =
      'Mayor Clara Voss visited the harbour. "The quay will reopen in April," Voss said.\n\n"Nobody here has been paid since the summer," grumbled a fisherman beside his nets.';
    expect(speakerOf(english, 'en', 'since the summer')).toBeNull();
  });

  it('gives a quote followed by a bare verb of saying to the person the paragraph is about (Spanish drops the subject)', () => {
    const spanish =
      'La ministra de Sanidad, Lucía Ferrer, recibe a este diario en su despacho.\n\n«Las listas de espera bajarán antes del verano», resume. La ministra cree que el plan funcionará.\n\n¿Y si no funciona? «Entonces habrá que cambiarlo», contesta.';
    expect(speakerOf(spanish, 'es', 'listas de espera')).toBe('Lucía Ferrer');
    expect(speakerOf(spanish, 'es', 'habrá que cambiarlo')).toBe('Lucía Ferrer');
  });

  it('reads the named speaker through regular forms nobody listed one by one', () => {
    expect(speakerOf('«No aceptaremos ese recorte», replicaba Tomás Vidal, el líder sindical.', 'es', 'ese recorte')).toBe('Tomás Vidal');
    expect(speakerOf('« Nous n’accepterons pas cette coupe », rétorquait Lucie Morel, la dirigeante syndicale.', 'fr', 'cette coupe')).toBe('Lucie Morel');
    expect(speakerOf('„Diese Kürzung nehmen wir nicht hin“, entgegnete Gewerkschaftschefin Lena Brandt.', 'de', 'Kürzung')).toBe('Lena Brandt');
    expect(speakerOf('"We will not accept this cut," countered union leader Sarah Doyle.', 'en', 'this cut')).toBe('Sarah Doyle');
  });
});

describe('words that open a sentence capitalised and are no speaker', () => {
  it('does not take an indefinite pronoun opening the next sentence for the speaker of a quote', () => {
    const french = 'Le sommet s’est ouvert à Dakar.\n\n« La région ne peut plus attendre. » Personne ne peut répondre seul à cette menace, a-t-il ajouté.';
    expect(speakerOf(french, 'fr', 'plus attendre')).not.toBe('Personne');
    const spanish = 'La cumbre se abrió en Dakar.\n\n«La región no puede esperar más.» Nadie puede responder solo a esta amenaza, añadió.';
    expect(speakerOf(spanish, 'es', 'esperar más')).not.toBe('Nadie');
    const german = 'Der Gipfel begann in Dakar.\n\n„Die Region kann nicht länger warten.“ Niemand kann allein darauf antworten, fügte er hinzu.';
    expect(speakerOf(german, 'de', 'länger warten')).not.toBe('Niemand');
    const english = 'The summit opened in Dakar.\n\n"The region cannot wait any longer." Nobody can answer this threat alone, he added.';
    expect(speakerOf(english, 'en', 'wait any longer')).not.toBe('Nobody');
  });

  it('gives a post to its author, not to the network it was posted on', () => {
    const english = 'President Lars Holm has posted on Truth Social again this evening. "A great night for our party," he wrote.';
    expect(speakerOf(english, 'en', 'great night')).toBe('Lars Holm');
    const german = 'Präsident Lars Holm meldete sich am Abend auf Bluesky zu Wort. „Ein großer Abend für unsere Partei“, schrieb er.';
    expect(speakerOf(german, 'de', 'großer Abend')).toBe('Lars Holm');
  });
});

describe('a pronoun goes to the last subject, not to the agent of a participle', () => {
  it('passes over a name after "by" / "par" / "por" to the person the paragraph is about', () => {
    const english =
      'Mark Ross spoke in Brussels. "Moscow wants time," he said. The former minister is at odds with the talks led by U.S. envoy Paul Gray. He said the EU would not lift sanctions. "Any deal without Europe will not hold," he said.';
    expect(speakerOf(english, 'en', 'will not hold')).toBe('Mark Ross');
    const french =
      'Marc Roux a parlé à Bruxelles. « Moscou veut gagner du temps », a-t-il dit. L’ancien ministre critique les négociations menées par l’émissaire américain Paul Girard. Il a dit que l’UE ne lèverait pas les sanctions. « Aucun accord sans l’Europe ne tiendra », a-t-il ajouté.';
    expect(speakerOf(french, 'fr', 'ne tiendra')).toBe('Marc Roux');
    const spanish =
      'Ana Ruiz habló en Bruselas. «Moscú quiere ganar tiempo», dijo. La exministra critica las negociaciones encabezadas por el enviado Pablo Gil. Aseguró que la UE no levantaría las sanciones. «Ningún acuerdo sin Europa se sostendrá», añadió.';
    expect(speakerOf(spanish, 'es', 'se sostendrá')).toBe('Ana Ruiz');
  });
});

describe('"the agency said" goes back to the institution the narrator named, not to a word inside a quotation', () => {
  it('skips the capitalised noun the speaker before used inside their quote', () => {
    const english =
      'The Food Standards Agency fined the bakery on Monday. "We told the Agency everything we knew," the owner, Tom Hale, said. "The bakery ignored every warning for a year," the agency said.';
    expect(speakerOf(english, 'en', 'every warning')).toBe('Food Standards Agency');
    const spanish =
      'La Agencia Española de Seguridad Alimentaria multó a la panadería el lunes. «Le contamos todo a la Agencia», dijo el dueño, Pablo Gil. «La panadería ignoró todas las advertencias», señaló la agencia.';
    expect(speakerOf(spanish, 'es', 'todas las advertencias')).toBe('Agencia Española de Seguridad Alimentaria');
    const german =
      'Die Lebensmittelbehörde verhängte am Montag eine Strafe gegen die Bäckerei. „Wir haben der Behörde alles gesagt“, sagte der Inhaber Paul Gerber. „Die Bäckerei hat jede Warnung ignoriert“, teilte die Behörde mit.';
    expect(speakerOf(german, 'de', 'jede Warnung')).toBe('Lebensmittelbehörde');
    const french =
      'L’Agence nationale de sécurité sanitaire a sanctionné la boulangerie lundi. « Nous avons tout dit à l’Agence », a déclaré le patron, Paul Girard. « La boulangerie a ignoré tous les avertissements », a indiqué l’agence.';
    expect(speakerOf(french, 'fr', 'tous les avertissements')).toMatch(/^Agence nationale/);
  });
});

describe('a description with a name in apposition is the name, not the description’s last capitalised word', () => {
  it('gives a quote after the sentence "the president of the Northern Region, X, said that …" to X', () => {
    const french =
      'Le vote a été reporté. La présidente de la région Nord, Claire Vasseur, a estimé que le vote devait attendre. « Aucun scrutin ne peut se tenir dans ces conditions. »';
    expect(speakerOf(french, 'fr', 'Aucun scrutin')).toBe('Claire Vasseur');
    const english =
      'The vote was postponed. The governor of the Northern Province, Claire Vance, has said that the vote must wait. "No election can be held under these conditions."';
    expect(speakerOf(english, 'en', 'No election')).toBe('Claire Vance');
    const spanish =
      'La votación se aplazó. La presidenta de la región Norte, Clara Vidal, ha dicho que la votación debe esperar. «Ninguna elección puede celebrarse en estas condiciones.»';
    expect(speakerOf(spanish, 'es', 'Ninguna elección')).toBe('Clara Vidal');
    const german =
      'Die Wahl wurde verschoben. Die Präsidentin der Region Nord, Clara Voss, hat gesagt, die Wahl müsse warten. „Keine Wahl kann unter diesen Bedingungen stattfinden.“';
    expect(speakerOf(german, 'de', 'Keine Wahl')).toBe('Clara Voss');
  });

  it('finds the apposition after a long description that follows an inverted verb', () => {
    const spanish = '«La frontera seguirá cerrada», escribió en la red social X el portavoz del Gobierno regional, Tomás Vidal, quien no dio más detalles.';
    expect(speakerOf(spanish, 'es', 'seguirá cerrada')).toBe('Tomás Vidal');
  });
});

describe('a quantifier or a German noun phrase is no name', () => {
  // German capitalises the noun after a quantifier; elsewhere the noun is lower case and the quantifier stands alone.
  it('does not give "she said" to a group opened by a quantifier', () => {
    const german =
      'Die Geschäftsführerin des Verbands, Tanja Berg, warnte vor den Folgen. Viele Zulieferer exportierten einen großen Teil ihrer Produktion. „Für viele Betriebe ist das eine existenzielle Frage“, sagte sie.';
    expect(speakerOf(german, 'de', 'existenzielle Frage')).toBe('Tanja Berg');
  });

  it('reads a German capitalised word after a preposition or article and a declined adjective as a noun', () => {
    const title =
      'Am Ende setzte sich Sabine Kraus gegen den langjährigen Präsidenten Herbert Mayr durch. Mayr gratulierte fair. „Ich akzeptiere das Ergebnis“, sagte der 71-Jährige.';
    expect(speakerOf(title, 'de', 'akzeptiere')).toBe('Herbert Mayr');
    const applause =
      'Am Ende setzte sich Sabine Kraus gegen Herbert Mayr durch. Die Steuerberaterin hatte mehr Transparenz versprochen. „Dieser Verein gehört den Mitgliedern“, sagte die neue Präsidentin unter großem Beifall.';
    expect(speakerOf(applause, 'de', 'Verein gehört')).toBe('Sabine Kraus');
    expect(speakerOf('Ursula von der Leyen reiste nach Kiew. „Europa steht an Ihrer Seite“, sagte von der Leyen.', 'de', 'Seite')).toBe('Ursula von der Leyen');
  });
});

describe('short quoted terms and former office holders', () => {
  it('does not take a short quoted term for speech when the verb right after it has it as subject', () => {
    expect(extractQuotes('Der Film „Die Stille danach“ erzählt von einer Stadt nach dem Anschlag.', 'de').quotes).toHaveLength(0);
    expect(extractQuotes('The so-called "peace plan" continued to stall in the Senate.', 'en').quotes).toHaveLength(0);
    expect(extractQuotes('Le « plan de paix » poursuit son chemin au Sénat.', 'fr').quotes).toHaveLength(0);
    expect(extractQuotes('El llamado «plan de paz» señala un calendario de retirada.', 'es').quotes).toHaveLength(0);
  });

  it('resolves a former office ("el exjefe del Gobierno", "l’ex-Premier ministre", "der Ex-Kanzler", "the ex-president") to the person named before', () => {
    const spanish =
      'José Luis Ramírez Soto, expresidente del Gobierno español, llegó a Caracas. Fuentes diplomáticas han explicado que lleva una lista. «La diplomacia discreta es la que da resultados», insistió el exjefe del Gobierno.';
    expect(speakerOf(spanish, 'es', 'diplomacia discreta')).toBe('José Luis Ramírez Soto');
    const french =
      'Dominique Lavergne, ancien Premier ministre, est arrivé à Caracas. Des sources diplomatiques ont expliqué qu’il avait une liste. « La diplomatie discrète est celle qui donne des résultats », a insisté l’ex-Premier ministre devant la presse.';
    expect(speakerOf(french, 'fr', 'diplomatie discrète')).toBe('Dominique Lavergne');
    const german =
      'Gerhard Berger, früherer Bundeskanzler, kam in Caracas an. Diplomaten sagten, er habe eine Liste dabei. „Stille Diplomatie bringt Ergebnisse“, betonte der Ex-Kanzler vor der Presse.';
    expect(speakerOf(german, 'de', 'Stille Diplomatie')).toBe('Gerhard Berger');
    const english =
      'Gerald Burke, a former president, arrived in Caracas. Diplomats said he had a list. "Quiet diplomacy gets results," the ex-president told reporters.';
    expect(speakerOf(english, 'en', 'Quiet diplomacy')).toBe('Gerald Burke');
  });
});
