import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string): string | null => extractQuotes(body, language).quotes[0]?.speaker ?? null;

describe('extractQuotes: institutions and descriptions as speakers', () => {
  it.each([
    [
      'a capitalised adjective is the first word of the institution',
      'en',
      '"The missile fell outside our zone," the Japanese Defence Ministry said.',
      'Japanese Defence Ministry',
    ],
    ['a nationality before a ministry', 'en', '"This hostile step will be answered," the Russian Foreign Ministry said.', 'Russian Foreign Ministry'],
    ['an office', 'en', '"We regret this step," the Federal Foreign Office in Vienna said in a statement.', 'Federal Foreign Office'],
    ['a possessive office', 'en', '"The suspects photographed the port," the Rotterdam prosecutor\'s office said.', "Rotterdam prosecutor's office"],
  ])('%s', (_case, language, body, speaker) => {
    expect(speakerOf(body, language)).toBe(speaker);
  });

  it('a plural possessive before an organisation is no person: "Prosecutors\' Office"', () => {
    expect(speakerOf('"The two men leaked the drawings," the Seoul Central District Prosecutors\' Office said.', 'en')).not.toMatch(/Prosecutors$/);
  });

  it('"l\'agence", "el organismo": the institution named before, by its full name with the acronym the article gives it', () => {
    const fr =
      "L'Office fédéral de la cybersécurité (OFCS) coordonne la riposte. « Les hôpitaux restent la cible favorite », a averti l'office dans un communiqué.";
    expect(speakerOf(`BERNE (Agence Alpine) - Trois hôpitaux ont été paralysés.\n\n${fr}`, 'fr')).toBe('Office fédéral de la cybersécurité (OFCS)');
    const es =
      'La Agencia Española de Protección de Datos (AEPD) ha impuesto una multa. «Las empresas deben notificar cualquier brecha», recordó el organismo en su resolución.';
    expect(speakerOf(es, 'es')).toBe('Agencia Española de Protección de Datos (AEPD)');
  });

  it('"el titular de Interior", "le conseiller fédéral": the minister named before', () => {
    const es =
      'El ministro del Interior, Fernando Grande-Marlaska, anunció un refuerzo policial. «Ningún ciberdelincuente quedará impune», aseguró el titular de Interior en el Senado.';
    expect(speakerOf(es, 'es')).toBe('Fernando Grande-Marlaska');
    const fr =
      "Le chef de la diplomatie suisse, Ignazio Cassis, a évoqué l'attaque à Berne. « Nous ne céderons jamais au chantage », a affirmé le conseiller fédéral.";
    expect(speakerOf(fr, 'fr')).toBe('Ignazio Cassis');
  });

  it('"Yoon said" after "President Yoon Suk Yeol": a family name first is the full name the article gives', () => {
    const en = 'In Seoul, President Yoon Suk Yeol convened his security council. "We will answer every provocation," Yoon said after the meeting.';
    expect(speakerOf(en, 'en')).toBe('Yoon Suk Yeol');
  });
});
