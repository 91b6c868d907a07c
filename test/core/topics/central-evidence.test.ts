import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/** Classes of false topics found by a set written apart: a term in passing is not what the story is about. */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

/** Sentences about something else, so that a passage further down is one of many. */
const FILLER: Record<string, string[]> = {
  en: [
    'The measures take effect next month.',
    'Officials said the list would be reviewed in the spring.',
    'Several shipping firms declined to comment.',
    'Markets barely moved on the news.',
    'Lawyers for two of the companies said they would appeal.',
  ],
  de: [
    'Die Maßnahmen gelten ab dem kommenden Monat.',
    'Die Liste soll im Frühjahr überprüft werden, hieß es.',
    'Mehrere Reedereien wollten sich nicht äußern.',
    'An den Märkten gab es kaum Bewegung.',
    'Anwälte zweier Firmen kündigten Einspruch an.',
  ],
  fr: [
    'Les mesures entrent en vigueur le mois prochain.',
    'La liste doit être revue au printemps, selon des responsables.',
    'Plusieurs armateurs n’ont pas souhaité commenter.',
    'Les marchés ont à peine réagi.',
    'Les avocats de deux entreprises ont annoncé un recours.',
  ],
  es: [
    'Las medidas entran en vigor el próximo mes.',
    'La lista se revisará en primavera, según fuentes oficiales.',
    'Varias navieras declinaron hacer comentarios.',
    'Los mercados apenas reaccionaron.',
    'Los abogados de dos empresas anunciaron un recurso.',
  ],
};

/** A lead, three paragraphs of filler, then the passage. */
function withPassage(language: string, lead: string, passage: string): string {
  const filler = FILLER[language]!;
  return [lead, filler.slice(0, 2).join(' '), filler.slice(2).join(' '), passage].join('\n\n');
}

describe('classifyTopics: a topic named in one passage further down is named in passing', () => {
  const cases: [string, string, string, string][] = [
    [
      'en',
      'EU adopts new sanctions on oil tankers',
      'The European Union adopted sanctions on 100 more tankers on Wednesday.',
      'Oil revenue has fallen to its lowest level since the war began, the Kremlin admitted. Moscow pays for the war with its reserves, an EU official said.',
    ],
    [
      'de',
      'EU beschließt neue Sanktionen gegen Tanker',
      'Die EU hat am Mittwoch Sanktionen gegen 100 weitere Tanker beschlossen.',
      'Die Öleinnahmen seien so niedrig wie seit Kriegsbeginn nicht, räumte der Kreml ein. Moskau bezahle den Krieg aus seinen Reserven, sagte ein EU-Beamter.',
    ],
    [
      'fr',
      'L’UE adopte de nouvelles sanctions contre des pétroliers',
      'L’Union européenne a adopté mercredi des sanctions contre 100 pétroliers supplémentaires.',
      'Les recettes pétrolières sont au plus bas depuis le début de la guerre, reconnaît le Kremlin. Moscou paie la guerre avec ses réserves, selon un responsable européen.',
    ],
    [
      'es',
      'La UE aprueba nuevas sanciones contra petroleros',
      'La Unión Europea aprobó el miércoles sanciones contra otros 100 petroleros.',
      'Los ingresos del petróleo están en su nivel más bajo desde el inicio de la guerra, admitió el Kremlin. Moscú paga la guerra con sus reservas, dijo un funcionario europeo.',
    ],
  ];

  it.each(cases)('a war named in two sentences of a long sanctions story is no armed conflict (%s)', (language, title, lead, passage) => {
    const topics = topicsOf(title, withPassage(language, lead, passage), language);
    expect(topics).toContain('sanctions');
    expect(topics).not.toContain('armed-conflict');
  });

  // The war named, not reported, is the sanctions story's background wherever it stands (war-as-background.test.ts).
  it.each(cases)('the same sentences in the lead still only name the war (%s)', (language, title, lead, passage) => {
    expect(topicsOf(title, withPassage(language, `${lead} ${passage}`, FILLER[language]![0]!), language)).not.toContain('armed-conflict');
  });

  it('a short story has no passing mentions: each of its few sentences counts', () => {
    const body =
      'The European Union adopted sanctions on 100 more tankers.\n\nOil revenue has fallen to its lowest level since the war began, the Kremlin admitted. Russian troops shelled the front line near Pokrovsk again overnight.';
    expect(topicsOf('EU adopts new sanctions on oil tankers', body, 'en')).toContain('armed-conflict');
  });
});

describe('classifyTopics: an army that is a group’s name', () => {
  it.each([
    ['en', 'Coastal Liberation Army claims market bombing', 'The Coastal Liberation Army said it planted the bomb that killed six people at the market.'],
    [
      'de',
      'Irisch-Republikanische Armee bekennt sich zu Anschlag',
      'Eine Splittergruppe der Republikanischen Armee erklärte, sie habe die Bombe auf dem Markt gelegt.',
    ],
    ['fr', 'L’Armée de libération nationale revendique l’attentat', 'L’Armée de libération nationale affirme avoir posé la bombe sur le marché.'],
    ['es', 'El Ejército de Liberación Nacional reivindica el atentado', 'El Ejército de Liberación Nacional afirmó haber colocado la bomba en el mercado.'],
  ])('is no army at war (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain('armed-conflict');
  });

  it('a national army in the same words still is', () => {
    expect(topicsOf('The army shells rebel positions', 'The army and its artillery shelled rebel positions near the border.', 'en')).toContain(
      'armed-conflict',
    );
  });
});

