import { describe, expect, it } from 'vitest';
import { extractEntities, type LanguageCode } from '../../../src/core/index.js';
import { tokenTable } from '../../../src/core/text/index.js';
import { leadOf } from '../../../src/core/stories/lead.js';

/** The lead of a title and body as clustering reads it, with the body's own entities. */
function lead(title: string, body: string, language: LanguageCode) {
  const entities = new Set([...extractEntities(title, language), ...extractEntities(body, language)]);
  return leadOf(tokenTable(title), tokenTable(body), entities);
}

const MONDAY = 1;
const TUESDAY = 2;

describe('a clause about another stop of a tour', () => {
  it('names no place of the event: the next stop, in four languages', () => {
    const cases: Array<[string, LanguageCode]> = [
      ['LISBON (Reuters) - Indian Foreign Minister Subrahmanyam Jaishankar signed a shipping pact on Monday before travelling on to Madrid.', 'en'],
      [
        'Lissabon (dpa) – Indiens Außenminister Subrahmanyam Jaishankar hat am Montag ein Schifffahrtsabkommen unterzeichnet. Anschließend reist er nach Madrid.',
        'de',
      ],
      [
        'LISBONNE (AFP) - Le ministre indien des Affaires étrangères Subrahmanyam Jaishankar a signé lundi un accord maritime, avant de se rendre à Madrid.',
        'fr',
      ],
      ['LISBOA (EFE).- El canciller indio, Subrahmanyam Jaishankar, firmó este lunes un acuerdo marítimo y luego viajará a Madrid.', 'es'],
    ];
    for (const [body, language] of cases) {
      const found = lead('', body, language);
      expect([...found.places], body).toEqual(['lisbon']);
      expect(found.days, body).toBe(MONDAY);
    }
  });

  it('names no place of the event: the previous stop, in four languages', () => {
    const cases: Array<[string, LanguageCode]> = [
      ['MADRID (Reuters) - Jaishankar signed a shipping pact in Madrid on Tuesday, after Lisbon.', 'en'],
      ['Madrid (dpa) – Jaishankar hat am Dienstag ein Schifffahrtsabkommen unterzeichnet. Zuvor war er in Lissabon.', 'de'],
      ['MADRID (AFP) - Jaishankar a signé mardi un accord maritime, après une étape à Lisbonne.', 'fr'],
      ['MADRID (EFE).- Jaishankar firmó este martes un acuerdo marítimo, tras su paso por Lisboa.', 'es'],
    ];
    for (const [body, language] of cases) {
      const found = lead('', body, language);
      expect([...found.places], body).toEqual(['madrid']);
      expect(found.days, body).toBe(TUESDAY);
    }
  });

  it('names no place of the event: the stop the traveller came from, and keeps the day of the rest of the clause', () => {
    const cases: Array<[string, LanguageCode]> = [
      ['MADRID (Reuters) - Jaishankar arrived from Lisbon and signed a shipping pact on Tuesday.', 'en'],
      ['Madrid (dpa) – Jaishankar kam aus Lissabon und unterzeichnete am Dienstag ein Schifffahrtsabkommen.', 'de'],
      ['MADRID (AFP) - Arrivé depuis Lisbonne, Jaishankar a signé mardi un accord maritime.', 'fr'],
      ['MADRID (EFE).- Jaishankar llegó desde Lisboa y firmó este martes un acuerdo marítimo.', 'es'],
    ];
    for (const [body, language] of cases) {
      const found = lead('', body, language);
      expect([...found.places], body).toEqual(['madrid']);
      expect(found.days, body).toBe(TUESDAY);
    }
  });

  it('keeps a stop that is the first place the article names: "reiste nach Madrid" is the event when nothing else places it', () => {
    const found = lead('', 'Jaishankar reiste am Dienstag nach Madrid und unterzeichnete ein Abkommen. Danach fliegt er nach Lissabon.', 'de');
    expect([...found.places]).toEqual(['madrid']);
    const titled = lead('Jaishankar unterzeichnet Abkommen in Madrid', 'Jaishankar hat ein Abkommen unterzeichnet, bevor er nach Lissabon weiterreist.', 'de');
    expect([...titled.places]).toEqual(['madrid']);
    const french = lead('', 'Jaishankar se rendra mardi à Madrid pour signer un accord.', 'fr');
    expect([...french.places]).toEqual(['madrid']);
    expect(french.days).toBe(0);
  });
});

