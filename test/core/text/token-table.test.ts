import { describe, expect, it } from 'vitest';
import { GAP_COMMA, GAP_NEWLINE, GAP_STOP, tokenTable, tokenize, tokensOf } from '../../../src/core/text/index.js';

describe('tokenTable', () => {
  it('gives each text its own offsets, ids and gaps, untouched by the texts tokenised after it', () => {
    const first = tokenTable('Peskow sagte, der Gipfel sei geplant.\n\nMacron schwieg.');
    const copy = {
      starts: [...first.starts.subarray(0, first.count)],
      ids: [...first.ids.subarray(0, first.count)],
      gaps: [...first.gaps.subarray(0, first.count)],
    };
    expect(copy.starts).toEqual([0, 7, 14, 18, 25, 29, 39, 46]);
    expect(copy.gaps[2]).toBe(GAP_COMMA);
    expect(copy.gaps[6]).toBe(GAP_STOP | GAP_NEWLINE);
    // Enough text to fill several shared slabs, then a long one that needs a slab of its own.
    for (let i = 0; i < 300; i += 1) tokenTable(`Andere Worte ${i} `.repeat(200));
    const long = tokenTable('ein Wort '.repeat(60_000));
    expect(long.count).toBe(120_000);
    expect(long.ends[119_999]).toBe(60_000 * 9 - 1);
    expect([...first.starts.subarray(0, first.count)]).toEqual(copy.starts);
    expect([...first.ids.subarray(0, first.count)]).toEqual(copy.ids);
    expect([...first.gaps.subarray(0, first.count)]).toEqual(copy.gaps);
    expect(first.words.map((word) => word.raw)).toEqual(['Peskow', 'sagte', 'der', 'Gipfel', 'sei', 'geplant', 'Macron', 'schwieg']);
  });

  it('reads 0 one past the last token, as readers that look at the next token expect', () => {
    const table = tokenTable('Zwei Wörter');
    expect(table.count).toBe(2);
    expect(table.starts[2]).toBe(0);
    expect(table.gaps[2]).toBe(0);
    expect(tokenTable('...').count).toBe(0);
  });
});

describe('tokenize', () => {
  it('gives a one-word text the same token, and the same shared word, as the table of a longer text', () => {
    for (const word of ['Außenministerin', 'G20', 'Élysée', 'Путин', 'x']) {
      const [alone, ...rest] = tokenize(word);
      expect(rest).toEqual([]);
      expect(alone).toEqual({ text: word.toLowerCase(), raw: word, start: 0, end: word.length, word: alone!.word });
      expect(alone!.word).toBe(tokenTable(`vor ${word} danach`).words[1]);
    }
  });

  it('splits a text with anything but letters and digits as the table does', () => {
    for (const text of ['G20-Gipfel', "l'Élysée", 'Kim Jong Un', 'Peskow.', '', '—']) {
      expect(tokenize(text)).toEqual(tokensOf(tokenTable(text)));
    }
  });
});