describe('classifyTopics: a missile programme named as an aside', () => {
  it.each([
    [
      'en',
      'Treasury sanctions tankers that carry Iranian oil',
      'The United States imposed sanctions on ten tankers whose cargo, it said, funds Iran’s missile programme.',
    ],
    [
      'de',
      'USA verhängen Sanktionen gegen Öltanker',
      'Die USA haben Sanktionen gegen zehn Tanker verhängt, deren Öl nach US-Angaben das Raketenprogramm Irans finanziert.',
    ],
    [
      'fr',
      'Washington sanctionne des pétroliers iraniens',
      'Les États-Unis ont imposé des sanctions à dix pétroliers dont le pétrole financerait le programme balistique de l’Iran.',
    ],
    [
      'es',
      'EE.UU. sanciona a petroleros iraníes',
      'Estados Unidos impuso sanciones a diez petroleros cuyo crudo financia el programa de misiles de Irán, según Washington.',
    ],
  ])('in a sanctions story is no arms control (%s)', (language, title, body) => {
    const topics = topicsOf(title, body, language);
    expect(topics).toContain('sanctions');
    expect(topics).not.toContain('arms-control');
  });

  it('in the title it still is', () => {
    expect(topicsOf('North Korea expands its missile programme', 'Pyongyang opened a new launch site, officials in Seoul said.', 'en')).toContain(
      'arms-control',
    );
  });
});

describe('classifyTopics: a ransomware group that claims an attack', () => {
  it.each([
    [
      'en',
      'Ransomware attack disrupts hospital laboratories',
      'Hospitals reported delays after the attack, police said. A group calling itself Nightowl claimed responsibility on its website.',
    ],
    [
      'de',
      'Ransomware: Anschlag auf Kliniklabore',
      'Nach dem Anschlag meldeten Kliniken Verzögerungen, teilte die Polizei mit. Den Anschlag reklamierte laut Polizei eine Gruppe auf ihrer Website für sich.',
    ],
    [
      'fr',
      'Une cyberattaque paralyse les laboratoires d’un hôpital',
      'Le groupe a revendiqué l’attaque mardi, selon la police. Il avait revendiqué en mars une attaque contre une clinique.',
    ],
    [
      'es',
      'Un ciberataque paraliza los laboratorios de un hospital',
      'El grupo reivindicó el ataque el martes, según la policía. Ya reivindicó en marzo un ataque contra una clínica.',
    ],
  ])('is cyber, not terrorism (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain('terrorism');
  });
});

describe('classifyTopics: government consultations are a leaders’ meeting', () => {
  it.each([
    [
      'en',
      'Warsaw hosts Berlin',
      'Chancellor Merz and Prime Minister Tusk opened intergovernmental consultations in Warsaw on Monday. Both governments agreed a plan for the border.',
    ],
    [
      'de',
      'Merz in Warschau',
      'Bundeskanzler Merz und Ministerpräsident Tusk haben in Warschau Regierungskonsultationen abgehalten. Beide Regierungen vereinbarten einen Plan für die Grenze.',
    ],
    [
      'fr',
      'Merz à Toulon',
      'Le président Macron et le chancelier Merz ont tenu jeudi un conseil des ministres franco-allemand à Toulon. Les deux gouvernements ont adopté une déclaration.',
    ],
    [
      'es',
      'Sánchez en Lisboa',
      'El presidente Sánchez y el primer ministro Montenegro celebraron consultas intergubernamentales en Lisboa. Ambos gobiernos firmaron un plan fronterizo.',
    ],
  ])('tags summits and diplomacy (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).toEqual(expect.arrayContaining(['summits', 'diplomacy']));
  });

  it('consultations planned with no leader in the sentence are no summit', () => {
    const body = 'Der Kanzler telefonierte mit dem Staatschef.\n\nIm Herbst sind Regierungskonsultationen in Peking geplant.';
    expect(topicsOf('Kanzler telefoniert mit Peking', body, 'de')).not.toContain('summits');
  });
});

describe('classifyTopics: the talks of a trade deal, envoys in a museum', () => {
  it.each([
    ['en', 'Canada and the EU sign free trade deal after six years of talks', 'The free trade agreement ends negotiations that began in 2019.'],
    [
      'de',
      'Kanada und EU unterzeichnen Freihandelsabkommen nach sechs Jahren Verhandlungen',
      'Das Freihandelsabkommen beendet Verhandlungen, die 2019 begonnen hatten, sagte der Minister.',
    ],
    [
      'fr',
      'Le Canada et l’UE signent un accord de libre-échange après six ans de pourparlers',
      'L’accord de libre-échange met fin à des négociations ouvertes en 2019.',
    ],
    [
      'es',
      'Canadá y la UE firman un acuerdo de libre comercio tras seis años de negociaciones',
      'El acuerdo de libre comercio pone fin a negociaciones iniciadas en 2019.',
    ],
  ])('a trade deal is trade, not diplomacy (%s)', (language, title, body) => {
    const topics = topicsOf(title, body, language);
    expect(topics).toContain('trade');
    expect(topics).not.toContain('diplomacy');
  });

  it.each([
    [
      'en',
      'Museum shows how the Congress of Vienna made peace',
      'A new exhibition at the city museum recalls the negotiations and the diplomats of the Congress of Vienna.',
    ],
    ['de', 'Museum zeigt den Wiener Kongress', 'Eine Ausstellung im Stadtmuseum erinnert an die Verhandlungen und die Diplomaten des Wiener Kongresses.'],
    ['fr', 'Une exposition sur le congrès de Vienne', 'Le musée de la ville retrace les négociations et les diplomates du congrès de Vienne.'],
    ['es', 'Una exposición sobre el Congreso de Viena', 'El museo de la ciudad recuerda las negociaciones y los diplomáticos del Congreso de Viena.'],
  ])('an exhibition on past negotiations is no diplomacy (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain('diplomacy');
  });
});
