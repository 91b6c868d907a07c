import { expect, it } from 'vitest';
import { clusterArticles } from '../../../src/core/index.js';
import { analysedCandidate } from './candidates.js';

/**
 * Issue #15: reports written apart join on one distinctive shared name when
 * date, place and topic agree, in whatever form each language gives the place;
 * they stay apart when the other participants and the place differ.
 */

it('joins one event whose datelines carry an agency and name the city each in its own language ("COPENHAGUE (AFP) -", "Kopenhagen (dpa) –")', () => {
  const en = analysedCandidate(
    1,
    'Tanker fire closes Port of Copenhagen',
    'COPENHAGEN (Reuters) - A fire on a chemical tanker forced the authorities to close the harbour on Wednesday and to evacuate nearby streets, the fire service said.\n\n"The smoke is toxic," fire chief Lars Bech told reporters.',
    '2026-03-11T10:00:00Z',
  );
  const de = analysedCandidate(
    2,
    'Brand auf Tanker legt Hafen lahm',
    'Kopenhagen (dpa) – Ein Brand auf einem Chemietanker hat die Behörden am Mittwoch gezwungen, den Hafen zu schließen und umliegende Straßen zu räumen.\n\n„Der Rauch ist giftig“, sagte Feuerwehrchef Lars Bech.',
    '2026-03-11T12:00:00Z',
  );
  const fr = analysedCandidate(
    3,
    'Incendie sur un pétrolier : le port fermé',
    'COPENHAGUE (AFP) - Un incendie à bord d’un pétrolier chimique a contraint mercredi les autorités à fermer le port et à évacuer les rues voisines.\n\n« La fumée est toxique », a déclaré le chef des pompiers, Lars Bech.',
    '2026-03-11T13:00:00Z',
  );
  const es = analysedCandidate(
    4,
    'Un incendio en un petrolero obliga a cerrar el puerto',
    'COPENHAGUE (EFE).- Un incendio en un petrolero químico obligó este miércoles a las autoridades a cerrar el puerto y a desalojar las calles cercanas.\n\n«El humo es tóxico», declaró el jefe de bomberos, Lars Bech.',
    '2026-03-11T14:00:00Z',
  );
  const keys = clusterArticles([en, de, fr, es]).map((a) => a.key);
  expect(new Set(keys).size).toBe(1);
});

it('keeps one traveller’s two stops apart though each report names the other city in passing: another counterpart, another city, the next day', () => {
  const warsawDe = analysedCandidate(
    1,
    'Barrot wirbt in Warschau für gemeinsame Luftabwehr',
    'Warschau (AFP) – Der französische Außenminister Jean-Noël Barrot hat bei einem Besuch in Warschau für eine gemeinsame Luftabwehr an der Ostflanke geworben. Er traf seinen polnischen Amtskollegen Radosław Sikorski zu einem Gespräch im Außenministerium.\n\n„Unsere Sicherheit ist unteilbar“, sagte Barrot nach dem Treffen. Am Donnerstag reist Barrot weiter nach Vilnius.',
    '2026-04-08T11:00:00Z',
  );
  const warsawEn = analysedCandidate(
    2,
    'French foreign minister pushes joint air defence in Warsaw visit',
    'WARSAW (AP) - French Foreign Minister Jean-Noël Barrot called on Wednesday for a joint air defence of the eastern flank during a visit to Warsaw, where he held talks with his Polish counterpart Radosław Sikorski.\n\n"Our security is indivisible," Barrot told reporters after the meeting. He travels on to Vilnius on Thursday.',
    '2026-04-08T13:00:00Z',
  );
  const vilniusDe = analysedCandidate(
    3,
    'Barrot wirbt in Vilnius für gemeinsame Luftabwehr',
    'Vilnius (AFP) – Der französische Außenminister Jean-Noël Barrot hat bei einem Besuch in Vilnius für eine gemeinsame Luftabwehr an der Ostflanke geworben. Er traf seinen litauischen Amtskollegen Kęstutis Budrys zu einem Gespräch im Außenministerium.\n\n„Unsere Sicherheit ist unteilbar“, sagte Barrot nach dem Treffen, wie zuvor in Warschau. Am Freitag kehrt Barrot nach Paris zurück.',
    '2026-04-09T11:00:00Z',
  );
  const vilniusEn = analysedCandidate(
    4,
    'French foreign minister pushes joint air defence in Vilnius visit',
    'VILNIUS (AP) - French Foreign Minister Jean-Noël Barrot called on Thursday for a joint air defence of the eastern flank during a visit to Vilnius, where he held talks with his Lithuanian counterpart Kęstutis Budrys.\n\n"Our security is indivisible," Barrot told reporters after the meeting, as he had in Warsaw. He returns to Paris on Friday.',
    '2026-04-09T13:00:00Z',
  );
  const [a, b, c, d] = clusterArticles([warsawDe, warsawEn, vilniusDe, vilniusEn]).map((x) => x.key);
  expect(a).toBe(b);
  expect(c).toBe(d);
  expect(a).not.toBe(c);
});

