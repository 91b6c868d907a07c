import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/index.js';

describe('detectLanguage', () => {
  it.each([
    ['de', 'Der Kreml teilte am Dienstag mit, dass ein Treffen der beiden Präsidenten geplant sei.'],
    ['en', 'The Kremlin said on Tuesday that a meeting between the two presidents was being planned.'],
    ['fr', 'Le Kremlin a annoncé mardi qu’une rencontre entre les deux présidents était en préparation.'],
    ['es', 'El Kremlin anunció el martes que se prepara una reunión entre los dos presidentes.'],
  ])('recognises %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('tells Spanish from French although they share many function words', () => {
    expect(detectLanguage('La comisión de la Unión Europea que se reunió en Bruselas no ha decidido nada sobre las sanciones.')).toBe('es');
    expect(detectLanguage('La commission de l’Union européenne qui se réunit à Bruxelles n’a rien décidé sur les sanctions.')).toBe('fr');
  });

  it("says 'und' for text that is too short, empty or in an unsupported script", () => {
    expect(detectLanguage('Hallo')).toBe('und');
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('Путин и Трамп обсудили встречу в верхах по телефону')).toBe('und');
  });
});
