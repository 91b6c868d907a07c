import { describe, expect, it } from 'vitest';
import { analyzeArticle, defaultTaxonomy } from '../../../src/core/index.js';
import { tokenTable, wordOf } from '../../../src/core/text/index.js';
import { seedArticle } from '../seed.js';

/** The n-th of many distinct letter-only words ("qbaa", "qcaa", …). */
function distinctWord(n: number): string {
  let word = 'q';
  for (let rest = n, k = 0; k < 4; k += 1, rest = Math.floor(rest / 26)) word += String.fromCharCode(97 + (rest % 26));
  return word;
}

describe('the shared vocabulary', () => {
  it('gives one Word per spelling, told apart from others of the same length and hash bucket', () => {
    const table = tokenTable('Gipfel gipfel Gipfel Giepfl Gipfel-Treffen');
    expect(table.words.map((word) => word.raw)).toEqual(['Gipfel', 'gipfel', 'Gipfel', 'Giepfl', 'Gipfel', 'Treffen']);
    expect(table.words[0]).toBe(table.words[2]);
    expect(table.words[0]).toBe(table.words[4]);
    expect(table.words[0]).not.toBe(table.words[1]);
    expect(table.words[0]).toBe(wordOf('Gipfel'));
    expect([...table.ids.subarray(0, table.count)]).toEqual(table.words.map((word) => word.id));
  });

  it('analyses the same way after hostile input has filled it and it started again', () => {
    const taxonomy = defaultTaxonomy();
    const before = analyzeArticle({ title: 'Putin und Macron wollen Gipfeltreffen', body: seedArticle() }, taxonomy);
    const first = wordOf('Gipfeltreffen').id;
    // 450,000 distinct words: past the vocabulary's bound, so the next text starts it again.
    for (let part = 0; part < 3; part += 1) tokenTable(Array.from({ length: 150_000 }, (_, i) => distinctWord(part * 150_000 + i)).join(' '));
    const after = analyzeArticle({ title: 'Putin und Macron wollen Gipfeltreffen', body: seedArticle() }, taxonomy);
    expect(wordOf('Gipfeltreffen').id).not.toBe(first);
    expect(after).toEqual(before);
  });

  it('keeps spellings of up to 200,000 characters apart', () => {
    const long = 'a'.repeat(100_000);
    const table = tokenTable(`${long}b ${long}c ${long}b`);
    expect(table.count).toBe(3);
    expect(table.words[0]).toBe(table.words[2]);
    expect(table.words[0]).not.toBe(table.words[1]);
    expect(table.words[1]!.raw).toBe(`${long}c`);
  });
});
