import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: words that only look like a topic’s', () => {
  it.each([
    [
      'trade',
      'es',
      'Una escaladora llega a la cima por décima vez',
      'Es lo más importante de mi vida, dijo la escaladora al bajar. Su marca es importante para el deporte, y no importa el frío.',
    ],
    [
      'trade',
      'fr',
      'Pêche : la saison s’annonce difficile',
      'Peu importe la météo, disent les pêcheurs, n’importe quel bateau sortira. La baisse des prises est importante.',
    ],
  ])('keeps %s out of "important" and "n’importe", which share the stem of imports (%s: "%s")', (topic, language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain(topic);
  });

  it.each([
    [
      'trade',
      'fr',
      'Les importations de voitures chinoises bondissent',
      'Les importations de voitures électriques chinoises ont doublé. Bruxelles envisage des droits de douane supplémentaires.',
    ],
    ['trade', 'es', 'Las importaciones de acero se disparan', 'Las importaciones de acero chino crecieron un 40 %. La industria pide aranceles.'],
  ])('imports written out still are %s (%s: "%s")', (topic, language, title, body) => {
    expect(topicsOf(title, body, language)).toContain(topic);
  });

  it.each([
    [
      'armed-conflict',
      'en',
      'Lawmakers clash in hostile hearing',
      'The hearing turned hostile when the senator accused the witness of lying. The hostile exchange lasted an hour.',
    ],
    [
      'armed-conflict',
      'es',
      'Un ambiente hostil en el Congreso',
      'La sesión se celebró en un clima hostil. Los diputados se lanzaron reproches en un tono hostil.',
    ],
    [
      'armed-conflict',
      'de',
      'Kampfabstimmung um den Parteivorsitz',
      'Beim Parteitag kommt es zu einer Kampfabstimmung zwischen zwei Bewerbern. Die Kampfabstimmung gilt als offen.',
    ],
    [
      'armed-conflict',
      'en',
      'Allied troops begin Arctic drills',
      'About 10,000 soldiers from six countries began the drills in the snow on Monday.\n\nArtillery units will fire live rounds during the exercise, the army said.',
    ],
    [
      'armed-conflict',
      'fr',
      'Le chef d’état-major appelle à se préparer',
      'Le chef d’état-major des armées a appelé le pays à se préparer à l’éventualité d’une confrontation armée. Selon lui, les armées et leurs soldats doivent se préparer à l’hypothèse d’un choc.',
    ],
    [
      'summits',
      'fr',
      'Le chef d’état-major appelle à se préparer',
      'Le chef d’état-major des armées a appelé le pays à se préparer. Le chef d’état-major s’exprimait devant les maires.',
    ],
    [
      'summits',
      'en',
      'Retail leaders summit opens in London',
      'Chief executives of 200 retailers met at the leaders summit in London on Tuesday. The retailers want lower business rates, the summit organisers said.',
    ],
  ])('keeps %s out of a hostile tone, a contested vote, drills, a chief of staff or a business summit (%s: "%s")', (topic, language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain(topic);
  });
});

describe('classifyTopics: diplomacy as the background of another story', () => {
  it.each([
    [
      'diplomacy',
      'en',
      'EU agrees new sanctions package against Moscow',
      'BRUSSELS — The European Union agreed a new package of sanctions against Russia on Wednesday, blacklisting 90 tankers and freezing the assets of three banks.\n\nThe sanctions target the shadow fleet. The new sanctions also ban exports of machine tools, and further sanctions are planned, officials said.\n\nAmbassadors approved the package after a long meeting, a diplomat said.',
    ],
  ])('a diplomat and ambassadors in a story five times as much about sanctions are no %s (%s: "%s")', (topic, language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain(topic);
  });

  it.each([
    [
      'diplomacy',
      'en',
      'Foreign ministers meet as ties thaw',
      'The foreign ministers of the two countries held talks on Tuesday, the first meeting since relations soured. The ambassador was recalled last year.',
    ],
  ])('ministers meeting is still %s (%s: "%s")', (topic, language, title, body) => {
    expect(topicsOf(title, body, language)).toContain(topic);
  });
});

describe('classifyTopics: a strong word alone in a short story', () => {
  it('does not vouch for itself: "combats" is armed-conflict’s term and context word, and one mention of it is no war', () => {
    const body =
      'Les éditeurs ont présenté leurs nouveautés samedi à Nantes, où la foire accueille 200 exposants.\n\n' +
      'Un auteur a évoqué les combats de sa jeunesse pour la liberté de la presse. La foire ferme dimanche.';
    expect(topicsOf('Salon du livre de Nantes', body, 'fr')).not.toContain('armed-conflict');
  });
});

