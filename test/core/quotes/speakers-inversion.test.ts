import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string): string | null => extractQuotes(body, language).quotes[0]?.speaker ?? null;

describe('extractQuotes: a word opening the sentence before an inverted verb and its pronoun', () => {
  it.each([
    [
      'de',
      'Der Verbandschef Rüdiger Falk sprach von einem schweren Schlag. Zugleich warnte er vor einer Eskalation: „Wir brauchen jetzt keine Vergeltung, sondern Gespräche.“',
      'Rüdiger Falk',
    ],
    ['en', 'Union leader Rob Falk spoke of a heavy blow. Later said he: "We need talks, not retaliation."', 'Rob Falk'],
  ])('%s: the pronoun is the subject, resolved to the person before', (language, body, speaker) => {
    expect(speakerOf(body, language)).toBe(speaker);
  });
});

describe('extractQuotes: a preposition opening a sentence opens no name', () => {
  it('"Under Nevada law" is no person a later "she" could be', () => {
    const body =
      'Elena Ruiz, the secretary of state, spoke on Monday. Under Nevada law, a recount is triggered only below half a point. "We have seen a campaign of fake videos," she said.';
    expect(speakerOf(body, 'en')).toBe('Elena Ruiz');
  });
});
