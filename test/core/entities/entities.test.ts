import { describe, expect, it } from 'vitest';
import { extractEntities, speakerKey } from '../../../src/core/index.js';

describe('extractEntities', () => {
  it('gives the same keys for the same names in four languages', () => {
    const de = extractEntities('Kremlsprecher Dmitri Peskow sagte in Moskau, Wladimir Putin sei bereit.', 'de');
    const en = extractEntities('Kremlin spokesman Dmitry Peskov said in Moscow that Vladimir Putin was ready.', 'en');
    const fr = extractEntities('Le porte-parole du Kremlin, Dmitri Peskov, a déclaré à Moscou que Vladimir Poutine était prêt.', 'fr');
    const es = extractEntities('El portavoz del Kremlin, Dmitri Peskov, dijo en Moscú que Vladímir Putin estaba listo.', 'es');
    for (const keys of [de, en, fr, es]) expect(keys).toEqual(expect.arrayContaining(['peskov', 'moscow', 'putin']));
    expect(en).toContain('kremlin');
    expect(fr).toContain('kremlin');
  });

  it('folds transliterations of names it does not know', () => {
    const de = extractEntities('Der Minister traf Verteidigungsminister Andrej Beloussow und Sergej Schoigu.', 'de');
    const en = extractEntities('The minister met Defence Minister Andrei Belousov and Sergei Shoigu.', 'en');
    expect(de).toEqual(expect.arrayContaining(['belousov', 'shoigu']));
    expect(en).toEqual(expect.arrayContaining(['belousov', 'shoigu']));
  });

  it('does not take German common nouns for names', () => {
    const keys = extractEntities('Die Regierung plant ein Gipfeltreffen. Der Rüstungswettlauf soll enden, sagte die Sprecherin.', 'de');
    expect(keys).not.toContain('gipfeltreffen');
    expect(keys).not.toContain('rustungsvettlauf');
    expect(keys).not.toContain('regierung');
  });
});

describe('speakerKey', () => {
  it('gives one key for every spelling and title of a speaker', () => {
    const keys = ['Peskow', 'Peskov', 'Dmitry Peskov', 'Kremlsprecher Dmitri Peskow'].map(speakerKey);
    expect(new Set(keys)).toEqual(new Set(['peskov']));
    expect(speakerKey('Kreml')).toBe(speakerKey('the Kremlin'));
    expect(speakerKey('Weißes Haus')).toBe(speakerKey('White House'));
    expect(speakerKey('Emmanuel Macron')).not.toBe(speakerKey('Olaf Scholz'));
  });
});
