import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string): string | null => extractQuotes(body, language).quotes[0]?.speaker ?? null;

describe('extractQuotes: a paragraph-long quotation from a statement the next sentence says an institution issued', () => {
  it.each([
    [
      'the issuer in the sentence after',
      'es',
      'BOGOTÁ.- Al menos seis soldados murieron en un ataque con drones en el norte del país.\n\n«Nuestras tropas repelieron el ataque y persiguen a los responsables en la zona rural.»\n\nEl comunicado fue difundido por el Ejército colombiano, que cifró en doce los atacantes abatidos.',
      'Ejército colombiano',
    ],
    [
      'the issuer two sentences before',
      'fr',
      "PARIS – Le Quai d'Orsay a publié lundi soir un communiqué sur la libération d'un otage. Nous en reproduisons l'essentiel.\n\n« La France salue la libération de notre compatriote, qui a pu rentrer à Paris ce lundi. »\n\nL'otage avait été enlevé en mars.",
      'Quai d’Orsay',
    ],
    [
      'the issuer after a dateline',
      'en',
      'WASHINGTON - The Pentagon released a statement late on Monday about the detained soldier.\n\n"America welcomes the release of our soldier, who landed in Virginia this evening."\n\nThe soldier had been held for a year.',
      'Pentagon',
    ],
    [
      'the issuer in the paragraph after',
      'de',
      'BERLIN - Der Mann ist frei.\n\n„Die Bundesregierung begrüßt die Freilassung unseres Landsmanns, der heute in Berlin gelandet ist.“\n\nDie Erklärung wurde am Abend vom Auswärtigen Amt veröffentlicht. Der Mann war ein Jahr lang festgehalten worden.',
      'Auswärtiges Amt',
    ],
  ])('%s', (_case, language, body, speaker) => {
    expect(speakerOf(body, language)).toBe(speaker);
  });

  it('a sentence naming two institutions names no issuer', () => {
    const body =
      'BOGOTÁ.- Al menos seis soldados murieron en un ataque con drones en el norte del país.\n\n«Nuestras tropas repelieron el ataque y persiguen a los responsables en la zona rural.»\n\nEl comunicado fue difundido por el Ejército colombiano y criticado por la Defensoría del Pueblo.';
    expect(speakerOf(body, 'es')).toBeNull();
  });
});
