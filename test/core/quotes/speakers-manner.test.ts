import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('an unnamed executive is somebody new', () => {
  it('gives nobody to an unnamed executive who asked not to be named, not the speaker before', () => {
    const english =
      'Retail chief Omar Hale opened the fair. "Shops are back," Hale said.\n\nNot everyone agreed. A senior executive from a northern chain, who asked not to be named, joked over coffee: "Half of us will be gone by spring."';
    expect(speakerOf(english, 'en', 'Half of us')).toBeNull();
  });
});
