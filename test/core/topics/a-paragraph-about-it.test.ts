import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/**
 * Weak terms in one passage far down a long story are an aside; but a paragraph there that keeps to a topic in three
 * different terms (the diplomatic efforts, the mediators, their talks) is one of the story's subjects.
 */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

const FIGHTING: Record<string, { title: string; lead: string[]; diplomacy: string; aside: string }> = {
  en: {
    title: 'Shelling kills eleven in frontline town',
    lead: [
      'Artillery shelling killed eleven people in the frontline town of Velmora overnight, local officials said.',
      'Government troops and rebel fighters have battled for the town since spring.',
      'The army said it had repelled two attacks on its positions to the north.',
      'Rescue teams searched the ruins of a school until dawn.',
      'Aid agencies said the only road into the town was cut.',
      'A hospital in the town has run out of blood supplies.',
      'Residents said they had spent the night in cellars.',
      'Fighting continued on Tuesday morning.',
    ],
    diplomacy:
      'Diplomatic efforts to end the war have stalled. Mediators from two neighbouring countries held indirect talks with both sides last week without result.',
    aside: 'The mayor said diplomats had visited once. Nobody came back.',
  },
  de: {
    title: 'Beschuss tötet elf Menschen in Frontstadt',
    lead: [
      'Artilleriebeschuss hat in der Frontstadt Velmora in der Nacht elf Menschen getötet, teilten die örtlichen Behörden mit.',
      'Regierungstruppen und Rebellen kämpfen seit dem Frühjahr um die Stadt.',
      'Die Armee erklärte, sie habe zwei Angriffe auf ihre Stellungen im Norden abgewehrt.',
      'Rettungskräfte suchten bis zum Morgen in den Trümmern einer Schule.',
      'Hilfsorganisationen zufolge ist die einzige Zufahrtsstraße abgeschnitten.',
      'Dem Krankenhaus der Stadt sind die Blutkonserven ausgegangen.',
      'Bewohner verbrachten die Nacht in Kellern.',
      'Die Kämpfe gingen am Dienstagmorgen weiter.',
    ],
    diplomacy:
      'Die diplomatischen Bemühungen um ein Ende des Krieges stocken. Vermittler aus zwei Nachbarländern führten in der vergangenen Woche indirekte Friedensgespräche mit beiden Seiten, ohne Ergebnis.',
    aside: 'Der Bürgermeister sagte, Diplomaten seien einmal da gewesen. Niemand sei wiedergekommen.',
  },
  fr: {
    title: 'Onze morts sous les bombardements dans une ville du front',
    lead: [
      'Des tirs d’artillerie ont tué onze personnes dans la nuit à Velmora, ville située sur la ligne de front, selon les autorités locales.',
      'Les troupes gouvernementales et les rebelles se disputent la ville depuis le printemps.',
      'L’armée a affirmé avoir repoussé deux attaques contre ses positions au nord.',
      'Les secours ont fouillé les décombres d’une école jusqu’à l’aube.',
      'Selon les humanitaires, la seule route d’accès est coupée.',
      'L’hôpital de la ville n’a plus de poches de sang.',
      'Les habitants ont passé la nuit dans les caves.',
      'Les combats se poursuivaient mardi matin.',
    ],
    diplomacy:
      'Les efforts diplomatiques pour mettre fin à la guerre sont au point mort. Des médiateurs de deux pays voisins ont mené la semaine dernière des pourparlers indirects avec les deux camps, sans résultat.',
    aside: 'Le maire dit que des diplomates sont venus une fois. Personne n’est revenu.',
  },
  es: {
    title: 'Los bombardeos matan a once personas en una ciudad del frente',
    lead: [
      'El fuego de artillería mató a once personas durante la noche en Velmora, ciudad situada en la línea del frente, según las autoridades locales.',
      'Las tropas del Gobierno y los rebeldes se disputan la ciudad desde la primavera.',
      'El ejército afirmó haber rechazado dos ataques contra sus posiciones en el norte.',
      'Los equipos de rescate buscaron entre los escombros de una escuela hasta el amanecer.',
      'Según las organizaciones humanitarias, la única carretera de acceso está cortada.',
      'El hospital de la ciudad se ha quedado sin reservas de sangre.',
      'Los vecinos pasaron la noche en sótanos.',
      'Los combates continuaban el martes por la mañana.',
    ],
    diplomacy:
      'Los esfuerzos diplomáticos para poner fin a la guerra están estancados. Mediadores de dos países vecinos mantuvieron la semana pasada conversaciones de paz indirectas con ambas partes, sin resultado.',
    aside: 'El alcalde dijo que unos diplomáticos vinieron una vez. Nadie volvió.',
  },
};

const story = (language: string, last: string): string => {
  const { lead } = FIGHTING[language]!;
  return [lead.slice(0, 2).join(' '), lead.slice(2, 5).join(' '), lead.slice(5).join(' '), last].join('\n\n');
};

describe('classifyTopics: a paragraph about a topic far down a long story', () => {
  it.each(['en', 'de', 'fr', 'es'])('makes it a subject when it keeps to the topic in three terms (%s)', (language) => {
    const topics = topicsOf(FIGHTING[language]!.title, story(language, FIGHTING[language]!.diplomacy), language);
    expect(topics).toContain('armed-conflict');
    expect(topics).toContain('diplomacy');
  });

  it.each(['en', 'de', 'fr', 'es'])('leaves one weak term there an aside (%s)', (language) => {
    expect(topicsOf(FIGHTING[language]!.title, story(language, FIGHTING[language]!.aside), language)).not.toContain('diplomacy');
  });
});
