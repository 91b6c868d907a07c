import { describe, expect, it } from 'vitest';
import { clusterArticles, extractEntities, type LanguageCode } from '../../../src/core/index.js';
import { tokenTable } from '../../../src/core/text/index.js';
import { leadOf } from '../../../src/core/stories/lead.js';
import { numberKeys } from '../../../src/core/stories/text-features.js';
import { analysedCandidate } from './candidates.js';

/** The lead of a title and body as clustering reads it, with the body's own entities. */
function lead(title: string, body: string, language: LanguageCode) {
  const entities = new Set([...extractEntities(title, language), ...extractEntities(body, language)]);
  return leadOf(tokenTable(title), tokenTable(body), entities);
}

const MONDAY = 1;
const WEDNESDAY = 4;
const THURSDAY = 8;
const FRIDAY = 16;

/**
 * Two look-alike attacks in one city a day apart: the same interior minister, the same prosecutors, two wounded each
 * time, but the first at the harbour on a Sunday evening and the second on a bus on the Monday. The leads share the
 * city and name different days: two events. Two reports of the same attack, dated alike, stay one.
 */
describe('two look-alike attacks in one city on consecutive days', () => {
  const harbourEn = analysedCandidate(
    1,
    'Two hurt in knife attack at Toulon harbour',
    'French anti-terror prosecutors took charge on Sunday of the inquiry into a knife attack at the harbour of Toulon in which two tourists were wounded.\n\nInterior Minister Armand Villeret praised the ferry crew who held the attacker until police arrived. The suspect, 31, was known to police.',
    '2026-05-10T20:30:00Z',
    'terrorism',
  );
  const harbourFr = analysedCandidate(
    2,
    'Toulon : deux touristes blessés au couteau sur le port',
    'Deux touristes ont été blessés dimanche soir à Toulon par un homme armé d’un couteau sur le quai du port, avant que l’équipage d’un ferry ne le maîtrise. Le parquet antiterroriste s’est saisi de l’enquête.\n\nLe ministre de l’Intérieur, Armand Villeret, a salué le sang-froid des marins. Le suspect, âgé de 31 ans, était connu des services.',
    '2026-05-10T21:10:00Z',
    'terrorism',
  );
  const busEs = analysedCandidate(
    3,
    'Dos heridos en un ataque con cuchillo en un autobús de Toulon',
    'TOULON, 11 may (EFE).- Un hombre hirió este lunes con un cuchillo a dos pasajeros de un autobús urbano en Toulon y fue detenido por la policía, informó la Fiscalía antiterrorista francesa.\n\nEl ministro del Interior, Armand Villeret, pidió calma. El agresor, de 22 años, gritó consignas religiosas según varios testigos.',
    '2026-05-11T10:45:00Z',
    'terrorism',
  );

  it('keeps the attack of the next day apart from the first, and the first one whole', () => {
    const [a, b, c] = clusterArticles([harbourEn, harbourFr, busEs]).map((assignment) => assignment.key);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });
});

/**
 * One attack told on two days: the first reports date it by its own day, a follow-up by the day of the charges. The
 * follow-up names the attack's day further on, or gives the same ages: one event.
 */
describe('one attack and the next day’s follow-up', () => {
  const attack = analysedCandidate(
    1,
    'Deux blessés dans une attaque au couteau à la gare de Nîmes',
    'NÎMES - Un homme de 27 ans a blessé deux voyageurs au couteau lundi soir dans le hall de la gare de Nîmes avant d’être interpellé. Le parquet antiterroriste s’est saisi de l’enquête.\n\nLes victimes, une femme de 63 ans et son fils, ne sont plus en danger.',
    '2026-09-14T20:00:00Z',
    'terrorism',
  );

  it('is one event when the follow-up names the attack’s day further on', () => {
    const followUp = analysedCandidate(
      2,
      'Nîmes station attacker charged with attempted murder',
      'French prosecutors on Tuesday charged a man with attempted terrorist murder in Nîmes, where two travellers were hurt at the railway station.\n\nThe attack on Monday evening lasted less than a minute, a police source said.',
      '2026-09-15T16:00:00Z',
      'terrorism',
    );
    const [a, b] = clusterArticles([attack, followUp]).map((assignment) => assignment.key);
    expect(a).toBe(b);
  });

  it('is one event when the follow-up gives the same ages', () => {
    const followUp = analysedCandidate(
      2,
      'Nîmes station attacker charged with attempted murder',
      'French prosecutors on Tuesday charged a 27-year-old man with attempted terrorist murder in Nîmes, where two travellers were hurt at the railway station.\n\nA woman of 63 and her son were treated in hospital, a police source said.',
      '2026-09-15T16:00:00Z',
      'terrorism',
    );
    const [a, b] = clusterArticles([attack, followUp]).map((assignment) => assignment.key);
    expect(a).toBe(b);
  });
});

