import { describe, expect, it } from 'vitest';
import { extractEntities, type LanguageCode } from '../../../src/core/index.js';
import { tokenTable } from '../../../src/core/text/index.js';
import { leadOf } from '../../../src/core/stories/lead.js';

/** A war's name in a lead ("Second World War", "Kalter Krieg") is the event's background, not one of its people. */

function lead(title: string, body: string, language: LanguageCode) {
  const entities = new Set([...extractEntities(title, language), ...extractEntities(body, language)]);
  return leadOf(tokenTable(title), tokenTable(body), entities);
}

describe('the people of a lead', () => {
  it('leave out the name of a war, in four languages', () => {
    const cases: Array<[string, string, LanguageCode]> = [
      ['Old bunker opens to visitors', 'The bunker, built during the Second World War, opened on Sunday, mayor Ilse Brandauer said.', 'en'],
      [
        'Neu geöffnet',
        'Seit Sonntag ist die Anlage aus dem Zweiten Weltkrieg offen, sagte Bürgermeisterin Ilse Brandauer. Im Zweiten Weltkrieg diente sie als Lager.',
        'de',
      ],
      ['Un vieux bunker ouvert', 'Le bunker, construit pendant la Seconde Guerre mondiale, a ouvert dimanche, a indiqué la maire Ilse Brandauer.', 'fr'],
      ['Abre un viejo búnker', 'El búnker, construido durante la Segunda Guerra Mundial, abrió el domingo, según la alcaldesa Ilse Brandauer.', 'es'],
    ];
    for (const [title, body, language] of cases) expect([...lead(title, body, language).people], language).toEqual(['brandauer']);
  });
});
