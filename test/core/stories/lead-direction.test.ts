import { describe, expect, it } from 'vitest';
import { extractEntities, type LanguageCode } from '../../../src/core/index.js';
import { tokenTable } from '../../../src/core/text/index.js';
import { leadOf } from '../../../src/core/stories/lead.js';

/**
 * A title that names a place only as a direction or an origin ("nach Zagreb", "aus Wien", "from Vienna", "desde
 * Viena") puts no event there: the dateline city stays the lead's place, not a desk the report was filed from.
 */

function lead(title: string, body: string, language: LanguageCode) {
  const entities = new Set([...extractEntities(title, language), ...extractEntities(body, language)]);
  return leadOf(tokenTable(title), tokenTable(body), entities);
}

describe('a title’s direction or origin', () => {
  it('leaves the dateline city among the lead’s places, in each language, and a title that puts the event elsewhere still makes it a desk', () => {
    const cases: Array<[string, string, LanguageCode]> = [
      [
        'Ministerin Leitgeb reist weiter nach Zagreb',
        'Ljubljana (dpa) - Die Ministerin Anna Leitgeb hat am Montag ein Abkommen über Bahnstrecken unterzeichnet.',
        'de',
      ],
      ['Ministerin Leitgeb kommt aus Wien', 'Ljubljana (dpa) - Die Ministerin Anna Leitgeb hat am Montag ein Abkommen über Bahnstrecken unterzeichnet.', 'de'],
      ['Minister Leitgeb fresh from Vienna', 'LJUBLJANA (Reuters) - Minister Anna Leitgeb signed a rail agreement on Monday.', 'en'],
      ['La ministra Leitgeb llega desde Viena', 'LIUBLIANA, 3 Mar. (EFE) - La ministra Anna Leitgeb firmó el lunes un acuerdo ferroviario.', 'es'],
    ];
    for (const [title, body, language] of cases) expect([...lead(title, body, language).places], title).toContain('ljubljana');
    expect([
      ...lead('Ministerin Leitgeb in Zagreb', 'Ljubljana (dpa) - Die Ministerin Anna Leitgeb hat am Montag ein Abkommen über Bahnstrecken unterzeichnet.', 'de')
        .places,
    ]).not.toContain('ljubljana');
  });
});