describe('an event still going on, dated by the day it began ("since Wednesday") and by a later day', () => {
  it('is one event: the later report’s day falls within the ongoing one', () => {
    const french = analysedCandidate(
      1,
      'Le réseau de tramways de Gand paralysé par une panne informatique',
      'GAND - Aucun tramway ne circule depuis mercredi à Gand après une panne du système de signalisation, qui prive 90 000 usagers de leurs trajets quotidiens.\n\nL’exploitant De Lijn évoque une défaillance d’un serveur central et ne donne aucune date de reprise.',
      '2026-02-05T08:00:00Z',
      'cyber',
    );
    const english = analysedCandidate(
      2,
      'Ghent trams still halted by signalling failure',
      'GHENT (Reuters) - Trams in Ghent remained at a standstill for a second day, the operator De Lijn said on Thursday, after a failure of a central signalling server left tens of thousands of daily passengers without service.\n\nEngineers were still testing a backup system, the company said.',
      '2026-02-05T13:00:00Z',
      'cyber',
    );
    const [a, b] = clusterArticles([french, english]).map((assignment) => assignment.key);
    expect(a).toBe(b);
  });

  it('gives the lead the day it began and the next two, in four languages', () => {
    const cases: Array<[string, LanguageCode]> = [
      ['Seit Mittwoch fahren in Gent keine Straßenbahnen mehr.', 'de'],
      ['No trams have run in Ghent since Wednesday.', 'en'],
      ['Aucun tramway ne circule à Gand depuis mercredi.', 'fr'],
      ['Los tranvías de Gante están parados desde el miércoles.', 'es'],
    ];
    for (const [body, language] of cases) expect(lead('', body, language).days, language).toBe(WEDNESDAY | THURSDAY | FRIDAY);
  });
});

describe('the day of an attack at a railway station', () => {
  it('is read from the lead: a lower-case "station" is the scene, no stop of a tour', () => {
    const found = lead('', 'A guard was hurt in a stabbing at the central station on Monday, and police are questioning a man.', 'en');
    expect(found.days).toBe(MONDAY);
  });

  it('is no day of the event after a German tour’s "Station" (its next stop)', () => {
    const found = lead('', 'Der Minister sprach in Riga mit seiner Amtskollegin. Nächste Station der Reise ist Vilnius am Montag.', 'de');
    expect(found.days & MONDAY).toBe(0);
  });
});

describe('a German weekday compounded with a part of the day', () => {
  it('dates the lead like the weekday alone ("am Dienstagmorgen", "am Montagnachmittag")', () => {
    expect(lead('', 'Ein Mann hat am Dienstagmorgen in einer Straßenbahn in Graz zwei Fahrgäste verletzt.', 'de').days).toBe(2);
    expect(lead('', 'Ein Unbekannter hat am Montagnachmittag in Linz einen Wachmann angegriffen.', 'de').days).toBe(MONDAY);
  });
});

describe('a day of the month', () => {
  it('is a date key beside a month name, in four languages and abbreviated', () => {
    for (const text of ['19 Nov.', 'Nov 19', '19. November', '19 novembre', '19 de noviembre', 'MADRID, 19 nov (EFE)']) {
      expect(numberKeys(text), text).toEqual(['n:d19']);
    }
  });

  it('is not the same number as an age or a count ("a 19-year-old student", "19 Jahre", "19 ans", "19 años")', () => {
    for (const text of ['a 19-year-old student', 'eine 19 Jahre alte Studentin', 'une étudiante de 19 ans', 'una estudiante de 19 años', '19 out of 20'])
      expect(numberKeys(text), text).not.toContain('n:d19');
  });
});
