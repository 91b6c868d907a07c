import { describe, expect, it } from 'vitest';
import { extractEntities, type LanguageCode } from '../../../src/core/index.js';
import { tokenTable } from '../../../src/core/text/index.js';
import { leadOf } from '../../../src/core/stories/lead.js';

/**
 * A dateline city never named again, whose country the title and lead never name, over a lead about other countries,
 * with a next paragraph that places the event in another country's city, is an agency's regional desk and that city
 * the event's place; a lead that names the dateline's country, by name or by adjective, keeps it, and so does a
 * visitor's lead with nothing placed after it ("VIENNA — Brazil's President … met").
 */

function places(title: string, body: string, language: LanguageCode): string[] {
  const entities = new Set([...extractEntities(title, language), ...extractEntities(body, language)]);
  return [...leadOf(tokenTable(title), tokenTable(body), entities).places];
}

describe('a dateline', () => {
  it('is a regional desk when the lead is about other countries only and the next paragraph places the event elsewhere, in four languages', () => {
    const cases: Array<[string, string, LanguageCode]> = [
      [
        'Zambia expects cheaper copper exports',
        'JOHANNESBURG, Oct 22 (Reuters) - Zambia’s President Mwila Banda said on Thursday a rail deal with Angola would halve copper export costs.\n\nBanda attended the signing ceremony in Luanda.',
        'en',
      ],
      [
        'Sambia hofft auf billigere Kupferexporte',
        'Johannesburg (dpa) – Sambias Präsident Mwila Banda erwartet von einem Bahnabkommen mit Angola deutlich billigere Kupferexporte.\n\nBanda nahm an der Unterzeichnung in Luanda teil.',
        'de',
      ],
      [
        'La Zambie espère exporter son cuivre moins cher',
        'JOHANNESBOURG (AFP) - Le président zambien Mwila Banda a estimé jeudi qu’un accord ferroviaire avec l’Angola réduirait de moitié le coût de ses exportations de cuivre.\n\nM. Banda a assisté à la signature à Luanda.',
        'fr',
      ],
      [
        'Zambia confía en abaratar sus exportaciones de cobre',
        'Johannesburgo, 22 oct (EFE).- El presidente de Zambia, Mwila Banda, confió este jueves en que un acuerdo ferroviario con Angola reduzca a la mitad el coste de exportar cobre.\n\nBanda participó en la ceremonia de firma en Luanda.',
        'es',
      ],
    ];
    for (const [title, body, language] of cases) {
      expect(places(title, body, language), body).not.toContain('johannesburg');
      expect(places(title, body, language), body).toContain('luanda');
    }
  });

  it('stays where the lead names its country, by name or adjective, or the city again', () => {
    expect(
      places(
        'Angola hosts rail summit',
        'LUANDA, Oct 22 (Reuters) - Angolan President João Mavinga hosted the presidents of Zambia and Congo on Thursday.',
        'en',
      ),
    ).toContain('luanda');
    expect(places('Colombia pide calma', 'BOGOTÁ.- La Cancillería colombiana pidió este viernes calma a Guyana y Venezuela.', 'es')).toContain('bogota');
    expect(
      places('Rail deal', 'JOHANNESBURG, Oct 22 (Reuters) - Zambia and Angola signed a rail deal on Thursday, South Africa’s transport ministry said.', 'en'),
    ).toContain('johannesburg');
  });
});