describe('a phrase about the previous stop without a cue word', () => {
  it('names a stop, not the event’s place: a word of origin or sequence before a noun, in four languages', () => {
    const cases: Array<[string, LanguageCode]> = [
      ['Jaishankar signed a shipping pact in Madrid on Tuesday, fresh from talks in Lisbon.', 'en'],
      ['Jaishankar hat am Dienstag in Madrid ein Schifffahrtsabkommen unterzeichnet, direkt nach Gesprächen in Lissabon.', 'de'],
      ['Jaishankar a signé mardi à Madrid un accord maritime, de retour d’entretiens à Lisbonne.', 'fr'],
      ['Jaishankar firmó este martes en Madrid un acuerdo marítimo, a su regreso de Lisboa.', 'es'],
    ];
    for (const [body, language] of cases) {
      const found = lead('', body, language);
      expect([...found.places], body).toEqual(['madrid']);
      expect([...found.stops], body).toEqual(['lisbon']);
    }
  });

  it('takes a place after "nach" for a destination and "depuis", "desde" before a time for "since"', () => {
    expect([...lead('', 'Jaishankar reiste am Dienstag nach Madrid.', 'de').places]).toEqual(['madrid']);
    expect([...lead('', 'Les négociations se tiennent depuis lundi à Madrid.', 'fr').places]).toEqual(['madrid']);
    expect([...lead('', 'Las negociaciones se celebran desde el lunes en Madrid.', 'es').places]).toEqual(['madrid']);
  });

  it('keeps a known place anywhere in a clause about the next stop as a stop: "before heading on to Lisbon"', () => {
    const found = lead('', 'MADRID (Reuters) - Jaishankar signed a shipping pact on Tuesday before heading on to Lisbon.', 'en');
    expect([...found.places]).toEqual(['madrid']);
    expect([...found.stops]).toEqual(['lisbon']);
  });
});

describe('a relative clause after a comma', () => {
  it('is background: the previous stop’s place and weekday are not the event’s, in four languages', () => {
    const cases: Array<[string, LanguageCode]> = [
      ['MADRID (Reuters) - Jaishankar, who held talks in Lisbon on Monday, signed a shipping pact on Tuesday.', 'en'],
      ['Madrid (dpa) – Jaishankar, der am Montag in Lissabon war, hat am Dienstag ein Schifffahrtsabkommen unterzeichnet.', 'de'],
      ['MADRID (AFP) - Jaishankar, qui était lundi à Lisbonne, a signé mardi un accord maritime.', 'fr'],
      ['MADRID (EFE).- Jaishankar, que el lunes estuvo en Lisboa, firmó este martes un acuerdo marítimo.', 'es'],
    ];
    for (const [body, language] of cases) {
      const found = lead('', body, language);
      expect([...found.places], body).toEqual(['madrid']);
      expect(found.days, body).toBe(TUESDAY);
    }
  });

  it('needs the comma: the article after a dateline’s dash opens no relative clause ("Lissabon (dpa) – Der Minister hat am Montag")', () => {
    expect(lead('', 'Lissabon (dpa) – Der Minister hat am Montag ein Abkommen unterzeichnet.', 'de').days).toBe(MONDAY);
  });
});

describe('the day of the event', () => {
  it('is the weekday of the title and the first sentence, not of later sentences', () => {
    const found = lead('Pact signed on Monday', 'MADRID (Reuters) - The pact was signed in Madrid. Talks resume on Tuesday.', 'en');
    expect(found.days).toBe(MONDAY);
    expect(lead('', 'MADRID (Reuters) - The pact was signed in Madrid. Talks resume on Tuesday.', 'en').days).toBe(0);
  });

  it('reads past an agency’s bracket after the dateline ("MADRID (EFE).- El martes")', () => {
    expect(lead('', 'MADRID (EFE).- El ministro firmó este martes un acuerdo.', 'es').days).toBe(TUESDAY);
  });
});

describe('a dateline with a date and an agency', () => {
  it('places the event and reads the day past the date ("DAKAR, Nov 16 (Reuters) -", "GENEVA, November 27. /TASS/.", "Accra, 16 nov (EFE).-")', () => {
    const cases: Array<[string, LanguageCode, string]> = [
      ['DAKAR, Nov 16 (Reuters) - The foreign minister signed two agreements on Monday.', 'en', 'dakar'],
      ['GENEVA, November 27. /TASS/. Russia and the United States agreed on Monday to keep the limits.', 'en', 'geneva'],
      ['ACCRA, 16 nov (AFP) - Le ministre a signé lundi deux accords.', 'fr', 'accra'],
      ['Accra, 16 nov (EFE).- El ministro firmó este lunes dos acuerdos.', 'es', 'accra'],
    ];
    for (const [body, language, place] of cases) {
      const found = lead('', body, language);
      expect([...found.places], body).toEqual([place]);
      expect(found.days, body).toBe(MONDAY);
    }
  });
});
