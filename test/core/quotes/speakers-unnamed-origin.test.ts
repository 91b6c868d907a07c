import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string): string | null => extractQuotes(body, language).quotes[0]?.speaker ?? null;

describe('extractQuotes: the place or body an unnamed person comes from is not their name', () => {
  it.each([
    [
      'de',
      'Die Stadt wurde erneut beschossen. Eine Bewohnerin von Wolnowacha, die inzwischen in Dnipro lebt, sagte am Telefon: „Die Granaten fallen jetzt jeden Tag auf die Stadt.“',
    ],
    ['de', 'Ein Mitglied des Auswärtigen Ausschusses, das nicht genannt werden wollte, sagte: „Ich mache mir keine Illusionen über die Gespräche.“'],
    ['en', 'The town was shelled again overnight. A resident of Velykyi Burluk said by phone: "The shells fall on the town every single day now."'],
  ])('%s: nobody named', (language, body) => {
    expect(speakerOf(body, language)).toBeNull();
  });

  it('a German noun heading an unnamed person ("Ein hochrangiger … Ministerialbeamter") is no surname', () => {
    const body =
      'Die Verhandlungen zogen sich bis in die Nacht. Ein hochrangiger französischer Ministerialbeamter, der anonym bleiben wollte, sagte am Morgen: „Ohne diese Einigung wäre der Haushalt gescheitert.“';
    expect(speakerOf(body, 'de')).toBeNull();
  });

  it('a statement of a body keeps the body named after it', () => {
    const body =
      'Die Retter warnen. In einer Stellungnahme der Bergwacht Oberstdorf heißt es: „Wir raten dringend davon ab, im Winter ohne Erfahrung aufzusteigen.“';
    expect(speakerOf(body, 'de')).toMatch(/Oberstdorf$/);
  });
});
