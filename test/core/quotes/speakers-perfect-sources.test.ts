import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('Spanish perfect tense as a speech verb', () => {
  it('reads "ha declarado", "ha dicho" after a quote as the verb, with the name after it', () => {
    const body =
      'La alcaldesa de Soria visitó el mercado.\n\n"Vamos a abrir el nuevo puente antes del verano", ha declarado Marta Ibáñez Roldán, alcaldesa de la ciudad, a su llegada.';
    expect(speakerOf(body, 'es', 'nuevo puente')).toBe('Marta Ibáñez Roldán');
    const pronoun = 'Marta Ibáñez Roldán visitó el mercado el lunes.\n\n"No habrá más retrasos en las obras del puente", ha dicho.';
    expect(speakerOf(pronoun, 'es', 'más retrasos')).toBe('Marta Ibáñez Roldán');
  });

  it('still takes a participle alone for no verb: "el destacado dirigente"', () => {
    const body = 'Tomás Uribe habló en la plaza. "La reforma llega tarde y mal para los pueblos del interior", el destacado dirigente Pablo Ruiz.';
    expect(speakerOf(body, 'es', 'reforma llega tarde')).not.toBe('Pablo Ruiz');
  });
});

describe('a source marker before a quote', () => {
  it('gives a quote after "según el informe", "selon le rapport", "according to the report" to nobody, not the speaker before', () => {
    const spanish =
      '"Las obras terminarán en mayo", dijo el consejero Tomás Uribe.\n\nSegún el informe técnico publicado el lunes, "los pilares del puente presentan grietas profundas".';
    expect(speakerOf(spanish, 'es', 'pilares del puente')).toBeNull();
    const french =
      '« Les travaux se termineront en mai », a dit le conseiller Tomás Uribe.\n\nSelon le rapport technique publié lundi, « les piliers du pont présentent des fissures profondes ».';
    expect(speakerOf(french, 'fr', 'piliers du pont')).toBeNull();
    const english =
      '"The works will end in May," councillor Tomas Uribe said.\n\nAccording to the technical report published on Monday, "the pillars of the bridge show deep cracks".';
    expect(speakerOf(english, 'en', 'pillars of the bridge')).toBeNull();
  });

  it('gives "según sus cálculos", "selon ses calculs", "according to her figures" to the person named before', () => {
    const spanish =
      'La economista Lucía Ferrán presentó el estudio en Bilbao. Según sus cálculos, el impacto es grande: "Si sube el petróleo, la inflación llegará al seis por ciento".';
    expect(speakerOf(spanish, 'es', 'sube el petróleo')).toBe('Lucía Ferrán');
    const french =
      "La chercheuse Lucía Ferrán a présenté l'étude à Lyon. Selon ses calculs, l'impact est grand : « Si le pétrole monte, l'inflation atteindra six pour cent ».";
    expect(speakerOf(french, 'fr', 'pétrole monte')).toBe('Lucía Ferrán');
  });
});

describe('a definite description that fits several people named before', () => {
  it('gives no speaker rather than the description as written', () => {
    const body =
      'El expresidente Andrés Quiroga Lemos y el expresidente Julio Ortega Saldaña llegaron juntos a Quito. Quiroga Lemos saludó a la prensa y Ortega Saldaña habló con los diputados.\n\n"La mediación necesita tiempo y discreción", insistió el exjefe de Gobierno en declaraciones a la radio.';
    expect(speakerOf(body, 'es', 'mediación necesita')).toBeNull();
  });
});
