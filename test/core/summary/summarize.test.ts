import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/core/index.js';
import { splitSentences } from '../../../src/core/text/index.js';
import { seedArticle } from '../seed.js';

describe('summarize', () => {
  it('summarises the seed story in at most two whole sentences and 300 characters', () => {
    const body = seedArticle();
    const summary = summarize({ title: 'Putin und Macron wollen Gipfeltreffen', body, language: 'de' });
    expect(summary.length).toBeGreaterThan(40);
    expect(summary.length).toBeLessThanOrEqual(300);
    const sentences = splitSentences(summary).map((sentence) => sentence.text);
    expect(sentences.length).toBeLessThanOrEqual(2);
    for (const sentence of sentences) expect(body.replace(/\s+/g, ' ')).toContain(sentence);
    expect(summary).toContain('Gipfeltreffen');
  });

  it('prefers the lead and never starts with a dangling reference', () => {
    const body =
      'The European Union agreed on new sanctions against Russia on Friday.\n\nThis was the fourteenth package. It targets liquefied gas.\n\nThe measures take effect next month, officials said.';
    const summary = summarize({ title: 'EU agrees new Russia sanctions', body, language: 'en' });
    expect(summary.startsWith('The European Union agreed on new sanctions against Russia on Friday.')).toBe(true);
    expect(summary).not.toMatch(/(^|\. )(This|It) /);
  });

  it('never cuts a sentence: an over-long lead is skipped, not truncated', () => {
    const long = `The ${'very '.repeat(80)}long opening sentence ends here.`;
    const body = `${long} Leaders agreed to meet again in June. The talks will continue in Geneva.`;
    const summary = summarize({ title: 'Leaders to meet in June', body, language: 'en' });
    expect(summary).not.toContain('very very');
    expect(summary).toContain('Leaders agreed to meet again in June.');
  });

  it('does not pick a quotation as the summary', () => {
    const body = '"We will never give up," the president said.\n\nThe government announced a state of emergency on Sunday after the floods.';
    expect(summarize({ title: 'State of emergency', body, language: 'en' })).toBe('The government announced a state of emergency on Sunday after the floods.');
  });

  it('falls back to the title when the body has no usable sentence', () => {
    expect(summarize({ title: 'Short title', body: '', language: 'en' })).toBe('Short title');
  });
});
