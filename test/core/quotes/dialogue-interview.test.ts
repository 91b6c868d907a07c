import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/quotes/index.js';

const speakers = (body: string, language: 'es') => extractQuotes(body, language).quotes.map((quote) => [quote.text, quote.speaker]);

describe('interviews set as dialogue lines', () => {
  it('gives an answer whose aside has no subject to the interviewee, not to a name in the question or an earlier answer', () => {
    const body =
      'Entrevista con la alcaldesa de Tumaco, Rosa Elvira Quiñones, que lleva tres años al frente del municipio.\n\n' +
      '—¿Qué ha cambiado desde el acuerdo con el Clan del Golfo?\n\n' +
      '—Poco. Siguen mandando en los barrios del puerto.\n\n' +
      '—El ministro Iván Restrepo promete más policías. ¿Le cree?\n\n' +
      '—Las promesas no patrullan las calles de noche —contesta sin pensarlo—. Necesitamos jueces.\n\n' +
      '—¿Se plantea dejar el cargo?\n\n' +
      '—Aquí nací y aquí me voy a quedar hasta el final —zanja—.';
    expect(speakers(body, 'es')).toEqual([
      ['Las promesas no patrullan las calles de noche', 'Rosa Elvira Quiñones'],
      ['Aquí nací y aquí me voy a quedar hasta el final', 'Rosa Elvira Quiñones'],
    ]);
  });

  it('leaves the pronoun rules alone outside an interview: the aside goes to the person the story is about', () => {
    const body =
      'El general Tomás Arrieta Luján recorrió ayer la base de Marjayoun con un grupo de periodistas.\n\n' +
      '—Hemos evitado muchas escaladas este año —explica mientras señala la línea azul—. Pero no basta.';
    expect(speakers(body, 'es')).toEqual([['Hemos evitado muchas escaladas este año', 'Tomás Arrieta Luján']]);
  });
});
