import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('German nouns that look like names', () => {
  it('takes no sentence-opening adjective with its noun ("Wichtige Details") for the person "sie" points to', () => {
    const body =
      'Die Ökonomin Petra Lindner stellte am Montag die Studie vor. Wichtige Details wollte sie nicht nennen. „Die Preise werden im Winter weiter steigen“, sagte sie.';
    expect(speakerOf(body, 'de', 'Preise werden im Winter')).toBe('Petra Lindner');
  });

  it('takes no noun after a number ("800 Kilometern Länge") for a person', () => {
    const body =
      'Die Ökonomin Petra Lindner sprach über die Trasse. Die neue Leitung, die über 800 Kilometern Länge Strom transportiert, sei zu teuer. „Der Bau muss neu ausgeschrieben werden“, sagte sie.';
    expect(speakerOf(body, 'de', 'Bau muss neu')).toBe('Petra Lindner');
  });
});
