import { describe, expect, it } from 'vitest';
import { datelineMatch, isRegExpSpace } from '../../../src/core/text/dateline.js';
import { datelineLength } from '../../../src/core/text/index.js';

/** The regular expression the matcher replaces: its specification. */
const EXPRESSION =
  /^\p{Lu}[\p{L}.'’-]{1,30}(?:[ /]\p{Lu}[\p{L}.'’-]{1,30}){0,2}(?:,\s?\p{Lu}[\p{L}.'’-]{1,30}(?:[ /]\p{Lu}[\p{L}.'’-]{1,30}){0,2}){0,3}(?:\s?\([^()\n]{1,40}\))?(?:,\s?\d{1,2}\.?\s?\p{L}{3,9}\.?)?\s?[–—-]{1,2}\s/u;

const expected = (text: string): number => EXPRESSION.exec(text)?.[0].length ?? 0;

describe('datelineMatch', () => {
  it('finds a place list with an agency or a date before the dash, in German, English, French and Spanish', () => {
    expect(datelineMatch('Hamburg/Kiel – Die Fähre fiel aus.')).toBe('Hamburg/Kiel – '.length);
    expect(datelineMatch('Köln, 3. Mai – Der Rat tagt.')).toBe('Köln, 3. Mai – '.length);
    expect(datelineMatch('LONDON (AP) — Ministers met on Friday.')).toBe('LONDON (AP) — '.length);
    expect(datelineMatch('New York, Boston - Flights were cancelled.')).toBe('New York, Boston - '.length);
    expect(datelineMatch('Lyon, 14 juillet — Le maire a parlé.')).toBe('Lyon, 14 juillet — '.length);
    expect(datelineMatch('Sevilla (EFE) – El alcalde habló.')).toBe('Sevilla (EFE) – '.length);
  });

  it('finds nothing without a capital at the start, without a dash followed by a space, or with a sentence before the dash', () => {
    expect(datelineMatch('der Rat in Bonn – tagte.')).toBe(0);
    expect(datelineMatch('Bonn-Bad Godesberg ist ein Stadtteil.')).toBe(0);
    expect(datelineMatch('The council met in Leeds – briefly.')).toBe(0);
    expect(datelineMatch('Madrid –')).toBe(0);
  });

  it('gives way like the expression did: the longest choice that still leaves room for the dash', () => {
    // A hyphen is a name letter too: the name gives it back so the dash can match.
    expect(datelineMatch('Rom -- Der Papst sprach.')).toBe('Rom -- '.length);
    expect(datelineMatch('Rom- Der Papst sprach.')).toBe('Rom- '.length);
    // A name may be 31 characters long at most.
    expect(datelineMatch(`A${'b'.repeat(30)} – x`)).toBe(34);
    expect(datelineMatch(`A${'b'.repeat(31)} – x`)).toBe(0);
  });

  it('matches exactly what the expression matched, on every code point in every part', () => {
    const templates = [
      (c: string) => `${c}b – x`,
      (c: string) => `A${c}b – x`,
      (c: string) => `Ab (${c}) – x`,
      (c: string) => `Ab, 1 ${c}${c}${c} – x`,
      (c: string) => `Ab –${c}x`,
    ];
    const points = [...Array.from({ length: 0x3000 }, (_, i) => i), 0xfeff, 0xd800, 0xdc00, 0x1d400, 0x1d41a, 0x1f600, 0x20000];
    for (const cp of points) {
      for (const template of templates) {
        const text = template(String.fromCodePoint(cp));
        if (datelineMatch(text) !== expected(text)) expect({ text, length: datelineMatch(text) }).toEqual({ text, length: expected(text) });
      }
    }
  });

  it('matches exactly what the expression matched on generated openings', () => {
    let seed = 20_241;
    const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pieces = [
      'Genf',
      'GENF',
      'Zürich',
      'Óbidos',
      'Θήβα',
      'Киев',
      '𝐀b',
      'ǅa',
      'St.',
      "D'Or",
      'D’Or',
      'Nord-Ost',
      'A',
      'ab',
      'ß',
      ' ',
      '/',
      ',',
      ', ',
      '(',
      ')',
      '(dpa)',
      '\n',
      '\t',
      '\u00a0',
      '\u2009',
      '7',
      '24',
      '365',
      '.',
      "'",
      '-',
      '–',
      '—',
      ' – ',
      ' - ',
      'Okt.',
      'juin',
      '\ud800',
      '😀',
      'Der',
      'x'.repeat(32),
    ];
    let matches = 0;
    for (let n = 0; n < 30_000; n += 1) {
      const parts = Array.from({ length: 1 + Math.floor(random() * 12) }, () => pieces[Math.floor(random() * pieces.length)]!);
      const text = parts.join(random() < 0.4 ? '' : ' ');
      const want = expected(text);
      if (want > 0) matches += 1;
      if (datelineMatch(text) !== want) expect({ text, length: datelineMatch(text) }).toEqual({ text, length: want });
    }
    expect(matches).toBeGreaterThan(300); // the generator reaches the matching cases
  });

  it('treats as white space exactly what \\s matches', () => {
    for (let cp = 0; cp <= 0xffff; cp += 1) {
      if (isRegExpSpace(cp) !== /\s/u.test(String.fromCharCode(cp))) expect({ cp, space: isRegExpSpace(cp) }).toEqual({ cp, space: !isRegExpSpace(cp) });
    }
  });
});

describe('datelineLength', () => {
  it('drops the dateline of a first paragraph and keeps a paragraph without one', () => {
    expect(datelineLength('Brüssel, Straßburg – Das Parlament stimmte ab.')).toBe('Brüssel, Straßburg – '.length);
    expect(datelineLength('Das Parlament stimmte ab – knapp.')).toBe(0);
  });
});
