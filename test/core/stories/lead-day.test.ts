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
