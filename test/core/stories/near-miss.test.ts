import { describe, expect, it } from 'vitest';
import { clusterArticles, type ClusterCandidate } from '../../../src/core/index.js';
import { analysedCandidate } from './candidates.js';
import { prague, pragueBackground, vienna } from './tour-reports.js';

/**
 * Issue #15, two classes of story pairs. One wire template followed day by
 * day: the same traveller, the same topic, a small number in common, but
 * another partner in another city the next day, in each of four languages:
 * two events. And one event seen from several sides (the host's press, each
 * leader's, a neighbour's), each naming its own people: one event, joined on
 * one distinctive shared name when date, place and topic agree.
 */

let host: ClusterCandidate, visitor: ClusterCandidate, otherLeader: ClusterCandidate, neighbour: ClusterCandidate;
let lisbon: ClusterCandidate[], athens: ClusterCandidate[];
function keysOf(articles: ClusterCandidate[]): string[] {
  return clusterArticles(articles).map((assignment) => assignment.key);
}

describe('one traveller, one wire template, two stops', () => {
  // Day one: Lisbon and the Portuguese minister; day two: Athens and the Greek one. Two agreements and 3 delegations each day.
  lisbon = [
    analysedCandidate(
      1,
      'Japans Außenminister Iwaya wirbt in Lissabon für Seehandel',
      'Lissabon (dpa) – Japans Außenminister Takeshi Iwaya hat am Dienstag in Lissabon mit seinem portugiesischen Amtskollegen Paulo Rangel zwei Abkommen über Seehandel unterzeichnet. 3 Delegationen nahmen an den Gesprächen teil.\n\n„Offene Seewege sind unser gemeinsames Interesse“, sagte Iwaya.',
      '2026-06-02T10:00:00Z',
      'diplomacy',
    ),
    analysedCandidate(
      2,
      'Japan’s foreign minister signs maritime trade deals in Lisbon',
      'LISBON (Reuters) - Japanese Foreign Minister Takeshi Iwaya signed two maritime trade agreements with his Portuguese counterpart Paulo Rangel in Lisbon on Tuesday. 3 delegations joined the talks.\n\n"Open sea lanes are our common interest," Iwaya said.',
      '2026-06-02T11:00:00Z',
      'diplomacy',
    ),
    analysedCandidate(
      3,
      'Le chef de la diplomatie japonaise signe deux accords à Lisbonne',
      'LISBONNE (AFP) - Le ministre japonais des Affaires étrangères, Takeshi Iwaya, a signé mardi à Lisbonne deux accords sur le commerce maritime avec son homologue portugais Paulo Rangel. 3 délégations ont pris part aux discussions.\n\n« Des routes maritimes ouvertes sont notre intérêt commun », a déclaré M. Iwaya.',
      '2026-06-02T12:00:00Z',
      'diplomacy',
    ),
    analysedCandidate(
      4,
      'El canciller japonés firma en Lisboa dos acuerdos comerciales',
      'LISBOA (EFE).- El ministro de Asuntos Exteriores de Japón, Takeshi Iwaya, firmó este martes en Lisboa dos acuerdos de comercio marítimo con su homólogo portugués, Paulo Rangel. 3 delegaciones participaron en las conversaciones.\n\n«Las rutas marítimas abiertas son nuestro interés común», dijo Iwaya.',
      '2026-06-02T13:00:00Z',
      'diplomacy',
    ),
  ];
  athens = [
    analysedCandidate(
      5,
      'Japans Außenminister Iwaya wirbt in Athen für Seehandel',
      'Athen (dpa) – Japans Außenminister Takeshi Iwaya hat am Mittwoch in Athen mit seinem griechischen Amtskollegen Giorgos Gerapetritis zwei Abkommen über Seehandel unterzeichnet. 3 Delegationen nahmen an den Gesprächen teil.\n\n„Offene Seewege sind unser gemeinsames Interesse“, sagte Iwaya.',
      '2026-06-03T10:00:00Z',
      'diplomacy',
    ),
    analysedCandidate(
      6,
      'Japan’s foreign minister signs maritime trade deals in Athens',
      'ATHENS (Reuters) - Japanese Foreign Minister Takeshi Iwaya signed two maritime trade agreements with his Greek counterpart Giorgos Gerapetritis in Athens on Wednesday. 3 delegations joined the talks.\n\n"Open sea lanes are our common interest," Iwaya said.',
      '2026-06-03T11:00:00Z',
      'diplomacy',
    ),
    analysedCandidate(
      7,
      'Le chef de la diplomatie japonaise signe deux accords à Athènes',
      'ATHÈNES (AFP) - Le ministre japonais des Affaires étrangères, Takeshi Iwaya, a signé mercredi à Athènes deux accords sur le commerce maritime avec son homologue grec Giorgos Gerapetritis. 3 délégations ont pris part aux discussions.\n\n« Des routes maritimes ouvertes sont notre intérêt commun », a déclaré M. Iwaya.',
      '2026-06-03T12:00:00Z',
      'diplomacy',
    ),
    analysedCandidate(
      8,
      'El canciller japonés firma en Atenas dos acuerdos comerciales',
      'ATENAS (EFE).- El ministro de Asuntos Exteriores de Japón, Takeshi Iwaya, firmó este miércoles en Atenas dos acuerdos de comercio marítimo con su homólogo griego, Giorgos Gerapetritis. 3 delegaciones participaron en las conversaciones.\n\n«Las rutas marítimas abiertas son nuestro interés común», dijo Iwaya.',
      '2026-06-03T13:00:00Z',
      'diplomacy',
    ),
  ];

  it('joins each day’s four languages and keeps the two days apart', () => {
    const keys = keysOf([...lisbon, ...athens]);
    expect(new Set(keys.slice(0, 4)).size).toBe(1);
    expect(new Set(keys.slice(4)).size).toBe(1);
    expect(keys[0]).not.toBe(keys[4]);
  });

  it('keeps each language’s two days apart when only the one language’s reports are in the batch', () => {
    for (let language = 0; language < 4; language++) {
      const [first, second] = keysOf([lisbon[language]!, athens[language]!]);
      expect(first).not.toBe(second);
    }
  });

  it('keeps the days apart across languages: a day-one report never joins a day-two report in another language', () => {
    for (let a = 0; a < 4; a++)
      for (let b = 0; b < 4; b++) {
        if (a === b) continue;
        const [first, second] = keysOf([lisbon[a]!, athens[b]!]);
        expect(first).not.toBe(second);
      }
  });
});

