import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/**
 * "Terrorists" as the name one side of a war gives the other is a label, not terrorism; terrorists who attack a station are.
 * A site "bombed" (a verb) by states is no terror bombing; "a bombing" (the noun) still is one.
 */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] =>
  classifyTopics({ title, body, language }, taxonomy)
    .map((topic) => topic.id)
    .sort();

describe('classifyTopics: terrorists named by an army at war', () => {
  it.each([
    [
      'en',
      'Army drone strikes kill civilians near border, residents say',
      'At least nine civilians were killed in drone strikes by the army near the northern border, residents said, while the army said it had hit terrorists of a rebel front.\n\nThe army said in a statement it had destroyed several vehicles and would continue its offensive. "Not one village will be left to the terrorists," the defence minister said on state television.\n\nResidents said the strikes hit a water point. Fighting between the army and the rebels has intensified since the spring.',
    ],
    [
      'de',
      'Armee-Drohnenangriffe töten Zivilisten nahe der Grenze',
      'Bei Drohnenangriffen der Armee nahe der nördlichen Grenze sind nach Angaben von Bewohnern mindestens neun Zivilisten getötet worden; die Armee erklärte, sie habe Terroristen einer Rebellenfront getroffen.\n\nDie Armee teilte mit, sie habe mehrere Fahrzeuge zerstört und werde ihre Offensive fortsetzen. „Kein Dorf wird den Terroristen überlassen“, sagte der Verteidigungsminister im Staatsfernsehen.\n\nBewohner berichteten, die Angriffe hätten eine Wasserstelle getroffen. Die Kämpfe zwischen der Armee und den Rebellen haben seit dem Frühjahr zugenommen.',
    ],
    [
      'fr',
      'Des frappes de drones de l’armée tuent des civils près de la frontière',
      'Au moins neuf civils ont été tués dans des frappes de drones de l’armée près de la frontière nord, selon des habitants, l’armée affirmant avoir visé des terroristes d’un front rebelle.\n\nL’armée a indiqué avoir détruit plusieurs véhicules et poursuivra son offensive. « Aucun village ne sera laissé aux terroristes », a déclaré le ministre de la Défense à la télévision d’État.\n\nSelon des habitants, les frappes ont touché un point d’eau. Les combats entre l’armée et les rebelles se sont intensifiés depuis le printemps.',
    ],
    [
      'es',
      'Ataques con drones del Ejército matan a civiles cerca de la frontera',
      'Al menos nueve civiles murieron en ataques con drones del Ejército cerca de la frontera norte, según vecinos, mientras el Ejército aseguró haber alcanzado a terroristas de un frente rebelde.\n\nEl Ejército informó de que destruyó varios vehículos y continuará su ofensiva. «Ningún pueblo quedará en manos de los terroristas», dijo el ministro de Defensa en la televisión estatal.\n\nLos vecinos dijeron que los ataques alcanzaron un punto de agua. Los combates entre el Ejército y los rebeldes se han intensificado desde la primavera.',
    ],
  ])('an army that says it struck terrorists is at war, no terrorism (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).toEqual(['armed-conflict']);
  });

  it.each([
    [
      'en',
      'Terrorists kill three at railway station',
      'Three people were killed when terrorists opened fire at the central railway station on Friday evening, police said. The Islamic State group claimed responsibility for the attack overnight.',
    ],
    [
      'fr',
      'Des terroristes tuent trois personnes dans une gare',
      'Trois personnes ont été tuées vendredi soir lorsque des terroristes ont ouvert le feu dans la gare centrale, a indiqué la police. Le groupe État islamique a revendiqué l’attentat dans la nuit.',
    ],
  ])('terrorists who attack a station are terrorism (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).toEqual(['terrorism']);
  });
});

describe('classifyTopics: sites "bombed" by states', () => {
  it('are the setting of a nuclear story, no terrorism (en)', () => {
    const body =
      'Inspectors have not returned to the bombed reactor site since the air raids of last spring, the agency said on Monday. The country’s stockpile of enriched uranium has not been verified since then.\n\nThe site was attacked by two states, the agency’s report recalls. The board meets in Vienna on Friday.';
    const topics = topicsOf('Inspectors still kept out of bombed reactor site', body, 'en');
    expect(topics).toContain('arms-control');
    expect(topics).not.toContain('terrorism');
  });

  it('a bombing claimed by a militant group still is terrorism (en)', () => {
    const body =
      'A bombing at a crowded bus station killed nine people on Sunday, police said. A jihadist group claimed responsibility for the bombing in a statement on Monday.';
    expect(topicsOf('Nine killed in bus station bombing', body, 'en')).toContain('terrorism');
  });
});
