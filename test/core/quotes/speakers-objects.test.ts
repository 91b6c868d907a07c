import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('names in object position are no subjects for a later quote', () => {
  it('skips the object of a plain transitive verb when a later quote has no written subject', () => {
    const english =
      'Robin Ashdale, a civil rights lawyer, defeated independent candidate Dale Morrow by a few hundred votes. "This town chose to look forward," the mayor-elect told supporters on Sunday.';
    expect(speakerOf(english, 'en', 'chose to look forward')).toBe('Robin Ashdale');
    const pronoun = 'Robin Ashdale beat incumbent Dale Morrow by a few hundred votes on Sunday. "This town chose to look forward," she said.';
    expect(speakerOf(pronoun, 'en', 'chose to look forward')).toBe('Robin Ashdale');
    const spanish =
      'Robin Ashdale, exjueza del condado, derrotó al candidato independiente Dale Morrow por pocos cientos de votos. «Este pueblo ha elegido mirar hacia delante», afirmó el domingo.';
    expect(speakerOf(spanish, 'es', 'elegido mirar')).toBe('Robin Ashdale');
    const german =
      'Robin Ashdale, eine frühere Bezirksrichterin, besiegte den unabhängigen Kandidaten Dale Morrow mit wenigen hundert Stimmen. „Diese Stadt hat sich für die Zukunft entschieden“, sagte sie am Sonntag.';
    expect(speakerOf(german, 'de', 'für die Zukunft')).toBe('Robin Ashdale');
    const french =
      'Robin Ashdale, ancienne juge du comté, a battu le candidat indépendant Dale Morrow de quelques centaines de voix. « Cette ville a choisi de regarder devant elle », a-t-elle déclaré dimanche.';
    expect(speakerOf(french, 'fr', 'choisi de regarder')).toBe('Robin Ashdale');
  });

  it('keeps a name after an adjective in -ed as the subject ("detained reporter X said")', () => {
    const english = 'Detained reporter Dale Morrow was freed on Friday. "I never stopped hoping," Morrow said.';
    expect(speakerOf(english, 'en', 'never stopped hoping')).toBe('Dale Morrow');
    const lead = 'The retired general Dale Morrow spoke on Friday. "We were never ready for this," he said.';
    expect(speakerOf(lead, 'en', 'never ready')).toBe('Dale Morrow');
  });
});

describe('the subject of a reported clause and a name in apposition to an object', () => {
  it('keeps the reporter, not a name inside "said that …" or after "to his counterpart,", for an unwritten subject', () => {
    const english =
      'The spokesman, Tomas Riva, said that President Anders Kolb had written to his Danish counterpart, Mette Lund. "The ball is in Copenhagen\'s court," he said.';
    expect(speakerOf(english, 'en', 'ball is in')).toBe('Tomas Riva');
    const spanish =
      'El portavoz, Tomás Riva, añadió que el presidente Anders Kolb había escrito a su homóloga danesa, Mette Lund. «La pelota está en el tejado de Copenhague», afirmó.';
    expect(speakerOf(spanish, 'es', 'pelota está')).toBe('Tomás Riva');
    const french =
      'Le porte-parole, Tomas Riva, a ajouté que le président Anders Kolb avait écrit à son homologue danoise, Mette Lund. « La balle est dans le camp de Copenhague », a-t-il affirmé.';
    expect(speakerOf(french, 'fr', 'balle est')).toBe('Tomas Riva');
    const german =
      'Der Sprecher Tomas Riva fügte hinzu, dass Präsident Anders Kolb seinem dänischen Amtskollegen Mads Lund geschrieben habe. „Der Ball liegt nun in Kopenhagen“, sagte er.';
    expect(speakerOf(german, 'de', 'Ball liegt')).toBe('Tomas Riva');
  });

  it('reads the English "senator" without a gender of its own', () => {
    const english = 'Maria Avery won the seat after a recount, and she thanked her volunteers. "We kept our promise," the senator said.';
    expect(speakerOf(english, 'en', 'kept our promise')).toBe('Maria Avery');
    const german = 'Karl Brenner gewann den Sitz nach einer Nachzählung. „Wir haben Wort gehalten“, sagte der Senator.';
    expect(speakerOf(german, 'de', 'Wort gehalten')).toBe('Karl Brenner');
  });
});