describe('one traveller without datelines, cities the gazetteer does not know', () => {
  const skopje = analysedCandidate(
    1,
    'Rubio meets Macedonian leader on energy',
    'US Secretary of State Marco Rubio met Prime Minister Hristijan Mickoski in Skopje on Monday to discuss two gas supply projects, officials said.\n\n"We want reliable energy for the Balkans," Rubio said.',
    '2026-09-14T09:00:00Z',
  );
  const tirana = analysedCandidate(
    2,
    'Rubio und Rama sprechen über Energie',
    'US-Außenminister Marco Rubio hat am Dienstag in Tirana Ministerpräsident Edi Rama getroffen, um über zwei Gasprojekte zu sprechen.\n\n„Wir wollen verlässliche Energie für den Balkan“, sagte Rubio.',
    '2026-09-15T09:00:00Z',
  );
  const tiranaEs = analysedCandidate(
    3,
    'Rubio se reúne con Rama en Tirana',
    'El secretario de Estado estadounidense, Marco Rubio, se reunió este martes en Tirana con el primer ministro Edi Rama para hablar de dos proyectos de gas.\n\n«Queremos energía fiable para los Balcanes», dijo Rubio.',
    '2026-09-15T11:00:00Z',
  );

  it('keeps Skopje and Tirana apart and joins the two Tirana reports', () => {
    const [a, b, c] = keysOf([skopje, tirana, tiranaEs]);
    expect(b).toBe(c);
    expect(a).not.toBe(b);
  });
});

/** The visitor's side, filed in Rome on the day of the signing: both leaders in the lead, Tirana nowhere. */
function fromRome(weekday: string, publishedAt = '2026-10-08T18:00:00Z'): ClusterCandidate {
  return analysedCandidate(
    6,
    'Meloni: Adriagas bringt Italien neues Gas',
    `Rom (dpa) – Italiens Regierungschefin Giorgia Meloni und Albaniens Ministerpräsident Edi Rama haben am ${weekday} das Abkommen über die Gasleitung Adriagas unterzeichnet.\n\n„Italien gewinnt einen neuen Weg für sein Gas“, sagte Meloni nach ihrer Rückkehr.`,
    publishedAt,
    'diplomacy',
  );
}

