import { describe, expect, it } from 'vitest';
import { clusterArticles, extractEntities, type LanguageCode } from '../../../src/core/index.js';
import { tokenTable } from '../../../src/core/text/index.js';
import { leadOf } from '../../../src/core/stories/lead.js';
import { gazetteerEntry, cityCountry } from '../../../src/core/entities/gazetteer.js';
import { capitalRows } from '../../../src/core/stories/capital-words.js';
import { analysedCandidate } from './candidates.js';

/**
 * A lead may name its city only by what it is the capital of ("in the Latvian capital", "in der lettischen
 * Hauptstadt", "dans la capitale lettone", "en la capital letona", "the capital of Latvia"): the event is there as if
 * the city were named. Capital as money ("Chinese capital", "el capital chino") is no place.
 */

function lead(title: string, body: string, language: LanguageCode) {
  const entities = new Set([...extractEntities(title, language), ...extractEntities(body, language)]);
  return leadOf(tokenTable(title), tokenTable(body), entities);
}

describe('a capital named by its country', () => {
  it('places the lead in the capital, in four languages, by adjective or by the country', () => {
    const cases: Array<[string, LanguageCode]> = [
      ['Norway’s trade minister Ola Brekke opened a fish market in the Latvian capital on Wednesday.', 'en'],
      ['Norway’s trade minister Ola Brekke opened a fish market in the capital of Latvia on Wednesday.', 'en'],
      ['Norway’s trade minister Ola Brekke opened a fish market on Wednesday in Latvia’s capital.', 'en'],
      ['Der norwegische Handelsminister Ola Brekke hat am Mittwoch in der lettischen Hauptstadt einen Fischmarkt eröffnet.', 'de'],
      ['Le ministre norvégien du Commerce Ola Brekke a inauguré mercredi un marché aux poissons dans la capitale lettone.', 'fr'],
      ['El ministro noruego de Comercio, Ola Brekke, inauguró el miércoles un mercado de pescado en la capital letona.', 'es'],
      ['El ministro noruego de Comercio, Ola Brekke, inauguró el miércoles un mercado de pescado en la capital de Letonia.', 'es'],
    ];
    for (const [body, language] of cases) expect([...lead('', body, language).places], body).toContain('riga');
  });

  it('takes no capital for money or a bare "the capital"', () => {
    const cases: Array<[string, LanguageCode]> = [
      ['Chinese capital is flowing into Latvian ports, trade minister Ola Brekke said.', 'en'],
      ['El capital chino llega a los puertos de Letonia, dijo el ministro Ola Brekke.', 'es'],
      ['Trade minister Ola Brekke returned to the capital after a fish market opened.', 'en'],
    ];
    for (const [body, language] of cases) {
      const places = [...lead('', body, language).places];
      expect(places, body).not.toContain('beijing');
      expect(places, body).not.toContain('riga');
    }
  });

  it('lists capitals the gazetteer knows, each in the country its row names (regions aside)', () => {
    for (const [capital, country] of capitalRows()) {
      expect(gazetteerEntry(capital)?.kind, capital).toBe('place');
      if (gazetteerEntry(country) !== undefined) expect(cityCountry(capital), capital).toBe(country);
    }
  });
});

describe('a one-template tour whose reports name each stop only as a capital', () => {
  it('keeps the two stops apart: another host capital the next day, the partner named by title only', () => {
    const template = (country: string, adjective: string) =>
      `Die schwedische Verteidigungsministerin Karin Lindqvist hat ${country} bei einem Besuch in der ${adjective}n Hauptstadt zwei Minenjagdboote und vier Ausbildungsteams zugesagt.\n\nLindqvist unterzeichnete mit ihrem ${adjective}n Amtskollegen eine entsprechende Vereinbarung. „Die Ostsee ist unser gemeinsamer Vorgarten“, sagte die Ministerin.`;
    const first = analysedCandidate(1, 'Schweden schickt Minenjagdboote', template('Estland', 'estnische'), '2026-10-19T14:00:00Z', 'diplomacy');
    const second = analysedCandidate(2, 'Schweden schickt Minenjagdboote', template('Lettland', 'lettische'), '2026-10-20T14:00:00Z', 'diplomacy');
    const [a, b] = clusterArticles([first, second]).map((assignment) => assignment.key);
    expect(a).not.toBe(b);
  });
});
