import { describe, expect, it } from 'vitest';
import { datelineLength, normalizeParagraphs, splitSentences } from '../../../src/core/text/index.js';

const texts = (input: string): string[] => splitSentences(input).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('does not end a sentence at abbreviations, initials or German ordinal dates', () => {
    expect(texts('Dr. Müller kam am 20. März nach Berlin. Er sagte z.B. nichts. Die U.S. Army und John F. Kennedy warten. Mr. Smith ging.')).toEqual([
      'Dr. Müller kam am 20. März nach Berlin.',
      'Er sagte z.B. nichts.',
      'Die U.S. Army und John F. Kennedy warten.',
      'Mr. Smith ging.',
    ]);
  });

  it('keeps a multi-sentence quotation in one sentence and ends after its closing mark', () => {
    expect(texts('Er sagte: „Wir kommen. Morgen auch.“ Dann ging er. She said: "We go. Now." Then she left.')).toEqual([
      'Er sagte: „Wir kommen. Morgen auch.“',
      'Dann ging er.',
      'She said: "We go. Now."',
      'Then she left.',
    ]);
  });

  it('drops dateline prefixes, also when the dash was lost in conversion', () => {
    expect(texts('Moskau, Washington – Putin rief an. Trump hörte zu.')[0]).toBe('Putin rief an.');
    expect(texts('BERLIN (Reuters) - The chancellor spoke.')[0]).toBe('The chancellor spoke.');
    expect(texts('Moskau, WashingtonDer russische Staatschef erwägt ein Treffen.')[0]).toBe('Der russische Staatschef erwägt ein Treffen.');
    expect(datelineLength('Der Kreml teilte mit – und schwieg.')).toBe(0);
  });

  it('numbers paragraphs and reports offsets into the normalised text', () => {
    const sentences = splitSentences('Erster Satz. Zweiter Satz.\n\n  Dritter   Satz.');
    expect(sentences.map((sentence) => sentence.paragraph)).toEqual([0, 0, 1]);
    expect(sentences[2]!.text).toBe('Dritter Satz.');
  });
});

describe('normalizeParagraphs', () => {
  it('returns normal text unchanged and collapses every other whitespace as before', () => {
    const normal = 'Erster Absatz. Noch ein Satz.\n\nZweiter Absatz.';
    expect(normalizeParagraphs(normal)).toBe(normal);
    expect(normalizeParagraphs(' Erster\tAbsatz.  Noch\u00A0ein Satz.\n \nZweiter\nAbsatz.\n\n\n\nDritter. ')).toBe(
      'Erster Absatz. Noch ein Satz.\n\nZweiter Absatz.\n\nDritter.',
    );
    expect(normalizeParagraphs('a \n\nb')).toBe('a\n\nb');
    expect(normalizeParagraphs('\n\na')).toBe('a');
  });
});