describe('classifyTopics: German words that begin like a sense-changing word', () => {
  it.each([
    ['armed-conflict', 'Nacht an der Grenze', 'Die Stadt wurde von Artillerie beschossen und die Truppen konnten die Front kaum halten.'],
    ['diplomacy', 'Streit mit Moskau', 'Die Außenministerin kündigte an, den Botschafter nach dem Telefonat einzubestellen.'],
    ['sanctions', 'Zwölf Oligarchen betroffen', 'Die EU verhängte eine Einreisesperre und Sanktionen gegen zwölf Oligarchen.'],
    ['summits', 'Treffen in Prag', 'Die Präsidenten Armeniens und Aserbaidschans kommen zu einem Gipfeltreffen über Bergkarabach zusammen.'],
    ['elections', 'Abstimmung im Süden', 'Die Präsidentschaftswahl war von Misstrauen begleitet und die Wahlbeteiligung lag bei 40 Prozent.'],
    ['armed-conflict', 'Kommandeur getötet', 'Ein prominenter Kommandeur der Truppen fiel bei Kämpfen an der Front.'],
  ])('"wurde", "kündigte", "Einreisesperre", "Bergkarabach", "Misstrauen" and "prominent" leave %s standing', (topic, title, body) => {
    expect(topicsOf(title, body, 'de')).toContain(topic);
  });

  it.each([
    ['armed-conflict', 'Planspiel', 'Ein Krieg würde die Region verwüsten, die Truppen könnten die Front nicht halten.'],
    ['diplomacy', 'Kundentag', 'Die Kunden lobten die guten Beziehungen und das Verhältnis zum Händler.'],
    ['summits', 'Bergsport', 'Den Gipfel des Berges erreichten die Präsidenten des Alpenvereins am Mittag.'],
  ])('the words themselves still change the sense of %s', (topic, title, body) => {
    expect(topicsOf(title, body, 'de')).not.toContain(topic);
  });
});

describe('classifyTopics: "frapper" is to hit, "frappes" are strikes', () => {
  it('hitting oil revenue is no armed conflict', () => {
    expect(
      topicsOf('Paris et Berlin veulent frapper les revenus pétroliers russes', 'Les ministres veulent frapper plus fort les revenus du pétrole russe.', 'fr'),
    ).not.toContain('armed-conflict');
  });

  it('strikes on a city are', () => {
    expect(topicsOf('Nouvelles frappes sur Kiev', 'Des frappes russes ont touché Kiev dans la nuit, et les troupes ukrainiennes ont reculé.', 'fr')).toContain(
      'armed-conflict',
    );
  });
});

describe('classifyTopics: a "Botschaft" is a message or an embassy, a "Botschafter" an ambassador', () => {
  it('a clear message to Moscow is no diplomacy', () => {
    expect(topicsOf('Kanzler in Vilnius', 'Der Besuch sei eine klare Botschaft an Moskau, sagte der Kanzler vor Soldaten der Brigade.', 'de')).not.toContain(
      'diplomacy',
    );
  });

  it('an ambassador counts once, as written, with the ambassador’s weight', () => {
    const [diplomacy] = classifyTopics({ title: 'Berlin', body: 'Der russische Botschafter wurde am Montag erneut vorgeladen.', language: 'de' }, taxonomy);
    expect(diplomacy).toEqual({ id: 'diplomacy', score: 3, evidence: ['Botschafter'] });
  });
});

describe('classifyTopics: words that share a stem with a heavier term match as written', () => {
  it('French "armes" (weapons) are not "armées" (armies)', () => {
    const topics = topicsOf(
      'Le traité limite les armes nucléaires',
      'Le traité limite les armes nucléaires des deux pays. Ces armes restent sous contrôle, selon le ministère.',
      'fr',
    );
    expect(topics).toContain('arms-control');
    expect(topics).not.toContain('armed-conflict');
  });

  it('a Spanish "embajada" (embassy) is not an "embajador" (ambassador)', () => {
    expect(topicsOf('Navidad en Caracas', 'La embajada organizó un concierto de Navidad para la comunidad española.', 'es')).not.toContain('diplomacy');
    expect(topicsOf('Navidad en Caracas', 'El embajador fue convocado por el ministerio el lunes.', 'es')).toContain('diplomacy');
  });
});

describe('classifyTopics: German compounds that only begin like a weapons test', () => {
  it.each([
    ['Lieferung von Raketenteilen', 'Die EU verhängt Sanktionen gegen zwei Firmen wegen der Lieferung von Raketenteilen an Russland.'],
    ['Atomtechnik im Museum', 'Das Museum zeigt Atomtechnik aus den Sechzigerjahren. Die Ausstellung läuft bis März.'],
  ])('"%s" is no weapons test', (title, body) => {
    expect(topicsOf(title, body, 'de')).not.toContain('arms-control');
  });

  it('a missile test still is arms control', () => {
    expect(
      topicsOf('Pjöngjang meldet Raketentest', 'Nordkorea hat einen weiteren Raketentest vorgenommen. Seoul verurteilte die Raketentests.', 'de'),
    ).toContain('arms-control');
  });
});