describe('one event seen from several sides', () => {
  // A pipeline deal signed in Tirana: the host's press, each leader's and a neighbour's, each naming its own people.
  host = analysedCandidate(
    1,
    'Rama and Italian leader sign Adriagas pipeline deal in Tirana',
    'TIRANA - Prime Minister Edi Rama welcomed Italian Prime Minister Giorgia Meloni to Tirana on Thursday, where the two signed the Adriagas pipeline agreement after talks at the government building.\n\n"Adriagas makes Albania a bridge for energy," Rama said.',
    '2026-10-08T11:00:00Z',
    'diplomacy',
  );
  visitor = analysedCandidate(
    2,
    'Giorgia Meloni signe l’accord Adriagas à Tirana',
    'La présidente du Conseil italien, Giorgia Meloni, a signé jeudi à Tirana l’accord sur le gazoduc Adriagas avec son homologue albanais.\n\n« L’Italie gagne une nouvelle route pour son gaz », a déclaré Mme Meloni, accompagnée de son ministre de l’Énergie Gilberto Pichetto Fratin.',
    '2026-10-08T13:00:00Z',
    'diplomacy',
  );
  otherLeader = analysedCandidate(
    3,
    'Rama unterzeichnet Vertrag über neue Gasleitung',
    'Tirana (dpa) – Albaniens Regierungschef Edi Rama hat am Donnerstag in Tirana mit der italienischen Regierungschefin einen Vertrag über eine neue Gasleitung unterzeichnet.\n\n„Mit Adriagas wird Albanien eine Brücke für Energie“, sagte Rama vor Journalisten. Adriagas soll von 2029 an Gas nach Apulien leiten.',
    '2026-10-08T14:00:00Z',
    'diplomacy',
  );
  neighbour = analysedCandidate(
    4,
    'Montenegro pide sumarse al gasoducto Adriagas',
    'El primer ministro montenegrino, Milojko Spajić, pidió este jueves sumarse al gasoducto Adriagas, cuyo acuerdo firmaron Albania e Italia en Tirana.\n\n«Montenegro no puede quedarse fuera», dijo Spajić en Podgorica.',
    '2026-10-08T16:00:00Z',
    'diplomacy',
  );

  it('joins all four sides', () => {
    expect(new Set(keysOf([host, visitor, otherLeader, neighbour])).size).toBe(1);
  });

  it('joins each leader’s side with the other’s without the host’s report', () => {
    const [a, b] = keysOf([visitor, otherLeader]);
    expect(a).toBe(b);
  });

  it('joins the neighbour’s report with a leader’s side', () => {
    const [a, b] = keysOf([otherLeader, neighbour]);
    expect(a).toBe(b);
  });

  it('needs the distinctive name: the same sides on the same day in the same city without one stay apart', () => {
    const unrelated = analysedCandidate(
      5,
      'Montenegro pide ayuda contra los incendios',
      'El primer ministro montenegrino, Milojko Spajić, pidió este jueves ayuda europea contra los incendios forestales, en una reunión regional en Tirana.\n\n«Montenegro no puede quedarse solo», dijo Spajić.',
      '2026-10-08T16:00:00Z',
      'diplomacy',
    );
    const [a, b] = keysOf([otherLeader, unrelated]);
    expect(a).not.toBe(b);
  });

  it('joins the visitor’s press filed from its own capital the same day, its lead naming both leaders but not the host city', () => {
    const [a, b] = keysOf([host, fromRome('Donnerstag')]);
    expect(a).toBe(b);
  });

  it('joins it the next morning too, on the two leaders both leads name, though the leads place the event apart', () => {
    const [a, b] = keysOf([host, fromRome('Donnerstag', '2026-10-09T07:00:00Z')]);
    expect(a).toBe(b);
  });

  it('keeps apart a report from another capital that names another weekday: another place and another day', () => {
    const [a, b] = keysOf([host, fromRome('Freitag')]);
    expect(a).not.toBe(b);
  });

  it('joins one event its leads place at two scales ("at Bürgenstock", "Luzern"), one host leading both, within hours or on one weekday', () => {
    const resort = (day: string) =>
      analysedCandidate(
        7,
        'Cassis opens Alpine grid conference',
        `Swiss Foreign Minister Ignazio Cassis opened a conference on the Alpine power grid at Bürgenstock${day}.\n\n"Our grids end at no border," Cassis told ministers at the resort above Lucerne.`,
        '2026-10-05T09:00:00Z',
        'diplomacy',
      );
    const city = (day: string, publishedAt: string) =>
      analysedCandidate(
        8,
        'Cassis eröffnet Konferenz zum Stromnetz',
        `Luzern (dpa) – Der Schweizer Außenminister Ignazio Cassis hat${day} eine Konferenz über das Stromnetz der Alpen eröffnet.\n\n„Unsere Netze enden an keiner Grenze“, sagte Cassis vor den Ministern auf dem Bürgenstock.`,
        publishedAt,
        'diplomacy',
      );
    const [a, b] = keysOf([resort(''), city('', '2026-10-05T14:00:00Z')]);
    expect(a).toBe(b);
    const [c, d] = keysOf([resort(' on Monday'), city(' am Montag', '2026-10-06T05:00:00Z')]);
    expect(c).toBe(d);
  });

  it('needs the date: the neighbour’s report a day and a half later is another event', () => {
    const later = { ...neighbour, publishedAt: new Date('2026-10-10T02:00:00Z') };
    const [a, b] = keysOf([otherLeader, later]);
    expect(a).not.toBe(b);
  });
});

describe('one tour from one wire template, with the template’s hard variants', () => {
  it('joins each stop’s four languages', () => {
    expect(new Set(keysOf(vienna)).size).toBe(1);
    expect(new Set(keysOf(prague)).size).toBe(1);
    expect(new Set(keysOf(pragueBackground)).size).toBe(1);
  });

  it('keeps the two stops apart with all eight reports in one batch', () => {
    const keys = keysOf([...vienna, ...prague]);
    const shared = keys.slice(0, 4).filter((key) => keys.slice(4).includes(key));
    expect(shared).toEqual([]);
  });

  it('keeps every Vienna report apart from every Prague report, in the same language and across languages, 18 to 30 hours apart', () => {
    const joined: string[] = [];
    for (const a of vienna)
      for (const b of [...prague, ...pragueBackground]) {
        const [first, second] = keysOf([a, b]);
        if (first === second) joined.push(`${String(a.id)}+${String(b.id)}`);
      }
    expect(joined).toEqual([]);
  });
});
