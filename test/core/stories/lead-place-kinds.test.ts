import { describe, expect, it } from 'vitest';
import { extractEntities, type LanguageCode } from '../../../src/core/index.js';
import { tokenTable } from '../../../src/core/text/index.js';
import { leadOf } from '../../../src/core/stories/lead.js';

/**
 * A small place a lead names after its kind ("der Grenzposten Eteringbang", "the town of", "la localité de", "la
 * localidad de") or a word of nearness ("nahe", "cerca de", "près de") is where the event is, as after "in". A
 * body spelled out by the acronym after it ("Guyana Defence Force (GDF)") is no person, and a German noun joined to
 * its genitive ("im Rahmen der Nato-Mission …") is no name.
 */

function lead(title: string, body: string, language: LanguageCode) {
  const entities = new Set([...extractEntities(title, language), ...extractEntities(body, language)]);
  return leadOf(tokenTable(title), tokenTable(body), entities);
}

describe('a place named by its kind or by nearness', () => {
  it('places the lead there, in four languages', () => {
    const cases: Array<[string, LanguageCode]> = [
      ['Two soldiers were wounded on Thursday when their boat came under fire near the town of Kamarang, the army said.', 'en'],
      ['Zwei Soldaten wurden am Donnerstag verletzt, als ihr Boot nahe dem abgelegenen Grenzposten Kamarang beschossen wurde.', 'de'],
      ['Deux soldats ont été blessés jeudi lorsque leur bateau a essuyé des tirs près de la localité de Kamarang.', 'fr'],
      ['Dos soldados resultaron heridos el jueves cuando su lancha fue atacada frente a la localidad de Kamarang.', 'es'],
      ['Dos soldados resultaron heridos el jueves cerca de Kamarang, informó el ejército.', 'es'],
    ];
    for (const [body, language] of cases) expect([...lead('', body, language).places], body).toContain('kamarang');
    expect([...lead('', 'Zwei Soldaten wurden am Donnerstag nahe Charkiw verletzt, teilte die Armee mit.', 'de').places]).toContain('kharkiv');
  });
});

describe('the people of a lead', () => {
  it('leave out a body spelled out by its acronym, and keep a person with a party after the name', () => {
    const army = lead('', 'A Guyana Defence Force (GDF) soldier was killed on Thursday, Chief of Staff Omar Khan said.', 'en');
    expect([...army.people]).not.toContain('force');
    const fanb = lead('', 'La Fuerza Armada Nacional Bolivariana (FANB) informó este jueves que una unidad fue atacada.', 'es');
    expect([...fanb.people]).not.toContain('bolivariana');
    const party = lead('', 'Der Abgeordnete Karl Brandt (CDU) forderte am Montag mehr Geld für die Marine.', 'de');
    expect([...party.people]).toContain('brandt');
  });

  it('take no German noun joined to its genitive for a place ("im Rahmen der Nato-Mission …")', () => {
    const found = lead(
      '',
      'Die Schiffe sollen ab Januar im Rahmen der Nato-Mission Baltic Sentry Unterseekabel schützen, sagte die Ministerin Karin Lindqvist.',
      'de',
    );
    expect([...found.places]).not.toContain('unterseekabel');
  });
});
