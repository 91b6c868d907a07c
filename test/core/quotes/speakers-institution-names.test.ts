import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string): string | null => extractQuotes(body, language).quotes[0]?.speaker ?? null;

describe('extractQuotes: an institution is named whole', () => {
  it.each([
    [
      'an "it says" after an institute named with its "for" tail',
      'en',
      'The Peterson Institute for International Economics published a long study on Monday. "Tariffs are a tax paid by our own consumers in the end," it says.',
      'Peterson Institute for International Economics',
    ],
    [
      'a council named with its "pour le" tail',
      'fr',
      "Le Haut Conseil pour le Climat a publié son rapport mardi. « La France n'est pas sur la bonne trajectoire pour 2030 », écrit le conseil.",
      'Haut Conseil pour le Climat',
    ],
  ])('%s', (_case, language, body, speaker) => {
    expect(speakerOf(body, language)).toBe(speaker);
  });

  it('"the air force said" after "the Ukrainian air force": the fuller name given before', () => {
    const body =
      'KYIV - The Ukrainian air force reported a large attack overnight. "Air defences destroyed most of the drones before dawn," the air force said.';
    expect(speakerOf(body, 'en')).toBe('Ukrainian air force');
  });

  it('a fuller name inside a quotation is no antecedent', () => {
    const body =
      'Sirens sounded across the capital. "The Ukrainian air force cannot stop every drone," a resident said. "Air defences destroyed most of the drones before dawn," the air force said.';
    expect(extractQuotes(body, 'en').quotes.find((quote) => quote.text.startsWith('Air defences'))?.speaker).toBe('air force');
  });
});

describe('extractQuotes: a portfolio word stands for the institution named whole before', () => {
  it.each([
    [
      'es',
      'El Departamento de Comercio de Argentina anunció nuevas medidas el martes. «Estas empresas han violado las normas de exportación», señaló Comercio en un comunicado.',
      'Departamento de Comercio de Argentina',
    ],
    [
      'en',
      'The Department of Commerce announced new export controls on Tuesday. "These companies broke the rules on chips," Commerce said in a statement.',
      'Department of Commerce',
    ],
  ])('%s', (language, body, speaker) => {
    expect(extractQuotes(body, language).quotes[0]?.speaker).toBe(speaker);
  });
});
