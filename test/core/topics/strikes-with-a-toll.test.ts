import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/**
 * Missiles or rockets fired at a place with the dead, the wounded or the targets hit in the same sentence are a strike:
 * armed conflict. The same weapons tested or counted are no fighting.
 */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: a strike named by its weapons and its toll', () => {
  it.each([
    ['en', 'Night of sirens in Odesa', 'Cruise missiles slammed into the port city before dawn, killing four dock workers, the governor said.'],
    ['de', 'Sirenen über Charkiw', 'Zwei Raketen schlugen am Morgen in der Innenstadt ein und töteten fünf Menschen, teilte der Bürgermeister mit.'],
    ['fr', 'Nuit d’alerte à Dnipro', 'Des missiles se sont abattus sur la ville avant l’aube, tuant six civils, selon le gouverneur régional.'],
    ['es', 'Noche de alarmas en Járkov', 'Varios misiles impactaron en el centro de la ciudad al amanecer y dejaron siete muertos, según el alcalde.'],
  ])('is armed conflict (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).toContain('armed-conflict');
  });

  it.each([
    ['en', 'Dark night in Lviv', 'Rockets hit two substations near Lviv overnight, leaving 90,000 homes without power, the utility said.'],
    [
      'de',
      'Dunkle Nacht in Lwiw',
      'Raketen trafen in der Nacht zwei Umspannwerke bei Lwiw, in Zehntausenden Haushalten gab es Stromausfälle, teilte der Versorger mit.',
    ],
    ['fr', 'Nuit noire à Lviv', 'Des missiles ont touché deux postes électriques près de Lviv, privant d’électricité 90 000 foyers, selon l’opérateur.'],
    [
      'es',
      'Noche a oscuras en Leópolis',
      'Varios misiles alcanzaron dos subestaciones cerca de Leópolis y dejaron sin electricidad a 90.000 hogares, según la compañía.',
    ],
  ])('is armed conflict when the strike leaves homes without power (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).toContain('armed-conflict');
  });

  it.each([
    ['en', 'Pyongyang tests a new missile', 'North Korea fired a new solid-fuel missile into the sea on Tuesday, its second test this month.'],
    ['de', 'Neuer Raketentest', 'Nordkorea hat am Dienstag eine neue Rakete ins Meer abgefeuert, den zweiten Test in diesem Monat.'],
  ])('is no armed conflict without a toll (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain('armed-conflict');
  });
});
