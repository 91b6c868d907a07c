import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('speakers on articles the rules have not seen', () => {
  it('does not continue the previous speaker past an unnamed person introduced in between', () => {
    const english =
      'Mayor Tom Whitaker opened the meeting. "The bridge will be repaired by spring," Whitaker said.\n\nOne angry shop owner, who did not give his name, said he had heard that before. "Nobody believes these dates any more."';
    expect(speakerOf(english, 'en', 'these dates')).toBeNull();
    const german =
      'Landrätin Petra Keller eröffnete die Sitzung. „Die Brücke wird bis zum Frühjahr saniert“, sagte Keller.\n\nEine Rentnerin aus dem Nachbardorf schüttelte den Kopf. „Das glaubt hier doch niemand mehr.“';
    expect(speakerOf(german, 'de', 'glaubt hier')).toBeNull();
    const french =
      'Le maire Paul Girard a ouvert la séance. « Le pont sera réparé au printemps », a déclaré Girard.\n\nUn retraité du quartier hausse les épaules. « Personne ne croit plus à ces promesses. »';
    expect(speakerOf(french, 'fr', 'ces promesses')).toBeNull();
    const spanish =
      'El alcalde Luis Romero abrió la sesión. «El puente estará reparado en primavera», dijo Romero.\n\nUna vecina del barrio se encogió de hombros. «Aquí ya nadie se cree esas fechas.»';
    expect(speakerOf(spanish, 'es', 'esas fechas')).toBeNull();
  });

  it('reads a known full name with one more name word after it as somebody else (a Spanish double surname)', () => {
    const spanish =
      'El portavoz del Ejército, coronel Pedro Sánchez Molina, compareció el lunes. «Las patrullas seguirán en la frontera hasta nueva orden», aseguró el coronel.';
    expect(speakerOf(spanish, 'es', 'patrullas seguirán')).toBe('Pedro Sánchez Molina');
    const english = 'Prime Minister Pedro Sánchez spoke in Madrid. "Spain will keep its word," Sánchez said.';
    expect(speakerOf(english, 'en', 'keep its word')).toBe('Pedro Sánchez');
  });

  it('does not give "he said" to the last named man after an unnamed person came in', () => {
    const french =
      "« Nous ne céderons pas », a affirmé le ministre Marc Delaunay.\n\nPour un diplomate asiatique présent à la réunion, l'accord reste fragile. « Rien n'est encore signé », glisse-t-il.";
    expect(speakerOf(french, 'fr', 'encore signé')).toBeNull();
  });

  it('gives a quote with no attribution to the speaker the sentences just before introduced by name or office', () => {
    const german =
      'Verkehrsministerin Anke Brandt sprach von einem Rückschlag. Die Prüfung habe Mängel an drei Pfeilern ergeben. „Wir werden keine Abkürzung nehmen, nur weil es eilig ist.“';
    expect(speakerOf(german, 'de', 'keine Abkürzung')).toBe('Anke Brandt');
    const english =
      '"We will reopen the road in May," said county engineer Ruth Calder.\n\nThe delay was the contractor\'s fault, the engineer conceded. "We should have checked the piers a year ago."';
    expect(speakerOf(english, 'en', 'checked the piers')).toBe('Ruth Calder');
  });

  it('finds the speaker named by the sentence after a quote: a handover noun, "with these words", a name with a verb', () => {
    const english =
      'Prices rose again in March.\n\n"Households are paying for a shock that has already passed." That was the verdict of Maria Olsen, an economist at the Nordic Bank, who expects rates to fall.';
    expect(speakerOf(english, 'en', 'already passed')).toBe('Maria Olsen');
    const statement =
      'Rescuers worked through the night.\n\n"We have found two more survivors under the roof." The statement came from Ivan Petrov, the regional fire chief.';
    expect(speakerOf(statement, 'en', 'two more survivors')).toBe('Ivan Petrov');
    const spanish =
      'La cumbre terminó sin acuerdo.\n\n«No hemos venido a firmar cualquier cosa.»\n\nCon estas palabras resumió Elena Castaño la jornada, en la que las delegaciones discutieron durante horas.';
    expect(speakerOf(spanish, 'es', 'firmar cualquier cosa')).toBe('Elena Castaño');
    const french =
      "La région manque de médecins. « Nous formons trop peu et trop tard. » Sophie Marchand a ajouté que la situation s'aggraverait d'ici à cinq ans dans les petites villes du département.";
    expect(speakerOf(french, 'fr', 'trop peu')).toBe('Sophie Marchand');
    const german =
      'Das Rathaus war am Morgen gesperrt. „Wir sehen einen gezielten Angriff auf unsere Verwaltung.“ So beschrieb der Leiter der Stadtverwaltung den Vorfall am Mittwoch. Jonas Rieger sagte, die Polizei ermittle bereits seit dem frühen Morgen.';
    expect(speakerOf(german, 'de', 'gezielten Angriff')).toBe('Jonas Rieger');
  });

  it('resolves a description by the nationality the article gave, and gives none when nobody is known to fit', () => {
    const spanish =
      'La ministra de Exteriores, Marta Ruiz, y su homóloga argelina, Amina Belkacem, se reunieron en Argel.\n\nBelkacem, por su parte, pidió paciencia. «Argelia cumplirá lo firmado», dijo la jefa de la diplomacia argelina.';
    expect(speakerOf(spanish, 'es', 'cumplirá lo firmado')).toBe('Amina Belkacem');
    const german =
      'Handelskommissar Pavol Hrnčiar und Handelsminister Tom Brady verhandelten in Genf.\n\nBrady blieb hart. „Wir zahlen nicht doppelt.“\n\nDer Slowake konterte: „Das ist so nicht richtig.“';
    expect(speakerOf(german, 'de', 'so nicht richtig')).toBeNull();
  });

  it('gives a description to the person its paragraph is about when two people hold that office', () => {
    const german =
      'Kanzler Friedrich Merz empfing den tschechischen Regierungschef Petr Novák in Berlin. „Wir stehen zusammen“, sagte Merz.\n\nNovák selbst wurde deutlicher. Tschechien habe genug gewartet. „Wir brauchen Taten statt Papiere“, sagte der Regierungschef.';
    expect(speakerOf(german, 'de', 'Taten statt')).toBe('Petr Novák');
    const french =
      "Le scrutin a opposé Luc Moreau et Henri Duval.\n\nDevant ses partisans, le vainqueur a promis l'unité. « Je serai le maire de tous », a déclaré l'ancien banquier.\n\nHenri Duval a reconnu sa défaite.";
    expect(speakerOf(french, 'fr', 'maire de tous')).toBeNull();
  });

  it('takes no geographic feature, firm, ship, portfolio or newspaper for a speaker', () => {
    const english =
      'Prime Minister Anna Lind visited the port near the Baltic Strait on Monday. "Our navy will stay," she said.\n\nA memo seen by the Guardian said: "Patrols will double next month."';
    expect(speakerOf(english, 'en', 'Our navy')).toBe('Anna Lind');
    expect(speakerOf(english, 'en', 'Patrols will double')).toBeNull();
    const firm =
      '"Attackers go for the supplier nobody watches," said Dana Whitfield, a security researcher.\n\nShe said the intruders had spent weeks inside Northgate Diagnostics before striking. "They knew exactly what to encrypt," she added.';
    expect(speakerOf(firm, 'en', 'exactly what')).toBe('Dana Whitfield');
    const portfolio =
      'Irish Trade Minister Sean Byrne welcomed the deal in Dublin.\n\n"The deal opens doors for our farmers," Byrne said.\n\nThe agreement still needs the approval of parliament. "And for our carmakers too," the minister added.';
    expect(speakerOf(portfolio, 'en', 'carmakers too')).toBe('Sean Byrne');
  });

  it('takes an acronym after an article for the organisation, not a person or nobody', () => {
    const spanish = '«No habrá ataques durante las fiestas», señaló el FRN en un comunicado difundido por radio.';
    expect(speakerOf(spanish, 'es', 'durante las fiestas')).toBe('FRN');
    const german = '„Wir lehnen das ab“, sagte der SPD-Fraktionschef Karl Maier in Berlin.';
    expect(speakerOf(german, 'de', 'lehnen das ab')).toBe('Karl Maier');
  });

  it('completes a family name written first before a hyphenated given name', () => {
    const english =
      'Korean President Park Min-jun met Japanese officials in Busan.\n\n"We can choose how we treat our neighbours," Park told reporters.\n\nLater he spoke about history. "The past is not a bill," he said.';
    expect(speakerOf(english, 'en', 'treat our neighbours')).toBe('Park Min-jun');
    expect(speakerOf(english, 'en', 'not a bill')).toBe('Park Min-jun');
  });
});

