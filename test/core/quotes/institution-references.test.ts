import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('institutions by their full name and by a short form', () => {
  it('reads a German institution\'s name on after "für" and finds it again under its short form', () => {
    const full = 'Das Bundesamt für Strahlenschutz teilte am Abend mit: „Die Messwerte liegen im normalen Bereich, es besteht keine Gefahr.“';
    expect(speakerOf(full, 'de', 'Messwerte liegen')).toBe('Bundesamt für Strahlenschutz');
    const short =
      'Das Bundesamt für Sicherheit in der Informationstechnik warnte am Morgen die Betreiber.\n\n„Auch kleine Stadtwerke stehen im Fokus staatlicher Angreifer“, teilte das Bundesamt mit.';
    expect(speakerOf(short, 'de', 'kleine Stadtwerke')).toBe('Bundesamt für Sicherheit in der Informationstechnik');
  });

  it('does not take a word after "de" that is no name into the institution ("Ejército de bombardear")', () => {
    const spanish = '«Nuestras patrullas no cruzaron la frontera en ningún momento», afirmó el Ejército de Colombia, que acusó a la guerrilla de mentir.';
    expect(speakerOf(spanish, 'es', 'patrullas no cruzaron')).toBe('Ejército de Colombia');
    const verb = '«Nuestras patrullas no cruzaron la frontera en ningún momento», dijo el portavoz, que acusó al Ejército de bombardear casas.';
    expect(speakerOf(verb, 'es', 'patrullas no cruzaron') ?? '').not.toMatch(/bombardear/);
  });

  it('reads a definite description of an institution in lower case as the one named before, or as nobody', () => {
    const spanish =
      'El Ministerio de Defensa difundió un comunicado por la noche.\n\n«Las tropas entraron a nuestro territorio sabiendo lo que les esperaba», afirmó el ministerio colombiano.';
    expect(speakerOf(spanish, 'es', 'tropas entraron')).toBe('Ministerio de Defensa');
    const unnamed = 'Hubo combates durante la noche. «No vamos a entregar las armas», afirmó el grupo armado en un vídeo.';
    // Nothing named before: the description in lower case is too weak to show.
    expect(speakerOf(unnamed, 'es', 'entregar las armas')).toBeNull();
  });

  it('gives "el Gobierno" its own name, not a group named in lower case before it', () => {
    const spanish =
      'Un ataque atribuido a un grupo yihadista causó la muerte de 30 soldados.\n\n«No cederemos ante el terror», declaró el Gobierno en un comunicado.';
    expect(speakerOf(spanish, 'es', 'No cederemos')).toBe('Gobierno');
  });
});

describe('weak evidence gives no speaker', () => {
  it('shows no common noun in lower case as a speaker when nothing it refers to was named', () => {
    const spanish = 'Los cortes duraron toda la mañana. «Los sistemas funcionan con normalidad desde las doce», aseguró la empresa en un comunicado.';
    expect(speakerOf(spanish, 'es', 'sistemas funcionan')).toBeNull();
    const capitalised = 'Hubo protestas en la capital. «No cederemos ante la violencia de ningún grupo», afirmó el Gobierno en un comunicado.';
    expect(speakerOf(capitalised, 'es', 'No cederemos')).toBe('Gobierno');
  });

  it('does not take a capital someone comes from for its government', () => {
    const english =
      'Investors crowded the halls. "The conference is where you are seen, the deals happen at dinner," one investor from London said over coffee.';
    expect(speakerOf(english, 'en', 'deals happen at dinner')).not.toBe('Downing Street');
  });
});
