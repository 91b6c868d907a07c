import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string): string | null => extractQuotes(body, language).quotes[0]?.speaker ?? null;

describe('extractQuotes: a bare noun for a kind ("club", "groupe", "policía", "Gruppe", "embassy") is no speaker', () => {
  it.each([
    ['en', 'The club announced a new coach on Monday. "We are delighted to welcome him to the family," the club said.'],
    ['en', 'The embassy issued a short statement overnight. "Our citizens should leave the region now," the embassy said.'],
    ['fr', "Le groupe a revendiqué l'attaque sur Telegram. « Nous frapperons encore les serveurs de l'État », a écrit le groupe."],
    ['es', 'La policía detuvo a dos hombres el martes. "Todo apunta a una banda organizada", informó la policía.'],
  ])('%s: %s', (language, body) => {
    expect(speakerOf(body, language)).toBeNull();
  });

  it('a bare noun after a named organisation of another kind goes to neither ("die Gruppe" after "die Staatsanwaltschaft")', () => {
    const de =
      'Die Staatsanwaltschaft Kassel ermittelt seit Juni. In Sicherheitskreisen wird die Gruppe "Nachtfalke" hinter dem Angriff vermutet. "Das ist ihre typische Vorgehensweise", hieß es.';
    expect(speakerOf(de, 'de')).toBeNull();
  });

  it.each([
    [
      'en',
      'Valdora Airlines',
      'The company',
      'cancelled all flights on Monday. "All our systems have been restored and checked," the company said in a statement.',
    ],
    [
      'es',
      'Ribera Airlines',
      'La compañía',
      'canceló todos los vuelos el lunes. «Todos nuestros sistemas funcionan con normalidad», aseguró la compañía en una nota.',
    ],
    [
      'de',
      'Valdora Airlines',
      'Das Unternehmen',
      'hat am Montag alle Flüge gestrichen. "Alle unsere Systeme laufen wieder normal", teilte das Unternehmen mit.',
    ],
  ])('%s: "the company" is the company named before (%s), and nobody when only the bare noun came before', (language, name, bare, rest) => {
    expect(speakerOf(`${name} ${rest}`, language)).toBe(name);
    expect(speakerOf(`${bare} ${rest}`, language)).toBeNull();
  });
});
