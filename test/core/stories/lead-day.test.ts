import { describe, expect, it } from 'vitest';
import { extractEntities, type LanguageCode } from '../../../src/core/index.js';
import { tokenTable } from '../../../src/core/text/index.js';
import { leadOf } from '../../../src/core/stories/lead.js';

/** The lead of a title and body as clustering reads it, with the body's own entities. */
function lead(title: string, body: string, language: LanguageCode) {
  const entities = new Set([...extractEntities(title, language), ...extractEntities(body, language)]);
  return leadOf(tokenTable(title), tokenTable(body), entities);
}

const THURSDAY = 8;
const FRIDAY = 16;

describe('the day of the event in the lead’s second sentence', () => {
  it('is the weekday beside the place the lead puts its event in, in four languages', () => {
    const cases: Array<[string, LanguageCode]> = [
      [
        'Die Ministerin hat sich für mehr Zusammenarbeit bei der Wasserstoffforschung ausgesprochen. „Wir brauchen verlässliche Partner“, sagte Ingrid Halvorsen am Donnerstag in Lissabon.',
        'de',
      ],
      ['The minister called for closer cooperation on hydrogen research. "We need reliable partners," Ingrid Halvorsen said on Thursday in Lisbon.', 'en'],
      [
        'La ministre a plaidé pour une coopération plus étroite dans la recherche sur l’hydrogène. « Nous avons besoin de partenaires fiables », a déclaré Ingrid Halvorsen jeudi à Lisbonne.',
        'fr',
      ],
      [
        'La ministra abogó por una cooperación más estrecha en la investigación sobre el hidrógeno. "Necesitamos socios fiables", dijo Ingrid Halvorsen este jueves en Lisboa.',
        'es',
      ],
    ];
    for (const [body, language] of cases) expect(lead('', body, language).days, language).toBe(THURSDAY);
  });

  it('is not a weekday of a later sentence that places nothing ("Am Freitag will sie weiterreisen")', () => {
    const found = lead(
      '',
      'Die Ministerin hat sich für mehr Zusammenarbeit bei der Wasserstoffforschung ausgesprochen. Am Freitag will Ingrid Halvorsen weiterreisen.',
      'de',
    );
    expect(found.days & FRIDAY).toBe(0);
  });
});

describe('a dateline that is the desk, not the place of the event', () => {
  it('is no place of the event when the lead puts it in another city and never names the dateline again, in four languages', () => {
    const cases: Array<[string, LanguageCode]> = [
      [
        'Rom (dpa) – Der italienische Verteidigungsminister Carlo Ferrante hat am Montag in Tallinn eine engere Zusammenarbeit bei der Luftabwehr angekündigt.',
        'de',
      ],
      ['ROME (Reuters) - Italian Defence Minister Carlo Ferrante announced closer cooperation on air defence in Tallinn on Monday.', 'en'],
      [
        'ROME (AFP) - Le ministre italien de la Défense, Carlo Ferrante, a annoncé lundi à Tallinn une coopération plus étroite en matière de défense aérienne.',
        'fr',
      ],
      ['ROMA (EFE).- El ministro italiano de Defensa, Carlo Ferrante, anunció este lunes en Tallinn una cooperación más estrecha en defensa aérea.', 'es'],
    ];
    for (const [body, language] of cases) {
      const found = lead('', body, language);
      expect(found.places.has('tallinn'), language).toBe(true);
      expect(found.places.has('rome'), language).toBe(false);
    }
  });

  it('stays a place when the lead names the dateline city’s own country, or the opening names the city again', () => {
    const country = lead('', 'DAKAR (Reuters) - Ministers from eleven countries agreed on Monday in Senegal to pool their fishing patrols.', 'en');
    expect(country.places.has('dakar')).toBe(true);
    const again = lead(
      '',
      'ROME (Reuters) - Italian Defence Minister Carlo Ferrante announced closer cooperation on air defence in Tallinn on Monday.\n\nBack in Rome, the opposition asked what it would cost.',
      'en',
    );
    expect(again.places.has('rome')).toBe(true);
  });
});

describe('a verb of visiting', () => {
  it('places the event in the name after it, as "in" does, in four languages', () => {
    const cases: Array<[string, LanguageCode]> = [
      ['Der italienische Verteidigungsminister Carlo Ferrante besuchte Tallinn, um über die Luftabwehr zu sprechen.', 'de'],
      ['Italian Defence Minister Carlo Ferrante visited Tallinn on Monday to discuss air defence.', 'en'],
      ['Le ministre italien de la Défense, Carlo Ferrante, visitait Tallinn pour parler de défense aérienne.', 'fr'],
      ['El ministro italiano de Defensa, Carlo Ferrante, visitó Tallinn para hablar de defensa aérea.', 'es'],
    ];
    for (const [body, language] of cases) expect(lead('', body, language).places.has('tallinn'), language).toBe(true);
  });
});

describe('a weekday in the English possessive', () => {
  it('dates the event like the plain weekday ("Friday’s talks", "Thursday\'s visit")', () => {
    expect(lead('', 'Chile’s trade minister used Friday’s talks with his Danish counterpart to push for a lithium deal.', 'en').days).toBe(FRIDAY);
    expect(lead('', "Chile's trade minister used Thursday's visit by his Danish counterpart to push for a lithium deal.", 'en').days).toBe(THURSDAY);
  });
});