it('joins reports one desk files under summits and another under diplomacy when their leads place the visit alike', () => {
  const es = analysedCandidate(
    1,
    'Meloni y Tebboune firman en Argel un acuerdo sobre gas',
    'ARGEL (EFE).- La primera ministra italiana, Giorgia Meloni, y el presidente argelino, Abdelmadjid Tebboune, firmaron este lunes en Argel un acuerdo para ampliar el gasoducto Transmed, tras una reunión en el palacio presidencial.\n\n«Argelia es un socio fiable», dijo Meloni.',
    '2026-05-04T15:00:00Z',
    'diplomacy',
  );
  const fr = analysedCandidate(
    2,
    'Giorgia Meloni reçue par le président Tebboune',
    'ALGER - Le président Abdelmadjid Tebboune a reçu lundi à Alger la présidente du Conseil italien, Giorgia Meloni. Les deux dirigeants ont signé un accord pour étendre le gazoduc Transmed.\n\n« L’Algérie honore ses engagements », a déclaré le président Tebboune.',
    '2026-05-04T17:00:00Z',
    'summits',
  );
  const [a, b] = clusterArticles([es, fr]).map((x) => x.key);
  expect(a).toBe(b);
});

it('keeps one traveller’s two capitals apart when both leads also name the continent ("in West Africa"): a continent places no event', () => {
  const accra = analysedCandidate(
    1,
    'Spanish foreign minister signs port deal in Ghana',
    'ACCRA, Mar 9 (Reuters) - Spanish Foreign Minister José Manuel Albares signed a port investment deal with Ghana on Monday, on his first tour in West Africa.\n\n"Ghana is a gateway," Albares said.',
    '2026-03-09T15:00:00Z',
  );
  const lome = analysedCandidate(
    2,
    'Spanish foreign minister signs port deal in Togo',
    'LOME, Mar 10 (Reuters) - Spanish Foreign Minister José Manuel Albares signed a port investment deal with Togo on Tuesday, on his first tour in West Africa.\n\n"Togo is a gateway," Albares said.',
    '2026-03-10T14:00:00Z',
  );
  const [a, b] = clusterArticles([accra, lome]).map((x) => x.key);
  expect(a).not.toBe(b);
});

it('joins a trade envoy’s visit one desk files under trade and another under diplomacy when the leads place it alike', () => {
  const de = analysedCandidate(
    1,
    'EU-Handelskommissar unterzeichnet in Chile drei Absichtserklärungen',
    'Santiago de Chile (dpa) – EU-Handelskommissar Maroš Šefčovič hat bei einem Besuch in Chile drei Absichtserklärungen über Lithium, Wasserstoff und Zölle unterzeichnet.\n\n„Chile ist ein Partner für die Energiewende“, sagte Šefčovič.',
    '2026-04-14T18:00:00Z',
    'trade',
  );
  const es = analysedCandidate(
    2,
    'Boric recibe al comisario europeo en La Moneda',
    'El presidente chileno recibió este martes en La Moneda al comisario europeo Maroš Šefčovič, con quien firmó tres memorandos de entendimiento sobre litio e hidrógeno verde para Chile.\n\n«Chile no quiere solo vender litio», dijo el canciller.',
    '2026-04-14T20:00:00Z',
    'diplomacy',
  );
  const [a, b] = clusterArticles([de, es]).map((x) => x.key);
  expect(a).toBe(b);
  // A summit is no trade mission: the same two reports filed under trade and summits stay apart.
  const [c, d] = clusterArticles([de, { ...es, topics: [{ id: 'summits', score: 0.9, evidence: [] }] }]).map((x) => x.key);
  expect(c).not.toBe(d);
});