describe('interviews, single names and speakers further after the verb', () => {
  it('reads interview labels written in capitals with a title, in French and Spanish, and gives questions no speaker', () => {
    const french =
      'Le ministre Paul Vernier a répondu à nos questions.\n\nQUESTION : Le port va-t-il rouvrir ?\n\nM. VERNIER : « Le port rouvrira dès que les digues seront sûres. » Nous avons déjà engagé les travaux.';
    expect(speakerOf(french, 'fr', 'digues seront')).toBe('Paul Vernier');
    const spanish =
      'La ministra Carmen Olmedo habló con la prensa.\n\nPREGUNTA: ¿Cuándo abrirá el puerto?\n\nSRA. OLMEDO: «El puerto abrirá cuando los diques sean seguros.» Ya hemos empezado las obras.';
    expect(speakerOf(spanish, 'es', 'diques sean')).toBe('Carmen Olmedo');
  });

  it('gives answer marks to the person the interview is held with, not the first person named', () => {
    const spanish =
      'Tras la visita de Pedro Sánchez a la planta, entrevista a Lucía Prado, directora del centro.\n\nP: ¿Qué cambia?\n\nR: «Cambia todo, porque ahora tenemos financiación para cinco años.»\n\nP: ¿Y el personal?\n\nR: «Contrataremos a cuarenta técnicos antes del verano.»';
    expect(speakerOf(spanish, 'es', 'financiación para cinco')).toBe('Lucía Prado');
    const english =
      'After Mayor Tom Reed opened the plant, we spoke with Nora Quinn, its director.\n\nQ: What changes?\n\nA: "Everything changes, because we now have funding for five years."\n\nQ: And the staff?\n\nA: "We will hire forty technicians before the summer."';
    expect(speakerOf(english, 'en', 'funding for five')).toBe('Nora Quinn');
  });

  it('completes a single name that starts exactly one full name the article gives', () => {
    const english = 'The Indian grandmaster Arvind Raghunathan won the game in 60 moves.\n\n"I did not expect the sacrifice," Arvind said afterwards.';
    expect(speakerOf(english, 'en', 'expect the sacrifice')).toBe('Arvind Raghunathan');
  });

  it('finds a full name after the verb past a listener and a place, but not one governed by "con"', () => {
    const spanish = '«Las sanciones llegan tarde», dijo a la radio desde Miami Ernesto Villalba, exdiputado opositor.';
    expect(speakerOf(spanish, 'es', 'llegan tarde')).toBe('Ernesto Villalba');
    const governed = '«Las sanciones llegan tarde», dijo el lunes tras reunirse con Ernesto Villalba en Miami.';
    expect(speakerOf(governed, 'es', 'llegan tarde')).not.toBe('Ernesto Villalba');
  });

  it('does not give "she said" to the woman named before when a relative was introduced in between', () => {
    const french =
      "« Nous attendions ce jour », a déclaré la ministre Claire Aubert.\n\nSa sœur, venue à l'aéroport, a parlé aux journalistes. « Elle a beaucoup maigri », a-t-elle dit.";
    expect(speakerOf(french, 'fr', 'beaucoup maigri')).toBeNull();
  });

  it('does not continue a speaker after "su rival" opens a sentence, but does after "his opponent" as an object', () => {
    const spanish =
      'Marta Gil, que busca la reelección, votó temprano. «Hoy gana el club», dijo Gil.\n\nSu rival ha centrado la campaña en la deuda. «Queremos cuentas claras para los socios de una vez.»';
    expect(speakerOf(spanish, 'es', 'cuentas claras')).toBeNull();
    const english =
      '"We will win in June," Adam Nowak told supporters. Piotr Lis attacked his opponent within minutes. "Adam Nowak speaks for the capital, not the country," he said.';
    expect(speakerOf(english, 'en', 'speaks for the capital')).toBe('Piotr Lis');
  });

  it('gives a description of party to the person named before', () => {
    const english = 'Representative Mike Dalton kept his majority in the vote on Tuesday.\n\n"We held the line," the Ohio Republican told reporters.';
    expect(speakerOf(english, 'en', 'held the line')).toBe('Mike Dalton');
  });
});
